//! Editing a claims file in place with `toml_edit`: comments, order and formatting of the file
//! are kept, an edited claim changes only the lines of the fields that changed, a new claim is
//! appended.

use toml_edit::{Array, ArrayOfTables, DocumentMut, Item, Table, Value, value};

use super::ClaimDraft;
use crate::error::{Error, Result};

fn parse(text: &str, path: &str) -> Result<DocumentMut> {
    text.parse::<DocumentMut>()
        .map_err(|e| Error::InvalidDeck(crate::notice!(ClaimsFileNotToml, path = path, error = e.to_string())))
}

fn claims_mut(doc: &mut DocumentMut) -> &mut ArrayOfTables {
    if doc.get("claim").and_then(Item::as_array_of_tables).is_none() {
        doc.insert("claim", Item::ArrayOfTables(ArrayOfTables::new()));
    }
    doc["claim"].as_array_of_tables_mut().expect("just made an array of tables")
}

fn id_of(table: &Table) -> Option<&str> {
    table.get("id").and_then(Item::as_str)
}

/// The claims file text with `draft` written over the claim `original` (or appended when absent).
pub fn put_claim(text: &str, path: &str, original: Option<&str>, draft: &ClaimDraft) -> Result<String> {
    let mut doc = parse(text, path)?;
    let claims = claims_mut(&mut doc);
    let target = original.unwrap_or(&draft.id);
    let found = claims.iter().position(|t| id_of(t) == Some(target));
    match found {
        Some(index) => write_fields(claims.get_mut(index).expect("found"), draft),
        None => {
            let mut table = Table::new();
            write_fields(&mut table, draft);
            claims.push(table);
        }
    }
    Ok(doc.to_string())
}

/// The claims file text without the claim `id`; `None` when the file does not hold it.
pub fn remove_claim(text: &str, path: &str, id: &str) -> Result<Option<String>> {
    let mut doc = parse(text, path)?;
    let claims = claims_mut(&mut doc);
    let Some(index) = claims.iter().position(|t| id_of(t) == Some(id)) else { return Ok(None) };
    claims.remove(index);
    Ok(Some(doc.to_string()))
}

/// Every claim's id and `conflicts_with` in a claims file.
pub fn conflicts(text: &str, path: &str) -> Result<Vec<(String, Vec<String>)>> {
    let mut doc = parse(text, path)?;
    Ok(claims_mut(&mut doc)
        .iter()
        .filter_map(|t| Some((id_of(t)?.to_owned(), strings(t.get("conflicts_with")))))
        .collect())
}

/// Sets the `conflicts_with` of the claim `id`, leaving the file unchanged when it already says so.
pub fn set_conflicts(text: &str, path: &str, id: &str, list: &[String]) -> Result<String> {
    let mut doc = parse(text, path)?;
    if let Some(table) = claims_mut(&mut doc).iter_mut().find(|t| id_of(t) == Some(id)) {
        set_list(table, "conflicts_with", list);
    }
    Ok(doc.to_string())
}

fn strings(item: Option<&Item>) -> Vec<String> {
    item.and_then(Item::as_array)
        .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
        .unwrap_or_default()
}

fn write_fields(table: &mut Table, draft: &ClaimDraft) {
    set_text(table, "id", &draft.id, false);
    set_text(table, "quote", &draft.quote, false);
    set_text(table, "prefix", &draft.prefix, true);
    set_text(table, "suffix", &draft.suffix, true);
    set_text(table, "text", &draft.text, false);
    set_text(table, "answer", &draft.answer, false);
    set_text(table, "question", &draft.question, true);
    set_text(table, "kind", &draft.kind, false);
    set_text(table, "date", &draft.date, true);
    set_list(table, "tags", &draft.tags);
    set_list(table, "conflicts_with", &draft.conflicts_with);
    set_text(table, "role", &draft.role, true);
    set_text(table, "event", &draft.event, true);
    set_list(table, "distractors", &draft.distractors);
    set_list(table, "false", &draft.false_statements);
    // Only `false` is written: a typed card is the default.
    match draft.typed {
        Some(false) if table.get("typed").and_then(Item::as_bool) != Some(false) => {
            replace(table, "typed", Value::from(false))
        }
        Some(false) => {}
        _ => {
            table.remove("typed");
        }
    }
}

/// Replaces a value only when it changed, keeping the comment around it; an empty optional
/// field is removed.
fn set_text(table: &mut Table, key: &str, new: &str, optional: bool) {
    if optional && new.trim().is_empty() {
        table.remove(key);
        return;
    }
    if table.get(key).and_then(Item::as_str) == Some(new) {
        return;
    }
    replace(table, key, Value::from(new));
}

