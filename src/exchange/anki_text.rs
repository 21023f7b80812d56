//! Anki's text format, one claim per row: comma-separated values (RFC 4180 quoting) with `#`
//! header lines (`#separator:comma`, `#html:false`, `#deck:`, `#guid column:`, `#tags column:`,
//! `#columns:`, `#notetype:Cloze`), after a UTF-8 byte order mark so that spreadsheets read it as
//! UTF-8. Anki's import screen takes it as it is: the `Text` and `Back Extra` columns, named after
//! the fields of Anki's stock Cloze note type, hold each claim with its answer as the gap and its
//! quote with the citation; the other columns are Steppe's own and Anki leaves them. A deck can be
//! edited in a spreadsheet and read back: the rows replace the claims of the deck named by
//! `#deck:`, whose readings stay as they are. Tables separated by another of Anki's separators
//! (`#separator:tab`, `.tsv` files) are read too. Tags are space-separated, so spaces inside a tag
//! become `_`.

use std::collections::BTreeMap;
use std::path::Path;

use super::ExchangeError;
use super::apkg::{anki_guid, citation_text};
use super::claims_file::{ClaimRecord, read_claims, write_claims};
use super::install::{self, ImportReport};
use crate::content::{self, Deck, SourceFile};
use crate::notice;
use crate::notice::Notice;

/// `id` comes first: a guid may start with `#`, which would read as a header line. `Text` and
/// `Back Extra` are made from the others for Anki (see [`ANKI_FIELDS`]); tags stay last.
const COLUMNS: [&str; 20] = [
    "id",
    "guid",
    "reading",
    "text",
    "answer",
    "question",
    "kind",
    "date",
    "quote",
    "prefix",
    "suffix",
    "conflicts_with",
    "role",
    "event",
    "distractors",
    "false",
    "typed",
    "Text",
    "Back Extra",
    "tags",
];
/// The columns written for Anki's Cloze note type, which Anki maps to its fields by name; reading
/// a table back ignores them (they are made from the claim's own columns).
const ANKI_FIELDS: [&str; 2] = ["Text", "Back Extra"];
/// How the `distractors` and `false` cells join their items.
const ITEM_SEPARATOR: &str = " | ";
const REQUIRED: [&str; 6] = ["id", "reading", "text", "answer", "kind", "quote"];
/// The header keys of Anki's text format; a header line is `#key:value`.
const HEADER_KEYS: [&str; 11] = [
    "separator",
    "html",
    "deck",
    "columns",
    "guid column",
    "tags column",
    "notetype",
    "notetype column",
    "deck column",
    "if matches",
    "tags",
];
/// Largest table accepted, in bytes.
pub const MAX_TABLE_BYTES: u64 = 16 << 20;

/// The separator written; the `#separator:` and `#columns:` header lines use it too.
const SEPARATOR: u8 = b',';
/// Written first, so that spreadsheets do not take the UTF-8 text for a legacy code page.
const BOM: &str = "\u{feff}";

/// The byte of a `#separator:` value, as Anki reads it: a name in any case or the character.
fn separator_byte(value: &str) -> Option<u8> {
    let named =
        [("comma", b','), ("semicolon", b';'), ("tab", b'\t'), ("space", b' '), ("pipe", b'|'), ("colon", b':')];
    let by_name = |v: &str| {
        named.iter().find(|(name, byte)| v.eq_ignore_ascii_case(name) || v.as_bytes() == [*byte]).map(|(_, b)| *b)
    };
    // A spreadsheet that saved the table pads a header line with empty cells: `comma,,,`.
    by_name(value)
        .or_else(|| by_name(value.trim()))
        .or_else(|| by_name(value.trim_end_matches([',', ';', '\t']).trim()))
}

/// The characters a spreadsheet reads as the start of a formula in a cell.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A field as a cell: one that a spreadsheet would run as a formula (`=HYPERLINK(…)`) gets a
/// leading apostrophe, which spreadsheets show as text and [`from_cell`] takes off again.
pub(crate) fn to_cell(field: &str) -> std::borrow::Cow<'_, str> {
    if field.starts_with(FORMULA_STARTS) { format!("'{field}").into() } else { field.into() }
}

/// A cell as the field it was written from (see [`to_cell`]).
fn from_cell(cell: &str) -> String {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest.to_owned(),
        _ => cell.to_owned(),
    }
}

/// A claim as the text of an Anki cloze: its answer, where the text holds it, is the gap.
fn cloze_text(text: &str, answer: &str) -> String {
    match text.find(answer).filter(|_| !answer.is_empty()) {
        Some(at) => format!("{}{{{{c1::{answer}}}}}{}", &text[..at], &text[at + answer.len()..]),
        None => text.to_owned(),
    }
}

