//! Many hands at once, over real HTTP (the point is concurrent requests): organisers' scripts
//! editing different items at the same moment all keep their change; two edits of the same
//! item from the same version give one 200 and one 412; eight check-in desks writing at once
//! get no error and lose no acknowledged write — on SQLite and on PostgreSQL.

use std::collections::BTreeSet;

use serde_json::{Value, json};
use twinning_domain::Role;
use twinning_store::Db;

use crate::support::{demo, fresh_db};

const EVENT: &str = "/api/v1/projects/ttchan/events/daugavpils-2018";

/// The demo served on a real port, and an organiser's API token for it.
struct Served {
    base: String,
    client: reqwest::Client,
    auth: String,
    db: Db,
    /// Dropped (with its database) when the test ends.
    _fresh: crate::support::FreshDb,
}

async fn served() -> Served {
    let fresh = fresh_db().await;
    let db = Db::connect(&fresh.url).await.expect("connect and migrate");
    db.import(&demo()).await.expect("demo imports");
    let id = db
        .create_account(
            &twinning_domain::EmailAddress::parse("ilze@daugavpils.lv").unwrap(),
            "Ilze",
            &twinning_web::auth::hash_password("a long enough password".into()).await.unwrap(),
            false,
        )
        .await
        .expect("account");
    db.set_role("ttchan", id, Role::Organiser, None, None).await.unwrap();
    let secret = twinning_web::auth::new_secret("tw_");
    db.create_token(id, "desk", &twinning_web::auth::hash_secret(&secret)).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let base = format!("http://{}", listener.local_addr().unwrap());
    let app_db = db.clone();
    tokio::spawn(async move {
        twinning_web::serve(listener, app_db, twinning_web::Config::default(), std::future::pending()).await
    });
    Served { base, client: reqwest::Client::new(), auth: format!("Bearer {secret}"), db, _fresh: fresh }
}

