//! XLSX uploads. A workbook is a zip of XML parts, and calamine trusts what they declare: a
//! sheet's `<dimension>` or two cells far apart make its `Range` allocate the whole bounding
//! box, and `sharedStrings.xml`'s `uniqueCount` is reserved as it stands. So [`inspect`]
//! first reads the zip's central directory (the declared sizes and ratios), then inflates
//! every part into a counter, never into memory, scanning the XML as it passes for what
//! calamine would allocate from; only then does calamine open the workbook, and its cells
//! are read one by one with the limits checked as each arrives.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx, XlsxError, open_workbook_from_rs};

use crate::limits::{Budget, Limit, Limits};
use crate::{Grid, SheetError, cell_text};

fn zip_error(e: zip::result::ZipError) -> SheetError {
    SheetError::Xlsx(e.to_string())
}

/// What a part is, for the counts kept while it is scanned.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    SharedStrings,
    Styles,
    Other,
}

/// Streams over one inflated XML part: the longest run of bytes without a tag, the number of
/// elements calamine keeps one value for, and the `uniqueCount` it reserves room for.
struct Scan {
    part: Part,
    since_tag: u64,
    /// The current tag's name, up to 16 bytes, while it is being read.
    name: Vec<u8>,
    in_name: bool,
    /// The `sst` start tag, kept until its end to read `uniqueCount`.
    sst: Option<Vec<u8>>,
    elements: u64,
}

impl Scan {
    fn new(part: Part) -> Self {
        Self { part, since_tag: 0, name: Vec::new(), in_name: false, sst: None, elements: 0 }
    }

    fn feed(&mut self, chunk: &[u8], limits: &Limits) -> Result<(), SheetError> {
        for &b in chunk {
            if let Some(tag) = &mut self.sst {
                if b == b'>' {
                    let declared = unique_count(tag);
                    Limit::Cells.check(limits.max_cells, declared)?;
                    self.sst = None;
                } else if tag.len() < 64 * 1024 {
                    tag.push(b);
                } else {
                    return Err(SheetError::Xlsx("the shared strings' header is malformed".into()));
                }
            }
            if b == b'<' {
                self.since_tag = 0;
                self.in_name = true;
                self.name.clear();
                continue;
            }
            self.since_tag += 1;
            if self.since_tag > limits.max_markup {
                return Err(SheetError::TooLarge {
                    limit: Limit::Markup,
                    max: limits.max_markup,
                    value: self.since_tag,
                });
            }
            if self.in_name {
                if b.is_ascii_whitespace() || b == b'>' || b == b'/' {
                    self.in_name = false;
                    self.element(b, limits)?;
                } else if self.name.len() < 16 {
                    self.name.push(b);
                }
            }
        }
        Ok(())
    }

    /// A start tag's name has been read.
    fn element(&mut self, after: u8, limits: &Limits) -> Result<(), SheetError> {
        let local = match self.name.iter().rposition(|b| *b == b':') {
            Some(i) => &self.name[i + 1..],
            None => &self.name[..],
        };
        let counted = match self.part {
            Part::SharedStrings if local == b"sst" && after != b'>' => {
                self.sst = Some(Vec::new());
                false
            }
            Part::SharedStrings => local == b"si",
            Part::Styles => local == b"xf" || local == b"numFmt" || local == b"dxf",
            Part::Other => false,
        };
        if counted {
            self.elements += 1;
            // Each keeps a string or a style in memory: as many as cells at most.
            Limit::Cells.check(limits.max_cells, self.elements)?;
        }
        Ok(())
    }
}

/// The number in `uniqueCount="…"` of an `sst` tag's attributes, 0 when absent.
fn unique_count(attributes: &[u8]) -> u64 {
    let Some(at) = attributes.windows(11).position(|w| w == b"uniqueCount") else { return 0 };
    let rest = &attributes[at + 11..];
    let digits = rest
        .iter()
        .skip_while(|b| b.is_ascii_whitespace() || **b == b'=' || **b == b'"' || **b == b'\'')
        .take_while(|b| b.is_ascii_digit());
    // Saturates: twenty digits are as much over any limit as nineteen.
    digits.fold(0u64, |n, d| n.saturating_mul(10).saturating_add(u64::from(d - b'0')))
}

