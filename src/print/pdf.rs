//! The page layout of a printed quiz, drawn with krilla: A4, one column, a question never split
//! across two pages; the answer key from a new page; a footer naming the quiz on every page.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::text::TextDirection;

use super::fonts::{Fonts, Which};
use super::{Labels, PrintedQuestion, PrintedQuiz, letter};
use crate::cards::CardKind;
use crate::error::{Error, Result};
use crate::quiz::QuizScope;

const PAGE_WIDTH: f32 = 595.28;
const PAGE_HEIGHT: f32 = 841.89;
const MARGIN: f32 = 56.0;
const TOP: f32 = 56.0;
/// The lowest a line of text may reach; the footer sits below it.
const BOTTOM: f32 = PAGE_HEIGHT - 64.0;
const TEXT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;
/// Where a question's text starts, right of its number.
const INDENT: f32 = 24.0;
/// Where an option's text starts, right of its letter.
const OPTION_INDENT: f32 = 18.0;

const BODY: f32 = 10.5;
const SMALL: f32 = 9.0;
const BLACK: (u8, u8, u8) = (20, 20, 20);
const GREY: (u8, u8, u8) = (95, 95, 95);

/// One thing to draw, `y` from the top of its line (text: the baseline).
#[derive(Clone, Debug)]
enum Op {
    Text { x: f32, y: f32, size: f32, bold: bool, colour: (u8, u8, u8), text: String },
    Rule { x: f32, y: f32, width: f32 },
}

impl Op {
    fn moved(&self, dy: f32) -> Op {
        let mut op = self.clone();
        match &mut op {
            Op::Text { y, .. } | Op::Rule { y, .. } => *y += dy,
        }
        op
    }
}

/// A line (or a rule, or a gap) of a block: what it draws and how tall it is.
struct Line {
    ops: Vec<Op>,
    height: f32,
}

/// Lines kept on one page when they fit on one.
#[derive(Default)]
struct Block {
    lines: Vec<Line>,
}

impl Block {
    fn height(&self) -> f32 {
        self.lines.iter().map(|l| l.height).sum()
    }

    fn gap(&mut self, height: f32) {
        self.lines.push(Line { ops: Vec::new(), height });
    }

    fn rule(&mut self, x: f32, width: f32, height: f32) {
        self.lines.push(Line { ops: vec![Op::Rule { x, y: height * 0.7, width }], height });
    }
}

/// Text style: size, weight, colour, and the line height.
#[derive(Clone, Copy)]
struct Style {
    size: f32,
    bold: bool,
    colour: (u8, u8, u8),
    leading: f32,
}

const fn style(size: f32, bold: bool, colour: (u8, u8, u8)) -> Style {
    Style { size, bold, colour, leading: size * 1.38 }
}

struct Layout {
    fonts: Fonts,
    pages: Vec<Vec<Op>>,
    y: f32,
}

impl Layout {
    fn new() -> Layout {
        Layout { fonts: Fonts::new(), pages: vec![Vec::new()], y: TOP }
    }

    /// `text` broken into lines no wider than `width`, at word boundaries (a word wider than
    /// the line is broken between characters). Explicit line breaks are kept.
    fn wrap(&mut self, text: &str, style: Style, width: f32) -> Vec<String> {
        let measure = |fonts: &mut Fonts, s: &str| fonts.width(s, style.size, style.bold);
        let space = measure(&mut self.fonts, " ");
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            let mut line_width = 0.0;
            for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
                let word_width = measure(&mut self.fonts, word);
                let joined = if line.is_empty() { word_width } else { line_width + space + word_width };
                if joined <= width {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(word);
                    line_width = joined;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                line_width = word_width;
                if word_width <= width {
                    line.push_str(word);
                    continue;
                }
                // A word too long for a line of its own is cut where it must be.
                for c in word.chars() {
                    line.push(c);
                    if measure(&mut self.fonts, &line) > width && line.chars().count() > 1 {
                        line.pop();
                        lines.push(std::mem::take(&mut line));
                        line.push(c);
                    }
                }
                line_width = measure(&mut self.fonts, &line);
            }
            lines.push(line);
        }
        lines
    }

    /// Adds `text` to `block`, wrapped between `x` and the right margin; `lead` is drawn left of
    /// the first line (a number or a letter).
    fn text(&mut self, block: &mut Block, x: f32, text: &str, style: Style, lead: Option<(f32, &str, Style)>) {
        let lines = self.wrap(text, style, MARGIN + TEXT_WIDTH - x);
        for (n, line) in lines.into_iter().enumerate() {
            let baseline = style.leading * 0.78;
            let mut ops =
                vec![Op::Text { x, y: baseline, size: style.size, bold: style.bold, colour: style.colour, text: line }];
            if let (0, Some((lead_x, lead, lead_style))) = (n, lead) {
                ops.push(Op::Text {
                    x: lead_x,
                    y: baseline,
                    size: lead_style.size,
                    bold: lead_style.bold,
                    colour: lead_style.colour,
                    text: lead.to_owned(),
                });
            }
            block.lines.push(Line { ops, height: style.leading });
        }
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
    }

    /// Places a block on the current page, or on the next when it does not fit; a block taller
    /// than a page goes line by line.
    fn place(&mut self, block: Block) {
        let fits_a_page = block.height() <= BOTTOM - TOP;
        if fits_a_page && self.y + block.height() > BOTTOM && self.y > TOP {
            self.new_page();
        }
        for line in block.lines {
            if self.y + line.height > BOTTOM && self.y > TOP {
                self.new_page();
            }
            let y = self.y;
            let page = self.pages.last_mut().expect("a page");
            page.extend(line.ops.iter().map(|op| op.moved(y)));
            self.y += line.height;
        }
    }
}

