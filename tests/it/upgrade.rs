//! An upgrade without loss: a database made by the previous release (58004b5, migrations up
//! to 0013; `fixtures/upgrade/make` remakes it) is migrated by this binary, directly and
//! through a backup and restore. Every table the release had keeps its rows and every value of
//! every column it had, this version reads the people, news and photo back, and the public
//! pages render. Nothing here names the latest migration: it is whatever this binary carries.

use std::collections::BTreeMap;

use axum::http::Method;
use sqlx::Connection;
use twinning_store::Db;

use crate::support::{FreshDb, PROGRAMME, TestApp, backend, blank_db};

const SQLITE: &str = include_str!("fixtures/upgrade/sqlite.sql");
const POSTGRES: &str = include_str!("fixtures/upgrade/postgres.sql");
/// The release's last migration.
const RELEASE: i64 = 13;

/// A blank database holding what the release's dump holds: its schema, its data and its
/// record of the migrations it ran.
async fn release_db() -> FreshDb {
    let fresh = blank_db().await;
    if fresh.url.is_postgres() {
        // Its own connection: the dump empties the session's search_path.
        let mut conn = sqlx::PgConnection::connect(fresh.url.expose()).await.expect("connect");
        sqlx::raw_sql(POSTGRES).execute(&mut conn).await.expect("the release's dump loads");
        conn.close().await.ok();
    } else {
        let db = Db::connect_without_migrating(&fresh.url).await.expect("a new file");
        let Db::Sqlite(pool) = &db else { unreachable!() };
        sqlx::raw_sql(SQLITE).execute(pool).await.expect("the release's dump loads");
        db.close().await;
    }
    fresh
}

/// Every column's values, sorted, by `table.column`.
async fn columns(db: &Db) -> BTreeMap<String, Vec<String>> {
    let mut all = BTreeMap::new();
    for table in db.tables().await.unwrap() {
        let names: Vec<String> = match db {
            Db::Sqlite(pool) => {
                sqlx::query_scalar("SELECT name FROM pragma_table_info($1)").bind(&table).fetch_all(pool).await.unwrap()
            }
            Db::Postgres(pool) => sqlx::query_scalar(
                "SELECT column_name::text FROM information_schema.columns \
                 WHERE table_schema = current_schema() AND table_name = $1",
            )
            .bind(&table)
            .fetch_all(pool)
            .await
            .unwrap(),
        };
        for column in names {
            let mut values: Vec<String> = match db {
                Db::Sqlite(pool) => sqlx::query_scalar(&format!("SELECT quote(\"{column}\") FROM \"{table}\""))
                    .fetch_all(pool)
                    .await
                    .unwrap(),
                Db::Postgres(pool) => {
                    let v: Vec<Option<String>> =
                        sqlx::query_scalar(&format!("SELECT \"{column}\"::text FROM \"{table}\""))
                            .fetch_all(pool)
                            .await
                            .unwrap();
                    v.into_iter().map(|v| v.unwrap_or_else(|| "NULL".into())).collect()
                }
            };
            values.sort();
            all.insert(format!("{table}.{column}"), values);
        }
    }
    all
}

/// Whether every value of `before` is in `after`, as many times (a multiset inclusion).
fn kept(before: &[String], after: &[String]) -> bool {
    let mut left: BTreeMap<&str, i64> = BTreeMap::new();
    for v in after {
        *left.entry(v).or_default() += 1;
    }
    before.iter().all(|v| {
        let n = left.entry(v).or_default();
        *n -= 1;
        *n >= 0
    })
}

/// Tables a migration retires on purpose, each with why no one loses anything by it.
const RETIRED: &[(&str, &str)] = &[(
    "signin_failures",
    "0014: failed sign-ins were throttle state, forgotten within a day; `signin_throttle` replaces them",
)];

