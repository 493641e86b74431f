//! Backups of a whole instance (issue 14, point 8): taken while writes go on, restored into an
//! empty instance that then holds, table by table and file by file, what the source held at
//! one moment; refused when the target is not empty, the file was changed, the backend differs
//! or the backup comes from a newer Twinning.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use twinning_app::{Actor, App};
use twinning_backup::BackupError;
use twinning_domain::people::Person;
use twinning_domain::{Slug, Translated};
use twinning_store::{Db, NewsText, PhotoText};

use crate::support::{TestApp, blank_db, twinning};

const CAMERA: &[u8] = include_bytes!("fixtures/camera.jpg");

/// Every row of every table as text (SQLite's `quote()` of each column, PostgreSQL's row
/// literal), sorted: two databases with equal dumps hold the same data, bytes included.
pub async fn every_row(db: &Db) -> BTreeMap<String, Vec<String>> {
    let mut all = BTreeMap::new();
    for table in db.tables().await.expect("tables") {
        let mut rows: Vec<String> = match db {
            Db::Sqlite(pool) => {
                let columns: Vec<String> = sqlx::query_scalar("SELECT name FROM pragma_table_info($1) ORDER BY cid")
                    .bind(&table)
                    .fetch_all(pool)
                    .await
                    .expect("columns");
                let row = columns.iter().map(|c| format!("quote(\"{c}\")")).collect::<Vec<_>>().join(" || ',' || ");
                sqlx::query_scalar(&format!("SELECT {row} FROM \"{table}\"")).fetch_all(pool).await.expect("rows")
            }
            Db::Postgres(pool) => {
                sqlx::query_scalar(&format!("SELECT t::text FROM \"{table}\" t")).fetch_all(pool).await.expect("rows")
            }
        };
        rows.sort();
        all.insert(table, rows);
    }
    all
}

/// The files of a data directory and their bytes, without the SQLite database.
fn files_in(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut found = BTreeMap::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).expect("a directory") {
            let path = e.expect("an entry").path();
            let rel = path.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                todo.push(path);
            } else if !rel.starts_with("twinning.sqlite3") {
                found.insert(rel, std::fs::read(&path).expect("a file"));
            }
        }
    }
    found
}

/// A directory of its own for archives (not inside any data directory), removed afterwards.
struct Scratch(PathBuf);

