//! Exports are safe in any locale: a town named like a formula stays text in the CSV (read
//! back with Python's csv module, with `,` and with `;`) and in the XLSX (read back with
//! openpyxl), and every town name makes a valid, unique sheet name.

use crate::support::{Multipart, TestApp, python};
use twinning_domain::Translated;

const PEOPLE: &str = "/manage/projects/ttchan/events/daugavpils-2018/people";

async fn with_hostile_towns() -> TestApp {
    let app = TestApp::empty().await;
    let mut b = crate::support::demo();
    for t in &mut b.towns {
        let hostile = match t.slug.as_str() {
            "raska" => "'Town;=1+2",
            "kalmar" => "=HYPERLINK(\"http://evil.test\")'",
            _ => continue,
        };
        t.native_name = hostile.to_owned();
        t.name = Translated::new();
    }
    app.db.import(&b).await.expect("the demo with hostile town names imports");
    app
}

async fn upload(app: &TestApp, cookie: &str, delegation: &str, csv: &str) {
    let form = Multipart::new().file("file", "list.csv", "text/csv", csv.as_bytes()).text("delegation", delegation);
    let res = app.post_multipart(&format!("{PEOPLE}/upload?lang=en"), cookie, form).await;
    assert_eq!(res.status(), 200);
}

#[tokio::test]
async fn hostile_town_names_stay_text_in_csv_and_xlsx() {
    let app = with_hostile_towns().await;
    let organiser = app.organiser("ttchan").await.cookie;
    upload(&app, &organiser, "raska", "name;email;town;country\r\n@Milica;milica@raska.test;-Raška;RS\r\n").await;
    upload(&app, &organiser, "kalmar", "name,email,town,country\r\nAnna,anna@kalmar.test,Kalmar,SE\r\n").await;

    let csv = app.get_as(&format!("{PEOPLE}.csv?lang=en"), &organiser).await.text().await.unwrap();
    let path = app.fresh.dir.join("people.csv");
    std::fs::write(&path, &csv).unwrap();
    // Read as a spreadsheet in a `,` locale and in a `;` locale would: no cell starts a formula.
    let cells = python(
        "import sys, csv\n\
         for sep in (',', ';'):\n\
         \x20   rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8'), delimiter=sep))\n\
         \x20   bad = [c for r in rows[1:] for c in r if c[:1] in ('=', '+', '-', '@')]\n\
         \x20   print(sep, len(bad))\n\
         rows = list(csv.DictReader(open(sys.argv[1], newline='', encoding='utf-8')))\n\
         print('|'.join(sorted(r['delegation'] for r in rows)))\n\
         print('|'.join(sorted(r['name'] for r in rows)))",
        &[path.to_str().unwrap()],
    );
    let lines: Vec<&str> = cells.lines().collect();
    assert_eq!(lines[0], ", 0", "{csv}");
    assert_eq!(lines[1], "; 0", "{csv}");
    assert_eq!(lines[2], r#"''Town;=1+2|'=HYPERLINK("http://evil.test")'"#, "{csv}");
    assert_eq!(lines[3], "'@Milica|Anna");

    let res = app.get_as(&format!("{PEOPLE}.xlsx?lang=en"), &organiser).await;
    assert_eq!(res.status(), 200, "a town beginning with ' makes a sheet too");
    let path = app.fresh.dir.join("people.xlsx");
    std::fs::write(&path, res.bytes().await.unwrap()).unwrap();
    let sheets = python(
        "import sys, openpyxl\nb = openpyxl.load_workbook(sys.argv[1])\n\
         for ws in b.worksheets:\n\
         \x20   print('|'.join([ws.title, ws.cell(2, 1).value, ws.cell(2, 2).value, ws.cell(2, 1).data_type]))",
        &[path.to_str().unwrap()],
    );
    let lines: Vec<&str> = sheets.lines().collect();
    assert_eq!(
        lines,
        [r#"Town;=1+2|'Town;=1+2|@Milica|s"#, r#"=HYPERLINK("httpevil.test")|=HYPERLINK("http://evil.test")'|Anna|s"#,],
        "{sheets}"
    );
}
