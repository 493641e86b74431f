//! Spreadsheets in and out: a delegation list uploaded as CSV or XLSX becomes a [`Table`] of
//! text cells with their row numbers (for a report that names every row), and participant
//! lists go out as RFC 4180 CSV or as an XLSX workbook with one sheet per town.

mod csv_in;
mod limits;
mod xlsx_in;

use calamine::{Data, DataType};
pub use limits::{Limit, Limits};

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SheetError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is neither UTF-8 text (CSV) nor an XLSX workbook")]
    Unreadable,
    #[error("CSV: {0}")]
    Csv(String),
    #[error("XLSX: {0}")]
    Xlsx(String),
    /// The file goes over one of its [`Limits`]; `value` is what was found (for a limit that
    /// stops reading early, as much as was seen by then).
    #[error("the file goes over a limit ({limit:?}): {value} where at most {max} is accepted")]
    TooLarge { limit: Limit, max: u64, value: u64 },
}

impl SheetError {
    /// The stable error key, translated by the interface.
    pub fn key(&self) -> &'static str {
        match self {
            SheetError::Empty => "upload.empty",
            SheetError::Unreadable | SheetError::Csv(_) | SheetError::Xlsx(_) => "upload.unreadable",
            SheetError::TooLarge { limit, .. } => limit.key(),
        }
    }
}

/// The rows of a sheet as read: each with its number as a spreadsheet shows it.
type Grid = Vec<(usize, Vec<String>)>;

/// One data row: its number as a spreadsheet shows it (the header is row 1) and its cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub number: usize,
    pub cells: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
}

impl Table {
    /// The cell under `header` (compared as [`header_key`]), or empty.
    pub fn cell<'a>(&self, row: &'a Row, header: &str) -> &'a str {
        self.headers
            .iter()
            .position(|h| header_key(h) == header)
            .and_then(|i| row.cells.get(i))
            .map(|s| s.as_str())
            .unwrap_or("")
    }
}

/// A header as a key: trimmed, lower case, spaces and hyphens as underscores.
pub fn header_key(h: &str) -> String {
    h.trim().to_lowercase().replace([' ', '-'], "_")
}

/// [`read_with`] the default [`Limits`].
pub fn read(bytes: &[u8]) -> Result<Table, SheetError> {
    read_with(bytes, &Limits::default())
}

/// Reads the first sheet of an XLSX workbook, or CSV text (comma or semicolon separated, as
/// spreadsheet programs in Europe write it; a byte-order mark is ignored), within `limits`.
/// Rows whose cells are all empty are skipped. CPU-bound for up to `limits.time`: call it
/// from a blocking thread.
pub fn read_with(bytes: &[u8], limits: &Limits) -> Result<Table, SheetError> {
    if bytes.is_empty() {
        return Err(SheetError::Empty);
    }
    Limit::Bytes.check(limits.max_bytes, bytes.len() as u64)?;
    let budget = limits::Budget::start(limits.time);
    let mut grid = if bytes.starts_with(b"PK\x03\x04") {
        xlsx_in::read(bytes, limits, &budget)?
    } else {
        csv_in::read(bytes, limits, &budget)?
    };
    if grid.is_empty() {
        return Err(SheetError::Empty);
    }
    let headers = grid.remove(0).1;
    let rows = grid
        .into_iter()
        .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()))
        .map(|(number, cells)| Row { number, cells })
        .collect();
    Ok(Table { headers, rows })
}

pub(crate) fn cell_text(d: &Data) -> String {
    match d {
        Data::DateTime(_) | Data::DateTimeIso(_) => match d.as_datetime() {
            Some(t) if t.time() == chrono::NaiveTime::MIN => t.format("%Y-%m-%d").to_string(),
            Some(t) => t.format("%Y-%m-%dT%H:%M").to_string(),
            None => d.to_string(),
        },
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        other => other.to_string().trim().to_owned(),
    }
}

/// What starts a formula in a spreadsheet program (OWASP's CSV-injection list).
const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// What ends a cell in one locale or another, or opens a quoted one: a formula can begin
/// right after any of them if a program splits the text there.
const BREAKS: [char; 6] = [',', ';', '\t', '|', '"', '\''];

/// Whether a spreadsheet program could run `cell`, or a part of it, as a formula: it starts
/// with a trigger, or a trigger follows a separator or quote (spaces between allowed), so
/// that splitting at another separator than ours would start a formula mid-text.
fn dangerous(cell: &str) -> bool {
    if cell.starts_with(TRIGGERS) {
        return true;
    }
    let mut after_break = false;
    for c in cell.chars() {
        if after_break && TRIGGERS.contains(&c) {
            return true;
        }
        if BREAKS.contains(&c) {
            after_break = true;
        } else if c != ' ' {
            after_break = false;
        }
    }
    false
}

