//! The funder's rules applied to the demo: the page for organisers, the API and the CLI
//! agree, count attendance after the meeting, and show overrides as such.

use twinning_domain::Slug;
use twinning_domain::people::Person;

use crate::support::{Method, TestApp, twinning};

/// Delegations to TTChan: `n` people from each town, all present on the second day.
pub(crate) async fn delegations(app: &TestApp, towns: &[(&str, &str, usize)]) {
    let mut k = 0;
    for (town, country, n) in towns {
        let people: Vec<Person> = (0..*n)
            .map(|i| {
                let pairs =
                    [("name", format!("{town} {i}")), ("town", town.to_string()), ("country", country.to_string())];
                Person::parse(|f| pairs.iter().find(|(p, _)| *p == f).map(|(_, v)| v.clone()).unwrap_or_default())
                    .unwrap()
            })
            .collect();
        let refs: Vec<&Person> = people.iter().collect();
        let mut links = || {
            k += 1;
            (format!("m{k}"), format!("f{k}"))
        };
        let saved = app
            .db
            .upsert_people("ttchan", "daugavpils-2018", Some(&Slug::parse(town).unwrap()), &refs, &mut links, None)
            .await
            .unwrap();
        for (id, _) in saved {
            let day = chrono::NaiveDate::from_ymd_opt(2018, 11, 9).unwrap();
            app.db.set_attendance("ttchan", "daugavpils-2018", id, day, true, None).await.unwrap();
        }
    }
}

