//! Issue 7's remaining parts: the press release drafted from a meeting's data and published
//! as a news post, photos on the publication page (their location removed), and the
//! evaluation summary in the final report.

use crate::eligibility::delegations;
use crate::support::{Multipart, TestApp, TestResponse};

const NEWS: &str = "/manage/projects/ttchan/news";
const POST: &str = "/manage/projects/ttchan/news/daugavpils-2018-press-release";
const PHOTOS: &str = "/manage/projects/ttchan/events/daugavpils-2018/photos";
const CAMERA: &[u8] = include_bytes!("fixtures/camera.jpg");

/// The value of a `<textarea name="…">`, unescaped enough for the assertions here.
pub(crate) fn textarea(html: &str, name: &str) -> String {
    let start = html.find(&format!("name=\"{name}\"")).unwrap_or_else(|| panic!("no {name}"));
    let open = start + html[start..].find('>').unwrap() + 1;
    let close = open + html[open..].find("</textarea>").unwrap();
    html[open..close].replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&")
}

#[tokio::test]
async fn a_press_release_is_drafted_from_the_data_edited_and_published() {
    let app = TestApp::with_demo().await;
    delegations(&app, &[("panevezys", "LT", 20), ("raska", "RS", 10), ("daugavpils", "LV", 15)]).await;
    let cookie = app.organiser("ttchan").await.cookie;

    let res = app.post_form("/manage/projects/ttchan/events/daugavpils-2018/press-release", Some(&cookie), &[]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], format!("{POST}?done=drafted"));
    let html = app.get_as(&format!("{POST}?lang=en&done=drafted"), &cookie).await.text().await.unwrap();
    assert!(html.contains("drafted from the meeting"), "{html}");
    let en = textarea(&html, "body-en");
    for want in [
        "From 8–12 November 2018, Daugavpils (Latvia) hosted “TTChan international meeting in Daugavpils”",
        "Delegations came from Raška (Serbia), Panevėžys (Lithuania).",
        "45 people took part, 30 of them invited participants from partner towns abroad.",
        "Participants per country: Latvia 15, Lithuania 20, Serbia 10.",
        "Day 2, Friday, 9 November:",
        "On 9 November 2018, Daugavpils and Raška signed: Memorandum of Cooperation.",
        "/projects/ttchan/events/daugavpils-2018/publication",
    ] {
        assert!(en.contains(want), "{want}\n---\n{en}");
    }
    assert!(!en.contains("panevezys 0") && !en.contains("raska 3"), "counts, never names");
    assert!(
        html.contains("Daugavpils welcomed partners from 6 countries for “TTChan international meeting in Daugavpils”")
    );
    // The host's language too: Latvian, with the meeting's Latvian title.
    let lv = textarea(&html, "body-lv");
    assert!(lv.contains("TTChan starptautiskā tikšanās Daugavpilī") && lv.contains("45"), "{lv}");
    assert_ne!(lv, en);

    // A draft is not public.
    assert_eq!(app.get("/projects/ttchan/news/daugavpils-2018-press-release").await.status(), 404);
    assert_eq!(app.json("/api/v1/projects/ttchan/news").await, serde_json::json!([]));
    assert!(app.page("/projects/ttchan/news?lang=en").await.contains("No news has been published yet."));

    // A language with a text needs a title; nothing is saved then.
    let bad = app
        .post_form(&format!("{POST}?lang=en"), Some(&cookie), &[("title-en", ""), ("body-en", "Text without a title.")])
        .await;
    assert_eq!(bad.status(), 422);
    let page = bad.text().await.unwrap();
    assert!(page.contains("This language has a text but no title."), "{page}");
    assert!(page.contains(
        "id=\"title-en\" name=\"title-en\" lang=\"en\" type=\"text\" maxlength=\"300\" value=\"\" aria-invalid=\"true\""
    ));
    let still = app.get_as(&format!("{POST}?lang=en"), &cookie).await.text().await.unwrap();
    assert!(textarea(&still, "body-en").contains("45 people took part"), "unchanged");

    let res = app
        .post_form(
            POST,
            Some(&cookie),
            &[
                ("title-en", "TTChan in Daugavpils"),
                ("body-en", "Seven towns met in Daugavpils.\r\n\r\nThey signed a memorandum."),
                ("title-lv", "TTChan Daugavpilī"),
                ("body-lv", "Septiņas pilsētas tikās Daugavpilī."),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(app.post_form(&format!("{POST}/publish"), Some(&cookie), &[]).await.status(), 303);

    let public = app.page("/projects/ttchan/news/daugavpils-2018-press-release?lang=en").await;
    assert!(public.contains("<h1>TTChan in Daugavpils</h1>"), "{public}");
    assert!(public.contains("<p>Seven towns met in Daugavpils.</p><p>They signed a memorandum.</p>"));
    assert!(public.contains("\"@type\":\"NewsArticle\""));
    let lv = app.page("/projects/ttchan/news/daugavpils-2018-press-release?lang=lv").await;
    assert!(lv.contains("<h1>TTChan Daugavpilī</h1>") && lv.contains("Septiņas pilsētas"));
    assert!(app.page("/projects/ttchan?lang=en").await.contains("TTChan in Daugavpils"));
    assert!(app.page("/projects/ttchan/news?lang=en").await.contains("Seven towns met in Daugavpils."));
    let api = app.json("/api/v1/projects/ttchan/news").await;
    assert_eq!(api[0]["title"]["en"], "TTChan in Daugavpils");
    assert_eq!(api[0]["event"], "daugavpils-2018");
    assert_eq!(api[0]["href"], "/projects/ttchan/news/daugavpils-2018-press-release");
    let one = app.json("/api/v1/projects/ttchan/news/daugavpils-2018-press-release").await;
    assert_eq!(one["body"]["lv"], "Septiņas pilsētas tikās Daugavpilī.");
    // Feed readers get it as Atom, read here by feedparser.
    let atom = app.get("/projects/ttchan/news.atom?lang=en").await;
    assert_eq!(atom.headers()["content-type"], "application/atom+xml; charset=utf-8");
    let path = app.fresh.dir.join("news.atom");
    std::fs::write(&path, atom.bytes().await.unwrap()).unwrap();
    let parsed = crate::support::python(
        "import sys, feedparser; f = feedparser.parse(sys.argv[1]); e = f.entries[0]; \
         print(int(f.bozo), f.version, len(f.entries), e.title, e.link, e.content[0].value.split(chr(10))[0], sep='|')",
        &[&path.display().to_string()],
    );
    assert_eq!(
        parsed.trim(),
        // Links are absolute, made from the instance's public address.
        "0|atom10|1|TTChan in Daugavpils|http://127.0.0.1:8080/projects/ttchan/news/daugavpils-2018-press-release|\
         Seven towns met in Daugavpils."
    );
    let report = app.get_as("/manage/projects/ttchan/report?lang=en", &cookie).await.text().await.unwrap();
    assert!(report.contains("Press release or news post “TTChan in Daugavpils”"), "annexed");

    // Drafting again makes a second draft rather than overwriting the first.
    let again = app.post_form("/manage/projects/ttchan/events/daugavpils-2018/press-release", Some(&cookie), &[]).await;
    assert_eq!(again.headers()["location"], format!("{POST}-2?done=drafted"));

    // Taken back, it is gone from the public; deleted, from the back office.
    assert_eq!(app.post_form(&format!("{POST}/unpublish"), Some(&cookie), &[]).await.status(), 303);
    assert_eq!(app.get("/projects/ttchan/news/daugavpils-2018-press-release").await.status(), 404);
    let gone = app.get("/api/v1/projects/ttchan/news/daugavpils-2018-press-release").await;
    assert_eq!(gone.status(), 404);
    assert_eq!(gone.json::<serde_json::Value>().await.unwrap()["error"]["key"], "news.not_found");
    assert_eq!(app.post_form(&format!("{POST}/delete"), Some(&cookie), &[]).await.status(), 303);
    let list = app.get_as(&format!("{NEWS}?lang=en"), &cookie).await.text().await.unwrap();
    assert!(!list.contains("TTChan in Daugavpils") && list.contains("daugavpils-2018-press-release-2"));
    let audit = app.get_as("/manage/projects/ttchan/audit?lang=en", &cookie).await.text().await.unwrap();
    assert!(audit.contains("news post published") && audit.contains("news post deleted"));
}

#[tokio::test]
async fn a_news_post_written_by_hand_gets_its_address_from_its_title() {
    let app = TestApp::with_demo().await;
    let cookie = app.organiser("ttchan").await.cookie;
    let res = app
        .post_form(
            NEWS,
            Some(&cookie),
            &[
                ("slug", ""),
                ("title-lv", "Pilsētas piedāvājums: Kalmara"),
                ("body-lv", "Teksts."),
                ("title-en", ""),
                ("body-en", ""),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], format!("{NEWS}/pilsetas-piedavajums-kalmara?done=created"));
    let taken = app
        .post_form(
            &format!("{NEWS}?lang=en"),
            Some(&cookie),
            &[("slug", "pilsetas-piedavajums-kalmara"), ("title-lv", "Cits"), ("body-lv", "Cits teksts.")],
        )
        .await;
    assert_eq!(taken.status(), 422);
    assert!(taken.text().await.unwrap().contains("Another post already has this address"));
    let nothing = app.post_form(&format!("{NEWS}?lang=en"), Some(&cookie), &[("slug", "Not A Slug!")]).await;
    assert_eq!(nothing.status(), 422);
    let html = nothing.text().await.unwrap();
    assert!(
        html.contains("Use 1 to 64 lowercase letters")
            && html.contains("This text is needed in at least one language.")
    );
}

async fn upload(app: &TestApp, cookie: &str, bytes: Vec<u8>, fields: &[(&str, &str)]) -> TestResponse {
    let mut form = Multipart::new().file("file", "IMG_2041.jpg", "image/jpeg", &bytes);
    for (k, v) in fields {
        form = form.text(k, v);
    }
    app.post_multipart(&format!("{PHOTOS}?lang=en"), cookie, form).await
}

const GOOD: &[(&str, &str)] =
    &[("alt", "Mēri paraksta memorandu"), ("caption", "Raška un Daugavpils"), ("credit", "Jānis"), ("consent", "yes")];

#[tokio::test]
async fn photos_lose_their_location_and_appear_on_the_publication_page() {
    let app = TestApp::with_demo().await;
    let cookie = app.organiser("ttchan").await.cookie;
    let fixture = String::from_utf8_lossy(CAMERA).to_string();
    assert!(
        fixture.contains("Janis Berzins") && fixture.contains("Vienibas iela"),
        "the fixture carries personal data"
    );

    let res = upload(&app, &cookie, CAMERA.to_vec(), GOOD).await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let html = app.page("/projects/ttchan/events/daugavpils-2018/publication?lang=lv").await;
    let start = html.find("<img src=\"/projects/ttchan/events/daugavpils-2018/photos/").expect("the photo is shown");
    let tag = &html[start..start + html[start..].find('>').unwrap()];
    // 40×30 pixels turned a quarter by its orientation: shown 30 wide and 40 high.
    assert!(tag.contains("alt=\"Mēri paraksta memorandu\"") && tag.contains("width=\"30\" height=\"40\""), "{tag}");
    assert!(html.contains("Raška un Daugavpils") && html.contains("Jānis"));
    let src = tag.split('"').nth(1).unwrap().to_owned();
    let file = app.get(&src).await;
    assert_eq!(file.status(), 200);
    assert_eq!(file.headers()["content-type"], "image/jpeg");
    assert_eq!(file.headers()["cache-control"], "public, max-age=31536000, immutable");
    let bytes = file.bytes().await.unwrap();
    assert!(bytes.starts_with(&[0xFF, 0xD8]));
    let served = String::from_utf8_lossy(&bytes);
    assert!(!served.contains("Janis Berzins") && !served.contains("Vienibas"), "metadata removed");
    assert!(bytes.len() < CAMERA.len());

    // The same photo twice, no consent, no description, not a photo, too large: refused.
    let again = upload(&app, &cookie, CAMERA.to_vec(), GOOD).await;
    assert_eq!(again.status(), 422);
    assert!(again.text().await.unwrap().contains("This photo is already on the page."));
    let careless = upload(&app, &cookie, CAMERA.to_vec(), &[("alt", ""), ("consent", "")]).await;
    assert_eq!(careless.status(), 422);
    let page = careless.text().await.unwrap();
    assert!(page.contains("Confirm that the people shown agreed to publication."));
    assert!(page.contains("This text is needed in at least one language."));
    let gif = upload(&app, &cookie, b"GIF89a\x01\x00\x01\x00".to_vec(), GOOD).await;
    assert_eq!(gif.status(), 422);
    assert!(gif.text().await.unwrap().contains("Only JPEG and PNG photos can be uploaded."));
    let huge = upload(&app, &cookie, vec![0xFF; 13 * 1024 * 1024], GOOD).await;
    assert_eq!(huge.status(), 413);
    // Elsewhere the usual limit of 1 MiB still holds.
    let big_form = "x".repeat(2 * 1024 * 1024);
    assert_eq!(app.post_form(NEWS, Some(&cookie), &[("title-lv", &big_form)]).await.status(), 413);
    assert_eq!(app.db.photos("ttchan", "daugavpils-2018").await.unwrap().len(), 1, "nothing half-written");

    // Described in English too, then removed.
    let id = app.db.photos("ttchan", "daugavpils-2018").await.unwrap()[0].id;
    let edit = format!("{PHOTOS}/{id}");
    let form = app.get_as(&format!("{edit}?lang=en"), &cookie).await.text().await.unwrap();
    assert!(form.contains("name=\"alt-en\""), "{form}");
    let bad = app.post_form(&format!("{edit}?lang=en"), Some(&cookie), &[("alt-lv", ""), ("position", "zero")]).await;
    assert_eq!(bad.status(), 422);
    let bad = bad.text().await.unwrap();
    assert!(bad.contains("Use a whole number from 1 to 10,000.") && bad.contains("This text is needed"));
    let ok = app
        .post_form(
            &edit,
            Some(&cookie),
            &[("alt-lv", "Mēri paraksta memorandu"), ("alt-en", "The mayors sign the memorandum"), ("position", "1")],
        )
        .await;
    assert_eq!(ok.status(), 303);
    let en = app.page("/projects/ttchan/events/daugavpils-2018/publication?lang=en").await;
    assert!(en.contains("alt=\"The mayors sign the memorandum\""));
    let report = app.get_as("/manage/projects/ttchan/report?lang=en", &cookie).await.text().await.unwrap();
    assert!(report.contains("One photo of TTChan international meeting in Daugavpils"), "{report}");
    assert_eq!(app.post_form(&format!("{edit}/delete"), Some(&cookie), &[]).await.status(), 303);
    assert_eq!(app.get(&src).await.status(), 404);
    assert!(!app.page("/projects/ttchan/events/daugavpils-2018/publication").await.contains("<img src=\"/projects/"));
}

#[tokio::test]
async fn the_evaluation_summary_goes_into_the_report() {
    let app = TestApp::with_demo().await;
    let cookie = app.organiser("ttchan").await.cookie;
    let settings = "/manage/projects/ttchan/events/daugavpils-2018/settings";
    let report = app.get_as("/manage/projects/ttchan/report?lang=en", &cookie).await.text().await.unwrap();
    assert!(!report.contains("Evaluation:"), "none written yet");
    let res = app
        .post_form(
            settings,
            Some(&cookie),
            &[
                ("title", "TTChan starptautiskā tikšanās Daugavpilī"),
                ("host_town", "daugavpils"),
                ("start_date", "2018-11-08"),
                ("end_date", "2018-11-12"),
                ("time_zone", "Europe/Riga"),
                ("evaluation", "41 of 45 answered.\n\nThe debates were rated best."),
            ],
        )
        .await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let report = app.get_as("/manage/projects/ttchan/report?lang=en", &cookie).await.text().await.unwrap();
    assert!(report.contains("<h2>Evaluation: TTChan international meeting in Daugavpils</h2>"), "{report}");
    assert!(
        report.contains("<p>41 of 45 answered.</p>\n<p>The debates were rated best.</p>")
            || report.contains("<p>The debates were rated best.</p>")
    );
    // It is a translatable text of the meeting like its title.
    let texts = app.get_as("/manage/projects/ttchan/translations/en", &cookie).await.text().await.unwrap();
    assert!(texts.contains("41 of 45 answered."), "offered for translation");
    // Not for the public.
    assert!(!app.page("/projects/ttchan/events/daugavpils-2018").await.contains("41 of 45"));
    assert!(!app.page("/projects/ttchan/events/daugavpils-2018/publication").await.contains("41 of 45"));
    let pdf = app.get_as("/manage/projects/ttchan/report.pdf", &cookie).await.bytes().await.unwrap();
    let text = crate::support::python(
        "import sys, pypdf; print(''.join(p.extract_text() for p in pypdf.PdfReader(sys.argv[1]).pages[:6]))",
        &[&{
            let path = app.fresh.dir.join("report.pdf");
            std::fs::write(&path, &pdf).unwrap();
            path.display().to_string()
        }],
    );
    assert!(text.contains("The debates were rated best."), "{text}");
}
