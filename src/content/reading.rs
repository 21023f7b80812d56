//! A reading file: TOML front matter between `+++` lines, then the article in Markdown,
//! turned into a block model of plain-text runs that the UI renders as text nodes.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::problem::{ContentProblem, ProblemCode};
use super::source::SourceFile;
use crate::ids::ReadingId;

/// Citation of a reading, from its front matter.
#[derive(Clone, Debug, Deserialize, Serialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct Citation {
    pub id: ReadingId,
    pub title: String,
    #[serde(default)]
    pub author: Option<String>,
    pub publisher: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub published: String,
    #[serde(default)]
    pub url: Option<String>,
    /// The raw capture this reading was cleaned from.
    #[serde(default)]
    pub seed: Option<String>,
    /// How cards name the reading, e.g. `Mendee (2015)`; by default the author's last name (or
    /// the publisher) and the year.
    #[serde(default)]
    pub cited_as: Option<String>,
    /// The citation fields (`publisher`, `author`, `url`…) that the seed does not state: the
    /// editor added them, and `editor_note` says from where.
    #[serde(default)]
    pub editor_added: Vec<String>,
    #[serde(default)]
    pub editor_note: Option<String>,
}

impl Citation {
    /// The short name cards give the reading: `Mendee (2015)`, `NK News (2019)`.
    pub fn short(&self) -> String {
        if let Some(cited) = self.cited_as.as_ref().filter(|c| !c.trim().is_empty()) {
            return cited.trim().to_owned();
        }
        let year = self.published.get(..4).unwrap_or(&self.published);
        let who = match &self.author {
            Some(author) => author.split_whitespace().next_back().unwrap_or(author).to_owned(),
            None => self.publisher.split(',').next().unwrap_or(&self.publisher).trim().to_owned(),
        };
        format!("{who} ({year})")
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
#[ts(export)]
pub enum BlockKind {
    Paragraph,
    Heading {
        level: u8,
    },
    Quote,
    ListItem,
    /// A footnote's text; `label` is what the reference in the text shows.
    Footnote {
        label: String,
    },
}

/// A piece of text with one style. A footnote reference is a run with `footnote` set
/// and is not part of the block's plain text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct Run {
    pub text: String,
    pub emphasis: bool,
    pub strong: bool,
    pub link: Option<String>,
    pub footnote: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Block {
    pub kind: BlockKind,
    pub runs: Vec<Run>,
    /// Byte offset of the block in its file, for diagnostics.
    #[serde(skip)]
    pub offset: usize,
}

impl Block {
    /// The text that quotes are matched against: every run but footnote references.
    pub fn plain_text(&self) -> String {
        self.plain_pieces().collect()
    }

    /// The pieces of the plain text, in order: the runs but footnote references.
    pub fn plain_pieces(&self) -> impl Iterator<Item = &str> {
        self.runs.iter().filter(|r| r.footnote.is_none()).map(|r| r.text.as_str())
    }
}

#[derive(Clone, Debug)]
pub struct Reading {
    pub citation: Citation,
    pub path: String,
    pub blocks: Vec<Block>,
}

/// Parses one reading file. Problems are returned, not thrown, so a check reports them all.
// A problem is rare and carries its source for rendering; boxing it would buy nothing.
#[allow(clippy::result_large_err)]
pub fn parse_reading(file: &SourceFile) -> Result<Reading, ContentProblem> {
    let text = file.text.as_str();
    let Some(rest) = text.strip_prefix("+++\n") else {
        return Err(ContentProblem::new("front-matter", file, 0..1, ProblemCode::NoFrontMatter, vec![]));
    };
    let Some(close) = rest.find("\n+++\n").or_else(|| rest.strip_suffix("\n+++").map(|r| r.len())) else {
        return Err(ContentProblem::new("front-matter", file, 0..3, ProblemCode::FrontMatterNotClosed, vec![]));
    };
    let front = &rest[..close];
    let citation: Citation = toml::from_str(front).map_err(|e| {
        let span = e.span().map_or(0..3, |s| s.start + 4..s.end + 4);
        ContentProblem::new(
            "front-matter",
            file,
            span,
            ProblemCode::FrontMatterBad,
            vec![("error", e.message().into())],
        )
    })?;
    if !super::is_valid_date(&citation.published) {
        let at = text.find(&citation.published).unwrap_or(0);
        return Err(ContentProblem::new(
            "bad-date",
            file,
            at..at + citation.published.len(),
            ProblemCode::BadDate,
            vec![("date", citation.published.as_str().into())],
        ));
    }
    let body_offset = 4 + close + 5;
    let body = text.get(body_offset..).unwrap_or("");
    Ok(Reading { citation, path: file.shown.clone(), blocks: parse_blocks(body, body_offset) })
}

fn parse_blocks(body: &str, body_offset: usize) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current: Option<Block> = None;
    let mut footnote: Option<String> = None;
    let mut kind_stack: Vec<BlockKind> = Vec::new();
    let (mut emphasis, mut strong) = (0u32, 0u32);
    let mut link: Option<String> = None;

    let push_text = |current: &mut Option<Block>, text: &str, emphasis: u32, strong: u32, link: &Option<String>| {
        if let Some(block) = current.as_mut() {
            let run = Run {
                text: String::new(),
                emphasis: emphasis > 0,
                strong: strong > 0,
                link: link.clone(),
                footnote: None,
            };
            match block.runs.last_mut() {
                Some(last)
                    if last.emphasis == run.emphasis
                        && last.strong == run.strong
                        && last.link == run.link
                        && last.footnote.is_none() =>
                {
                    last.text.push_str(text)
                }
                _ => block.runs.push(Run { text: text.to_owned(), ..run }),
            }
        }
    };

    for (event, range) in Parser::new_ext(body, Options::ENABLE_FOOTNOTES).into_offset_iter() {
        match event {
            Event::Start(Tag::FootnoteDefinition(label)) => footnote = Some(label.to_string()),
            Event::End(TagEnd::FootnoteDefinition) => footnote = None,
            Event::Start(Tag::BlockQuote(_)) => kind_stack.push(BlockKind::Quote),
            Event::End(TagEnd::BlockQuote(_)) => {
                kind_stack.pop();
            }
            Event::Start(Tag::Item) => kind_stack.push(BlockKind::ListItem),
            Event::End(TagEnd::Item) => {
                if let Some(block) = current.take() {
                    blocks.push(block);
                }
                kind_stack.pop();
            }
            Event::Start(Tag::Paragraph) | Event::Start(Tag::Heading { .. }) => {
                if let Some(block) = current.take() {
                    blocks.push(block);
                }
                let kind = match (&event, &footnote) {
                    (Event::Start(Tag::Heading { level, .. }), _) => BlockKind::Heading { level: *level as u8 },
                    (_, Some(label)) => BlockKind::Footnote { label: label.clone() },
                    _ => kind_stack.last().cloned().unwrap_or(BlockKind::Paragraph),
                };
                // Most blocks are one run: room for one, not the four a first push makes.
                current = Some(Block { kind, runs: Vec::with_capacity(1), offset: body_offset + range.start });
            }
            Event::End(TagEnd::Paragraph) | Event::End(TagEnd::Heading(_)) => {
                if let Some(block) = current.take() {
                    blocks.push(block);
                }
            }
            // HTML in a reading is shown as the characters it is made of, never interpreted.
            Event::Text(text) | Event::Code(text) | Event::InlineHtml(text) | Event::Html(text) => {
                if current.is_none() {
                    // Tight list items carry text without a paragraph.
                    let kind = kind_stack.last().cloned().unwrap_or(BlockKind::Paragraph);
                    current = Some(Block { kind, runs: Vec::with_capacity(1), offset: body_offset + range.start });
                }
                push_text(&mut current, &text, emphasis, strong, &link)
            }
            Event::SoftBreak | Event::HardBreak => push_text(&mut current, " ", emphasis, strong, &link),
            Event::Start(Tag::Emphasis) => emphasis += 1,
            Event::End(TagEnd::Emphasis) => emphasis -= 1,
            Event::Start(Tag::Strong) => strong += 1,
            Event::End(TagEnd::Strong) => strong -= 1,
            Event::Start(Tag::Link { dest_url, .. }) => link = Some(dest_url.to_string()),
            Event::End(TagEnd::Link) => link = None,
            Event::FootnoteReference(label) => {
                if let Some(block) = current.as_mut() {
                    block.runs.push(Run {
                        text: label.to_string(),
                        footnote: Some(label.to_string()),
                        ..Run::default()
                    });
                }
            }
            _ => {}
        }
    }
    if let Some(block) = current.take() {
        blocks.push(block);
    }
    blocks.retain(|b| !b.runs.is_empty());
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reading(body: &str) -> Reading {
        let text =
            format!("+++\nid = \"r\"\ntitle = \"T\"\npublisher = \"P\"\npublished = \"2015-03-02\"\n+++\n{body}");
        parse_reading(&SourceFile::new("readings/001-r.md", text)).expect("valid reading")
    }

    #[test]
    fn paragraphs_are_rejoined_and_footnotes_kept_apart() {
        let r = reading("First line\nsecond *line*.[^1]\n\n## Head\n\n[^1]: See [site](https://x.org).\n");
        let kinds: Vec<_> = r.blocks.iter().map(|b| b.kind.clone()).collect();
        assert_eq!(
            kinds,
            vec![BlockKind::Paragraph, BlockKind::Heading { level: 2 }, BlockKind::Footnote { label: "1".into() }]
        );
        assert_eq!(r.blocks[0].plain_text(), "First line second line.", "footnote refs are not plain text");
        assert_eq!(r.blocks[0].runs[1], Run { text: "line".into(), emphasis: true, ..Run::default() });
        assert_eq!(r.blocks[2].runs[1].link.as_deref(), Some("https://x.org"));
    }

    #[test]
    fn missing_front_matter_is_a_problem_at_line_one() {
        let err = parse_reading(&SourceFile::new("readings/x.md", "Just text")).unwrap_err();
        assert_eq!((err.rule, err.line, err.column), ("front-matter", 1, 1));
    }

    #[test]
    fn missing_front_matter_field_points_into_the_front_matter() {
        let err =
            parse_reading(&SourceFile::new("readings/x.md", "+++\nid = \"r\"\ntitle = \"T\"\n+++\nBody")).unwrap_err();
        assert!(err.message.contains("publisher"), "{}", err.message);
        assert_eq!(err.line, 2);
    }
}
