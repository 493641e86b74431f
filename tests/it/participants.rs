//! Delegations: partner coordinators register their own town's people (one by one or by
//! uploading a list), organisers see everyone, and the lists go out as CSV and XLSX that
//! third-party readers open.

use crate::registrations::link_for;
use crate::support::{Multipart, TestApp, TestResponse, python};

const PEOPLE: &str = "/manage/projects/ttchan/events/daugavpils-2018/people";

async fn upload(app: &TestApp, cookie: &str, name: &str, bytes: Vec<u8>, delegation: Option<&str>) -> TestResponse {
    let mut form = Multipart::new().file("file", name, "application/octet-stream", &bytes);
    if let Some(d) = delegation {
        form = form.text("delegation", d);
    }
    app.post_multipart(&format!("{PEOPLE}/upload?lang=en"), cookie, form).await
}

const RASKA_CSV: &str = "name;email;town;country;role;arrival_time;arrival_by;dietary;photo_consent\r\n\
Milica Jovanović;milica@raska.test;Raška;RS;delegate;2018-11-08T10:00;plane;vegetarian;yes\r\n\
Petar Petrović;;Raška;RS;speaker;;coach;;no\r\n\
;nobody@raska.test;Raška;RS;;;;;\r\n\
Ana Marković;ana@raska;Raška;Serbia;mayor;yesterday;horse;;maybe\r\n";

#[tokio::test]
async fn a_coordinator_uploads_their_delegation_and_sees_only_it() {
    let app = TestApp::with_demo().await;
    let raska = app.coordinator_of("ttchan", "raska").await.cookie;
    let kalmar = app.coordinator_of("ttchan", "kalmar").await.cookie;

    let res = upload(&app, &raska, "raska.csv", RASKA_CSV.as_bytes().to_vec(), Some("kalmar")).await;
    assert_eq!(res.status(), 422, "two rows were rejected");
    let html = res.text().await.unwrap();
    assert!(html.contains("Added: 2. Updated: 0. Rejected: 2."), "{html}");
    // Each rejected row is named by its number in the file, with every reason.
    let row4 = html.split("<th scope=\"row\">4</th>").nth(1).unwrap();
    assert!(row4.contains("name: Enter a name"), "{row4}");
    let row5 = html.split("<th scope=\"row\">5</th>").nth(1).unwrap();
    for reason in ["email:", "country:", "role:", "arrival_time:", "arrival_by:", "photo_consent:"] {
        assert!(row5.split("</tr>").next().unwrap().contains(reason), "row 5 names {reason}");
    }

    // A second upload of the same list updates the people already there.
    let fixed = RASKA_CSV
        .replace("vegetarian", "vegan")
        .replace("ana@raska;", "ana@raska.test;")
        .replace("Serbia;mayor;yesterday;horse;;maybe", "RS;delegate;;;;no");
    let res = upload(&app, &raska, "raska.csv", fixed.into_bytes(), None).await;
    let html = res.text().await.unwrap();
    assert!(html.contains("Added: 1. Updated: 2. Rejected: 1."), "{html}");
    let people = app.db.people("ttchan", "daugavpils-2018", None).await.unwrap();
    assert_eq!(people.len(), 3, "no one twice");
    assert!(
        people.iter().all(|p| p.delegation.as_ref().map(|d| d.as_str()) == Some("raska")),
        "a coordinator uploads into their own delegation only"
    );
    let milica = people.iter().find(|p| p.person.name == "Milica Jovanović").unwrap();
    assert_eq!(milica.person.dietary, "vegan");

    // Kalmar's coordinator sees none of Raška's people, not even by address.
    let list = app.get_as(&format!("{PEOPLE}?lang=en"), &kalmar).await.text().await.unwrap();
    assert!(!list.contains("Milica") && list.contains("Nobody yet."));
    assert_eq!(app.get_as(&format!("{PEOPLE}/{}", milica.id), &kalmar).await.status(), 404);
    let csv = app.get_as(&format!("{PEOPLE}.csv"), &kalmar).await.text().await.unwrap();
    assert!(!csv.contains("Milica"));
    let page = app.get_as(&format!("{PEOPLE}?lang=en&q=milica"), &raska).await.text().await.unwrap();
    assert!(page.contains("Milica Jovanović") && !page.contains("Petar"), "the search narrows the list");

    // A participant or a visitor without a role gets nothing.
    let participant = app.participant("ttchan").await.cookie;
    assert_eq!(app.get_as(PEOPLE, &participant).await.status(), 403);
}