/// A cell a spreadsheet program would run as a formula gets a leading apostrophe, so that a
/// name like `=HYPERLINK(…)` or `Town;=1+2` stays text for whoever opens the export.
fn defuse(cell: &str) -> std::borrow::Cow<'_, str> {
    if dangerous(cell) { format!("'{cell}").into() } else { cell.into() }
}

/// One CSV field: quoted when it holds a separator of any locale (`,` `;` tab `|`), a quote,
/// a line break or edge spaces, so that no program splits it whatever separator it expects.
fn field(out: &mut String, cell: &str) {
    let cell = defuse(cell);
    let needs_quotes =
        cell.contains([',', ';', '\t', '|', '"', '\'', '\r', '\n']) || cell.starts_with(' ') || cell.ends_with(' ');
    if needs_quotes {
        out.push('"');
        out.push_str(&cell.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(&cell);
    }
}

/// RFC 4180 CSV with CRLF line ends, safe to open in any locale (see [`defuse`], [`field`]).
pub fn write_csv(headers: &[String], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    for row in std::iter::once(headers).chain(rows.iter().map(Vec::as_slice)) {
        for (i, cell) in row.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            field(&mut out, cell);
        }
        out.push_str("\r\n");
    }
    out
}

/// One sheet of a workbook.
pub struct Sheet {
    pub name: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// The longest sheet name Excel accepts, in UTF-16 code units.
const SHEET_NAME_MAX: usize = 31;

/// `name` cut to at most `max` UTF-16 units (never inside a character), without the edge
/// spaces and apostrophes Excel refuses at either end.
fn cut(name: &str, max: usize) -> String {
    let mut out = String::new();
    let mut units = 0;
    for c in name.chars() {
        units += c.len_utf16();
        if units > max {
            break;
        }
        out.push(c);
    }
    out.trim_matches(|c: char| c == '\'' || c.is_whitespace()).to_owned()
}

/// A sheet name Excel accepts for any town name: none of `[]:*?/\` or control characters,
/// not beginning or ending with an apostrophe, at most 31 UTF-16 units, not `History`
/// (reserved), and unique (Excel compares names case-insensitively) after truncation.
fn sheet_name(raw: &str, taken: &[String]) -> String {
    let clean: String = raw.chars().filter(|c| !"[]:*?/\\".contains(*c) && !c.is_control()).collect();
    let clean = cut(&clean, SHEET_NAME_MAX);
    let clean = if clean.is_empty() { "Sheet".to_owned() } else { clean };
    let free = |name: &str| {
        let folded = name.to_lowercase();
        folded != "history" && !taken.iter().any(|t| t.to_lowercase() == folded)
    };
    let mut name = clean.clone();
    let mut n = 2;
    while !free(&name) {
        let suffix = format!(" {n}");
        name = format!("{}{suffix}", cut(&clean, SHEET_NAME_MAX - suffix.len()));
        n += 1;
    }
    name
}

/// An XLSX workbook; every cell is written as text (never as a formula).
pub fn write_xlsx(sheets: &[Sheet]) -> Result<Vec<u8>, SheetError> {
    let x = |e: rust_xlsxwriter::XlsxError| SheetError::Xlsx(e.to_string());
    let mut book = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let mut names: Vec<String> = Vec::new();
    for s in sheets {
        let name = sheet_name(&s.name, &names);
        names.push(name.clone());
        let ws = book.add_worksheet();
        ws.set_name(&name).map_err(x)?;
        for (c, h) in s.headers.iter().enumerate() {
            ws.write_string_with_format(0, c as u16, h, &bold).map_err(x)?;
            ws.set_column_width(c as u16, 18).map_err(x)?;
        }
        for (r, row) in s.rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                ws.write_string(r as u32 + 1, c as u16, cell).map_err(x)?;
            }
        }
        ws.set_freeze_panes(1, 0).map_err(x)?;
    }
    if sheets.is_empty() {
        book.add_worksheet();
    }
    book.save_to_buffer().map_err(x)
}

#[cfg(test)]
mod tests {
    use std::io::Cursor;

    use calamine::{Reader, Xlsx, open_workbook_from_rs};

    use super::*;