/// Refuses a workbook whose parts, inflated, would pass a limit (see the module's notes).
pub(crate) fn inspect(bytes: &[u8], limits: &Limits, budget: &Budget) -> Result<(), SheetError> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(zip_error)?;
    Limit::Parts.check(limits.max_parts, zip.len() as u64)?;
    // What the central directory declares, before a byte is inflated.
    let mut declared = 0u64;
    for i in 0..zip.len() {
        let part = zip.by_index_raw(i).map_err(zip_error)?;
        declared = declared.saturating_add(part.size());
        if part.size() > 1024 * 1024 {
            let ratio = part.size() / part.compressed_size().max(1);
            Limit::Ratio.check(limits.max_ratio, ratio)?;
        }
    }
    Limit::Uncompressed.check(limits.max_uncompressed, declared)?;
    // What the parts really hold: a header can lie, the inflated bytes cannot.
    let mut inflated = 0u64;
    let mut chunk = vec![0u8; 64 * 1024];
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).map_err(zip_error)?;
        let name = part.name().map_err(zip_error)?.to_ascii_lowercase();
        let kind = if name.ends_with("sharedstrings.xml") {
            Part::SharedStrings
        } else if name.ends_with("styles.xml") {
            Part::Styles
        } else {
            Part::Other
        };
        let xml = name.ends_with(".xml") || name.ends_with(".rels");
        let mut scan = Scan::new(kind);
        let mut this_part = 0u64;
        loop {
            let n = part.read(&mut chunk).map_err(|e| SheetError::Xlsx(e.to_string()))?;
            if n == 0 {
                break;
            }
            inflated += n as u64;
            this_part += n as u64;
            Limit::Uncompressed.check(limits.max_uncompressed, inflated)?;
            if this_part > 1024 * 1024 {
                Limit::Ratio.check(limits.max_ratio, this_part / part.compressed_size().max(1))?;
            }
            if xml {
                scan.feed(&chunk[..n], limits)?;
            }
            budget.check()?;
        }
    }
    Ok(())
}

/// The first sheet's cells, read one by one after [`inspect`] passed.
pub(crate) fn read(bytes: &[u8], limits: &Limits, budget: &Budget) -> Result<Grid, SheetError> {
    inspect(bytes, limits, budget)?;
    let x = |e: XlsxError| SheetError::Xlsx(e.to_string());
    let mut book: Xlsx<Cursor<&[u8]>> = open_workbook_from_rs(Cursor::new(bytes)).map_err(x)?;
    let first =
        book.sheet_names().first().cloned().ok_or_else(|| SheetError::Xlsx("the workbook has no sheet".into()))?;
    let mut cells = book.worksheet_cells_reader(&first).map_err(x)?;
    // The declared extent, refused before a cell is read; cells outside it are checked too.
    let dim = cells.dimensions();
    let (rows, columns) = (dim.end.0.saturating_sub(dim.start.0) + 1, dim.end.1.saturating_sub(dim.start.1) + 1);
    Limit::Rows.check(limits.max_rows, u64::from(rows))?;
    Limit::Columns.check(limits.max_columns, u64::from(columns))?;
    // Only rows that hold something, each as long as its last filled cell.
    let mut grid: BTreeMap<u32, Vec<String>> = BTreeMap::new();
    let (mut kept, mut seen, mut first_column) = (0u64, 0u64, u32::MAX);
    while let Some(cell) = cells.next_cell().map_err(x)? {
        let (row, column) = cell.get_position();
        Limit::Rows.check(limits.max_rows, u64::from(row) + 1)?;
        Limit::Columns.check(limits.max_columns, u64::from(column) + 1)?;
        seen += 1;
        if seen % 4096 == 0 {
            budget.check()?;
        }
        let text = cell_text(&Data::from(cell.get_value().clone()));
        if text.is_empty() {
            continue;
        }
        Limit::CellChars.check(limits.max_cell_chars, text.chars().count() as u64)?;
        let cells_of_row = grid.entry(row).or_default();
        let needed = column as usize + 1;
        if cells_of_row.len() < needed {
            kept += (needed - cells_of_row.len()) as u64;
            Limit::Cells.check(limits.max_cells, kept)?;
            cells_of_row.resize(needed, String::new());
        }
        cells_of_row[column as usize] = text;
        first_column = first_column.min(column);
    }
    // Columns are counted from the first one that holds something, as a spreadsheet's used range.
    let skip = if first_column == u32::MAX { 0 } else { first_column as usize };
    Ok(grid.into_iter().map(|(row, cells)| (row as usize + 1, cells.into_iter().skip(skip).collect())).collect())
}