/// An item as the API gives it, turned into the body that writes it back.
fn input_of(dto: &Value) -> Value {
    json!({
        "starts_at": dto["starts_at"],
        "ends_at": dto["ends_at"],
        "kind": dto["kind"],
        "title": dto["title"],
        "description": dto["description"],
        "audience": dto["audience"],
        "capacity": dto.get("capacity").cloned().unwrap_or(Value::Null),
        "languages": dto["languages"],
        "hosts": dto["hosts"],
        "venues": dto["venues"].as_array().unwrap().iter().map(|v| v["slug"].clone()).collect::<Vec<_>>(),
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn twenty_scripts_editing_twenty_items_at_once_all_keep_their_change() {
    let s = served().await;
    let slugs: Vec<String> = demo().project.events[0].items.iter().take(20).map(|i| i.slug.to_string()).collect();
    assert_eq!(slugs.len(), 20, "the demo has twenty items to edit");
    let mut bodies = Vec::new();
    for slug in &slugs {
        let res = s
            .client
            .get(format!("{}{EVENT}/items/{slug}", s.base))
            .header("authorization", &s.auth)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 200);
        assert!(res.headers().get("etag").is_some(), "a writable item has its version as ETag");
        let mut body = input_of(&res.json::<Value>().await.unwrap());
        body["title"]["en"] = json!(format!("Changed by script {slug}"));
        bodies.push((slug.clone(), body));
    }
    let mut writes = Vec::new();
    for (slug, body) in bodies {
        let (client, url, auth) = (s.client.clone(), format!("{}{EVENT}/items/{slug}", s.base), s.auth.clone());
        writes.push(tokio::spawn(async move {
            let res = client.put(url).header("authorization", auth).json(&body).send().await.unwrap();
            (slug, res.status().as_u16())
        }));
    }
    for w in writes {
        let (slug, status) = w.await.unwrap();
        assert_eq!(status, 200, "{slug}");
    }
    for slug in &slugs {
        let dto: Value = s
            .client
            .get(format!("{}{EVENT}/items/{slug}", s.base))
            .header("authorization", &s.auth)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(dto["title"]["en"], format!("Changed by script {slug}"), "{slug} kept its change");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_edits_from_the_same_version_give_one_success_and_one_412() {
    let s = served().await;
    let url = format!("{}{EVENT}/items/memorandum-raska", s.base);
    let res = s.client.get(&url).header("authorization", &s.auth).send().await.unwrap();
    let etag = res.headers()["etag"].to_str().unwrap().to_owned();
    let dto: Value = res.json().await.unwrap();
    let mut writes = Vec::new();
    for who in ["Ilze", "Jānis"] {
        let mut body = input_of(&dto);
        body["title"]["en"] = json!(format!("Memorandum, as {who} has it"));
        let (client, url, auth, etag) = (s.client.clone(), url.clone(), s.auth.clone(), etag.clone());
        writes.push(tokio::spawn(async move {
            let res = client
                .put(url)
                .header("authorization", auth)
                .header("if-match", etag)
                .json(&body)
                .send()
                .await
                .unwrap();
            let status = res.status().as_u16();
            (status, res.json::<Value>().await.unwrap())
        }));
    }
    let mut answers = Vec::new();
    for w in writes {
        answers.push(w.await.unwrap());
    }
    answers.sort_by_key(|(status, _)| *status);
    assert_eq!(answers.iter().map(|(s, _)| *s).collect::<Vec<_>>(), [200, 412], "{answers:?}");
    assert_eq!(answers[1].1["error"]["key"], "item.changed_meanwhile");
    let kept = answers[0].1["title"]["en"].clone();
    let now: Value = s.client.get(&url).header("authorization", &s.auth).send().await.unwrap().json().await.unwrap();
    assert_eq!(now["title"]["en"], kept, "the refused edit changed nothing");

    // A stale version is refused again later, and a removal from it too.
    let late = s
        .client
        .put(&url)
        .header("authorization", &s.auth)
        .header("if-match", &etag)
        .json(&input_of(&dto))
        .send()
        .await
        .unwrap();
    assert_eq!(late.status(), 412);
    let gone = s.client.delete(&url).header("authorization", &s.auth).header("if-match", &etag).send().await.unwrap();
    assert_eq!(gone.status(), 412);
    assert_eq!(s.client.get(&url).header("authorization", &s.auth).send().await.unwrap().status(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn eight_check_in_desks_at_once_lose_nothing_and_fail_nothing() {
    let s = served().await;
    // 300 people in the Raška delegation.
    let people: Vec<twinning_domain::people::Person> = (0..300)
        .map(|n| {
            twinning_domain::people::Person::parse(|f| match f {
                "name" => format!("Delegate {n:03}"),
                "town" => "Raška".into(),
                "country" => "RS".into(),
                _ => String::new(),
            })
            .unwrap()
        })
        .collect();
    let refs: Vec<&twinning_domain::people::Person> = people.iter().collect();
    let raska = twinning_domain::Slug::parse("raska").unwrap();
    let mut links = || twinning_web::auth::person_link_hashes();
    let ids: Vec<i64> =
        s.db.upsert_people("ttchan", "daugavpils-2018", Some(&raska), &refs, &mut links, None)
            .await
            .unwrap()
            .into_iter()
            .map(|(id, _)| id)
            .collect();
    assert_eq!(ids.len(), 300);

    // Desks 0–4 each take one day; desks 5–7 take days 1–3 again, in the opposite order,
    // so that two desks mark the same person on the same day at the same moment.
    let days = ["2018-11-08", "2018-11-09", "2018-11-10", "2018-11-11", "2018-11-12"];
    let mut desks = Vec::new();
    for desk in 0..8usize {
        let day = days[if desk < 5 { desk } else { desk - 4 }];
        let mut order = ids.clone();
        if desk >= 5 {
            order.reverse();
        }
        let (client, base, auth) = (s.client.clone(), s.base.clone(), s.auth.clone());
        desks.push(tokio::spawn(async move {
            let mut acknowledged = Vec::new();
            let mut failures = Vec::new();
            for id in order {
                let url = format!("{base}{EVENT}/people/{id}/attendance/{day}");
                let res = client.put(&url).header("authorization", &auth).send().await.unwrap();
                match res.status().as_u16() {
                    204 => acknowledged.push((id, day.to_owned())),
                    other => failures.push((id, other)),
                }
            }
            (acknowledged, failures)
        }));
    }
    let mut acknowledged = BTreeSet::new();
    for d in desks {
        let (ok, failures) = d.await.unwrap();
        assert!(failures.is_empty(), "a desk saw errors: {failures:?}");
        acknowledged.extend(ok);
    }
    assert_eq!(acknowledged.len(), 5 * 300, "every person, every day");
    let stored: BTreeSet<(i64, String)> =
        s.db.attendance("ttchan", "daugavpils-2018")
            .await
            .unwrap()
            .into_iter()
            .map(|(id, day)| (id, day.to_string()))
            .collect();
    assert!(acknowledged.is_subset(&stored), "every acknowledged mark is stored");
    assert_eq!(stored.len(), acknowledged.len());
}