/// Every column the release had keeps every value; every table keeps its rows (but the
/// [`RETIRED`] ones).
fn nothing_lost(before: &BTreeMap<String, Vec<String>>, after: &BTreeMap<String, Vec<String>>) {
    let mut lost = Vec::new();
    let retired = |column: &str| RETIRED.iter().any(|(t, _)| column.split('.').next() == Some(*t));
    for (column, values) in before.iter().filter(|(c, _)| !retired(c)) {
        match after.get(column) {
            None => lost.push(format!("{column}: the column is gone")),
            Some(now) if !kept(values, now) => {
                lost.push(format!("{column}: {} values before, {} after, not all kept", values.len(), now.len()))
            }
            Some(_) => {}
        }
    }
    assert!(lost.is_empty(), "lost in the upgrade:\n{}", lost.join("\n"));
}

#[tokio::test]
async fn a_database_of_the_previous_release_upgrades_without_loss() {
    let release = release_db().await;
    let old = Db::connect_without_migrating(&release.url).await.unwrap();
    assert_eq!(old.applied_migration().await.unwrap(), Some(RELEASE), "the fixture is the release's");
    let before = columns(&old).await;
    old.close().await;
    // The fixture holds what an instance in use holds.
    for table in [
        "accounts",
        "api_tokens",
        "sessions",
        "participants",
        "attendance",
        "registrations",
        "news_posts",
        "photos",
        "outbox",
        "audit_log",
    ] {
        let any = before.iter().any(|(c, v)| c.starts_with(&format!("{table}.")) && !v.is_empty());
        assert!(any, "the fixture has rows in {table}");
    }

    // Migrated on connecting, as `twinning serve` and `twinning migrate` do.
    let app = TestApp::on(release).await;
    let latest = app.db.latest_known_migration();
    assert_eq!(app.db.applied_migration().await.unwrap(), Some(latest));
    nothing_lost(&before, &columns(&app.db).await);

    // This version reads the release's people, news and photo.
    let people = app.db.people("ttchan", "daugavpils-2018", None).await.unwrap();
    let names: Vec<&str> = people.iter().map(|p| p.person.name.as_str()).collect();
    assert!(names.contains(&"Milica Jovanović") && names.contains(&"Anna Bērziņa"), "{names:?}");
    let post = app.db.news_post("ttchan", "memorandum-signed").await.unwrap().expect("the post");
    assert!(post.published_at.is_some());
    let photos = app.db.photos("ttchan", "daugavpils-2018").await.unwrap();
    assert_eq!(photos.len(), 1);

    // The public pages render it; people stay private.
    let programme = app.page(&format!("{PROGRAMME}?lang=en")).await;
    assert!(programme.contains("Daugavpils University") && !programme.contains("Milica"));
    let news = app.page("/projects/ttchan/news/memorandum-signed?lang=lv").await;
    assert!(news.contains("Raška un Daugavpils paraksta memorandu"));
    assert!(app.page("/?lang=en").await.contains("TTChan"));
    let list = app.json("/api/v1/projects/ttchan/events/daugavpils-2018/photos").await;
    let image = app.get(list[0]["href"].as_str().unwrap()).await;
    assert_eq!(image.status(), 200);
    assert_eq!(image.bytes().await.unwrap().len() as i64, photos[0].size);
    let o = app.organiser("ttchan").await;
    let res = app.api(Method::GET, "/api/v1/projects/ttchan/events/daugavpils-2018/people", &o.token, None).await;
    assert_eq!(res.status(), 200, "the back office reads the release's people");
}

#[tokio::test]
async fn a_backup_of_the_previous_release_restores_and_catches_up() {
    let release = release_db().await;
    let old = Db::connect_without_migrating(&release.url).await.unwrap();
    let before = columns(&old).await;
    let dir = std::env::temp_dir().join(format!("tw-upgrade-{}-{}", std::process::id(), backend()));
    std::fs::create_dir_all(&dir).unwrap();
    let archive = dir.join("release.tar.gz");
    let made = twinning_backup::backup(&old, &release.url, &release.dir, &archive).await.expect("backup");
    old.close().await;
    assert_eq!(made.migration, RELEASE);

    let target = blank_db().await;
    let restored = twinning_backup::restore(&archive, &target.url, &target.dir).await.expect("restore");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(restored.manifest.migration, RELEASE);
    let db = Db::connect_without_migrating(&target.url).await.unwrap();
    assert_eq!(restored.migration, db.latest_known_migration(), "the restore ran the missing migrations");
    nothing_lost(&before, &columns(&db).await);
    db.close().await;
}