/// The deck's claims (`files`, compiled as `deck`) as a comma-separated table, in deck order.
pub fn write_table(deck: &Deck, files: &[SourceFile]) -> String {
    let mut out = String::from(BOM);
    out.push_str("#separator:comma\n#html:false\n#notetype:Cloze\n");
    out.push_str(&format!("#deck:{}\n#guid column:2\n#tags column:{}\n", deck.info.id, COLUMNS.len()));
    out.push_str(&format!("#columns:{}\n", COLUMNS.join(",")));
    let mut writer = csv::WriterBuilder::new().delimiter(SEPARATOR).has_headers(false).from_writer(Vec::new());
    for (reading, claims) in read_claims(files) {
        let citation =
            deck.readings.iter().find(|r| r.citation.id.as_str() == reading).map(|r| citation_text(&r.citation));
        for c in claims {
            let tags: Vec<String> = c.tags.iter().map(|t| t.replace(char::is_whitespace, "_")).collect();
            let source = match &citation {
                Some(citation) => format!("“{}”\n— {citation}", c.quote),
                None => format!("“{}”", c.quote),
            };
            let row = [
                c.id.clone(),
                anki_guid(&c.id),
                reading.clone(),
                c.text.clone(),
                c.answer.clone(),
                c.question.clone().unwrap_or_default(),
                c.kind.clone(),
                c.date.clone().unwrap_or_default(),
                c.quote.clone(),
                c.prefix.clone().unwrap_or_default(),
                c.suffix.clone().unwrap_or_default(),
                c.conflicts_with.join(" "),
                c.role.clone().unwrap_or_default(),
                c.event.clone().unwrap_or_default(),
                c.distractors.join(ITEM_SEPARATOR),
                c.false_statements.join(ITEM_SEPARATOR),
                c.typed.map(|typed| typed.to_string()).unwrap_or_default(),
                cloze_text(&c.text, &c.answer),
                source,
                tags.join(" "),
            ];
            writer.write_record(row.iter().map(|cell| to_cell(cell).into_owned())).expect("writing to memory");
        }
    }
    out.push_str(&String::from_utf8(writer.into_inner().expect("writing to memory")).expect("rows are UTF-8"));
    out
}

/// A table read back: the deck it is for and its claims grouped by reading, in row order.
pub struct Table {
    pub deck_id: Option<String>,
    pub readings: Vec<(String, Vec<ClaimRecord>)>,
}

