//! How much an uploaded spreadsheet may hold. Every limit is checked before the memory it
//! guards is allocated: the zip's central directory before anything is inflated, each part's
//! real size while it is inflated into a counter, a sheet's declared dimension before its
//! cells are read, and each cell as it arrives.

use std::time::{Duration, Instant};

use crate::SheetError;

/// The limits of one read. [`Limits::default`] takes the 100 000-person bulk upload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Limits {
    /// The file as uploaded.
    pub max_bytes: u64,
    /// All parts of an XLSX workbook inflated, together.
    pub max_uncompressed: u64,
    /// How many times larger than its compressed size a part of more than 1 MiB may be
    /// (ordinary workbooks stay under 20; deflate's own ceiling is about 1 032).
    pub max_ratio: u64,
    /// The parts of an XLSX workbook.
    pub max_parts: u64,
    /// Rows, the header row included.
    pub max_rows: u64,
    pub max_columns: u64,
    /// Cells kept in memory, the empty ones inside a row included.
    pub max_cells: u64,
    /// Characters in one cell (Excel's own limit).
    pub max_cell_chars: u64,
    /// Bytes of XML between two tags (a cell of `max_cell_chars` escaped fits well within).
    pub max_markup: u64,
    /// Wall time for the whole read.
    pub time: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_bytes: 20 * 1024 * 1024,
            max_uncompressed: 200 * 1024 * 1024,
            max_ratio: 200,
            max_parts: 1_000,
            max_rows: 100_001,
            max_columns: 200,
            max_cells: 3_000_000,
            max_cell_chars: 32_767,
            max_markup: 1024 * 1024,
            time: Duration::from_secs(30),
        }
    }
}

/// Which limit a file went over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    Bytes,
    Uncompressed,
    Ratio,
    Parts,
    Rows,
    Columns,
    Cells,
    CellChars,
    Markup,
    /// Seconds.
    Time,
}

impl Limit {
    /// The stable error key, translated by the interface.
    pub fn key(self) -> &'static str {
        match self {
            Limit::Bytes => "sheet.file_too_large",
            Limit::Uncompressed => "sheet.uncompressed_too_large",
            Limit::Ratio => "sheet.compression_ratio",
            Limit::Parts => "sheet.too_many_parts",
            Limit::Rows => "sheet.too_many_rows",
            Limit::Columns => "sheet.too_many_columns",
            Limit::Cells => "sheet.too_many_cells",
            Limit::CellChars => "sheet.cell_too_long",
            Limit::Markup => "sheet.markup_too_long",
            Limit::Time => "sheet.too_slow",
        }
    }

    pub(crate) fn check(self, limit: u64, value: u64) -> Result<(), SheetError> {
        if value > limit { Err(SheetError::TooLarge { limit: self, max: limit, value }) } else { Ok(()) }
    }
}

/// The deadline of one read, checked every so many cells or kilobytes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Budget {
    started: Instant,
    time: Duration,
}

impl Budget {
    pub(crate) fn start(time: Duration) -> Self {
        Self { started: Instant::now(), time }
    }

    pub(crate) fn check(&self) -> Result<(), SheetError> {
        let spent = self.started.elapsed();
        if spent > self.time {
            return Err(SheetError::TooLarge { limit: Limit::Time, max: self.time.as_secs(), value: spent.as_secs() });
        }
        Ok(())
    }
}