#[tokio::test]
async fn the_page_the_api_and_the_cli_agree() {
    let app = TestApp::with_demo().await;
    // 20 from Panevėžys and 10 from Raška are invited; Daugavpils' own 15 are not.
    delegations(&app, &[("panevezys", "LT", 20), ("raska", "RS", 10), ("daugavpils", "LV", 15)]).await;
    let organiser = app.organiser("ttchan").await;
    let cookie = organiser.cookie;

    let api: serde_json::Value =
        app.api(Method::GET, "/api/v1/projects/ttchan/eligibility", &organiser.token, None).await.json().await.unwrap();
    assert_eq!(api["ruleset"], "efc-2014-2020-town-twinning");
    assert_eq!(api["eligible"], true);
    assert_eq!(api["invited_participants"], 30);
    assert_eq!(api["participants"], 45);
    assert_eq!(api["events"][0]["basis"], "attendance", "the meeting is over");
    assert_eq!(api["grant_eur"], 5000);
    assert_eq!(api["grant_verified"], false);
    assert_eq!(api["next_band"]["more_invited_participants"], 1);
    let rules = api["rules"].as_array().unwrap();
    for id in
        ["partner_countries", "eu_member", "countries_eligible", "host_eligible", "invited_participants", "duration"]
    {
        let r = rules.iter().find(|r| r["id"] == id).unwrap_or_else(|| panic!("{id}"));
        assert_eq!(r["passed"], true, "{id}");
    }

    let page = app.get_as("/manage/projects/ttchan/eligibility?lang=en", &cookie).await.text().await.unwrap();
    assert!(page.contains("The project meets every rule of its call."));
    assert!(page.contains("EUR 5,000: the band for 25 to 30 invited participants"), "{page}");
    assert!(page.contains("1 more invited participants → EUR 10,000"));
    assert!(page.contains("not yet checked against their source"));

    // The organisers enter the amount the call gave them and a stricter threshold.
    let res = app
        .post_form(
            "/manage/projects/ttchan/eligibility?lang=en",
            Some(&cookie),
            &[
                ("ruleset", "efc-2014-2020-town-twinning"),
                ("grant_eur", "9800"),
                ("rule.invited_participants", "31"),
                ("call_year", "2018"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let page = app.get_as("/manage/projects/ttchan/eligibility?lang=en", &cookie).await.text().await.unwrap();
    assert!(page.contains("does not meet every rule yet"), "30 invited < 31");
    assert!(page.contains("changed by the organisers"));
    let bad = app
        .post_form(
            "/manage/projects/ttchan/eligibility?lang=en",
            Some(&cookie),
            &[("ruleset", "made-up"), ("grant_eur", "lots")],
        )
        .await;
    assert_eq!(bad.status(), 422);
    let html = bad.text().await.unwrap();
    assert!(html.contains("Choose one of the listed calls.") && html.contains("Enter a whole amount in euro."));
    app.post_form(
        "/manage/projects/ttchan/eligibility",
        Some(&cookie),
        &[("ruleset", "efc-2014-2020-town-twinning"), ("grant_eur", "9800")],
    )
    .await;

    // The command line tells the same.
    let out = twinning().args(["eligibility", "ttchan", "--json"]).args(app.fresh.cli_args()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let cli: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((cli["eligible"].as_bool(), cli["invited_participants"].as_i64()), (Some(true), Some(30)));
    assert_eq!(cli["grant"]["amount"], 9800);
    assert_eq!(cli["grant"]["overridden"], true);
    let table = twinning().args(["eligibility", "ttchan"]).args(app.fresh.cli_args()).output().unwrap();
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(text.contains("ELIGIBLE") && text.contains("pass  invited_participants"), "{text}");
}

#[tokio::test]
async fn a_ruleset_file_replaces_the_shipped_one() {
    let app = TestApp::with_demo().await;
    delegations(&app, &[("panevezys", "LT", 30)]).await;
    let dir = app.fresh.dir.join("rules");
    std::fs::create_dir_all(&dir).unwrap();
    let corrected = twinning_domain::rules::BUILT_IN[0].replace("\"value\": 25", "\"value\": 35");
    std::fs::write(dir.join("efc.json"), corrected).unwrap();
    std::fs::write(dir.join("broken.txt"), "not json, and not read").unwrap();
    let out = twinning()
        .args(["eligibility", "ttchan", "--json", "--ruleset-file", dir.join("efc.json").to_str().unwrap()])
        .args(app.fresh.cli_args())
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["eligible"], false, "30 invited are fewer than the corrected 35");

    let mut rulesets = twinning_domain::rules::built_in();
    assert_eq!(twinning_web::load_rulesets(&dir, &mut rulesets).unwrap(), 1);
    assert_eq!(rulesets.len(), twinning_domain::rules::BUILT_IN.len(), "replaced, not added");
    std::fs::write(dir.join("bad.json"), "{\"format\": \"twinning-ruleset/1\"}").unwrap();
    assert!(twinning_web::load_rulesets(&dir, &mut rulesets).unwrap_err().contains("bad.json"));
}

#[tokio::test]
async fn the_publication_page_counts_without_naming() {
    let app = TestApp::with_demo().await;
    delegations(&app, &[("panevezys", "LT", 20), ("raska", "RS", 10), ("daugavpils", "LV", 15)]).await;
    let html = app.page("/projects/ttchan/events/daugavpils-2018/publication?lang=en").await;
    for want in [
        "<dt>Participants</dt><dd>45 <small>(as present on at least one day)</small>",
        "<dt>Invited participants from partner countries</dt><dd>30</dd>",
        "<th scope=\"row\">Lithuania</th><td>20</td>",
        "<th scope=\"row\">Serbia</th><td>10</td>",
        "<th scope=\"row\">Latvia</th><td>15</td>",
        "Day 3 — Saturday, 10 November",
        "Memorandum of Cooperation between Raška and Daugavpils",
        "Daugavpils, Latvia",
    ] {
        assert!(html.contains(want), "{want}");
    }
    assert!(!html.contains("panevezys 0") && !html.contains("raska 3"), "no names");
    let lv = app.page("/projects/ttchan/events/daugavpils-2018/publication?lang=lv").await;
    assert!(lv.contains("<html lang=\"lv\">") && lv.contains("Lietuva"));
}

#[tokio::test]
async fn the_final_report_as_a_page_and_a_pdf_with_its_annexes() {
    let app = TestApp::with_demo().await;
    delegations(&app, &[("panevezys", "LT", 20), ("raska", "RS", 10), ("daugavpils", "LV", 15)]).await;
    let cookie = app.organiser("ttchan").await.cookie;

    let html = app.get_as("/manage/projects/ttchan/report?lang=en", &cookie).await.text().await.unwrap();
    for want in [
        "Final report: Town Twinning as a Channel of European Solidarity",
        "<th scope=\"row\">Lithuania</th><td>20</td>",
        "<figcaption>People per country</figcaption>",
        "bar-fill w100",
        "Memorandum of Cooperation between Raška and Daugavpils",
        "The project meets every rule of its call.",
        "15 signature sheets, annexed to this report.",
    ] {
        assert!(html.contains(want), "{want}\n{html}");
    }
    assert!(!html.contains("style="), "no inline styles under the CSP");

    let res = app.get_as("/manage/projects/ttchan/report.pdf?lang=en", &cookie).await;
    assert_eq!(res.headers()["content-type"], "application/pdf");
    let path = app.fresh.dir.join("report.pdf");
    std::fs::write(&path, res.bytes().await.unwrap()).unwrap();
    let text = crate::support::python(
        "import sys, pypdf\nr = pypdf.PdfReader(sys.argv[1])\nprint(len(r.pages))\n\
         print('\\n'.join(p.extract_text() for p in r.pages))",
        &[path.to_str().unwrap()],
    );
    let pages: usize = text.lines().next().unwrap().parse().unwrap();
    assert!(pages >= 17, "the report and 15 annexed sheets: {pages} pages");
    for want in [
        "Final report",
        "Lithuania",
        "Participation",
        "Annexes",
        "Signature",
        "raska 3",
        "Thursday, 8 November — The delegation of Raška",
    ] {
        assert!(text.contains(want), "{want} in the PDF");
    }
    let p = app.participant("ttchan").await;
    assert_eq!(app.get_as("/manage/projects/ttchan/report.pdf", &p.cookie).await.status(), 403);
}