fn set_list(table: &mut Table, key: &str, new: &[String]) {
    if new.is_empty() {
        table.remove(key);
        return;
    }
    if table.contains_key(key) && strings(table.get(key)) == new {
        return;
    }
    replace(table, key, Value::Array(new.iter().map(String::as_str).collect::<Array>()));
}

fn replace(table: &mut Table, key: &str, mut new: Value) {
    match table.get_mut(key).and_then(Item::as_value_mut) {
        Some(old) => {
            *new.decor_mut() = old.decor().clone();
            *old = new;
        }
        None => {
            table.insert(key, value(new));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "# about this file\nreading = \"r\"\n\n[[claim]]\nid = \"a\"\nquote = \"q\"  # kept\ntext = \"t a\"\nanswer = \"a\"\nkind = \"event\"\n\n[[claim]]\nid = \"b\"\nquote = \"q2\"\ntext = \"t b\"\nanswer = \"b\"\nkind = \"event\"\n";

    fn draft(id: &str) -> ClaimDraft {
        ClaimDraft {
            id: id.into(),
            quote: "q".into(),
            text: "t a".into(),
            answer: "a".into(),
            kind: "event".into(),
            ..ClaimDraft::default()
        }
    }

    #[test]
    fn typed_false_is_written_kept_and_taken_away() {
        let mut d = draft("a");
        d.typed = Some(false);
        let marked = put_claim(FILE, "f", Some("a"), &d).unwrap();
        assert_eq!(
            marked,
            FILE.replace(
                "kind = \"event\"\n\n[[claim]]\nid = \"b\"",
                "kind = \"event\"\ntyped = false\n\n[[claim]]\nid = \"b\""
            )
        );
        assert_eq!(put_claim(&marked, "f", Some("a"), &d).unwrap(), marked, "kept as it is");
        assert_eq!(put_claim(&marked, "f", Some("a"), &draft("a")).unwrap(), FILE, "taken away");
    }

    #[test]
    fn an_unchanged_claim_leaves_the_file_byte_identical() {
        assert_eq!(put_claim(FILE, "f", Some("a"), &draft("a")).unwrap(), FILE);
    }

    #[test]
    fn a_changed_field_changes_its_line_only_and_keeps_its_comment() {
        let mut d = draft("a");
        d.quote = "new quote".into();
        d.date = "2014".into();
        let out = put_claim(FILE, "f", Some("a"), &d).unwrap();
        assert_eq!(
            out,
            FILE.replace("quote = \"q\"  # kept", "quote = \"new quote\"  # kept").replace(
                "kind = \"event\"\n\n[[claim]]\nid = \"b\"",
                "kind = \"event\"\ndate = \"2014\"\n\n[[claim]]\nid = \"b\""
            )
        );
    }

    #[test]
    fn roles_events_and_authored_options_are_written_and_empty_ones_left_out() {
        let mut d = draft("a");
        d.role = "mongolian-president".into();
        d.event = "Talks open".into();
        d.distractors = vec!["Battulga".into(), "Khurelsukh, Ukhnaa".into()];
        d.false_statements = vec!["It never happened.".into()];
        let out = put_claim(FILE, "f", Some("a"), &d).unwrap();
        assert!(out.contains("role = \"mongolian-president\"\nevent = \"Talks open\"\n"), "{out}");
        assert!(
            out.contains("distractors = [\"Battulga\", \"Khurelsukh, Ukhnaa\"]\nfalse = [\"It never happened.\"]"),
            "{out}"
        );
        let cleared = put_claim(&out, "f", Some("a"), &draft("a")).unwrap();
        assert_eq!(cleared, FILE, "clearing the fields removes their lines");
    }

    #[test]
    fn a_new_claim_is_appended_and_a_removed_one_is_gone() {
        let out = put_claim(FILE, "f", None, &draft("c")).unwrap();
        assert!(out.starts_with(FILE), "the old claims stay as they were:\n{out}");
        assert!(
            out.ends_with("[[claim]]\nid = \"c\"\nquote = \"q\"\ntext = \"t a\"\nanswer = \"a\"\nkind = \"event\"\n"),
            "{out}"
        );
        let removed = remove_claim(&out, "f", "a").unwrap().unwrap();
        assert!(!removed.contains("id = \"a\""), "{removed}");
        assert!(removed.contains("id = \"b\"") && removed.contains("id = \"c\""));
    }
}
