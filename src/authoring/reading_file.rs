//! Writing a reading file: the citation in the front matter (edited in place, so fields the
//! form does not show, like `seed`, and their order are kept) and the article text.

use serde::{Deserialize, Serialize};
use toml_edit::{DocumentMut, value};
use ts_rs::TS;

use crate::error::{Error, Result};

/// A reading as the editor shows it: its citation and its Markdown text.
#[derive(Clone, Debug, Default, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ReadingDraft {
    /// True for a reading not saved yet; an existing reading keeps its id.
    pub is_new: bool,
    pub id: String,
    pub title: String,
    pub author: String,
    pub publisher: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub published: String,
    pub url: String,
    /// The article in Markdown, paragraphs separated by a blank line.
    pub body: String,
}

/// Splits a reading file into its front matter and its body.
pub fn split(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix("+++\n")?;
    let close = rest.find("\n+++\n")?;
    Some((&rest[..close + 1], &rest[close + 5..]))
}

/// The draft of an existing reading file.
pub fn draft_of(text: &str, path: &str) -> Result<ReadingDraft> {
    let (front, body) = split(text).ok_or_else(|| Error::InvalidDeck(crate::notice!(NoFrontMatter, path = path)))?;
    let doc: DocumentMut = front
        .parse::<DocumentMut>()
        .map_err(|e| Error::InvalidDeck(crate::notice!(FrontMatterBadIn, path = path, error = e.to_string())))?;
    let field = |k: &str| doc.get(k).and_then(|i| i.as_str()).unwrap_or_default().to_owned();
    Ok(ReadingDraft {
        is_new: false,
        id: field("id"),
        title: field("title"),
        author: field("author"),
        publisher: field("publisher"),
        published: field("published"),
        url: field("url"),
        body: body.trim_start_matches('\n').to_owned(),
    })
}

/// The file text for `draft`, over the existing file text when there is one.
pub fn write(existing: Option<&str>, draft: &ReadingDraft) -> Result<String> {
    let front = existing.and_then(split).map_or("", |(front, _)| front);
    let mut doc: DocumentMut = front
        .parse::<DocumentMut>()
        .map_err(|e| Error::InvalidDeck(crate::notice!(FrontMatterBad, error = e.to_string())))?;
    for (key, text, optional) in [
        ("id", &draft.id, false),
        ("title", &draft.title, false),
        ("author", &draft.author, true),
        ("publisher", &draft.publisher, false),
        ("published", &draft.published, false),
        ("url", &draft.url, true),
    ] {
        let text = text.trim();
        if optional && text.is_empty() {
            doc.remove(key);
        } else if doc.get(key).and_then(|i| i.as_str()) != Some(text) {
            doc[key] = value(text);
        }
    }
    let body = draft.body.trim_matches('\n').replace("\r\n", "\n");
    Ok(format!("+++\n{}+++\n\n{body}\n", doc))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str =
        "+++\nid = \"r\"\ntitle = \"T\"\npublisher = \"P\"\npublished = \"2015\"\nseed = \"s.txt\"\n+++\n\nBody one.\n";

    #[test]
    fn an_unchanged_reading_is_written_back_byte_identical() {
        assert_eq!(write(Some(FILE), &draft_of(FILE, "f").unwrap()).unwrap(), FILE);
    }

    #[test]
    fn a_new_author_is_added_and_the_seed_kept() {
        let mut d = draft_of(FILE, "f").unwrap();
        d.author = "A. Writer".into();
        let out = write(Some(FILE), &d).unwrap();
        assert!(out.contains("seed = \"s.txt\"") && out.contains("author = \"A. Writer\""), "{out}");
    }
}