#[tokio::test]
async fn organisers_see_everyone_and_export_a_sheet_per_town() {
    let app = TestApp::with_demo().await;
    let organiser = app.organiser("ttchan").await.cookie;
    let raska = app.coordinator_of("ttchan", "raska").await.cookie;
    upload(&app, &raska, "raska.csv", RASKA_CSV.as_bytes().to_vec(), None).await;

    // One by one: errors beside the fields, then saved into the delegation chosen.
    let res = app
        .post_form(
            &format!("{PEOPLE}?lang=en"),
            Some(&organiser),
            &[
                ("name", ""),
                ("town", "Kalmar"),
                ("country", "SE"),
                ("delegation", "kalmar"),
                ("arrival_time", "2018-11-09T10:00"),
                ("departure_time", "2018-11-08T10:00"),
            ],
        )
        .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("id=\"name-error\">Enter a name")
            && html.contains("id=\"departure_time-error\">The departure cannot come before the arrival.")
    );
    let res = app
        .post_form(
            &format!("{PEOPLE}?lang=en"),
            Some(&organiser),
            &[
                ("name", "Karin Lind"),
                ("town", "Kalmar"),
                ("country", "SE"),
                ("role", "delegate"),
                ("delegation", "kalmar"),
                ("photo_consent", "yes"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let res = app
        .post_form(
            &format!("{PEOPLE}?lang=en"),
            Some(&organiser),
            &[
                ("name", "Jānis Ozols"),
                ("town", "Daugavpils"),
                ("country", "LV"),
                ("role", "resident"),
                ("delegation", ""),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);

    // The meeting is over, so the figures count the people who were there.
    for p in app.db.people("ttchan", "daugavpils-2018", None).await.unwrap() {
        let day = chrono::NaiveDate::from_ymd_opt(2018, 11, 9).unwrap();
        app.db.set_attendance("ttchan", "daugavpils-2018", p.id, day, true, None).await.unwrap();
    }
    let page = app.get_as(&format!("{PEOPLE}?lang=en"), &organiser).await.text().await.unwrap();
    assert!(page.contains("Milica Jovanović") && page.contains("Karin Lind") && page.contains("Jānis Ozols"));
    assert!(
        page.contains("<dt>Invited participants (sent by a partner from another country)</dt><dd>3</dd>"),
        "{page}"
    );
    assert!(page.contains("<dt>Local participants</dt><dd>1</dd>"));

    let xlsx = app.get_as(&format!("{PEOPLE}.xlsx?lang=en"), &organiser).await;
    assert_eq!(xlsx.headers()["content-type"], "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    let path = app.fresh.dir.join("people.xlsx");
    std::fs::write(&path, xlsx.bytes().await.unwrap()).unwrap();
    let sheets = python(
        "import sys, openpyxl\nb = openpyxl.load_workbook(sys.argv[1])\n\
         print('|'.join(f'{ws.title}:{ws.max_row - 1}:{ws.cell(1, 2).value}' for ws in b.worksheets))",
        &[path.to_str().unwrap()],
    );
    assert_eq!(sheets.trim(), "Kalmar:1:name|No delegation:1:name|Raška:2:name");

    let csv = app.get_as(&format!("{PEOPLE}.csv?lang=en"), &organiser).await.text().await.unwrap();
    let path = app.fresh.dir.join("people.csv");
    std::fs::write(&path, &csv).unwrap();
    let rows = python(
        "import sys, csv\nrows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))\n\
         print(len(rows), sorted(r['name'] for r in rows)[0], [r['dietary'] for r in rows if r['name'].startswith('Milica')][0])",
        &[path.to_str().unwrap()],
    );
    assert_eq!(rows.trim(), "4 Jānis Ozols vegetarian");

    let template = app.get_as(&format!("{PEOPLE}/template.csv"), &organiser).await.text().await.unwrap();
    assert!(template.starts_with("name,email,town,country,role,"));
}

#[tokio::test]
async fn an_xlsx_list_is_read_like_a_csv_one() {
    let app = TestApp::with_demo().await;
    let raska = app.coordinator_of("ttchan", "raska").await.cookie;
    let path = app.fresh.dir.join("raska.xlsx");
    python(
        "import sys, datetime, openpyxl\nb = openpyxl.Workbook()\nws = b.active\n\
         ws.append(['Name', 'E-mail', 'Town', 'Country', 'Arrival time', 'Photo consent'])\n\
         ws.append(['Milica Jovanović', 'milica@raska.test', 'Raška', 'RS', datetime.datetime(2018, 11, 8, 10, 0), 'yes'])\n\
         ws.append(['Petar Petrović', None, 'Raška', 'RS', None, None])\n\
         b.save(sys.argv[1])",
        &[path.to_str().unwrap()],
    );
    let res = upload(&app, &raska, "raska.xlsx", std::fs::read(&path).unwrap(), None).await;
    assert_eq!(res.status(), 200);
    let people = app.db.people("ttchan", "daugavpils-2018", None).await.unwrap();
    assert_eq!(people.len(), 2);
    let milica = people.iter().find(|p| p.person.name == "Milica Jovanović").unwrap();
    assert_eq!(milica.person.field("arrival_time"), "2018-11-08T10:00", "a date cell is read as a date");
    assert_eq!(milica.person.photo_consent, twinning_domain::people::PhotoConsent::Yes);

    let garbage = upload(&app, &raska, "list.csv", vec![0xff, 0xfe, 0x00, 0x01], None).await;
    assert_eq!(garbage.status(), 422);
    assert!(garbage.text().await.unwrap().contains("The file cannot be read as CSV or XLSX"));
}

#[tokio::test]
async fn people_register_themselves_with_their_delegations_link() {
    let app = TestApp::with_demo().await;
    let raska = app.coordinator_of("ttchan", "raska").await.cookie;
    let res = app.post_form(&format!("{PEOPLE}/join-link"), Some(&raska), &[("delegation", "kalmar")]).await;
    assert_eq!(res.status(), 303);
    let links = app.db.join_links("ttchan", "daugavpils-2018").await.unwrap();
    assert_eq!(links.len(), 1);
    assert_eq!(links[0].delegation.as_str(), "raska", "a coordinator makes a link for their own delegation only");
    let page = app.get_as(&format!("{PEOPLE}?lang=en"), &raska).await.text().await.unwrap();
    let join = format!("/join/{}", links[0].token);
    assert!(page.contains(&join), "the coordinator sees the link to share");

    let form = app.get(&format!("{join}?lang=en")).await;
    assert_eq!(form.status(), 200);
    assert_eq!(form.headers()["referrer-policy"], "no-referrer");
    let html = form.text().await.unwrap();
    assert!(
        html.contains("value=\"Raška\"") && html.contains("<option value=\"RS\" selected>"),
        "town and country filled in"
    );

    let mut fields = vec![
        ("name", "Milica Jovanović"),
        ("email", "milica@raska.test"),
        ("town", "Raška"),
        ("country", "RS"),
        ("role", "delegate"),
        ("dietary", "vegetarian"),
    ];
    let res = app.post_form(&format!("{join}?lang=en"), None, &fields).await;
    assert_eq!(res.status(), 422, "the privacy notice must be accepted");
    assert!(res.text().await.unwrap().contains("id=\"privacy-error\""));
    fields.push(("privacy", "yes"));
    let res = app.post_form(&format!("{join}?lang=en"), None, &fields).await;
    assert_eq!(res.status(), 200);
    // Registering again with the same address updates instead of adding.
    fields[5] = ("dietary", "vegan");
    app.post_form(&format!("{join}?lang=en"), None, &fields).await;
    let people = app.db.people("ttchan", "daugavpils-2018", None).await.unwrap();
    assert_eq!(people.len(), 1);
    assert_eq!(
        (people[0].delegation.as_ref().unwrap().as_str(), people[0].person.dietary.as_str()),
        ("raska", "vegan")
    );
    let (link, _) = link_for(&app, "milica@raska.test").await;
    let own = app.page(&format!("{link}?lang=en")).await;
    assert!(own.contains("Memorandum of Cooperation between Raška and Daugavpils"), "a delegate's programme");

    // A new link replaces the old one.
    app.post_form(&format!("{PEOPLE}/join-link"), Some(&raska), &[]).await;
    assert_eq!(app.get(&join).await.status(), 404);
}

#[tokio::test]
async fn a_coordinator_sends_a_delegate_their_programme_link() {
    let app = TestApp::with_demo().await;
    let raska = app.coordinator_of("ttchan", "raska").await.cookie;
    upload(&app, &raska, "raska.csv", RASKA_CSV.as_bytes().to_vec(), None).await;
    let people = app.db.people("ttchan", "daugavpils-2018", None).await.unwrap();
    let milica = people.iter().find(|p| p.person.name == "Milica Jovanović").unwrap();
    let petar = people.iter().find(|p| p.person.name == "Petar Petrović").unwrap();
    let form = app.get_as(&format!("{PEOPLE}/{}?lang=en", milica.id), &raska).await.text().await.unwrap();
    assert!(form.contains("/send-link"), "offered for a person with an e-mail address");
    let res = app.post_form(&format!("{PEOPLE}/{}/send-link", milica.id), Some(&raska), &[]).await;
    assert_eq!(res.status(), 303);
    let (link, _) = link_for(&app, "milica@raska.test").await;
    let own = app.page(&format!("{link}?lang=en")).await;
    assert!(
        own.contains("Hello Milica Jovanović.")
            && own.contains("Memorandum of Cooperation between Raška and Daugavpils")
    );
    // Petar gave no address: the answer names the missing field, and no letter is queued.
    let queued = app.db.outbox(100).await.unwrap().len();
    assert_eq!(app.post_form(&format!("{PEOPLE}/{}/send-link", petar.id), Some(&raska), &[]).await.status(), 422);
    assert_eq!(app.db.outbox(100).await.unwrap().len(), queued);
    // Another town's coordinator cannot send it.
    let kalmar = app.coordinator_of("ttchan", "kalmar").await.cookie;
    assert_eq!(app.post_form(&format!("{PEOPLE}/{}/send-link", milica.id), Some(&kalmar), &[]).await.status(), 404);
}
