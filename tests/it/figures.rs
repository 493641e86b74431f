//! One count (issue 13, point 4): a meeting where the old counts disagreed — people whose
//! own country differs from their delegation's, residents from partner countries, a second
//! town of the host's country, a partner from a country outside the call, people present on
//! some days only or not at all, and the meeting over — shows the same numbers on every
//! surface: the eligibility page, the API, `twinning eligibility --json`, the publication
//! page, the final report, the press release draft and the people page.

use twinning_domain::people::Person;
use twinning_domain::{Bundle, CountryCode, Partner, PartnerRole, Slug, Translated};

use crate::media::textarea;
use crate::support::{TestApp, demo, twinning};

const EVENT: &str = "daugavpils-2018";

/// The demo with two more partners: Krāslava, a second Latvian town beside the host
/// Daugavpils, and Bergen, from Norway, which takes no part in Europe for Citizens.
fn bundle() -> Bundle {
    let mut b = demo();
    let mut bergen = b.town(&Slug::parse("kraslava").unwrap()).unwrap().clone();
    bergen.slug = Slug::parse("bergen").unwrap();
    bergen.native_name = "Bergen".into();
    bergen.name = Translated::new();
    bergen.region = Translated::new();
    bergen.country = CountryCode::parse("NO").unwrap();
    bergen.coordinates = None;
    bergen.languages = Vec::new();
    b.towns.push(bergen);
    for town in ["kraslava", "bergen"] {
        b.project.partners.push(Partner {
            town: Slug::parse(town).unwrap(),
            organisation: None,
            role: PartnerRole::Partner,
            illustrative: None,
        });
    }
    b
}

/// Registers one person with `delegation` (a town's slug, or none) and marks them present on
/// the given days of November 2018.
async fn person(app: &TestApp, delegation: Option<&str>, name: &str, country: &str, role: &str, days: &[u32]) {
    let pairs = [("name", name), ("town", "Somewhere"), ("country", country), ("role", role)];
    let p =
        Person::parse(|f| pairs.iter().find(|(k, _)| *k == f).map(|(_, v)| v.to_string()).unwrap_or_default()).unwrap();
    let delegation = delegation.map(|d| Slug::parse(d).unwrap());
    let mut links = || (format!("m-{name}"), format!("f-{name}"));
    let saved = app.db.upsert_people("ttchan", EVENT, delegation.as_ref(), &[&p], &mut links, None).await.unwrap();
    for day in days {
        let day = chrono::NaiveDate::from_ymd_opt(2018, 11, *day).unwrap();
        app.db.set_attendance("ttchan", EVENT, saved[0].0, day, true, None).await.unwrap();
    }
}

/// Who came. Fourteen registered; twelve were there on at least one day, so twelve count.
/// Invited: the six sent by Panevėžys (Lithuania, one of them Latvian) and Raška (Serbia) who
/// are not residents. The old counts said 9 of 14 (the people page: a foreign passport and
/// any delegation, present or not), 7 (publication and press release: Bergen's Norwegian
/// too) and 6 (the rules).
async fn meeting(app: &TestApp) {
    for (i, days) in [&[9, 10][..], &[9, 10], &[9]].iter().enumerate() {
        person(app, Some("panevezys"), &format!("Panevėžys {i}"), "LT", "delegate", days).await;
    }
    person(app, Some("panevezys"), "Panevėžys LV", "LV", "delegate", &[9]).await;
    person(app, Some("panevezys"), "Panevėžys absent 1", "LT", "delegate", &[]).await;
    person(app, Some("panevezys"), "Panevėžys absent 2", "LV", "speaker", &[]).await;
    person(app, Some("raska"), "Raška 1", "RS", "delegate", &[10, 11]).await;
    person(app, Some("raska"), "Raška 2", "RS", "press", &[10, 11]).await;
    person(app, Some("raska"), "Raška resident", "RS", "resident", &[10]).await;
    person(app, Some("kraslava"), "Krāslava 1", "LV", "delegate", &[9]).await;
    person(app, Some("kraslava"), "Krāslava 2", "LV", "staff", &[9]).await;
    person(app, Some("kraslava"), "Krāslava LT", "LT", "delegate", &[9]).await;
    person(app, None, "Resident", "RS", "resident", &[12]).await;
    person(app, Some("bergen"), "Bergen", "NO", "delegate", &[9]).await;
}

