//! Printable PDFs: signature sheets (the evidence a funder asks for — per day and per town,
//! everyone's name, town and country with a column to sign, under a header naming the
//! meeting, its dates and its place) and the final report with its annexes. Pages are laid
//! out first as lists of drawing operations, then drawn with krilla in one pass. Text is set in
//! DejaVu Sans (embedded, subset), which covers Latvian, Lithuanian, Polish and Serbian in both
//! scripts.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::text::{Font, TextDirection};

const REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// A4 in points, and the margins.
const WIDTH: f32 = 595.28;
const HEIGHT: f32 = 841.89;
const MARGIN: f32 = 40.0;
const ROW: f32 = 26.0;

/// One drawing operation, in points from the top left.
#[derive(Debug, Clone, PartialEq)]
enum Op {
    Text { x: f32, y: f32, size: f32, bold: bool, text: String },
    Line { x1: f32, y1: f32, x2: f32, y2: f32 },
    Bar { x: f32, y: f32, w: f32, h: f32 },
}

type Page = Vec<Op>;

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

/// Breaks a text into lines of about `width` points at `size`, at spaces.
fn wrap(text: &str, width: f32, size: f32) -> Vec<String> {
    let max = ((width / (size * 0.56)).floor() as usize).max(8);
    let mut lines = Vec::new();
    for para in text.lines() {
        let mut line = String::new();
        for word in para.split_whitespace() {
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > max {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&fit(word, width, size));
        }
        lines.push(line);
    }
    lines
}

fn render(pages: &[Page], title: &str, lang: &str) -> Result<Vec<u8>, PdfError> {
    let regular = Font::new(REGULAR.into(), 0).ok_or_else(|| PdfError("the regular font".into()))?;
    let bold = Font::new(BOLD.into(), 0).ok_or_else(|| PdfError("the bold font".into()))?;
    let mut doc = Document::new();
    doc.set_metadata(Metadata::new().title(title.to_owned()).language(lang.to_owned()).creator("Twinning".into()));
    for ops in pages {
        let mut page = doc.start_page_with(PageSettings::from_wh(WIDTH, HEIGHT).ok_or_else(|| PdfError("A4".into()))?);
        let mut s = page.surface();
        let mut lines = PathBuilder::new();
        let mut any_line = false;
        for op in ops {
            match op {
                Op::Text { x, y, size, bold: b, text } => {
                    let font = if *b { bold.clone() } else { regular.clone() };
                    s.draw_text(Point::from_xy(*x, *y), font, *size, text, false, TextDirection::Auto);
                }
                Op::Line { x1, y1, x2, y2 } => {
                    lines.move_to(*x1, *y1);
                    lines.line_to(*x2, *y2);
                    any_line = true;
                }
                Op::Bar { x, y, w, h } => {
                    if let Some(rect) = Rect::from_xywh(*x, *y, w.max(0.5), *h) {
                        let mut pb = PathBuilder::new();
                        pb.push_rect(rect);
                        if let Some(path) = pb.finish() {
                            s.set_fill(Some(Fill { paint: rgb::Color::new(31, 95, 153).into(), ..Default::default() }));
                            s.draw_path(&path);
                            s.set_fill(Some(Fill::default()));
                        }
                    }
                }
            }
        }
        if any_line && let Some(path) = lines.finish() {
            s.set_fill(None);
            s.set_stroke(Some(Stroke { width: 0.6, ..Default::default() }));
            s.draw_path(&path);
            s.set_stroke(None);
            s.set_fill(Some(Fill::default()));
        }
        s.finish();
        page.finish();
    }
    doc.finish().map_err(|e| PdfError(format!("{e:?}")))
}

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

const TABLE_TOP: f32 = MARGIN + 110.0;

/// Rows that fit under the header of one page.
fn per_page() -> usize {
    (((HEIGHT - MARGIN - 30.0) - (TABLE_TOP + ROW)) / ROW).floor() as usize
}

/// How many pages a sheet of `rows` lines (people and blank lines) takes.
pub fn pages(rows: usize) -> usize {
    rows.div_ceil(per_page()).max(1)
}

fn text(size: f32, bold: bool, x: f32, y: f32, t: &str) -> Op {
    Op::Text { x, y, size, bold, text: t.to_owned() }
}