    #[test]
    fn csv_with_semicolons_a_bom_and_blank_rows() {
        let t = read(
            "\u{feff}Name;E-mail;Country\r\nMilica Jovanović;milica@raska.test;RS\r\n;;\r\n\"Petar; Jr.\";;RS\r\n"
                .as_bytes(),
        )
        .unwrap();
        assert_eq!(t.headers, ["Name", "E-mail", "Country"]);
        assert_eq!(t.rows.len(), 2, "the blank row is skipped");
        assert_eq!(t.rows[1].number, 4, "numbered as the spreadsheet shows it");
        assert_eq!(t.cell(&t.rows[1], "name"), "Petar; Jr.");
        assert_eq!(t.cell(&t.rows[0], "e_mail"), "milica@raska.test");
        assert_eq!(read(b""), Err(SheetError::Empty));
        assert_eq!(read(&[0xff, 0xfe, 0x00]), Err(SheetError::Unreadable));
    }

    #[test]
    fn xlsx_round_trip_keeps_text_and_sheets() {
        let bytes = write_xlsx(&[
            Sheet {
                name: "Raška".into(),
                headers: vec!["name".into(), "country".into()],
                rows: vec![vec!["=1+1".into(), "RS".into()], vec!["Milica".into(), "RS".into()]],
            },
            Sheet { name: "Raška".into(), headers: vec!["name".into()], rows: vec![] },
        ])
        .unwrap();
        let t = read(&bytes).unwrap();
        assert_eq!(t.headers, ["name", "country"]);
        assert_eq!(t.rows[0].cells, ["=1+1", "RS"], "a formula-like name stays text");
        assert_eq!(t.rows[1].number, 3);
        let book: Xlsx<Cursor<Vec<u8>>> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
        assert_eq!(book.sheet_names(), ["Raška", "Raška 2"]);
    }

    #[test]
    fn csv_export_is_rfc_4180_and_defused() {
        let out = write_csv(&["name".into(), "town".into()], &[vec!["=HYPERLINK(\"x\")".into(), "Raška, RS".into()]]);
        assert_eq!(out, "name,town\r\n\"'=HYPERLINK(\"\"x\"\")\",\"Raška, RS\"\r\n");
    }

    #[test]
    fn csv_cells_are_safe_whatever_the_separator() {
        let cells = ["Town;=1+2", "Rīga", "a, -1", "-5", "@SUM(A1)", "\tx", "O'Brien", "Smith-Jones", " padded "];
        let out = write_csv(&["c".into()], &cells.iter().map(|c| vec![c.to_string()]).collect::<Vec<_>>());
        let lines: Vec<&str> = out.split("\r\n").collect();
        assert_eq!(
            &lines[1..10],
            [
                "\"'Town;=1+2\"",
                "Rīga",
                "\"'a, -1\"",
                "\"'-5\"",
                "\"'@SUM(A1)\"",
                "\"'\tx\"",
                "\"O'Brien\"",
                "Smith-Jones",
                "\" padded \""
            ]
        );
    }

    #[test]
    fn sheet_names_hold_for_any_town() {
        let mut taken = Vec::new();
        let mut name = |raw: &str| {
            let n = sheet_name(raw, &taken);
            rust_xlsxwriter::Workbook::new().add_worksheet().set_name(&n).expect("a name Excel accepts");
            taken.push(n.clone());
            n
        };
        assert_eq!(name("'s-Hertogenbosch'"), "s-Hertogenbosch");
        assert_eq!(name("[Rīga]: *centrs*?"), "Rīga centrs");
        assert_eq!(name("history"), "history 2");
        let long = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch";
        assert_eq!(name(long), "Llanfairpwllgwyngyllgogerychwyr");
        assert_eq!(name(long), "Llanfairpwllgwyngyllgogerychw 2");
        assert_eq!(name("LLANFAIRPWLLGWYNGYLLGOGERYCHWYR"), "LLANFAIRPWLLGWYNGYLLGOGERYCHW 3");
        let emoji = name(&"🏛".repeat(20));
        assert_eq!(emoji.encode_utf16().count(), 30, "a surrogate pair is never split");
        assert_eq!(name("'''"), "Sheet");
        assert_eq!(name("Rīga'                              '"), "Rīga");
    }

