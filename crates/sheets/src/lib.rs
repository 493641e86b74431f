//! Spreadsheets in and out: a delegation list uploaded as CSV or XLSX becomes a [`Table`] of
//! text cells with their row numbers (for a report that names every row), and participant
//! lists go out as RFC 4180 CSV or as an XLSX workbook with one sheet per town.

use std::io::Cursor;

use calamine::{Data, DataType, Reader, Xlsx, XlsxError, open_workbook_from_rs};

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
}

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

/// Reads the first sheet of an XLSX workbook, or CSV text (comma or semicolon separated, as
/// spreadsheet programs in Europe write it; a byte-order mark is ignored). Rows whose cells
/// are all empty are skipped.
pub fn read(bytes: &[u8]) -> Result<Table, SheetError> {
    if bytes.is_empty() {
        return Err(SheetError::Empty);
    }
    let mut grid = if bytes.starts_with(b"PK\x03\x04") { read_xlsx(bytes)? } else { read_csv(bytes)? };
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

fn read_csv(bytes: &[u8]) -> Result<Vec<(usize, Vec<String>)>, SheetError> {
    let text = std::str::from_utf8(bytes).map_err(|_| SheetError::Unreadable)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() > first.matches(',').count() { b';' } else { b',' };
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut out = Vec::new();
    // Records are numbered in order (the csv crate's line positions lag behind with CRLF).
    for (i, record) in reader.records().enumerate() {
        let record = record.map_err(|e| SheetError::Csv(e.to_string()))?;
        out.push((i + 1, record.iter().map(|c| c.trim().to_owned()).collect()));
    }
    Ok(out)
}

fn read_xlsx(bytes: &[u8]) -> Result<Vec<(usize, Vec<String>)>, SheetError> {
    let mut book: Xlsx<Cursor<&[u8]>> =
        open_workbook_from_rs(Cursor::new(bytes)).map_err(|e: XlsxError| SheetError::Xlsx(e.to_string()))?;
    let range = book
        .worksheet_range_at(0)
        .ok_or_else(|| SheetError::Xlsx("the workbook has no sheet".into()))?
        .map_err(|e| SheetError::Xlsx(e.to_string()))?;
    let first_row = range.start().map(|(r, _)| r as usize).unwrap_or(0);
    Ok(range.rows().enumerate().map(|(i, cells)| (first_row + i + 1, cells.iter().map(cell_text).collect())).collect())
}

fn cell_text(d: &Data) -> String {
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

/// A cell a spreadsheet program would run as a formula gets a leading apostrophe, so that a
/// name like `=HYPERLINK(…)` stays text for whoever opens the export.
fn defuse(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{cell}") } else { cell.to_owned() }
}

/// RFC 4180 CSV with CRLF line ends.
pub fn write_csv(headers: &[String], rows: &[Vec<String>]) -> String {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    w.write_record(headers).expect("writing to memory");
    for row in rows {
        w.write_record(row.iter().map(|c| defuse(c))).expect("writing to memory");
    }
    String::from_utf8(w.into_inner().expect("writing to memory")).expect("the cells are UTF-8")
}

/// One sheet of a workbook.
pub struct Sheet {
    pub name: String,
    pub headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique.
fn sheet_name(raw: &str, taken: &[String]) -> String {
    let clean: String = raw.chars().filter(|c| !"[]:*?/\\".contains(*c)).take(28).collect();
    let clean = if clean.trim().is_empty() { "Sheet".to_owned() } else { clean };
    let mut name = clean.clone();
    let mut n = 2;
    while taken.iter().any(|t| t.eq_ignore_ascii_case(&name)) {
        name = format!("{clean} {n}");
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
}
