//! Two people editing the same thing in the back office: the second save, made from a form
//! filled before the first, is not applied; the form comes back with both versions, and a
//! save from there (the editor having seen what changed) goes through.

use crate::support::{TestApp, TestResponse};

/// A form POST of `fields` as `cookie`'s browser sends it.
async fn post(app: &TestApp, url: &str, cookie: &str, fields: Vec<(&'static str, String)>) -> TestResponse {
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let sep = if url.contains('?') { '&' } else { '?' };
    app.post_form(&format!("{url}{sep}lang=en"), Some(cookie), &pairs).await
}

/// The value of the hidden `version` field of a form page.
fn version(html: &str) -> String {
    let at = html.find("name=\"version\" value=\"").expect("the form carries its version") + 22;
    html[at..].chars().take_while(|c| c.is_ascii_digit()).collect()
}

#[tokio::test]
async fn a_meeting_saved_meanwhile_is_not_overwritten() {
    let app = TestApp::with_demo().await;
    let (ilze, janis) = (app.organiser("ttchan").await, app.organiser("ttchan").await);
    let url = "/manage/projects/ttchan/events/daugavpils-2018/settings";
    let form = app.get_as(&format!("{url}?lang=en"), &ilze.cookie).await.text().await.unwrap();
    let seen = version(&form);
    let fields = |title: &'static str, v: &str| {
        vec![
            ("title", title.to_owned()),
            ("host_town", "daugavpils".to_owned()),
            ("start_date", "2018-11-08".to_owned()),
            ("end_date", "2018-11-12".to_owned()),
            ("time_zone", "Europe/Riga".to_owned()),
            ("version", v.to_owned()),
        ]
    };
    // Both filled the form at the same version; Jānis saves first.
    assert_eq!(post(&app, url, &janis.cookie, fields("Jānis's title", &seen)).await.status(), 303);
    let res = post(&app, url, &ilze.cookie, fields("Ilze's title", &seen)).await;
    assert_eq!(res.status(), 409);
    let html = res.text().await.unwrap();
    assert!(html.contains("Someone else saved this item while you were editing it"), "{html}");
    assert!(html.contains("Jānis&#39;s title") || html.contains("Jānis's title"), "what is saved now is shown");
    assert!(html.contains("Ilze&#39;s title") || html.contains("Ilze's title"), "her version stays in the form");
    let title = |b: twinning_domain::Bundle| {
        b.project.events[0].title.0.get(&b.project.default_lang).cloned().unwrap_or_default()
    };
    assert_eq!(title(app.db.project_bundle("ttchan").await.unwrap().unwrap()), "Jānis's title", "nothing overwritten");

    // Having seen both, she saves from the version now shown.
    let now = version(&html);
    assert_ne!(now, seen);
    assert_eq!(post(&app, url, &ilze.cookie, fields("Ilze's title", &now)).await.status(), 303);
    assert_eq!(title(app.db.project_bundle("ttchan").await.unwrap().unwrap()), "Ilze's title");
}

#[tokio::test]
async fn a_person_saved_meanwhile_is_not_overwritten() {
    let app = TestApp::with_demo().await;
    let organiser = app.organiser("ttchan").await;
    let coordinator = app.coordinator_of("ttchan", "raska").await;
    let people = "/manage/projects/ttchan/events/daugavpils-2018/people";
    let res = app
        .post_form(
            &format!("{people}?lang=en"),
            Some(&coordinator.cookie),
            &[("name", "Milan Petrović"), ("town", "Raška"), ("country", "RS"), ("role", "delegate")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let id = app
        .db
        .people("ttchan", "daugavpils-2018", None)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.person.name == "Milan Petrović")
        .unwrap()
        .id;
    let url = format!("{people}/{id}");
    let seen = version(&app.get_as(&format!("{url}?lang=en"), &organiser.cookie).await.text().await.unwrap());
    let person = |dietary: &'static str, v: &str| {
        vec![
            ("name", "Milan Petrović".to_owned()),
            ("town", "Raška".to_owned()),
            ("country", "RS".to_owned()),
            ("role", "delegate".to_owned()),
            ("dietary", dietary.to_owned()),
            ("version", v.to_owned()),
        ]
    };
    assert_eq!(post(&app, &url, &coordinator.cookie, person("vegetarian", &seen)).await.status(), 303);
    let res = post(&app, &url, &organiser.cookie, person("no pork", &seen)).await;
    assert_eq!(res.status(), 409);
    let html = res.text().await.unwrap();
    assert!(html.contains("vegetarian") && html.contains("no pork"), "both versions: {html}");
    let stored = app.db.person("ttchan", "daugavpils-2018", id).await.unwrap().unwrap();
    assert_eq!(stored.person.dietary, "vegetarian", "the first save stands");
}

#[tokio::test]
async fn a_partners_role_changed_meanwhile_is_not_overwritten() {
    let app = TestApp::with_demo().await;
    let (ilze, janis) = (app.organiser("ttchan").await, app.organiser("ttchan").await);
    let list = app.get_as("/manage/projects/ttchan/partners?lang=en", &ilze.cookie).await.text().await.unwrap();
    let row = &list[list.find("/partners/raska\"").expect("Raška's row")..];
    let seen = version(row);
    let url = "/manage/projects/ttchan/partners/raska";
    assert_eq!(
        post(&app, url, &janis.cookie, vec![("role", "associated".into()), ("version", seen.clone())]).await.status(),
        303
    );
    let res = post(&app, url, &ilze.cookie, vec![("role", "partner".into()), ("version", seen)]).await;
    assert_eq!(res.status(), 409);
    let html = res.text().await.unwrap();
    assert!(html.contains("Someone else changed the role of Raška meanwhile"), "{html}");
    let b = app.db.project_bundle("ttchan").await.unwrap().unwrap();
    let raska = b.project.partners.iter().find(|p| p.town.as_str() == "raska").unwrap();
    assert_eq!(raska.role, twinning_domain::PartnerRole::Associated, "the first change stands");
}
