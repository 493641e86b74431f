//! The hostile-upload corpus (issue 14): files made to exhaust the server's memory or to
//! smuggle personal data onto a public page, each through the route a person would use. Each
//! answers a 4xx naming its limit or reason, leaves nothing half-written, and the server
//! still answers afterwards; the photos that are accepted keep nothing but their pixels. The
//! files are written by `fixtures/hostile/generate.py` (standard-library Python, nothing
//! binary checked in) once per build, into the target directory.

use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

use axum::http::Method;
use serde_json::Value;

use crate::support::{Multipart, TestApp, TestResponse};

const PEOPLE: &str = "/manage/projects/ttchan/events/daugavpils-2018/people";
const PHOTOS_API: &str = "/api/v1/projects/ttchan/events/daugavpils-2018/photos";
const PHOTOS_PAGE: &str = "/manage/projects/ttchan/events/daugavpils-2018/photos";
const XLIFF: &str = "/manage/projects/ttchan/translations/de/xliff?lang=en";

/// What `generate.py` plants in the images that are accepted once re-encoded.
const PLANTED: [&str; 6] = ["Janis Berzins", "Vienibas", "Milica Jovanovic", "43.2761N", "Anna Berzina", "prVt"];

/// The corpus directory, generated on first use by this test process (or an earlier one).
fn corpus() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let script = root.join("tests/it/fixtures/hostile/generate.py");
        let text = std::fs::read(&script).expect("the generator");
        // Named after the generator's contents, so an edited generator writes a new corpus.
        let stamp = text.iter().fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(*b)));
        let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("hostile-{stamp:016x}"));
        if !dir.join("bomb.png").exists() {
            // Written beside and renamed into place: tests in parallel processes may race here.
            let partial = dir.with_extension(format!("partial-{}", std::process::id()));
            let python = std::env::var("TWINNING_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
            let out = Command::new(python).arg(&script).arg(&partial).output().expect("run python");
            assert!(out.status.success(), "generate.py: {}", String::from_utf8_lossy(&out.stderr));
            if std::fs::rename(&partial, &dir).is_err() {
                let _ = std::fs::remove_dir_all(&partial);
            }
        }
        dir
    })
}

