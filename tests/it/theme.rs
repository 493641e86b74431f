//! A town's colour and logo: checked for contrast, served without weakening the CSP.

use crate::support::TestApp;

#[tokio::test]
async fn the_colour_and_logo_reach_every_page() {
    let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\" fill=\"#7a1f1f\"/></svg>".to_vec();
    let theme = twinning_web::Theme {
        color: Some(twinning_web::Theme::color("#7A1F1F").unwrap()),
        logo: Some((svg.clone(), "image/svg+xml")),
    };
    let app = TestApp::empty_with(twinning_web::Config { theme, ..TestApp::config() }).await;
    assert!(app.page("/").await.contains("<link rel=\"stylesheet\" href=\"/static/theme.css\">"));
    let css = app.get("/static/theme.css").await.text().await.unwrap();
    assert!(css.contains("--accent: #7a1f1f;"));
    assert!(css.contains("url(\"/static/logo\")"));
    let logo = app.get("/static/logo").await;
    assert_eq!(logo.status(), 200);
    assert_eq!(logo.headers()["content-type"], "image/svg+xml");
    assert!(
        logo.headers()["content-security-policy"].to_str().unwrap().starts_with("default-src 'none'"),
        "an SVG runs no script"
    );
    assert_eq!(logo.bytes().await.unwrap().to_vec(), svg);

    let plain = TestApp::empty().await;
    assert!(!plain.get("/static/theme.css").await.text().await.unwrap().contains("--accent"));
    assert_eq!(plain.get("/static/logo").await.status(), 404, "no logo configured");
}

#[test]
fn colours_without_enough_contrast_are_refused() {
    assert_eq!(twinning_web::Theme::color("#0B5CAD").unwrap(), "#0b5cad");
    assert!(twinning_web::Theme::color("#000000").is_ok());
    let err = twinning_web::Theme::color("#ffd700").unwrap_err();
    assert!(err.contains("4.5:1"), "{err}");
    assert!(twinning_web::Theme::color("#767676").is_ok(), "the lightest grey that passes");
    assert!(twinning_web::Theme::color("#777777").is_err());
    assert!(twinning_web::Theme::color("blue").is_err());
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_twinning"))
        .args(["serve", "--bind", "127.0.0.1:0", "--brand-color", "#ffd700", "--data-dir"])
        .arg(std::env::temp_dir().join("twinning-theme-test"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--brand-color"));
}
