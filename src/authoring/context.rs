//! Placing a quote: which occurrence the author selected, and the shortest prefix or suffix that
//! tells it apart from the others.

use crate::content::anchor::{self, Found, Normalized};

/// Where the author's selection is: a block of the reading and a byte offset in its plain text.
#[derive(Clone, Copy, Debug)]
pub struct Selection {
    pub block: usize,
    pub offset: usize,
}

/// The words just before and after an occurrence that make it the only match; empty strings
/// when the quote occurs once. `None` when the quote is not in the reading.
pub fn disambiguate(blocks: &[Normalized], quote: &str, near: Option<Selection>) -> Option<(String, String)> {
    let quote_norm = anchor::normalized(quote);
    if quote_norm.is_empty() {
        return None;
    }
    let mut hits: Vec<(usize, usize)> = Vec::new();
    for (block, norm) in blocks.iter().enumerate() {
        hits.extend(norm.text.match_indices(&quote_norm).map(|(at, _)| (block, at)));
    }
    let (block, at) = match (hits.len(), near) {
        (0, _) => return None,
        (1, _) => return Some((String::new(), String::new())),
        (_, None) => hits[0],
        (_, Some(sel)) => *hits.iter().min_by_key(|(b, at)| (b.abs_diff(sel.block), at.abs_diff(sel.offset)))?,
    };
    let text = &blocks[block].text;
    let before: Vec<&str> = text[..at].split_whitespace().collect();
    let after: Vec<&str> = text[at + quote_norm.len()..].split_whitespace().collect();
    let unique = |prefix: &str, suffix: &str| match anchor::find(blocks, quote, prefix, suffix) {
        Found::One(a) => a.block == block,
        _ => false,
    };
    // Grow the context a word at a time; at each width prefer the shorter of prefix and suffix.
    for words in 1..=before.len().max(after.len()) {
        let prefix = before[before.len().saturating_sub(words)..].join(" ");
        let suffix = after[..words.min(after.len())].join(" ");
        let mut options = Vec::new();
        if words <= before.len() {
            options.push((prefix.clone(), String::new()));
        }
        if words <= after.len() {
            options.push((String::new(), suffix.clone()));
        }
        options.push((prefix, suffix));
        options.sort_by_key(|(p, s)| p.len() + s.len());
        if let Some(found) = options.into_iter().find(|(p, s)| unique(p, s)) {
            return Some(found);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(texts: &[&str]) -> Vec<Normalized> {
        texts.iter().map(|t| anchor::normalize(t)).collect()
    }

    #[test]
    fn a_unique_quote_needs_no_context() {
        assert_eq!(disambiguate(&blocks(&["one two three"]), "two", None), Some((String::new(), String::new())));
        assert_eq!(disambiguate(&blocks(&["one two three"]), "four", None), None);
    }

    #[test]
    fn the_shortest_side_is_chosen_for_the_selected_occurrence() {
        let b = blocks(&["the North and the South", "again the North met"]);
        let second = Selection { block: 1, offset: 6 };
        assert_eq!(disambiguate(&b, "the North", Some(second)), Some((String::new(), "met".into())));
        let first = Selection { block: 0, offset: 0 };
        assert_eq!(disambiguate(&b, "the North", Some(first)), Some((String::new(), "and".into())));
    }

    #[test]
    fn several_words_are_taken_when_one_is_not_enough() {
        let b = blocks(&["p a talks b q. r a talks b s."]);
        let second = Selection { block: 0, offset: 18 };
        assert_eq!(disambiguate(&b, "talks", Some(second)), Some(("r a".into(), String::new())));
    }
}
