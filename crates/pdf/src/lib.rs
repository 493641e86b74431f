//! Printable PDFs. The signature sheet is the evidence a funder asks for: per day and per
//! town, everyone's name, town and country with a column to sign, under a header naming the
//! meeting, its dates and its place. The text is set in DejaVu Sans (embedded, subset), which
//! covers Latvian, Lithuanian, Polish and Serbian in both scripts.

use krilla::Document;
use krilla::geom::{PathBuilder, Point};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::Stroke;
use krilla::text::{Font, TextDirection};

const REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// A4 in points, and the margins.
const WIDTH: f32 = 595.28;
const HEIGHT: f32 = 841.89;
const MARGIN: f32 = 40.0;
const ROW: f32 = 26.0;

/// What one signature sheet says; every text arrives translated.
#[derive(Debug, Clone)]
pub struct SignatureSheet {
    /// The document's language (`lv`, `sr-Latn`), for its metadata.
    pub lang: String,
    /// The meeting's title.
    pub title: String,
    /// Its dates and place, e.g. "8–12 November 2018 · Daugavpils, Latvia".
    pub subtitle: String,
    /// The day and the delegation this sheet is for.
    pub heading: String,
    /// The project and its funding, printed small at the foot.
    pub footer: String,
    /// Column headings: number, name, town or organisation, country, signature.
    pub columns: [String; 5],
    /// Name, town, country per person.
    pub rows: Vec<[String; 3]>,
    /// Empty lines to add after the people (for walk-ins); a blank sheet has only these.
    pub blank_rows: usize,
    /// One label per page ("Page 1 of 2"); see [`pages`] for how many.
    pub page_labels: Vec<String>,
}

/// Rows that fit under the header of one page.
fn per_page() -> usize {
    let top_of_table = MARGIN + 110.0;
    (((HEIGHT - MARGIN - 30.0) - (top_of_table + ROW)) / ROW).floor() as usize
}

/// How many pages a sheet of `rows` lines (people and blank lines) takes.
pub fn pages(rows: usize) -> usize {
    rows.div_ceil(per_page()).max(1)
}

#[derive(Debug, thiserror::Error)]
#[error("the PDF could not be made: {0}")]
pub struct PdfError(String);

