//! The public pages as a visitor meets them: content, language, accessibility basics.

use crate::support::{Method, PROGRAMME, TestApp, demo};

const ALL_PAGES: &[&str] = &[
    "/",
    "/projects/ttchan",
    "/projects/ttchan/partners",
    "/projects/ttchan/events/daugavpils-2018",
    PROGRAMME,
    "/projects/ttchan/events/daugavpils-2018/programme/memorandum-raska",
    "/towns/daugavpils",
    "/towns/raska",
    "/venues/aglona-basilica",
];

#[tokio::test]
async fn every_page_is_semantic_html_without_scripts_and_with_headers() {
    let app = TestApp::with_demo().await;
    for path in ALL_PAGES {
        let res = app.get(path).await;
        assert_eq!(res.status(), 200, "{path}");
        let h = res.headers().clone();
        assert!(h["content-type"].to_str().unwrap().starts_with("text/html"), "{path}");
        let csp = h["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("script-src 'self'")
                && !csp.contains("unsafe-inline")
                && csp.contains("frame-ancestors 'none'")
        );
        assert_eq!(h["x-content-type-options"], "nosniff");
        assert!(h.contains_key("referrer-policy"));
        let body = res.text().await.unwrap();
        assert!(body.starts_with("<!doctype html>"), "{path}");
        assert!(body.contains("<main id=\"main\">") && body.contains("<h1"), "{path}: landmarks and a heading");
        assert!(body.contains("name=\"viewport\""), "{path}: phone-ready");
        // The only script allowed is inert JSON-LD data.
        let scripts = body.matches("<script").count();
        let data = body.matches("<script type=\"application/ld+json\">").count();
        assert_eq!(scripts, data, "{path}: no executable script");
        assert!(
            body.contains("hreflang=\"lv\"") && body.contains("hreflang=\"en\""),
            "{path}: language versions linked"
        );
    }
}

#[tokio::test]
async fn lang_parameter_switches_page_and_html_lang() {
    let app = TestApp::with_demo().await;
    let en = app.request(Method::GET, PROGRAMME).header("accept-language", "en-GB,en;q=0.9").send().await;
    let en = en.text().await.unwrap();
    assert!(en.contains("<html lang=\"en\">"));
    assert!(en.contains("Thursday, 8 November"));
    assert!(en.contains("Programme"));

    let res = app.request(Method::GET, &format!("{PROGRAMME}?lang=lv")).header("accept-language", "en").send().await;
    let cookie = res.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("lang=lv;") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
    let lv = res.text().await.unwrap();
    assert!(lv.contains("<html lang=\"lv\">"));
    assert!(lv.contains("ceturtdiena, 8. novembris"));
    assert!(lv.contains("Programma"));
    assert!(lv.contains("Daugavpils Universitāte"), "venue names in Latvian");

    // The cookie then carries the choice to the next page.
    let next =
        app.request(Method::GET, "/projects/ttchan").cookie("lang=lv").header("accept-language", "en").send().await;
    assert!(next.text().await.unwrap().contains("<html lang=\"lv\">"));
    // With nothing said, the project's default language (Latvian) applies.
    assert!(app.page("/projects/ttchan").await.contains("<html lang=\"lv\">"));
    // The home page belongs to no project: English.
    assert!(app.page("/").await.contains("<html lang=\"en\">"));
}

#[tokio::test]
async fn programme_shows_every_day_with_times_kinds_and_mapped_venues() {
    let app = TestApp::with_demo().await;
    let html = app.page(&format!("{PROGRAMME}?lang=en")).await;
    for (day, heading) in [
        ("2018-11-08", "Thursday, 8 November"),
        ("2018-11-09", "Friday, 9 November"),
        ("2018-11-10", "Saturday, 10 November"),
        ("2018-11-11", "Sunday, 11 November"),
        ("2018-11-12", "Monday, 12 November"),
    ] {
        assert!(html.contains(&format!("<h2 id=\"day-{day}-h\">")), "day {day} is a heading");
        assert!(html.contains(heading), "{heading}");
    }
    let b = demo();
    let ev = &b.project.events[0];
    for item in &ev.items {
        assert!(html.contains(&format!("/programme/{}\"", item.slug)), "item {} listed", item.slug);
    }
    // Every venue the seed names is on the programme, each with a map link.
    let used: std::collections::HashSet<_> = ev.items.iter().flat_map(|i| i.venues.iter()).collect();
    for v in &b.venues {
        if used.contains(&v.slug) {
            assert!(html.contains(&format!("/venues/{}\"", v.slug)), "venue {}", v.slug);
        }
    }
    assert!(html.matches("https://www.openstreetmap.org/?mlat=").count() >= used.len());
    assert!(html.contains("Official meeting") && html.contains("Excursion") || html.contains("Visit"));
    assert!(html.contains("Open to the public"), "public items are marked");
    assert!(html.contains("<time datetime=\"2018-11-09T"), "machine-readable times");
    assert!(html.contains("+02:00\">"), "times carry Riga's November offset");
    // What the seed does not state is marked illustrative, visibly.
    assert!(html.contains("class=\"illustrative\""));
    assert!(html.contains("illustrative</abbr>"));
}