/// The heading of a part: the quiz's name and what it is.
fn heading(layout: &mut Layout, quiz: &PrintedQuiz, labels: &Labels, title: &str) {
    let mut block = Block::default();
    layout.text(&mut block, MARGIN, title, style(16.0, true, BLACK), None);
    block.gap(2.0);
    let about = labels.get(
        "print-about",
        &[
            ("deck", quiz.deck_title.as_str().into()),
            ("id", quiz.deck_id.as_str().into()),
            ("version", quiz.deck_version.as_str().into()),
            ("seed", quiz.seed.to_string().into()),
            ("date", quiz.date.format("%Y-%m-%d").to_string().into()),
        ],
    );
    layout.text(&mut block, MARGIN, &about, style(SMALL, false, GREY), None);
    let scope = match &quiz.scope {
        QuizScope::All => labels.get("print-scope-all", &[]),
        QuizScope::Reading { .. } => labels.get("print-scope-reading", &[("title", quiz.scope_name.as_str().into())]),
        QuizScope::Tag { .. } => labels.get("print-scope-tag", &[("tag", quiz.scope_name.as_str().into())]),
        QuizScope::Weak => labels.get("print-scope-weak", &[]),
    };
    let count = labels.get("print-count", &[("count", quiz.questions.len().into())]);
    layout.text(&mut block, MARGIN, &format!("{scope} · {count}"), style(SMALL, false, GREY), None);
    block.gap(6.0);
    block.rule(MARGIN, TEXT_WIDTH, 8.0);
    block.gap(8.0);
    layout.place(block);
}

fn question_block(layout: &mut Layout, labels: &Labels, q: &PrintedQuestion) -> Block {
    let body = style(BODY, false, BLACK);
    let number = style(BODY, true, BLACK);
    let mut block = Block::default();
    let lead = format!("{}.", q.number);
    layout.text(&mut block, MARGIN + INDENT, &q.prompt, body, Some((MARGIN, lead.as_str(), number)));
    block.gap(1.0);
    // A timeline's prompt already says what to do.
    if q.kind != CardKind::Timeline {
        layout.text(&mut block, MARGIN + INDENT, &labels.instruction(q.kind), style(SMALL, false, GREY), None);
    }
    block.gap(3.0);
    match q.kind {
        CardKind::MultipleChoice | CardKind::TrueFalse | CardKind::Sources | CardKind::Timeline => {
            for (n, choice) in q.choices.iter().enumerate() {
                let lead = format!("{}.", letter(n));
                let at = MARGIN + INDENT + OPTION_INDENT;
                layout.text(&mut block, at, choice, body, Some((MARGIN + INDENT, lead.as_str(), number)));
            }
            if q.kind == CardKind::Timeline {
                block.gap(4.0);
                let order = labels.get("print-order", &[]);
                let blanks = vec!["____"; q.choices.len()].join("  ");
                layout.text(&mut block, MARGIN + INDENT, &format!("{order} {blanks}"), body, None);
            }
        }
        CardKind::Cloze => {}
        _ => {
            block.gap(6.0);
            block.rule(MARGIN + INDENT, TEXT_WIDTH - INDENT, 14.0);
        }
    }
    block.gap(12.0);
    block
}

