//! Makes the upgrade test's fixture (`fixtures/upgrade/{sqlite,postgres}.sql`): the demo with
//! accounts of every role, people of three delegations with their needs, days present, public
//! registrations (and the mails they queued), a published news post and a photo, written
//! through the release's own API and store, then dumped as SQL (schema and data) by the
//! backend's own tool. `fixtures/upgrade/make` runs it on release 58004b5's code; here it is
//! ignored, and kept compiling so that the script keeps working.

use std::path::PathBuf;
use std::process::Command;

use axum::http::Method;
use serde_json::json;
use twinning_domain::Slug;
use twinning_domain::people::Person;

use crate::support::{BEFORE_THE_MEETING, Multipart, TestApp, demo};

const CAMERA: &[u8] = include_bytes!("fixtures/camera.jpg");

#[tokio::test]
#[ignore = "writes tests/it/fixtures/upgrade/*.sql; run by tests/it/fixtures/upgrade/make"]
async fn make_upgrade_fixture() {
    let out = PathBuf::from(std::env::var("TWINNING_FIXTURE_OUT").expect("TWINNING_FIXTURE_OUT: where to write"));
    let app = TestApp::empty().await.at(BEFORE_THE_MEETING);
    app.db.import(&demo()).await.expect("the demo");
    let _admin = app.admin().await;
    let o = app.organiser("ttchan").await;
    let _coordinator = app.coordinator_of("ttchan", "raska").await;
    let _participant = app.participant("ttchan").await;

    let people = [
        ("raska", "Milica Jovanović", "RS", "vegetarian", "milica@raska.test"),
        ("raska", "Petar Petrović", "RS", "", ""),
        ("daugavpils", "Jānis Bērziņš", "LV", "", "janis@daugavpils.test"),
        ("panevezys", "Rūta Kazlauskienė", "LT", "no nuts", "ruta@panevezys.test"),
    ];
    let mut n = 0;
    for (town, name, country, dietary, email) in people {
        let person = Person::parse(|f| match f {
            "name" => name.into(),
            "town" => town.into(),
            "country" => country.into(),
            "dietary" => dietary.into(),
            "email" => email.into(),
            _ => String::new(),
        })
        .expect("a person");
        let delegation = Slug::parse(town).unwrap();
        let mut links = || {
            n += 1;
            (format!("fixture-m{n}"), format!("fixture-f{n}"))
        };
        let ids = app
            .db
            .upsert_people("ttchan", "daugavpils-2018", Some(&delegation), &[&person], &mut links, None)
            .await
            .expect("people");
        for day in [9, 10] {
            let day = chrono::NaiveDate::from_ymd_opt(2018, 11, day).unwrap();
            app.db.set_attendance("ttchan", "daugavpils-2018", ids[0].0, day, true, None).await.expect("present");
        }
    }

    let item = "/projects/ttchan/events/daugavpils-2018/programme/conference-university/registrations?lang=en";
    for (name, email) in [("Anna Bērziņa", "anna@daugavpils.test"), ("Oskars Kalniņš", "oskars@daugavpils.test")] {
        let fields = [("name", name), ("email", email), ("town", "Daugavpils"), ("country", "LV"), ("privacy", "yes")];
        let res = app.post_form(item, None, &fields).await;
        assert!(res.status().is_redirection() || res.status().is_success(), "register: {}", res.status());
    }

    let news = "/api/v1/projects/ttchan/news";
    let post = json!({"slug": "memorandum-signed", "event": "daugavpils-2018",
        "title": {"en": "Raška and Daugavpils sign a memorandum", "lv": "Raška un Daugavpils paraksta memorandu"},
        "body": {"en": "The mayors signed the memorandum of cooperation on the second day."}});
    assert_eq!(app.api(Method::POST, news, &o.token, Some(&post)).await.status(), 201);
    let publish = format!("{news}/memorandum-signed/publish");
    assert_eq!(app.api(Method::POST, &publish, &o.token, None).await.status(), 200);

    let photos = "/api/v1/projects/ttchan/events/daugavpils-2018/photos";
    let upload = Multipart::new()
        .file("file", "IMG_0001.jpg", "image/jpeg", CAMERA)
        .text("alt", "Delegations in front of Unity House")
        .text("lang", "en")
        .text("consent", "yes");
    let res = app.request(Method::POST, photos).bearer(&o.token).multipart(upload).send().await;
    assert_eq!(res.status(), 201, "a photo");

    std::fs::create_dir_all(&out).unwrap();
    if app.fresh.url.is_postgres() {
        let dump = Command::new("pg_dump")
            .args(["--inserts", "--no-owner", "--no-privileges", "--no-comments", "--dbname", app.fresh.url.expose()])
            .output()
            .expect("pg_dump");
        assert!(dump.status.success(), "{}", String::from_utf8_lossy(&dump.stderr));
        // psql's meta-commands (`\restrict KEY`, from 15.14 on, first and last) are not SQL.
        let text: String = String::from_utf8(dump.stdout)
            .unwrap()
            .split_inclusive('\n')
            .filter(|l| !l.starts_with("\\restrict ") && !l.starts_with("\\unrestrict "))
            .collect();
        std::fs::write(out.join("postgres.sql"), text).unwrap();
    } else {
        let copy = out.join("release.sqlite3");
        let _ = std::fs::remove_file(&copy);
        let twinning_store::Db::Sqlite(pool) = &app.db else { unreachable!() };
        sqlx::query("VACUUM INTO $1").bind(copy.to_str().unwrap()).execute(pool).await.expect("a copy");
        let dump = Command::new("sqlite3").arg(&copy).arg(".dump").output().expect("sqlite3");
        assert!(dump.status.success(), "{}", String::from_utf8_lossy(&dump.stderr));
        std::fs::write(out.join("sqlite.sql"), dump.stdout).unwrap();
        std::fs::remove_file(&copy).unwrap();
    }
}