#[tokio::test]
async fn project_partners_and_the_memorandum_tell_the_seed() {
    let app = TestApp::with_demo().await;
    let project = app.page("/projects/ttchan?lang=en").await;
    assert!(project.contains("Town Twinning as a Channel of European Solidarity"));
    assert!(project.contains("Europe for Citizens"));
    assert!(project.contains("Daugavpils City Council"));
    assert!(project.contains("7 partners from 7 countries"));
    assert!(project.contains("Memorandum of Cooperation"));
    assert!(project.contains("/programme/memorandum-raska"));

    let partners = app.page("/projects/ttchan/partners?lang=en").await;
    for c in ["Latvia", "Lithuania", "Poland", "Germany", "Sweden", "Serbia", "Italy"] {
        assert!(partners.contains(c), "{c}");
    }
    assert!(partners.contains("Associated partner"), "the visiting Italian partner");
    assert!(partners.contains("<caption>"));
    // Five stand-in towns are marked; Daugavpils and Raška are facts.
    assert_eq!(partners.matches("class=\"illustrative\"").count(), 5);

    let lv = app.page("/projects/ttchan/partners?lang=lv").await;
    assert!(lv.contains("Vadošais partneris") && lv.contains("Serbija") && lv.contains("Ilustratīvi:"));

    let raska = app.page("/towns/raska?lang=en").await;
    assert!(raska.contains("Memorandum of Cooperation"));
    assert!(raska.contains("/towns/daugavpils"));
    assert!(raska.contains("since 9 November 2018"));
    let daugavpils = app.page("/towns/daugavpils?lang=lv").await;
    assert!(daugavpils.contains("Saprašanās memorands par sadarbību") && daugavpils.contains("/towns/raska"));
    assert!(daugavpils.contains("TTChan"));
}

#[tokio::test]
async fn item_and_venue_pages() {
    let app = TestApp::with_demo().await;
    let item = app.page("/projects/ttchan/events/daugavpils-2018/programme/memorandum-raska?lang=en").await;
    assert!(item.contains("Signing"));
    assert!(item.contains("/venues/daugavpils-city-council"));
    assert!(item.contains("\"@type\":\"Event\""), "schema.org JSON-LD");
    assert!(item.contains("\"startDate\":\"2018-11-09T"));

    let venue = app.page("/venues/aglona-basilica?lang=en").await;
    assert!(venue.contains("Aglona Basilica"));
    assert!(venue.contains("/programme/aglona-basilica"), "the item held there");
    assert!(venue.contains("openstreetmap.org/?mlat=56.1"), "real coordinates");
}

#[tokio::test]
async fn content_missing_in_a_language_falls_back_and_is_marked() {
    let app = TestApp::empty().await;
    let mut b = demo();
    let item = &mut b.project.events[0].items[0];
    item.title = twinning_domain::Translated::new().with("en", "Only in English");
    app.db.import(&b).await.unwrap();
    let html = app.page(&format!("{PROGRAMME}?lang=lv")).await;
    assert!(html.contains("lang=\"en\">Only in English</a>"), "the fallback text carries its language");
}

#[tokio::test]
async fn home_lists_projects_and_says_so_when_there_are_none() {
    let empty = TestApp::empty().await;
    assert!(empty.page("/?lang=en").await.contains("No projects have been published yet."));
    let app = TestApp::with_demo().await;
    let home = app.page("/?lang=en").await;
    assert!(home.contains("href=\"/projects/ttchan\""));
    assert!(home.contains("8–12 November 2018"));
    assert!(app.page("/?lang=lv").await.contains("2018. gada 8.–12. novembris"));
}

#[tokio::test]
async fn healthz_and_static_assets() {
    let app = TestApp::with_demo().await;
    let health = app.json("/healthz").await;
    assert_eq!(health["status"], "ok");
    assert_eq!(health["database"], crate::support::backend());
    let css = app.get("/static/style.css").await;
    assert_eq!(css.status(), 200);
    assert!(css.headers()["content-type"].to_str().unwrap().starts_with("text/css"));
    assert!(css.text().await.unwrap().contains("@media print"));
}
