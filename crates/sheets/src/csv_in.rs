//! CSV uploads, read field by field into one fixed buffer: a line of 50 MB or a million
//! separators is refused when it passes a limit, not after it was held in memory.

use csv_core::{ReadFieldResult, ReaderBuilder};

use crate::limits::{Budget, Limit, Limits};
use crate::{Grid, SheetError};

/// The first line's separator: semicolon when it has more of them than commas (spreadsheet
/// programs in much of Europe write that), else comma. Only the line's first 64 KiB count.
fn delimiter(text: &[u8]) -> u8 {
    let first = text.split(|b| *b == b'\n').next().unwrap_or(b"");
    let first = &first[..first.len().min(64 * 1024)];
    let count = |c: u8| first.iter().filter(|b| **b == c).count();
    if count(b';') > count(b',') { b';' } else { b',' }
}

pub(crate) fn read(bytes: &[u8], limits: &Limits, budget: &Budget) -> Result<Grid, SheetError> {
    std::str::from_utf8(bytes).map_err(|_| SheetError::Unreadable)?;
    let text = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let mut reader = ReaderBuilder::new().delimiter(delimiter(text)).build();
    // A cell of `max_cell_chars` characters is at most four bytes each.
    let mut field = vec![0u8; (limits.max_cell_chars as usize).saturating_mul(4).max(16)];
    let (mut input, mut out_len) = (text, 0usize);
    let (mut grid, mut record, mut cells): (Grid, Vec<String>, u64) = (Vec::new(), Vec::new(), 0);
    loop {
        let (result, read, written) = reader.read_field(input, &mut field[out_len..]);
        input = &input[read..];
        out_len += written;
        match result {
            // An empty slice tells the reader the input has ended.
            ReadFieldResult::InputEmpty => {}
            // More bytes than any cell may have characters in four bytes each: stop here.
            ReadFieldResult::OutputFull => {
                let at_least = (out_len as u64).div_ceil(4) + 1;
                return Err(SheetError::TooLarge {
                    limit: Limit::CellChars,
                    max: limits.max_cell_chars,
                    value: at_least,
                });
            }
            ReadFieldResult::Field { record_end } => {
                let cell = std::str::from_utf8(&field[..out_len]).map_err(|_| SheetError::Unreadable)?;
                Limit::CellChars.check(limits.max_cell_chars, cell.chars().count() as u64)?;
                out_len = 0;
                record.push(cell.trim().to_owned());
                cells += 1;
                Limit::Columns.check(limits.max_columns, record.len() as u64)?;
                Limit::Cells.check(limits.max_cells, cells)?;
                if record_end {
                    let number = grid.len() + 1;
                    Limit::Rows.check(limits.max_rows, number as u64)?;
                    grid.push((number, std::mem::take(&mut record)));
                    if number % 1024 == 0 {
                        budget.check()?;
                    }
                }
            }
            ReadFieldResult::End => break,
        }
    }
    Ok(grid)
}