impl Scratch {
    fn new() -> Self {
        let dir = std::env::temp_dir().join(format!(
            "tw-backup-{}-{}",
            std::process::id(),
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        Self(dir)
    }
    fn file(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn person(n: usize) -> Person {
    Person::parse(|f| match f {
        "name" => format!("Backup Delegate {n}"),
        "email" => format!("delegate-{n}@raska.test"),
        "town" => "Raška".into(),
        "country" => "RS".into(),
        _ => String::new(),
    })
    .unwrap()
}

/// The demo with a photo, a person present on a day, and two mails in the data directory.
async fn instance() -> TestApp {
    let app = TestApp::with_demo().await;
    let texts = PhotoText { alt: Translated::new().with("en", "Delegations at Unity House"), ..Default::default() };
    App::new(app.db.clone())
        .add_photo(&Actor::system(), "ttchan", "daugavpils-2018", CAMERA.to_vec(), texts, true)
        .await
        .expect("a photo");
    let raska = Slug::parse("raska").unwrap();
    let p = person(0);
    let ids = app
        .db
        .upsert_people("ttchan", "daugavpils-2018", Some(&raska), &[&p], &mut || ("m0".into(), "f0".into()), None)
        .await
        .unwrap();
    let day = chrono::NaiveDate::from_ymd_opt(2018, 11, 9).unwrap();
    app.db.set_attendance("ttchan", "daugavpils-2018", ids[0].0, day, true, None).await.unwrap();
    let mail = app.fresh.dir.join("mail");
    std::fs::create_dir_all(&mail).unwrap();
    std::fs::write(mail.join("000001.eml"), "Subject: Welcome to Daugavpils\r\n\r\nSee you.\r\n").unwrap();
    std::fs::write(mail.join("000002.eml"), "Subject: Programme\r\n\r\nAttached.\r\n").unwrap();
    app
}

// The writer is a task beside the backup: it runs whenever the backup awaits its database
// (SQLite's worker thread, pg_dump on a blocking thread), which is all the backup does.
#[tokio::test]
async fn a_backup_taken_while_writes_run_restores_one_moment_of_the_source() {
    let app = instance().await;
    let scratch = Scratch::new();
    let archive = scratch.file("instance.tar.gz");

    // One writer, one transaction after another (a news post, a person, their attendance),
    // noting every table after each commit: the moments a consistent copy may show.
    let moments: Arc<Mutex<Vec<BTreeMap<String, Vec<String>>>>> = Arc::new(Mutex::new(Vec::new()));
    let (progress, mut steps) = tokio::sync::watch::channel(0usize);
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let writer = {
        let (db, moments) = (app.db.clone(), moments.clone());
        tokio::spawn(async move {
            let note = |rows| moments.lock().unwrap().push(rows);
            note(every_row(&db).await);
            let raska = Slug::parse("raska").unwrap();
            let day = chrono::NaiveDate::from_ymd_opt(2018, 11, 10).unwrap();
            let mut k = 0;
            while !*stopped.borrow() {
                k += 1;
                let text = NewsText {
                    title: Translated::new().with("en", &format!("Day {k} in Daugavpils")),
                    body: Translated::new().with("en", "Delegations met at Unity House."),
                };
                let slug = Slug::parse(&format!("day-{k}")).unwrap();
                db.create_news("ttchan", &slug, None, &text, None).await.expect("a post");
                note(every_row(&db).await);
                let p = person(k);
                let mut links = || (format!("m{k}"), format!("f{k}"));
                let ids = db
                    .upsert_people("ttchan", "daugavpils-2018", Some(&raska), &[&p], &mut links, None)
                    .await
                    .expect("a person");
                note(every_row(&db).await);
                db.set_attendance("ttchan", "daugavpils-2018", ids[0].0, day, true, None).await.expect("present");
                note(every_row(&db).await);
                progress.send_replace(k);
            }
        })
    };

    steps.wait_for(|k| *k >= 3).await.unwrap();
    let manifest = twinning_backup::backup(&app.db, &app.fresh.url, &app.fresh.dir, &archive).await.expect("backup");
    // The writer goes on; once it has written three more rounds, it stops.
    let done = *steps.borrow();
    steps.wait_for(|k| *k >= done + 3).await.unwrap();
    stop.send_replace(true);
    writer.await.unwrap();

    assert_eq!(manifest.backend, crate::support::backend());
    assert_eq!(Some(manifest.migration), app.db.applied_migration().await.unwrap());
    let mails = manifest.files.iter().filter(|f| f.path.starts_with("data/mail/")).count();
    assert_eq!(mails, 2, "{:?}", manifest.files);

    let target = blank_db().await;
    let restored = twinning_backup::restore(&archive, &target.url, &target.dir).await.expect("restore");
    assert_eq!(restored.migration, manifest.migration);
    let copy = Db::connect(&target.url).await.unwrap();
    let rows = every_row(&copy).await;
    let moments = moments.lock().unwrap().clone();
    let at = moments.iter().position(|m| *m == rows);
    let Some(at) = at else {
        let last = moments.last().unwrap();
        let differ: Vec<&String> = rows.keys().filter(|t| rows.get(*t) != last.get(*t)).collect();
        panic!("the restored database equals no moment of the source; tables unlike the last: {differ:?}");
    };
    // Begun after three rounds (three moments each), finished at least two rounds and a bit
    // before the writer stopped: neither the start nor the end.
    assert!(at >= 9 && at + 7 < moments.len(), "moment {at} of {}", moments.len());
    assert_eq!(rows["photos"].len(), 1, "the photo, bytes and all");
    assert_eq!(files_in(&target.dir), files_in(&app.fresh.dir), "the data directory's files");

    // The restored instance carries on: new rows get new ids, the photo is served.
    let text = NewsText {
        title: Translated::new().with("en", "After the restore"),
        body: Translated::new().with("en", "Nothing was lost."),
    };
    copy.create_news("ttchan", &Slug::parse("after-restore").unwrap(), None, &text, None).await.expect("a new post");
    let photo = &copy.photos("ttchan", "daugavpils-2018").await.unwrap()[0];
    let source = &app.db.photos("ttchan", "daugavpils-2018").await.unwrap()[0];
    let bytes = |db: &Db, file: String| {
        let db = db.clone();
        async move { db.photo_file("ttchan", "daugavpils-2018", &file).await.unwrap().unwrap().1 }
    };
    assert_eq!(bytes(&copy, photo.file.clone()).await, bytes(&app.db, source.file.clone()).await);
    copy.close().await;
}

/// An archive's members after the manifest: path and bytes.
type Members = Vec<(String, Vec<u8>)>;
/// A change to an archive's manifest and members.
type Edit = Box<dyn FnOnce(&mut serde_json::Value, &mut Members)>;

/// Rewrites an archive: `edit` may change the manifest and the members.
fn repack(from: &Path, to: &Path, edit: impl FnOnce(&mut serde_json::Value, &mut Members)) {
    let file = std::fs::File::open(from).unwrap();
    let mut archive = tar::Archive::new(flate2::read::GzDecoder::new(file));
    let mut members = Vec::new();
    for e in archive.entries().unwrap() {
        let mut e = e.unwrap();
        let path = e.path().unwrap().to_string_lossy().into_owned();
        let mut bytes = Vec::new();
        e.read_to_end(&mut bytes).unwrap();
        members.push((path, bytes));
    }
    let (first, manifest) = members.remove(0);
    assert_eq!(first, "manifest.json", "the manifest comes first");
    let mut manifest: serde_json::Value = serde_json::from_slice(&manifest).unwrap();
    edit(&mut manifest, &mut members);
    let out = std::fs::File::create(to).unwrap();
    let mut tar = tar::Builder::new(flate2::write::GzEncoder::new(out, flate2::Compression::fast()));
    let manifest = serde_json::to_vec(&manifest).unwrap();
    for (path, bytes) in std::iter::once(("manifest.json".to_owned(), manifest)).chain(members) {
        let mut h = tar::Header::new_gnu();
        h.set_size(bytes.len() as u64);
        h.set_mode(0o600);
        tar.append_data(&mut h, &path, bytes.as_slice()).unwrap();
    }
    tar.into_inner().unwrap().finish().unwrap();
}

#[tokio::test]
async fn a_restore_refuses_a_target_in_use_a_changed_file_another_backend_and_a_newer_backup() {
    let app = instance().await;
    let scratch = Scratch::new();
    let archive = scratch.file("instance.tar.gz");
    twinning_backup::backup(&app.db, &app.fresh.url, &app.fresh.dir, &archive).await.expect("backup");
    let restore = |file: PathBuf, target: &crate::support::FreshDb| {
        let (url, dir) = (target.url.clone(), target.dir.clone());
        async move { twinning_backup::restore(&file, &url, &dir).await }
    };

    // The source itself is in use: its database has tables (PostgreSQL) or exists (SQLite).
    let elsewhere = scratch.file("new-data-dir");
    let err = twinning_backup::restore(&archive, &app.fresh.url, &elsewhere).await.unwrap_err();
    assert!(matches!(err, BackupError::Refused(_)), "{err}");
    assert!(err.to_string().contains("not empty") || err.to_string().contains("exists already"), "{err}");
    assert!(!elsewhere.exists(), "nothing written");

    // An empty database but a data directory with something in it.
    let target = blank_db().await;
    std::fs::write(target.dir.join("notes.txt"), "mine").unwrap();
    let err = restore(archive.clone(), &target).await.unwrap_err();
    assert!(matches!(err, BackupError::Refused(_)) && err.to_string().contains("is not empty"), "{err}");
    std::fs::remove_file(target.dir.join("notes.txt")).unwrap();

    let untouched = |target: &crate::support::FreshDb| {
        let (url, dir) = (target.url.clone(), target.dir.clone());
        async move {
            assert!(files_in(&dir).is_empty() && std::fs::read_dir(&dir).unwrap().next().is_none(), "nothing left");
            if url.is_postgres() {
                let db = Db::connect_without_migrating(&url).await.unwrap();
                assert!(db.tables().await.unwrap().is_empty(), "no table restored");
                db.close().await;
            } else {
                assert!(!dir.join("twinning.sqlite3").exists());
            }
        }
    };

    // One byte of the database changed; a mail changed; a member the manifest does not list.
    let cases: [(&str, Edit); 3] = [
        (
            "checksum",
            Box::new(|_, m| {
                let db = m.iter_mut().find(|(p, _)| p.starts_with("database/")).unwrap();
                let middle = db.1.len() / 2;
                db.1[middle] ^= 0x20;
            }),
        ),
        ("checksum", Box::new(|_, m| m.iter_mut().find(|(p, _)| p.ends_with("000002.eml")).unwrap().1.push(b'!'))),
        ("not in the manifest", Box::new(|_, m| m.push(("data/extra.eml".into(), b"Subject: hi".to_vec())))),
    ];
    for (i, (says, edit)) in cases.into_iter().enumerate() {
        let tampered = scratch.file(&format!("tampered-{i}.tar.gz"));
        repack(&archive, &tampered, edit);
        let err = restore(tampered, &target).await.unwrap_err();
        assert!(matches!(err, BackupError::Damaged(_)) && err.to_string().contains(says), "case {i}: {err}");
        untouched(&target).await;
    }

    // Made by a newer Twinning: a migration this binary does not know.
    let newer = scratch.file("newer.tar.gz");
    repack(&archive, &newer, |m, _| m["migration"] = (twinning_store::latest_known_migration(true) + 1000).into());
    let err = restore(newer, &target).await.unwrap_err();
    assert!(matches!(err, BackupError::Refused(_)) && err.to_string().contains("newer Twinning"), "{err}");

    // The other backend's backup.
    let other = scratch.file("other.tar.gz");
    repack(&archive, &other, |m, members| {
        let (from, to, backend) = if m["backend"] == "sqlite" {
            ("database/twinning.sqlite3", "database/postgres.dump", "postgres")
        } else {
            ("database/postgres.dump", "database/twinning.sqlite3", "sqlite")
        };
        m["backend"] = backend.into();
        for f in m["files"].as_array_mut().unwrap() {
            if f["path"] == from {
                f["path"] = to.into();
            }
        }
        members.iter_mut().find(|(p, _)| p == from).unwrap().0 = to.into();
    });
    let err = restore(other, &target).await.unwrap_err();
    assert!(matches!(err, BackupError::Refused(_)) && err.to_string().contains("this is a backup of a"), "{err}");
    untouched(&target).await;

    // Not a backup at all.
    let junk = scratch.file("junk.tar.gz");
    std::fs::write(&junk, b"PK\x03\x04 a zip, not a backup").unwrap();
    let err = restore(junk, &target).await.unwrap_err();
    assert!(matches!(err, BackupError::Damaged(_)), "{err}");

    // After all that, the untouched archive restores into the same target.
    restore(archive, &target).await.expect("the real backup restores");
    let copy = Db::connect(&target.url).await.unwrap();
    assert_eq!(every_row(&copy).await, every_row(&app.db).await);
    copy.close().await;
}

/// `--data-dir` always (mail lives there), and `--database-url` on PostgreSQL.
fn store_args(fresh: &crate::support::FreshDb) -> Vec<String> {
    let mut args = vec!["--data-dir".to_owned(), fresh.dir.display().to_string()];
    if fresh.url.is_postgres() {
        args.extend(["--database-url".to_owned(), fresh.url.expose().to_owned()]);
    }
    args
}

#[tokio::test]
async fn the_cli_backs_up_a_running_instance_and_restores_it_once() {
    let app = instance().await;
    let scratch = Scratch::new();
    let archive = scratch.file("nightly.tar.gz");
    let out = twinning().arg("backup").arg(&archive).args(store_args(&app.fresh)).output().unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said} {}", String::from_utf8_lossy(&out.stderr));
    let backend = crate::support::backend();
    assert!(said.contains(&format!("Backed up the {backend} database")) && said.contains("and 2 files"), "{said}");

    let target = blank_db().await;
    let out = twinning().arg("restore").arg(&archive).args(store_args(&target)).output().unwrap();
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said} {}", String::from_utf8_lossy(&out.stderr));
    assert!(said.contains(&format!("Restored the {backend} database")), "{said}");
    let copy = Db::connect(&target.url).await.unwrap();
    assert_eq!(every_row(&copy).await, every_row(&app.db).await);
    assert_eq!(files_in(&target.dir), files_in(&app.fresh.dir));
    copy.close().await;

    // Twice into the same place is refused, with the reason.
    let out = twinning().arg("restore").arg(&archive).args(store_args(&target)).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("is not empty"), "{err}");
}