fn sheet_pages(sheet: &SignatureSheet) -> Vec<Page> {
    // Columns: number, name, town, country, signature.
    let widths = [28.0, 150.0, 110.0, 80.0];
    let x: Vec<f32> = std::iter::once(MARGIN)
        .chain(widths.iter().scan(MARGIN, |acc, w| {
            *acc += w;
            Some(*acc)
        }))
        .collect();
    let right = WIDTH - MARGIN;
    let per_page = per_page();
    let total_rows = sheet.rows.len() + sheet.blank_rows;
    let count = pages(total_rows);
    let cell_widths: Vec<f32> = widths.iter().copied().chain(std::iter::once(right - x[4])).collect();
    (0..count)
        .map(|page_no| {
            let mut ops = vec![
                text(16.0, true, MARGIN, MARGIN + 16.0, &fit(&sheet.title, right - MARGIN, 16.0)),
                text(11.0, false, MARGIN, MARGIN + 36.0, &fit(&sheet.subtitle, right - MARGIN, 11.0)),
                text(13.0, true, MARGIN, MARGIN + 66.0, &fit(&sheet.heading, right - MARGIN, 13.0)),
            ];
            let first = page_no * per_page;
            let here = total_rows.saturating_sub(first).min(per_page);
            let bottom = TABLE_TOP + ROW * (here as f32 + 1.0);
            for i in 0..=here + 1 {
                let y = TABLE_TOP + ROW * i as f32;
                ops.push(Op::Line { x1: MARGIN, y1: y, x2: right, y2: y });
            }
            for cx in x.iter().copied().chain(std::iter::once(right)) {
                ops.push(Op::Line { x1: cx, y1: TABLE_TOP, x2: cx, y2: bottom });
            }
            for (c, label) in sheet.columns.iter().enumerate() {
                ops.push(text(9.5, true, x[c] + 4.0, TABLE_TOP + 17.0, &fit(label, cell_widths[c] - 8.0, 9.5)));
            }
            for i in 0..here {
                let n = first + i;
                let y = TABLE_TOP + ROW * (i as f32 + 1.0) + 17.0;
                ops.push(text(9.0, false, x[0] + 4.0, y, &(n + 1).to_string()));
                if let Some(row) = sheet.rows.get(n) {
                    for (c, cell) in row.iter().enumerate() {
                        ops.push(text(10.0, false, x[c + 1] + 4.0, y, &fit(cell, cell_widths[c + 1] - 8.0, 10.0)));
                    }
                }
            }
            let foot = HEIGHT - MARGIN;
            ops.push(text(8.0, false, MARGIN, foot, &fit(&sheet.footer, right - MARGIN - 90.0, 8.0)));
            if let Some(label) = sheet.page_labels.get(page_no) {
                ops.push(text(8.0, false, right - 80.0, foot, label));
            }
            ops
        })
        .collect()
}

/// The sheet as PDF bytes: as many A4 pages as the rows need, each with the header, the
/// column headings and a page number.
pub fn signature_sheet(sheet: &SignatureSheet) -> Result<Vec<u8>, PdfError> {
    render(&sheet_pages(sheet), &format!("{} — {}", sheet.title, sheet.heading), &sheet.lang)
}

/// A block of the final report, in reading order.
#[derive(Debug, Clone)]
pub enum Block {
    Heading(String),
    Paragraph(String),
    /// A table: column headings, then rows.
    Table(Vec<String>, Vec<Vec<String>>),
    /// A bar chart: a caption and (label, value) bars.
    Bars(String, Vec<(String, i64)>),
}

/// The final report, its blocks and the signature sheets annexed to it.
#[derive(Debug, Clone)]
pub struct Report {
    pub lang: String,
    pub title: String,
    pub blocks: Vec<Block>,
    pub annexes: Vec<SignatureSheet>,
    /// The page label with `{n}` where the number goes ("Page {n}", "{n}. lapa").
    pub page_label: String,
}