const TOTAL: i64 = 12;
const INVITED: i64 = 6;
const REGISTERED: i64 = 14;
/// People per country (their own), as counted once the meeting is over.
const PER_COUNTRY: [(&str, i64); 4] = [("Latvia", 3), ("Lithuania", 4), ("Norway", 1), ("Serbia", 4)];
/// People present each day of 8–12 November.
const PER_DAY: [(&str, i64); 5] = [
    ("Thursday, 8 November", 0),
    ("Friday, 9 November", 8),
    ("Saturday, 10 November", 5),
    ("Sunday, 11 November", 2),
    ("Monday, 12 November", 1),
];

fn has(html: &str, want: &str, surface: &str) {
    assert!(html.contains(want), "{surface} should show {want:?}:\n{html}");
}

/// A table's rows `<th scope="row">label</th><td>n</td>` for each (label, n).
fn rows(html: &str, rows: &[(&str, i64)], surface: &str) {
    for (label, n) in rows {
        has(html, &format!("<th scope=\"row\">{label}</th><td>{n}</td>"), surface);
    }
}

fn cli_eligibility(app: &TestApp) -> serde_json::Value {
    let out = twinning().args(["eligibility", "ttchan", "--json"]).args(app.fresh.cli_args()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[tokio::test]
async fn every_surface_shows_the_same_numbers() {
    let app = TestApp::empty().await;
    app.db.import(&bundle()).await.unwrap();
    meeting(&app).await;
    let organiser = app.organiser("ttchan").await;
    let cookie = organiser.cookie.clone();

    // The rules: the API, the command line and the organisers' page.
    let api: serde_json::Value = app
        .api(axum::http::Method::GET, "/api/v1/projects/ttchan/eligibility", &organiser.token, None)
        .await
        .json()
        .await
        .unwrap();
    let cli = cli_eligibility(&app);
    for (surface, v) in [("the API", &api), ("the CLI", &cli)] {
        let ev = &v["events"][0];
        assert_eq!(ev["event"], EVENT, "{surface}");
        assert_eq!(ev["basis"], "attendance", "{surface}: the meeting is over");
        assert_eq!(
            (ev["participants"].as_i64(), ev["invited_participants"].as_i64()),
            (Some(TOTAL), Some(INVITED)),
            "{surface}"
        );
        assert_eq!(
            (v["participants"].as_i64(), v["invited_participants"].as_i64()),
            (Some(TOTAL), Some(INVITED)),
            "{surface}"
        );
        let rule = v["rules"].as_array().unwrap().iter().find(|r| r["id"] == "invited_participants").unwrap();
        assert_eq!(rule["actual"].as_i64(), Some(INVITED), "{surface}");
        assert_eq!(v["eligible"], false, "{surface}: six invited are short of 25, and Norway takes no part");
    }
    let page = app.get_as("/manage/projects/ttchan/eligibility?lang=en", &cookie).await.text().await.unwrap();
    has(
        &page,
        &format!(
            "TTChan international meeting in Daugavpils: {TOTAL} people, {INVITED} of them invited, 5 days (counting attendance)"
        ),
        "the eligibility page",
    );
    let row = page.split("id=\"rule-invited_participants\"").nth(1).unwrap().split("</tr>").next().unwrap();
    has(row, &format!("<td>{INVITED}</td>"), "the eligibility page's rule");

    // The public page the funder asked for.
    let html = app.page(&format!("/projects/ttchan/events/{EVENT}/publication?lang=en")).await;
    let surface = "the publication page";
    has(&html, &format!("<dt>Participants</dt><dd>{TOTAL} <small>(as present on at least one day)</small>"), surface);
    has(&html, &format!("<dt>Invited participants from partner countries</dt><dd>{INVITED}</dd>"), surface);
    rows(&html, &PER_COUNTRY, surface);

    // The final report: per country, per day, and the eligibility it quotes.
    let html = app.get_as("/manage/projects/ttchan/report?lang=en", &cookie).await.text().await.unwrap();
    let surface = "the report";
    has(&html, "<p>as present on at least one day</p>", surface);
    rows(&html, &PER_COUNTRY, surface);
    rows(&html, &PER_DAY, surface);
    has(&html, &format!("Invited participants from partner countries: {INVITED}."), surface);

    // The press release, drafted from the same figures.
    let res = app.post_form(&format!("/manage/projects/ttchan/events/{EVENT}/press-release"), Some(&cookie), &[]).await;
    assert_eq!(res.status(), 303);
    let draft = res.headers()["location"].to_str().unwrap().to_owned();
    let html = app.get_as(&format!("{draft}&lang=en"), &cookie).await.text().await.unwrap();
    let body = textarea(&html, "body-en");
    let surface = "the press release";
    has(
        &body,
        &format!("{TOTAL} people took part, {INVITED} of them invited participants from partner towns abroad."),
        surface,
    );
    let list: Vec<String> = PER_COUNTRY.iter().map(|(c, n)| format!("{c} {n}")).collect();
    has(&body, &format!("Participants per country: {}.", list.join(", ")), surface);

    // The people page: everyone registered is listed, the figures count who was there.
    let html = app
        .get_as(&format!("/manage/projects/ttchan/events/{EVENT}/people?lang=en"), &cookie)
        .await
        .text()
        .await
        .unwrap();
    let surface = "the people page";
    has(&html, &format!("<p>{REGISTERED} people.</p>"), surface);
    has(&html, &format!("<dt>Participants</dt><dd>{TOTAL} <small>(as present on at least one day)</small>"), surface);
    has(&html, &format!("<dt>Present on at least one day</dt><dd>{TOTAL}</dd>"), surface);
    has(
        &html,
        &format!("<dt>Invited participants (sent by a partner from another country)</dt><dd>{INVITED}</dd>"),
        surface,
    );
    has(&html, &format!("<dt>Local participants</dt><dd>{}</dd>", TOTAL - INVITED), surface);
    rows(&html, &PER_COUNTRY, surface);
    rows(&html, &[("Panevėžys", 4), ("Raška", 3), ("Krāslava", 3), ("Bergen", 1), ("No delegation", 1)], surface);
    rows(&html, &[("Delegate", 8), ("Press", 1), ("Resident", 2), ("Staff", 1)], surface);
    has(&html, "Friday, 9 November</th><td>8 (Latvia 3, Lithuania 4, Norway 1)</td>", surface);
    has(&html, "Saturday, 10 November</th><td>5 (Lithuania 2, Serbia 3)</td>", surface);
    has(&html, "Thursday, 8 November</th><td>0</td>", surface);
}

#[tokio::test]
async fn a_coordinator_sees_the_figures_of_their_own_delegation() {
    let app = TestApp::empty().await;
    app.db.import(&bundle()).await.unwrap();
    meeting(&app).await;
    let id = app.account("coord@raska.test", "Coordinator", false).await;
    let raska = Slug::parse("raska").unwrap();
    app.db.set_role("ttchan", id, twinning_domain::Role::Coordinator, Some(&raska), None).await.unwrap();
    let cookie = app.signin("coord@raska.test", crate::support::PASSWORD).await;
    let html = app
        .get_as(&format!("/manage/projects/ttchan/events/{EVENT}/people?lang=en"), &cookie)
        .await
        .text()
        .await
        .unwrap();
    let surface = "Raška's people page";
    has(&html, "<p>3 people.</p>", surface);
    has(&html, "<dt>Invited participants (sent by a partner from another country)</dt><dd>2</dd>", surface);
    has(&html, "<dt>Local participants</dt><dd>1</dd>", surface);
    rows(&html, &[("Serbia", 3)], surface);
    assert!(!html.contains("Lithuania") && !html.contains("Panevėžys"), "only Raška's own people");
}