    /// A workbook of the parts given, each deflated; the parts a workbook needs come first.
    fn workbook(sheet: &str, extra: &[(&str, &[u8])]) -> Vec<u8> {
        use std::io::Write;
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default();
        let parts: [(&str, &[u8]); 3] = [
            ("_rels/.rels", br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", br#"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#),
        ];
        for (name, body) in parts.iter().chain(extra) {
            zip.start_file(*name, opts).unwrap();
            zip.write_all(body).unwrap();
        }
        zip.start_file("xl/worksheets/sheet1.xml", opts).unwrap();
        zip.write_all(sheet.as_bytes()).unwrap();
        zip.finish().unwrap().into_inner()
    }

    fn sheet(dimension: &str, cells: &str) -> String {
        format!(
            r#"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="{dimension}"/><sheetData>{cells}</sheetData></worksheet>"#
        )
    }

    fn over(result: Result<Table, SheetError>) -> Limit {
        match result {
            Err(SheetError::TooLarge { limit, .. }) => limit,
            other => panic!("expected a limit, got {other:?}"),
        }
    }

    #[test]
    fn a_hand_made_workbook_reads() {
        let cells = r#"<row r="2"><c r="B2" t="inlineStr"><is><t>name</t></is></c></row><row r="3"><c r="B3" t="inlineStr"><is><t>Milica</t></is></c></row>"#;
        let t = read(&workbook(&sheet("B2:B3", cells), &[])).unwrap();
        assert_eq!(t.headers, ["name"], "columns start at the first used one");
        assert_eq!(t.rows, [Row { number: 3, cells: vec!["Milica".into()] }]);
    }

    #[test]
    fn two_cells_far_apart_are_refused_without_allocating_the_box() {
        let cells = r#"<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>"#;
        // Declared honestly, the dimension is refused before any cell is read…
        assert_eq!(over(read(&workbook(&sheet("A1:XFD1048576", cells), &[]))), Limit::Rows);
        // …and declared small, the far cell is refused when it arrives.
        assert_eq!(over(read(&workbook(&sheet("A1", cells), &[]))), Limit::Rows);
        let wide = r#"<row r="1"><c r="A1"><v>1</v></c><c r="XFD1"><v>2</v></c></row>"#;
        assert_eq!(over(read(&workbook(&sheet("A1", wide), &[]))), Limit::Columns);
    }

    #[test]
    fn a_declared_string_count_and_a_bomb_are_refused_before_calamine_opens_them() {
        let sst: &[u8] = br#"<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="4000000000000"><si><t>x</t></si></sst>"#;
        assert_eq!(over(read(&workbook(&sheet("A1", ""), &[("xl/sharedStrings.xml", sst)]))), Limit::Cells);
        // 4 MB of spaces compress to about 4 KB: a ratio no worksheet has.
        let bomb = format!(r#"<row r="1"><c r="A1" t="inlineStr"><is><t>{}</t></is></c></row>"#, " ".repeat(4 << 20));
        assert_eq!(over(read(&workbook(&sheet("A1", &bomb), &[]))), Limit::Ratio);
        let small = Limits { max_uncompressed: 4096, ..Limits::default() };
        let plain = workbook(&sheet("A1", &"<row/>".repeat(1000)), &[]);
        assert_eq!(over(read_with(&plain, &small)), Limit::Uncompressed);
    }

    #[test]
    fn csv_limits_hold_while_streaming() {
        let long = format!("name\n{}\n", "x".repeat(10 << 20));
        assert_eq!(over(read(long.as_bytes())), Limit::CellChars);
        let wide = format!("name{}\n", ",".repeat(1000));
        assert_eq!(over(read(wide.as_bytes())), Limit::Columns);
        let few = Limits { max_rows: 3, ..Limits::default() };
        assert_eq!(read_with(b"name\na\nb\n", &few).unwrap().rows.len(), 2);
        assert_eq!(over(read_with(b"name\na\nb\nc\n", &few)), Limit::Rows);
        // 20 000 Cyrillic letters are 40 000 bytes but within the 32 767 characters.
        let cyrillic = format!("name\n{}\n", "ж".repeat(20_000));
        assert_eq!(read(cyrillic.as_bytes()).unwrap().rows[0].cells[0].chars().count(), 20_000);
        assert_eq!(over(read(&vec![b'a'; 21 << 20])), Limit::Bytes);
        assert_eq!(SheetError::TooLarge { limit: Limit::Rows, max: 1, value: 2 }.key(), "sheet.too_many_rows");
    }

    #[test]
    fn the_100_000_person_bulk_upload_fits_the_default_limits() {
        let header = (0..20).map(|c| format!("column{c}")).collect::<Vec<_>>().join(",");
        let row = (0..20).map(|c| format!("cell{c}")).collect::<Vec<_>>().join(",");
        let mut csv = format!("{header}\n");
        for _ in 0..100_000 {
            csv.push_str(&row);
            csv.push('\n');
        }
        assert_eq!(read(csv.as_bytes()).unwrap().rows.len(), 100_000);
        csv.push_str(&row);
        assert_eq!(over(read(csv.as_bytes())), Limit::Rows, "one more is refused");
    }
}
