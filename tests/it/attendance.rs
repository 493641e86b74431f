//! Who was there each day: organisers check people in from the list or by their badge's
//! code, and the people page counts presence per day and country.

use twinning_domain::people::Person;

use crate::support::TestApp;

const BASE: &str = "/manage/projects/ttchan/events/daugavpils-2018";

async fn with_people(app: &TestApp) -> (i64, i64) {
    let person = |name: &str, country: &str| {
        let pairs = [("name", name.to_owned()), ("town", "Raška".to_owned()), ("country", country.to_owned())];
        Person::parse(|k| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| v.clone()).unwrap_or_default()).unwrap()
    };
    let (a, b) = (person("Milica Jovanović", "RS"), person("Petar Petrović", "RS"));
    let raska = twinning_domain::Slug::parse("raska").unwrap();
    let mut n = 0;
    let mut links = || {
        n += 1;
        (format!("m{n}"), format!("f{n}"))
    };
    let ids =
        app.db.upsert_people("ttchan", "daugavpils-2018", Some(&raska), &[&a, &b], &mut links, None).await.unwrap();
    (ids[0].0, ids[1].0)
}

#[tokio::test]
async fn organisers_check_people_in_by_list_and_by_badge_code() {
    let app = TestApp::with_demo().await;
    let (milica, petar) = with_people(&app).await;
    let cookie = app.organiser("ttchan").await.cookie;

    let page = app.get_as(&format!("{BASE}/checkin?day=2018-11-09&lang=en"), &cookie).await.text().await.unwrap();
    assert!(page.contains("Present: 0 of 2.") && page.contains("Milica Jovanović"));
    assert!(page.contains("src=\"/static/checkin.js\""), "the camera is an enhancement");

    let res = app
        .post_form(
            &format!("{BASE}/checkin"),
            Some(&cookie),
            &[("day", "2018-11-09"), ("person", &milica.to_string()), ("present", "yes")],
        )
        .await;
    assert_eq!(res.status(), 303);
    let to = res.headers()["location"].to_str().unwrap().to_owned();
    assert!(!to.contains("Milica"), "no names in addresses");
    let page = app.get_as(&format!("{to}&lang=en"), &cookie).await.text().await.unwrap();
    assert!(page.contains("Milica Jovanović is checked in.") && page.contains("Present: 1 of 2."));

    // The badge's code, typed as a person reads it, checks Petar in on another day.
    let badges = app.get_as(&format!("{BASE}/badges?lang=en"), &cookie).await.text().await.unwrap();
    let people = app.db.people("ttchan", "daugavpils-2018", None).await.unwrap();
    let code = people.iter().find(|p| p.id == petar).unwrap().checkin_code.clone().expect("a code");
    assert!(
        badges.contains(&code) && badges.contains("<svg") && badges.contains("Raška"),
        "the badge carries code and QR"
    );
    let typed = format!("{}-{}", &code[..5].to_lowercase(), &code[5..]);
    let res =
        app.post_form(&format!("{BASE}/checkin/code"), Some(&cookie), &[("day", "2018-11-10"), ("code", &typed)]).await;
    assert!(res.headers()["location"].to_str().unwrap().contains("done=in"));
    let res =
        app.post_form(&format!("{BASE}/checkin/code"), Some(&cookie), &[("day", "2018-11-10"), ("code", "NOPE")]).await;
    assert!(res.headers()["location"].to_str().unwrap().contains("done=unknown-code"));
    let bad_day =
        app.post_form(&format!("{BASE}/checkin/code"), Some(&cookie), &[("day", "2019-01-01"), ("code", &code)]).await;
    assert_eq!(bad_day.status(), 400);

    let attendance = app.db.attendance("ttchan", "daugavpils-2018").await.unwrap();
    assert_eq!(attendance.len(), 2);
    let people_page = app.get_as(&format!("{BASE}/people?lang=en"), &cookie).await.text().await.unwrap();
    assert!(people_page.contains("Friday, 9 November</th><td>1 (Serbia 1)"), "per day and country");

    // Undo.
    app.post_form(
        &format!("{BASE}/checkin"),
        Some(&cookie),
        &[("day", "2018-11-09"), ("person", &milica.to_string()), ("present", "no")],
    )
    .await;
    assert_eq!(app.db.attendance("ttchan", "daugavpils-2018").await.unwrap().len(), 1);

    // Partner coordinators do not run the desk.
    let coord = app.coordinator_of("ttchan", "raska").await.cookie;
    assert_eq!(app.get_as(&format!("{BASE}/checkin"), &coord).await.status(), 403);
    assert_eq!(app.get_as(&format!("{BASE}/badges"), &coord).await.status(), 403);
}

#[tokio::test]
async fn signature_sheets_are_pdfs_a_reader_can_read() {
    let app = TestApp::with_demo().await;
    with_people(&app).await;
    let organiser = app.organiser("ttchan").await.cookie;
    let kalmar = app.coordinator_of("ttchan", "kalmar").await.cookie;
    let read = |app: &TestApp, name: &str, bytes: &[u8]| {
        let path = app.fresh.dir.join(name);
        std::fs::write(&path, bytes).unwrap();
        crate::support::python(
            "import sys, pypdf\nr = pypdf.PdfReader(sys.argv[1])\nprint(len(r.pages))\nprint(r.metadata.title)\n\
             print('\\n'.join(p.extract_text() for p in r.pages))",
            &[path.to_str().unwrap()],
        )
    };

    let res =
        app.get_as(&format!("{BASE}/signature-sheet.pdf?day=2018-11-09&delegation=raska&lang=en"), &organiser).await;
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/pdf");
    let text = read(&app, "raska.pdf", &res.bytes().await.unwrap());
    assert!(text.starts_with("1\n"), "one page: {text}");
    for want in [
        "Milica Jovanović",
        "Petar Petrović",
        "Serbia",
        "Friday, 9 November",
        "The delegation of Raška",
        "Signature",
        "8–12 November 2018",
        "Daugavpils, Latvia",
        "Page 1 of 1",
    ] {
        assert!(text.contains(want), "{want} in\n{text}");
    }

    let blank = app.get_as(&format!("{BASE}/signature-sheet.pdf?day=2018-11-09&blank=yes&lang=lv"), &organiser).await;
    let text = read(&app, "blank.pdf", &blank.bytes().await.unwrap());
    assert!(!text.contains("Milica"), "a blank sheet names no one");
    assert!(text.starts_with("2\n"), "forty empty lines take two pages: {text}");

    // A coordinator gets their own delegation's sheet, whatever they ask for.
    let own = app.get_as(&format!("{BASE}/signature-sheet.pdf?day=2018-11-09&delegation=raska&lang=en"), &kalmar).await;
    let text = read(&app, "kalmar.pdf", &own.bytes().await.unwrap());
    assert!(!text.contains("Milica") && text.contains("Kalmar"));

    let bad = app.get_as(&format!("{BASE}/signature-sheet.pdf?day=2018-12-24"), &organiser).await;
    assert_eq!(bad.status(), 400);
    let bad = app.get_as(&format!("{BASE}/signature-sheet.pdf?day=2018-11-09&delegation=atlantis"), &organiser).await;
    assert_eq!(bad.status(), 400);
}
