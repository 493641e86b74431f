//! Translating a project's content: the completeness table, the editor, XLIFF files read by a
//! translators' toolkit, and the API — each write all or nothing, and recorded.

use crate::support::{Method, Multipart, PROGRAMME, TestApp, python};

async fn add_german(app: &TestApp, cookie: &str) {
    let res = app.post_form("/manage/projects/ttchan/translations/languages", Some(cookie), &[("lang", "de")]).await;
    assert_eq!(res.status(), 303);
}

#[tokio::test]
async fn an_organiser_adds_a_language_and_translates_in_the_editor() {
    let app = TestApp::with_demo().await;
    let cookie = app.organiser("ttchan").await.cookie;
    let table = app.get_as("/manage/projects/ttchan/translations?lang=en", &cookie).await.text().await.unwrap();
    assert!(table.contains("Programme item") && table.contains("Latvian") && table.contains("English"));
    assert!(!table.contains(">German<"));
    add_german(&app, &cookie).await;
    let table = app.get_as("/manage/projects/ttchan/translations?lang=en", &cookie).await.text().await.unwrap();
    assert!(table.contains("German"));
    let langs = app.json("/api/v1/projects/ttchan").await["languages"].clone();
    assert!(langs.as_array().unwrap().iter().any(|l| l == "de"));

    let editor = app.get_as("/manage/projects/ttchan/translations/de?lang=en", &cookie).await.text().await.unwrap();
    assert!(editor.contains("name=\"item/daugavpils-2018/departure/title\""));
    assert!(
        editor.contains("Programme item “Izbraukšana” — title")
            || editor.contains("Programme item “Departure” — title")
    );

    let res = app
        .post_form(
            "/manage/projects/ttchan/translations/de?lang=en",
            Some(&cookie),
            &[
                ("item/daugavpils-2018/departure/title", "Abreise"),
                ("project/title", "Städtepartnerschaft als Kanal europäischer Solidarität"),
            ],
        )
        .await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(html.contains("2 texts changed"), "a report of what changed");
    // Item texts belong to the programme, which the public sees once published.
    app.post_form("/manage/projects/ttchan/events/daugavpils-2018/publish", Some(&cookie), &[]).await;
    let public = app.page(&format!("{PROGRAMME}?lang=de")).await;
    assert!(
        public.contains(">Abreise</a>"),
        "the German title, not marked as a fallback: {}",
        &public[public.find("departure").unwrap_or(0)..][..300]
    );
    assert!(
        app.page("/projects/ttchan?lang=de").await.contains("Städtepartnerschaft als Kanal europäischer Solidarität")
    );

    // One bad field stops the whole save, and says which.
    let long = "x".repeat(301);
    let res = app
        .post_form(
            "/manage/projects/ttchan/translations/de?lang=en",
            Some(&cookie),
            &[
                ("item/daugavpils-2018/evaluation/title", "Schlussrunde der Partnerstädte"),
                ("item/daugavpils-2018/departure/title", long.as_str()),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("The text is too long."));
    assert!(
        !app.page(&format!("{PROGRAMME}?lang=de")).await.contains("Schlussrunde der Partnerstädte"),
        "nothing was saved"
    );

    let audit = app.get_as("/manage/projects/ttchan/audit?lang=en", &cookie).await.text().await.unwrap();
    assert!(audit.contains("de: 2 changed"));
}

#[tokio::test]
async fn xliff_goes_out_to_a_translator_and_comes_back() {
    let app = TestApp::with_demo().await;
    let cookie = app.organiser("ttchan").await.cookie;
    add_german(&app, &cookie).await;
    let res = app.get_as("/manage/projects/ttchan/translations/de/xliff", &cookie).await;
    assert_eq!(res.status(), 200);
    assert!(res.headers()["content-disposition"].to_str().unwrap().contains("ttchan-de.xlf"));
    let xlf = res.text().await.unwrap();

    // The translators' toolkit reads the file and fills in two units, as a translator would.
    let file = app.fresh.dir.join("ttchan-de.xlf");
    std::fs::write(&file, &xlf).unwrap();
    let out = app.fresh.dir.join("ttchan-de.done.xlf");
    let summary = python(
        r#"
import sys
from translate.storage import xliff
store = xliff.xlifffile.parsefile(open(sys.argv[1], 'rb'))
units = [u for u in store.units if u.getid()]
print(len(units), store.gettargetlanguage())
# The toolkit prefixes ids with the file's "original" and a \x04 separator.
for u in units:
    unit_id = u.getid().split('\x04')[-1]
    if unit_id == 'item/daugavpils-2018/departure/title':
        u.target = 'Abreise'
    if unit_id == 'venue/aglona-basilica/name':
        u.target = 'Basilika von Aglona'
open(sys.argv[2], 'wb').write(bytes(store))
"#,
        &[file.to_str().unwrap(), out.to_str().unwrap()],
    );
    let mut parts = summary.split_whitespace();
    let units: usize = parts.next().unwrap().parse().unwrap();
    assert!(units > 100, "every field with a text, {units}");
    assert_eq!(parts.next(), Some("de"));

    let form = Multipart::new().file("file", "ttchan-de.xlf", "application/xliff+xml", &std::fs::read(&out).unwrap());
    let res = app
        .request(Method::POST, "/manage/projects/ttchan/translations/de/xliff?lang=en")
        .cookie(&cookie)
        .header("origin", &app.base)
        .multipart(form)
        .send()
        .await;
    assert_eq!(res.status(), 200);
    let report = res.text().await.unwrap();
    assert!(
        report.contains("2 texts changed"),
        "{}",
        &report[report.find("<main").unwrap_or(0)..][..1500.min(report.len() - report.find("<main").unwrap_or(0))]
    );
    assert!(app.page("/venues/aglona-basilica?lang=de").await.contains("Basilika von Aglona"));

    // Only what is still missing goes out next time.
    let again = app.get_as("/manage/projects/ttchan/translations/de/xliff", &cookie).await.text().await.unwrap();
    assert!(!again.contains("venue/aglona-basilica/name\""));
    let all = app.get_as("/manage/projects/ttchan/translations/de/xliff?all=1", &cookie).await.text().await.unwrap();
    assert!(all.contains("Basilika von Aglona"));

    for (body, problem) in [
        ("not xml at all <", "The file is not a readable XLIFF file"),
        (
            "<xliff version=\"1.2\"><file target-language=\"sv\"><body><trans-unit id=\"project/title\"><target>x</target></trans-unit></body></file></xliff>",
            "The file is for another language",
        ),
    ] {
        let form = Multipart::new().file("file", "x.xlf", "application/xliff+xml", body.as_bytes());
        let res = app
            .request(Method::POST, "/manage/projects/ttchan/translations/de/xliff?lang=en")
            .cookie(&cookie)
            .header("origin", &app.base)
            .multipart(form)
            .send()
            .await;
        assert_eq!(res.status(), 422);
        assert!(res.text().await.unwrap().contains(problem), "{problem}");
    }
    assert_eq!(
        app.get_as("/manage/projects/ttchan/translations/fr", &cookie).await.status(),
        404,
        "not a language of the project"
    );
}

#[tokio::test]
async fn the_api_reads_and_writes_texts_all_or_nothing() {
    let app = TestApp::with_demo().await;
    let token = app.organiser("ttchan").await.token;
    let url = "/api/v1/projects/ttchan/texts/en";

    let texts: serde_json::Value = app.api(Method::GET, url, &token, None).await.json().await.unwrap();
    assert_eq!(texts["source_lang"], "lv");
    let total = texts["total"].as_u64().unwrap();
    assert!(texts["done"].as_u64().unwrap() > total / 2);
    assert!(
        texts["fields"].as_array().unwrap().iter().any(|f| f["id"] == "item/daugavpils-2018/memorandum-raska/title")
    );

    let bad = app
        .api(
            Method::PUT,
            url,
            &token,
            Some(&serde_json::json!({"project/title": "New title", "item/nowhere/x/title": "?"})),
        )
        .await;
    assert_eq!(bad.status(), 422);
    let report: serde_json::Value = bad.json().await.unwrap();
    assert_eq!(report["saved"], false);
    assert_eq!(report["unknown"][0], "item/nowhere/x/title");
    assert_ne!(app.json("/api/v1/projects/ttchan").await["title"]["en"], "New title", "nothing stored");

    let title = serde_json::json!({"project/title": "Town Twinning as a Channel of European Solidarity (TTChan)"});
    let ok = app.api(Method::PUT, url, &token, Some(&title)).await;
    assert_eq!(ok.status(), 200);
    let report: serde_json::Value = ok.json().await.unwrap();
    assert_eq!(report["changed"][0], "project/title");
    assert_eq!(
        app.json("/api/v1/projects/ttchan").await["title"]["en"],
        "Town Twinning as a Channel of European Solidarity (TTChan)"
    );

    let malformed = app
        .request(Method::PUT, url)
        .bearer(&token)
        .header("content-type", "application/json")
        .body("{\"a\": 1")
        .send()
        .await;
    assert_eq!(malformed.status(), 422);
    let body: serde_json::Value = malformed.json().await.unwrap();
    // The first problem met is the number where a text belongs: named by its path.
    assert_eq!((body["error"]["key"].as_str(), body["error"]["field"].as_str()), (Some("field.invalid"), Some("a")));
    let not_lang = app.api(Method::GET, "/api/v1/projects/ttchan/texts/fr", &token, None).await;
    assert_eq!(not_lang.status(), 404);
}