fn answer_block(layout: &mut Layout, labels: &Labels, q: &PrintedQuestion) -> Block {
    let mut block = Block::default();
    let lead = format!("{}.", q.number);
    let answer = style(BODY, true, BLACK);
    layout.text(&mut block, MARGIN + INDENT, &q.answer, answer, Some((MARGIN, lead.as_str(), answer)));
    for item in &q.order {
        layout.text(&mut block, MARGIN + INDENT + OPTION_INDENT, item, style(SMALL, false, BLACK), None);
    }
    for source in &q.sources {
        block.gap(1.5);
        let cited = labels.get("print-source", &[("citation", source.citation().into())]);
        layout.text(&mut block, MARGIN + INDENT, &cited, style(SMALL, false, GREY), None);
        for quote in &source.quotes {
            let quoted = format!("\u{201c}{}\u{201d}", quote.trim());
            layout.text(&mut block, MARGIN + INDENT + OPTION_INDENT, &quoted, style(SMALL, false, BLACK), None);
        }
    }
    block.gap(9.0);
    block
}

pub(super) fn render(quiz: &PrintedQuiz, labels: &Labels) -> Result<Vec<u8>> {
    let mut layout = Layout::new();
    let title = labels.get("print-title", &[("deck", quiz.deck_title.as_str().into())]);
    heading(&mut layout, quiz, labels, &title);
    let mut name = Block::default();
    let name_label = labels.get("print-name", &[]);
    layout.text(
        &mut name,
        MARGIN,
        &format!("{name_label} ________________________________"),
        style(BODY, false, BLACK),
        None,
    );
    name.gap(14.0);
    layout.place(name);
    for q in &quiz.questions {
        let block = question_block(&mut layout, labels, q);
        layout.place(block);
    }

    layout.new_page();
    let key = labels.get("print-answer-key", &[("deck", quiz.deck_title.as_str().into())]);
    heading(&mut layout, quiz, labels, &key);
    for q in &quiz.questions {
        let block = answer_block(&mut layout, labels, q);
        layout.place(block);
    }

    let total = layout.pages.len();
    let mut document = Document::new();
    let date = &quiz.date;
    use chrono::Datelike;
    let created = DateTime::new(date.year().clamp(0, 9999) as u16).month(date.month() as u8).day(date.day() as u8);
    document.set_metadata(
        Metadata::new()
            .title(title.clone())
            .language(quiz.deck_language.clone())
            .creator("Steppe".to_owned())
            .creation_date(created),
    );
    let pages = std::mem::take(&mut layout.pages);
    for (n, ops) in pages.iter().enumerate() {
        let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).expect("A4 is a page size");
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        let footer = labels.get(
            "print-footer",
            &[
                ("deck", quiz.deck_title.as_str().into()),
                ("seed", quiz.seed.to_string().into()),
                ("page", (n + 1).into()),
                ("pages", total.into()),
            ],
        );
        let footer_style = style(8.0, false, GREY);
        let footer_x = MARGIN + TEXT_WIDTH - layout.fonts.width(&footer, footer_style.size, false);
        let footer_op = Op::Text {
            x: footer_x,
            y: PAGE_HEIGHT - 36.0,
            size: footer_style.size,
            bold: false,
            colour: GREY,
            text: footer,
        };
        for op in ops.iter().chain(std::iter::once(&footer_op)) {
            draw(&mut surface, &mut layout.fonts, op);
        }
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|e| Error::Io(crate::notice!(CannotMakePdf, error = format!("{e:?}"))))
}

fn fill((r, g, b): (u8, u8, u8)) -> Fill {
    Fill { paint: rgb::Color::new(r, g, b).into(), opacity: NormalizedF32::ONE, rule: Default::default() }
}

fn draw(surface: &mut krilla::surface::Surface, fonts: &mut Fonts, op: &Op) {
    match op {
        Op::Text { x, y, size, bold, colour, text } => {
            surface.set_fill(Some(fill(*colour)));
            let mut at = *x;
            let runs: Vec<(Which, String)> =
                fonts.runs(text, *bold).into_iter().map(|(which, run)| (which, run.to_owned())).collect();
            for (which, run) in runs {
                surface.draw_text(Point::from_xy(at, *y), fonts.font(which), *size, &run, false, TextDirection::Auto);
                at += fonts.run_width(which, &run, *size);
            }
        }
        Op::Rule { x, y, width } => {
            let Some(rect) = Rect::from_xywh(*x, *y, *width, 0.6) else { return };
            let mut path = PathBuilder::new();
            path.push_rect(rect);
            if let Some(path) = path.finish() {
                surface.set_fill(Some(fill(GREY)));
                surface.draw_path(&path);
            }
        }
    }
}