fn file(name: &str) -> Vec<u8> {
    std::fs::read(corpus().join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

async fn still_answers(app: &TestApp) {
    assert_eq!(app.get("/healthz").await.status(), 200, "the server still answers");
}

async fn people_count(app: &TestApp) -> usize {
    app.db.people("ttchan", "daugavpils-2018", None).await.unwrap().len()
}

/// Uploads `bytes` as the organiser's people list; checks that nothing was saved and the
/// server still answers; returns the status and the page.
async fn upload_list(name: &str, bytes: Vec<u8>) -> (u16, String) {
    let app = TestApp::with_demo().await;
    let cookie = app.organiser("ttchan").await.cookie;
    let before = people_count(&app).await;
    let form = Multipart::new().file("file", name, "application/octet-stream", &bytes);
    let res = app.post_multipart(&format!("{PEOPLE}/upload?lang=en"), &cookie, form).await;
    let status = res.status().as_u16();
    let html = res.text().await.unwrap();
    assert_eq!(people_count(&app).await, before, "{name}: nothing half-written");
    still_answers(&app).await;
    (status, html)
}

async fn refused_list(name: &str, bytes: Vec<u8>, heading: &str, limit: &str) {
    let (status, html) = upload_list(name, bytes).await;
    assert_eq!(status, 422, "{name}: {html}");
    assert!(html.contains(heading), "{name} names its problem: {html}");
    assert!(html.contains(limit), "{name} names the limit: {html}");
}

#[tokio::test]
async fn a_sparse_workbook_is_refused_by_its_row_limit() {
    let bytes = file("sparse.xlsx");
    assert!(bytes.len() < 2048, "two cells far apart fit in {} bytes", bytes.len());
    refused_list("sparse.xlsx", bytes, "The list has too many rows", "at most 100,001 rows").await;
}

#[tokio::test]
async fn a_workbook_declaring_a_huge_dimension_is_refused_before_its_cells_are_read() {
    refused_list("dimension.xlsx", file("dimension.xlsx"), "The list has too many rows", "at most 100,001 rows").await;
}

#[tokio::test]
async fn a_workbook_declaring_trillions_of_strings_is_refused_before_they_are_reserved() {
    let bytes = file("shared-strings.xlsx");
    refused_list("shared-strings.xlsx", bytes, "The list has too many cells", "at most 3,000,000 cells").await;
}

#[tokio::test]
async fn a_zip_bomb_workbook_is_refused_from_its_central_directory() {
    let bytes = file("bomb.xlsx");
    assert!(bytes.len() < 1024 * 1024);
    refused_list("bomb.xlsx", bytes, "packed suspiciously tightly", "at most 200 times its packed size").await;
}

#[tokio::test]
async fn a_zip_bomb_lying_about_its_sizes_is_refused_while_inflating() {
    let (status, html) = upload_list("lying-bomb.xlsx", file("lying-bomb.xlsx")).await;
    assert_eq!(status, 422, "{html}");
    // The zip reader finds the lie (its inflated part disagrees with the sizes and checksum
    // declared) before a limit is reached; either way nothing is held in memory.
    assert!(
        ["packed suspiciously tightly", "unpacks to too much data", "cannot be read as CSV or XLSX"]
            .iter()
            .any(|t| html.contains(t)),
        "{html}"
    );
}

#[tokio::test]
async fn a_csv_with_thousands_of_columns_is_refused_by_its_column_limit() {
    refused_list("wide.csv", file("wide.csv"), "The list has too many columns", "at most 200 columns").await;
}

#[tokio::test]
async fn a_csv_line_of_50_mb_is_refused_by_the_upload_limit_and_a_10_mb_cell_by_the_cell_limit() {
    let mut line = b"name\n".to_vec();
    line.resize(50 * 1024 * 1024, b'x');
    let (status, html) = upload_list("long.csv", line).await;
    assert_eq!(status, 413, "{html}");
    assert!(html.contains("At most 21 MiB can be sent to this address."), "{html}");
    let mut cell = b"name\n".to_vec();
    cell.resize(10 * 1024 * 1024, b'x');
    refused_list("cell.csv", cell, "A cell is too long", "at most 32,767 characters").await;
}

/// Uploads `name` as the German translation; checks that no text changed.
async fn upload_xliff(name: &str) -> (u16, String) {
    let app = TestApp::with_demo().await;
    let cookie = app.organiser("ttchan").await.cookie;
    let german = [("lang", "de")];
    let res = app.post_form("/manage/projects/ttchan/translations/languages", Some(&cookie), &german).await;
    assert!(res.status().is_redirection(), "German added");
    let before = app.db.project_bundle("ttchan").await.unwrap().unwrap().to_json();
    let form = Multipart::new().file("file", name, "application/xliff+xml", &file(name));
    let res = app.post_multipart(XLIFF, &cookie, form).await;
    let status = res.status().as_u16();
    let html = res.text().await.unwrap();
    assert_eq!(app.db.project_bundle("ttchan").await.unwrap().unwrap().to_json(), before, "no text changed");
    still_answers(&app).await;
    (status, html)
}

#[tokio::test]
async fn an_xliff_file_with_a_billion_laughs_is_refused_for_its_doctype() {
    let (status, html) = upload_xliff("laughs.xlf").await;
    assert_eq!(status, 422, "{html}");
    assert!(html.contains("The file declares a DOCTYPE"), "{html}");
}

#[tokio::test]
async fn an_xliff_file_nested_100_000_deep_is_refused_by_its_depth_limit() {
    let (status, html) = upload_xliff("deep.xlf").await;
    assert_eq!(status, 422, "{html}");
    assert!(html.contains("nested at most 64 levels deep"), "{html}");
}

#[tokio::test]
async fn json_nested_100_000_deep_is_refused_by_the_api() {
    let app = TestApp::with_demo().await;
    let o = app.organiser("ttchan").await;
    let before = app.db.project_bundle("ttchan").await.unwrap().unwrap().to_json();
    let res = app
        .request(Method::PUT, "/api/v1/projects/ttchan/events/daugavpils-2018")
        .bearer(&o.token)
        .header("content-type", "application/json")
        .body(file("deep.json"))
        .send()
        .await;
    let status = res.status().as_u16();
    let body: Value = res.json().await.unwrap();
    assert!((400..500).contains(&status), "{status} {body}");
    assert!(body["error"]["key"].as_str().is_some_and(|k| !k.is_empty()), "{body}");
    assert_eq!(app.db.project_bundle("ttchan").await.unwrap().unwrap().to_json(), before);
    still_answers(&app).await;
}

/// Uploads a photo through the API; returns the status and the body.
async fn api_photo(app: &TestApp, token: &str, name: &str) -> (u16, Value) {
    let form =
        Multipart::new().file("file", name, "image/jpeg", &file(name)).text("alt", "A photo").text("consent", "yes");
    let res: TestResponse = app.request(Method::POST, PHOTOS_API).bearer(token).multipart(form).send().await;
    (res.status().as_u16(), res.json().await.unwrap())
}

async fn refused_photo(name: &str, key: &str) {
    let app = TestApp::with_demo().await;
    let o = app.organiser("ttchan").await;
    let (status, body) = api_photo(&app, &o.token, name).await;
    assert_eq!(status, 422, "{name}: {body}");
    assert_eq!(body["error"]["key"], key, "{name}: {body}");
    assert_eq!(body["error"]["field"], "file");
    assert!(app.db.photos("ttchan", "daugavpils-2018").await.unwrap().is_empty(), "{name}: nothing stored");
    still_answers(&app).await;
}

fn contains(bytes: &[u8], text: &str) -> bool {
    bytes.windows(text.len()).any(|w| w == text.as_bytes())
}

/// The markers of a JPEG's segments up to its first scan, and whether anything follows its end.
fn jpeg_markers(bytes: &[u8]) -> (Vec<u8>, bool) {
    let (mut at, mut markers) = (2, Vec::new());
    while bytes[at] == 0xFF && bytes[at + 1] != 0xDA {
        markers.push(bytes[at + 1]);
        at += 2 + usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
    }
    (markers, !bytes.ends_with(&[0xFF, 0xD9]))
}

#[tokio::test]
async fn a_camera_photo_with_names_in_app2_app12_and_after_its_end_keeps_only_its_pixels() {
    let app = TestApp::with_demo().await;
    let o = app.organiser("ttchan").await;
    let original = file("camera.jpg");
    assert!(PLANTED[..4].iter().all(|p| contains(&original, p)), "the fixture carries every planted name");
    let (status, photo) = api_photo(&app, &o.token, "camera.jpg").await;
    assert_eq!(status, 201, "{photo}");
    let stored = app.get(photo["href"].as_str().unwrap()).await.bytes().await.unwrap();
    for planted in PLANTED {
        assert!(!contains(&stored, planted), "{planted} is gone");
    }
    let (markers, trailer) = jpeg_markers(&stored);
    // JFIF, quantisation and Huffman tables, the frame: no APPn but APP0, no comment.
    assert!(markers.iter().all(|m| matches!(m, 0xE0 | 0xDB | 0xC4 | 0xC0)), "{markers:x?}");
    assert!(!trailer, "nothing after the end of the image");
    // The fixture is 40×30 turned a quarter by its orientation: the pixels are now upright.
    assert_eq!((photo["width"].as_i64(), photo["height"].as_i64()), (Some(30), Some(40)), "{photo}");
    still_answers(&app).await;
}

#[tokio::test]
async fn a_png_with_text_and_private_chunks_keeps_only_its_pixels() {
    let app = TestApp::with_demo().await;
    let cookie = app.organiser("ttchan").await.cookie;
    let original = file("text.png");
    assert!(["Anna Berzina", "prVt", "Milica Jovanovic"].iter().all(|p| contains(&original, p)));
    let form =
        Multipart::new().file("file", "text.png", "image/png", &original).text("alt", "Krāsas").text("consent", "yes");
    let res = app.post_multipart(&format!("{PHOTOS_PAGE}?lang=en"), &cookie, form).await;
    assert_eq!(res.status(), 303, "{}", res.text().await.unwrap());
    let photo = app.db.photos("ttchan", "daugavpils-2018").await.unwrap().remove(0);
    let served = app.get(&format!("/projects/ttchan/events/daugavpils-2018/photos/{}", photo.file)).await;
    assert_eq!(served.headers()["content-type"], "image/png");
    let stored = served.bytes().await.unwrap();
    for planted in PLANTED {
        assert!(!contains(&stored, planted), "{planted} is gone");
    }
    // Chunks: IHDR, IDAT…, IEND, and nothing after.
    let mut at = 8;
    while at < stored.len() {
        let len = u32::from_be_bytes(stored[at..at + 4].try_into().unwrap()) as usize;
        let kind = &stored[at + 4..at + 8];
        assert!(matches!(kind, b"IHDR" | b"IDAT" | b"IEND"), "{}", String::from_utf8_lossy(kind));
        at += 12 + len;
    }
    assert_eq!(at, stored.len());
    still_answers(&app).await;
}

#[tokio::test]
async fn a_truncated_jpeg_is_refused() {
    refused_photo("truncated.jpg", "photo.truncated").await;
}

#[tokio::test]
async fn a_jpeg_with_a_zip_after_its_end_is_refused_as_a_polyglot() {
    refused_photo("polyglot.jpg", "photo.polyglot").await;
}

#[tokio::test]
async fn a_jpeg_header_in_front_of_a_zip_is_refused() {
    refused_photo("header-zip.jpg", "photo.unreadable").await;
}

#[tokio::test]
async fn a_pdf_named_jpg_is_refused_as_not_a_photo() {
    refused_photo("document.pdf.jpg", "photo.format").await;
}

#[tokio::test]
async fn a_png_without_image_data_is_refused() {
    refused_photo("no-idat.png", "photo.no_image_data").await;
}

#[tokio::test]
async fn a_40_megapixel_progressive_jpeg_is_refused_for_the_coefficients_it_would_hold() {
    refused_photo("progressive.jpg", "photo.too_many_pixels").await;
}

#[tokio::test]
async fn a_16000_by_16000_png_bomb_is_refused_from_its_header() {
    refused_photo("bomb.png", "photo.too_many_pixels").await;
    // The page says why, in the visitor's language.
    let app = TestApp::with_demo().await;
    let cookie = app.organiser("ttchan").await.cookie;
    let form = Multipart::new()
        .file("file", "bomb.png", "image/png", &file("bomb.png"))
        .text("alt", "x")
        .text("consent", "yes");
    let res = app.post_multipart(&format!("{PHOTOS_PAGE}?lang=de"), &cookie, form).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("höchstens 40 Megapixel"));
}
