//! Every UI language, page by page: the right `<html lang>`, every language version linked,
//! and no English interface text left on the page.

use crate::support::{Method, PROGRAMME, TestApp};

const LANGS: [&str; 9] = ["en", "lv", "lt", "pl", "de", "sv", "sr-Cyrl", "sr-Latn", "it"];

/// Simple one-line messages (`key = text` without placeables), as (key, text).
fn simple_messages(lang: &str) -> Vec<(String, String)> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("crates/web/locales/{lang}/main.ftl"));
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter_map(|l| l.split_once(" = "))
        .filter(|(k, v)| !k.starts_with(' ') && !k.starts_with('#') && !v.contains('{') && !v.is_empty())
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect()
}

#[tokio::test]
async fn every_page_in_every_language_has_no_english_left() {
    let app = TestApp::with_demo().await;
    let english = simple_messages("en");
    let pages = [
        "/",
        "/projects/ttchan",
        "/projects/ttchan/partners",
        "/projects/ttchan/events/daugavpils-2018",
        "/projects/ttchan/events/daugavpils-2018/publication",
        PROGRAMME,
        "/towns/raska",
        "/signin",
        "/password-reset",
    ];
    for lang in LANGS.iter().filter(|l| **l != "en") {
        let own: std::collections::HashMap<_, _> = simple_messages(lang).into_iter().collect();
        // English texts that this language translates differently, long enough to be telling.
        let leftovers: Vec<&String> = english
            .iter()
            .filter(|(k, v)| {
                v.chars().count() >= 8
                    && own.get(k).is_some_and(|t| t != v)
                    && !k.starts_with("lang-")
                    && !k.starts_with("country-")
            })
            .map(|(_, v)| v)
            .collect();
        assert!(leftovers.len() > 100, "{lang}: the check has enough English to look for");
        for page in pages {
            let html = app.page(&format!("{page}?lang={lang}")).await;
            assert!(html.contains(&format!("<html lang=\"{lang}\">")), "{page} in {lang}");
            for l in LANGS {
                assert!(html.contains(&format!("hreflang=\"{l}\"")), "{page} in {lang} links {l}");
            }
            for text in &leftovers {
                let escaped = text.replace('&', "&amp;").replace('"', "&quot;").replace('\'', "&#39;");
                assert!(!html.contains(&format!(">{escaped}<")), "{page} in {lang} still says {text:?}");
            }
        }
    }
}

#[tokio::test]
async fn serbian_reads_in_both_scripts_and_dates_follow_each_language() {
    let app = TestApp::with_demo().await;
    let cyr = app.page(&format!("{PROGRAMME}?lang=sr-Cyrl")).await;
    let lat = app.page(&format!("{PROGRAMME}?lang=sr-Latn")).await;
    assert!(cyr.contains("новембра"), "Cyrillic month");
    assert!(lat.contains("novembra"), "Latin month");
    let de = app.page(&format!("{PROGRAMME}?lang=de")).await;
    assert!(de.contains("Donnerstag, 8. November"));
    let pl = app.page(&format!("{PROGRAMME}?lang=pl")).await;
    assert!(pl.contains("8 listopada"));
    let lt = app.page(&format!("{PROGRAMME}?lang=lt")).await;
    assert!(lt.contains("lapkričio 8"));
    // A browser that asks for Serbian without a script gets Cyrillic.
    let res = app.request(Method::GET, "/projects/ttchan").header("accept-language", "sr-RS,sr;q=0.9").send().await;
    assert!(res.text().await.unwrap().contains("<html lang=\"sr-Cyrl\">"));
}

#[tokio::test]
async fn error_pages_read_in_the_visitors_language_else_the_projects() {
    let app = TestApp::with_demo().await;
    let error_page = |res: crate::support::TestResponse| async move {
        assert_eq!(res.status(), 404);
        res.text().await.unwrap()
    };
    // A meeting missing from a Latvian project, asked for in no language: in Latvian.
    let html = error_page(app.get("/projects/ttchan/events/nope").await).await;
    assert!(html.contains("<html lang=\"lv\">") && html.contains("Tikšanās nav atrasta"), "{html}");
    // The visitor's own language comes first: Accept-Language, and `?lang=` over it.
    let asked = app.request(Method::GET, "/projects/ttchan/events/nope").header("accept-language", "de");
    let html = error_page(asked.send().await).await;
    assert!(html.contains("<html lang=\"de\">"), "{html}");
    let asked = app.request(Method::GET, "/projects/ttchan/events/nope?lang=sv").header("accept-language", "de");
    assert!(error_page(asked.send().await).await.contains("<html lang=\"sv\">"));
    // Before any project is known there is no project language to fall back on: English.
    let html = error_page(app.get("/projects/nope").await).await;
    assert!(html.contains("<html lang=\"en\">") && html.contains("Project not found"), "{html}");
    // An address that names nothing, and a path segment that cannot even be read, in German.
    for path in ["/nowhere", "/static/%FF"] {
        let html = error_page(app.request(Method::GET, path).header("accept-language", "de").send().await).await;
        assert!(html.contains("Seite nicht gefunden"), "{path}: {html}");
    }
}