/// Parses a table; every problem names its line. `file` names the table in messages.
pub fn read_table(file: &str, bytes: &[u8]) -> Result<Table, ExchangeError> {
    let refuse = |notice: Notice| ExchangeError::refused(file, notice);
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
        refuse(notice!(TableNotUtf8, line = line))
    })?;
    let text = text.strip_prefix(BOM).unwrap_or(text);
    // Without a `#separator:` line, a table is tab-separated (as Steppe wrote them before).
    let mut separator = b'\t';
    let mut deck_id = None;
    let mut columns: Option<Vec<String>> = None;
    let mut header_lines = 0;
    for line in text.lines() {
        let Some((key, value)) = line.strip_prefix('#').and_then(|h| h.split_once(':')) else { break };
        if !HEADER_KEYS.contains(&key.trim()) {
            break;
        }
        header_lines += 1;
        // Empty cells a spreadsheet added after the value are not part of it.
        let value = if key.trim() == "separator" { value } else { value.trim_end_matches(char::from(separator)) };
        match key.trim() {
            "separator" => {
                separator = separator_byte(value).ok_or_else(|| {
                    refuse(notice!(TableUnknownSeparator, line = header_lines, separator = value.trim()))
                })?;
            }
            "html" if value.trim() == "true" => {
                return Err(refuse(notice!(TableHtml, line = header_lines)));
            }
            "deck" => deck_id = Some(value.trim().to_owned()),
            "columns" => columns = Some(value.split(char::from(separator)).map(|c| c.trim().to_owned()).collect()),
            _ => {}
        }
    }
    let columns = columns.ok_or_else(|| refuse(notice!(TableNoColumns)))?;
    for required in REQUIRED {
        if !columns.iter().any(|c| c == required) {
            return Err(refuse(notice!(TableMissingColumn, line = header_lines, column = required)));
        }
    }
    if let Some(unknown) = columns.iter().find(|c| !COLUMNS.contains(&c.as_str())) {
        return Err(refuse(notice!(TableUnknownColumn, line = header_lines, column = unknown.as_str())));
    }
    let body_start: usize = text.split_inclusive('\n').take(header_lines).map(str::len).sum();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(&text.as_bytes()[body_start..]);
    let mut readings: Vec<(String, Vec<ClaimRecord>)> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line() as usize + header_lines);
            refuse(notice!(TableBadRow, line = line, error = e.to_string()))
        })?;
        let line = record.position().map_or(0, |p| p.line() as usize + header_lines);
        if record.len() == 1 && record[0].trim().is_empty() {
            continue;
        }
        if record.len() != columns.len() {
            return Err(refuse(notice!(TableFieldCount, line = line, fields = record.len(), columns = columns.len())));
        }
        let get = |name: &str| columns.iter().position(|c| c == name).map(|i| from_cell(&record[i]));
        let optional = |name: &str| get(name).filter(|v| !v.is_empty());
        let words =
            |name: &str| get(name).map(|v| v.split_whitespace().map(str::to_owned).collect()).unwrap_or_default();
        let items = |name: &str| {
            get(name)
                .map(|v| {
                    v.split(ITEM_SEPARATOR.trim()).map(str::trim).filter(|i| !i.is_empty()).map(str::to_owned).collect()
                })
                .unwrap_or_default()
        };
        for name in COLUMNS.into_iter().filter(|c| !ANKI_FIELDS.contains(c)) {
            if let Some(value) = get(name)
                && value.chars().count() > install::MAX_FIELD_CHARS
            {
                return Err(refuse(notice!(
                    TableFieldTooLong,
                    line = line,
                    field = name,
                    chars = value.chars().count(),
                    limit = install::MAX_FIELD_CHARS,
                )));
            }
        }
        // A spreadsheet writes its booleans as TRUE and FALSE.
        let typed = match optional("typed").map(|v| v.trim().to_lowercase()) {
            None => None,
            Some(v) if v == "true" => Some(true),
            Some(v) if v == "false" => Some(false),
            Some(v) => return Err(refuse(notice!(TableNotTrueOrFalse, line = line, field = "typed", value = v))),
        };
        let reading = get("reading").unwrap_or_default();
        if reading.is_empty() {
            return Err(refuse(notice!(TableEmptyReading, line = line)));
        }
        let claim = ClaimRecord {
            id: get("id").unwrap_or_default(),
            quote: get("quote").unwrap_or_default(),
            prefix: optional("prefix"),
            suffix: optional("suffix"),
            text: get("text").unwrap_or_default(),
            answer: get("answer").unwrap_or_default(),
            question: optional("question"),
            kind: get("kind").unwrap_or_default(),
            date: optional("date"),
            tags: words("tags"),
            conflicts_with: words("conflicts_with"),
            role: optional("role"),
            event: optional("event"),
            distractors: items("distractors"),
            false_statements: items("false"),
            typed,
        };
        match readings.iter_mut().find(|(r, _)| r == &reading) {
            Some((_, claims)) => claims.push(claim),
            None => readings.push((reading, vec![claim])),
        }
    }
    Ok(Table { deck_id, readings })
}

/// The deck files with their claims replaced by the table's: each reading's claims file keeps its
/// name (or gets `claims/<reading>.toml`), and claims files of readings not in the table go.
pub fn replace_claims(base: &[SourceFile], table: &Table) -> Vec<SourceFile> {
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    for file in base.iter().filter(|f| f.path.starts_with("claims/")) {
        if let Some((reading, _)) = read_claims(std::slice::from_ref(file)).into_iter().next() {
            names.insert(reading, file.path.clone());
        }
    }
    let mut files: Vec<SourceFile> = base.iter().filter(|f| !f.path.starts_with("claims/")).cloned().collect();
    for (reading, claims) in &table.readings {
        let path = names.get(reading).cloned().unwrap_or_else(|| format!("claims/{reading}.toml"));
        files.push(SourceFile::new(path, write_claims(reading, claims)));
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

/// Reads the table at `path` and installs the deck it names (`#deck:` or `deck_id`) with the
/// table's claims. The deck's other files come from its folder in `decks_dir`, or from
/// `builtin` when that is the deck named. The new deck is compiled and checked before writing.
pub fn import_table(
    path: &Path,
    decks_dir: &Path,
    deck_id: Option<&str>,
    builtin: &[SourceFile],
) -> Result<ImportReport, ExchangeError> {
    let shown = path.display().to_string();
    let bytes = super::package::read_limited(path, MAX_TABLE_BYTES)?;
    let table = read_table(&shown, &bytes)?;
    let id = deck_id
        .map(str::to_owned)
        .or(table.deck_id.clone())
        .ok_or_else(|| ExchangeError::refused(&shown, notice!(TableNoDeck)))?;
    install::check_deck_id(&shown, &id)?;
    let folder = decks_dir.join(&id);
    let base = if folder.is_dir() {
        content::read_dir(&folder)?
    } else if content::compile(builtin).is_ok_and(|d| d.info.id == id) {
        builtin.to_vec()
    } else {
        return Err(ExchangeError::refused(&shown, notice!(TableUnknownDeck, deck = id.as_str())));
    };
    let files = replace_claims(&base, &table);
    let deck = install::compile_checked(&shown, &files)?;
    install::install(&shown, &deck, &files, decks_dir, true)
}