/// Lays the blocks out down A4 pages, breaking where the next line would not fit.
fn report_pages(blocks: &[Block]) -> Vec<Page> {
    let right = WIDTH - MARGIN;
    let bottom = HEIGHT - MARGIN - 24.0;
    let mut pages: Vec<Page> = vec![Vec::new()];
    let mut y = MARGIN;
    let need = |pages: &mut Vec<Page>, y: &mut f32, h: f32| {
        if *y + h > bottom {
            pages.push(Vec::new());
            *y = MARGIN;
        }
    };
    for block in blocks {
        match block {
            Block::Heading(t) => {
                need(&mut pages, &mut y, 40.0);
                y += 24.0;
                pages.last_mut().expect("a page").push(text(14.0, true, MARGIN, y, &fit(t, right - MARGIN, 14.0)));
                y += 8.0;
            }
            Block::Paragraph(t) => {
                for line in wrap(t, right - MARGIN, 10.0) {
                    need(&mut pages, &mut y, 14.0);
                    y += 14.0;
                    pages.last_mut().expect("a page").push(text(10.0, false, MARGIN, y, &line));
                }
                y += 4.0;
            }
            Block::Table(head, rows) => {
                let cols = head.len().max(1);
                let total = right - MARGIN;
                // The first column names the row: it gets more room when there are several.
                let first = if cols > 2 { total * 0.45 } else { total / cols as f32 };
                let rest = if cols > 1 { (total - first) / (cols - 1) as f32 } else { 0.0 };
                let at = |c: usize| if c == 0 { MARGIN } else { MARGIN + first + rest * (c - 1) as f32 };
                let width = |c: usize| if c == 0 { first } else { rest };
                let row_h = 18.0;
                for (i, row) in std::iter::once(head).chain(rows.iter()).enumerate() {
                    need(&mut pages, &mut y, row_h);
                    let page = pages.last_mut().expect("a page");
                    page.push(Op::Line { x1: MARGIN, y1: y, x2: right, y2: y });
                    for (c, cell) in row.iter().enumerate() {
                        page.push(text(9.0, i == 0, at(c) + 3.0, y + 13.0, &fit(cell, width(c) - 6.0, 9.0)));
                    }
                    y += row_h;
                    page.push(Op::Line { x1: MARGIN, y1: y, x2: right, y2: y });
                }
                y += 6.0;
            }
            Block::Bars(caption, bars) => {
                let max = bars.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1) as f32;
                let label_w = 150.0;
                let bar_w = right - MARGIN - label_w - 40.0;
                need(&mut pages, &mut y, 30.0);
                y += 16.0;
                pages.last_mut().expect("a page").push(text(
                    10.0,
                    true,
                    MARGIN,
                    y,
                    &fit(caption, right - MARGIN, 10.0),
                ));
                y += 6.0;
                for (label, v) in bars {
                    need(&mut pages, &mut y, 16.0);
                    let page = pages.last_mut().expect("a page");
                    page.push(text(9.0, false, MARGIN, y + 11.0, &fit(label, label_w - 6.0, 9.0)));
                    page.push(Op::Bar { x: MARGIN + label_w, y: y + 2.0, w: bar_w * (*v as f32) / max, h: 11.0 });
                    page.push(text(
                        9.0,
                        false,
                        MARGIN + label_w + bar_w * (*v as f32) / max + 4.0,
                        y + 11.0,
                        &v.to_string(),
                    ));
                    y += 16.0;
                }
                y += 6.0;
            }
        }
    }
    pages
}

/// The report and its annexes as one PDF.
pub fn report(r: &Report) -> Result<Vec<u8>, PdfError> {
    let mut pages = report_pages(&r.blocks);
    for (n, page) in pages.iter_mut().enumerate() {
        page.push(text(
            8.0,
            false,
            WIDTH - MARGIN - 80.0,
            HEIGHT - MARGIN,
            &r.page_label.replace("{n}", &(n + 1).to_string()),
        ));
    }
    for sheet in &r.annexes {
        pages.extend(sheet_pages(sheet));
    }
    render(&pages, &r.title, &r.lang)
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
        assert_eq!(sheet_pages(&sheet(3, 2)).len(), 1);
        assert_eq!(sheet_pages(&sheet(60, 0)).len(), 3);
        assert_eq!((pages(5), pages(60), pages(0)), (1, 3, 1));
        assert!(signature_sheet(&sheet(0, 0)).is_ok(), "an empty sheet is one page");
    }

    #[test]
    fn long_texts_are_shortened_and_wrapped() {
        assert_eq!(fit("Daugavpils", 200.0, 10.0), "Daugavpils");
        let cut = fit(&"Ā".repeat(100), 50.0, 10.0);
        assert!(cut.ends_with('…') && cut.chars().count() < 12);
        let lines = wrap(&"vārds ".repeat(100), 200.0, 10.0);
        assert!(lines.len() > 5 && lines.iter().all(|l| l.chars().count() <= 36));
    }

    #[test]
    fn a_report_flows_over_pages_and_carries_its_annexes() {
        let blocks: Vec<Block> = (0..40)
            .flat_map(|i| {
                [
                    Block::Heading(format!("Section {i}")),
                    Block::Paragraph("Delegations from Latvia, Lithuania and Serbia took part. ".repeat(4)),
                ]
            })
            .chain([
                Block::Table(vec!["Country".into(), "People".into()], vec![vec!["Serbia".into(), "10".into()]]),
                Block::Bars("People per day".into(), vec![("Thursday".into(), 30), ("Friday".into(), 45)]),
            ])
            .collect();
        let own = report_pages(&blocks).len();
        assert!(own > 2, "{own} pages");
        let r = Report {
            lang: "en".into(),
            title: "Final report".into(),
            blocks,
            annexes: vec![sheet(3, 2)],
            page_label: "Page {n}".into(),
        };
        let pdf = report(&r).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
    }
}