/// Shortens a text to about `width` points at `size` (DejaVu Sans averages ~0.55 em a
/// character), ending it with an ellipsis.
fn fit(text: &str, width: f32, size: f32) -> String {
    let max = ((width / (size * 0.56)).floor() as usize).max(4);
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let mut s: String = text.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

/// The sheet as PDF bytes: as many A4 pages as the rows need, each with the header, the
/// column headings and a page number.
pub fn signature_sheet(sheet: &SignatureSheet) -> Result<Vec<u8>, PdfError> {
    let regular = Font::new(REGULAR.into(), 0).ok_or_else(|| PdfError("the regular font".into()))?;
    let bold = Font::new(BOLD.into(), 0).ok_or_else(|| PdfError("the bold font".into()))?;
    // Columns: number, name, town, country, signature.
    let widths = [28.0, 150.0, 110.0, 80.0];
    let x: Vec<f32> = std::iter::once(MARGIN)
        .chain(widths.iter().scan(MARGIN, |acc, w| {
            *acc += w;
            Some(*acc)
        }))
        .collect();
    let right = WIDTH - MARGIN;
    let top_of_table = MARGIN + 110.0;
    let per_page = per_page();
    let total_rows = sheet.rows.len() + sheet.blank_rows;
    let pages = pages(total_rows);

    let mut doc = Document::new();
    doc.set_metadata(
        Metadata::new()
            .title(format!("{} — {}", sheet.title, sheet.heading))
            .language(sheet.lang.clone())
            .creator("Twinning".into()),
    );
    for page_no in 0..pages {
        let mut page = doc.start_page_with(PageSettings::from_wh(WIDTH, HEIGHT).ok_or_else(|| PdfError("A4".into()))?);
        let mut s = page.surface();
        let text = |s: &mut krilla::surface::Surface, font: &Font, size: f32, at: (f32, f32), t: &str| {
            s.draw_text(Point::from_xy(at.0, at.1), font.clone(), size, t, false, TextDirection::Auto);
        };
        text(&mut s, &bold, 16.0, (MARGIN, MARGIN + 16.0), &fit(&sheet.title, right - MARGIN, 16.0));
        text(&mut s, &regular, 11.0, (MARGIN, MARGIN + 36.0), &fit(&sheet.subtitle, right - MARGIN, 11.0));
        text(&mut s, &bold, 13.0, (MARGIN, MARGIN + 66.0), &fit(&sheet.heading, right - MARGIN, 13.0));

        // The grid: a heading row, then the rows of this page.
        let first = page_no * per_page;
        let here = (total_rows - first).min(per_page);
        let bottom = top_of_table + ROW * (here as f32 + 1.0);
        let mut grid = PathBuilder::new();
        for i in 0..=here + 1 {
            let y = top_of_table + ROW * i as f32;
            grid.move_to(MARGIN, y);
            grid.line_to(right, y);
        }
        for cx in x.iter().copied().chain(std::iter::once(right)) {
            grid.move_to(cx, top_of_table);
            grid.line_to(cx, bottom);
        }
        if let Some(path) = grid.finish() {
            s.set_fill(None);
            s.set_stroke(Some(Stroke { width: 0.6, ..Default::default() }));
            s.draw_path(&path);
            s.set_stroke(None);
            s.set_fill(Some(krilla::paint::Fill::default()));
        }
        let cell_widths: Vec<f32> = widths.iter().copied().chain(std::iter::once(right - x[4])).collect();
        for (c, label) in sheet.columns.iter().enumerate() {
            text(&mut s, &bold, 9.5, (x[c] + 4.0, top_of_table + 17.0), &fit(label, cell_widths[c] - 8.0, 9.5));
        }
        for i in 0..here {
            let n = first + i;
            let y = top_of_table + ROW * (i as f32 + 1.0) + 17.0;
            text(&mut s, &regular, 9.0, (x[0] + 4.0, y), &(n + 1).to_string());
            if let Some(row) = sheet.rows.get(n) {
                for (c, cell) in row.iter().enumerate() {
                    text(&mut s, &regular, 10.0, (x[c + 1] + 4.0, y), &fit(cell, cell_widths[c + 1] - 8.0, 10.0));
                }
            }
        }
        let foot = HEIGHT - MARGIN;
        text(&mut s, &regular, 8.0, (MARGIN, foot), &fit(&sheet.footer, right - MARGIN - 90.0, 8.0));
        if let Some(label) = sheet.page_labels.get(page_no) {
            text(&mut s, &regular, 8.0, (right - 80.0, foot), label);
        }
        s.finish();
        page.finish();
    }
    doc.finish().map_err(|e| PdfError(format!("{e:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(rows: usize, blank: usize) -> SignatureSheet {
        SignatureSheet {
            lang: "lv".into(),
            title: "TTChan starptautiskā tikšanās Daugavpilī".into(),
            subtitle: "2018. gada 8.–12. novembris · Daugavpils, Latvija".into(),
            heading: "Piektdiena, 9. novembris — Рашка".into(),
            footer: "TTChan — Eiropa pilsoņiem".into(),
            columns: ["Nr.".into(), "Vārds, uzvārds".into(), "Pilsēta".into(), "Valsts".into(), "Paraksts".into()],
            rows: (0..rows).map(|i| [format!("Milica Jovanović {i}"), "Raška".into(), "Serbija".into()]).collect(),
            blank_rows: blank,
            page_labels: (1..=pages(rows + blank)).map(|n| format!("{n}. lapa")).collect(),
        }
    }

    #[test]
    fn a_long_list_runs_over_pages() {
        let one = signature_sheet(&sheet(3, 2)).unwrap();
        assert!(one.starts_with(b"%PDF-"));
        let many = signature_sheet(&sheet(60, 0)).unwrap();
        assert!(many.len() > one.len());
        assert_eq!((pages(5), pages(60), pages(0)), (1, 3, 1));
        assert!(signature_sheet(&sheet(0, 0)).is_ok(), "an empty sheet is one page");
    }

    #[test]
    fn long_texts_are_shortened() {
        assert_eq!(fit("Daugavpils", 200.0, 10.0), "Daugavpils");
        let cut = fit(&"Ā".repeat(100), 50.0, 10.0);
        assert!(cut.ends_with('…') && cut.chars().count() < 12);
    }
}
