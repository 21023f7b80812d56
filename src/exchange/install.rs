//! Putting a checked deck into the data folder's `decks/`: the whole folder appears at once or
//! not at all, and a newer version replaces the old one while claim ids (and so progress) carry over.

use serde::Serialize;
use std::cmp::Ordering;
use std::path::{Path, PathBuf};
use ts_rs::TS;

use super::ExchangeError;
use crate::content::{self, Claim, Deck, ProblemArg, SourceFile};
use crate::ids::ClaimId;
use crate::notice;
use crate::notice::{Notice, NoticeCode};

/// The longest claim field (text, quote, answer, question) an imported deck may have, in characters.
pub const MAX_FIELD_CHARS: usize = 4_000;

/// What an import did to the deck folder.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ImportReport {
    pub deck_id: String,
    pub title: String,
    pub version: String,
    /// The version it replaced, if the deck was there before.
    pub previous_version: Option<String>,
    pub folder: String,
    pub added: Vec<ClaimId>,
    pub removed: Vec<ClaimId>,
    pub changed: Vec<ClaimId>,
    /// What each claim of `added`, `removed` and `changed` says, in that order, so that an update
    /// can be read before it is installed.
    pub texts: Vec<ClaimText>,
}

/// A claim's statement in a version of a deck, and in the version it replaces when that said
/// something else.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ClaimText {
    pub id: ClaimId,
    pub text: String,
    pub previous: Option<String>,
}

/// A deck id names a folder, so it must be plain kebab-case.
pub(crate) fn check_deck_id(file: &str, id: &str) -> Result<(), ExchangeError> {
    let ok = !id.is_empty()
        && id.len() <= 100
        && id.split('-').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()));
    if ok { Ok(()) } else { Err(ExchangeError::refused(file, notice!(DeckIdNotKebab, deck = id))) }
}

/// Refuses a deck whose TOML (deck.toml, disputes.toml, claims, readings' front matter) holds a text longer than
/// [`MAX_FIELD_CHARS`]: checked before the deck is compiled, so that an oversized field costs
/// one reading of the file, not the search for its quote in a reading. Names the file, the place
/// in it, the claim and the field, and quotes none of it.
pub(crate) fn check_field_lengths(file: &str, files: &[SourceFile]) -> Result<(), ExchangeError> {
    use toml::de::{DeTable, DeValue};

    /// What holds a field: the table's key (`claim`) and its id if it has one.
    type Owner = Option<(String, Option<String>)>;
    /// A string longer than the limit: its span, owner, field and length in characters.
    type Found = (std::ops::Range<usize>, Owner, String, usize);

    /// The first string longer than the limit under `value`, the field `field` of `owner`.
    fn too_long(value: &toml::Spanned<DeValue<'_>>, owner: &Owner, field: &str) -> Option<Found> {
        match value.get_ref() {
            DeValue::String(text) => {
                let chars = text.chars().count();
                (chars > MAX_FIELD_CHARS).then(|| (value.span(), owner.clone(), field.to_owned(), chars))
            }
            DeValue::Array(items) => items
                .iter()
                .filter_map(|item| match item.get_ref() {
                    // `[[claim]]`: the fields of each are the claim's.
                    DeValue::Table(table) => in_table(table, &Some(named(field, table))),
                    _ => too_long(item, owner, field),
                })
                .min_by_key(|found| found.0.start),
            DeValue::Table(table) => in_table(table, owner),
            _ => None,
        }
    }
    /// The first in the file, whatever the order of the keys.
    fn in_table(table: &DeTable<'_>, owner: &Owner) -> Option<Found> {
        table.iter().filter_map(|(key, value)| too_long(value, owner, key.get_ref())).min_by_key(|found| found.0.start)
    }
    /// A table of kind `kind` and its id, if it has one.
    fn named(kind: &str, table: &DeTable<'_>) -> (String, Option<String>) {
        let id = table.iter().find(|(k, _)| k.get_ref() == "id").and_then(|(_, v)| match v.get_ref() {
            DeValue::String(id) => Some(crate::content::excerpt(id, 60).into_owned()),
            _ => None,
        });
        (kind.to_owned(), id)
    }

    // The TOML files whole, and each reading's front matter (between its `+++` lines).
    let tomls = files.iter().filter_map(|f| {
        if f.path.ends_with(".toml") {
            return Some((f, f.text.as_str(), 0));
        }
        let body = f.text.strip_prefix("+++\n").filter(|_| f.path.ends_with(".md"))?;
        let end = body.find("\n+++").unwrap_or(body.len());
        Some((f, &body[..end], "+++\n".len()))
    });
    for (source, text, offset) in tomls {
        // A file that is not valid TOML is reported by the check that follows, with its place.
        let Ok(table) = DeTable::parse(text) else { continue };
        let Some((span, owner, field, chars)) = in_table(table.get_ref(), &None) else { continue };
        let (line, column) = source.line_and_column(offset + span.start);
        // One sentence per owner: of no table, of a table with an id, of one without.
        let (code, owner): (_, Vec<(&'static str, ProblemArg)>) = match owner {
            None => (NoticeCode::FieldTooLong, vec![]),
            Some((table, Some(id))) => {
                (NoticeCode::FieldTooLongNamed, vec![("table", table.into()), ("id", id.into())])
            }
            Some((table, None)) => (NoticeCode::FieldTooLongUnnamed, vec![("table", table.into())]),
        };
        let place = [
            ("path", ProblemArg::from(source.path.as_str())),
            ("line", line.into()),
            ("column", column.into()),
            ("field", field.into()),
            ("chars", chars.into()),
            ("limit", MAX_FIELD_CHARS.into()),
        ];
        return Err(ExchangeError::refused(file, Notice::new(code, place.into_iter().chain(owner))));
    }
    Ok(())
}

/// Checks the sizes of the fields, compiles the files and applies the import-only limits;
/// nothing is written.
pub(crate) fn compile_checked(file: &str, files: &[SourceFile]) -> Result<Deck, ExchangeError> {
    check_field_lengths(file, files)?;
    let deck =
        content::compile(files).map_err(|problems| ExchangeError::InvalidDeck { file: file.to_owned(), problems })?;
    check_deck_id(file, &deck.info.id)?;
    for claim in &deck.claims {
        let fields = [("text", Some(&claim.text)), ("quote", Some(&claim.quote)), ("answer", Some(&claim.answer))];
        let question = [("question", claim.question.as_ref())];
        for (name, value) in fields.iter().chain(question.iter()) {
            if let Some(value) = value
                && value.chars().count() > MAX_FIELD_CHARS
            {
                return Err(ExchangeError::refused(
                    file,
                    notice!(
                        ClaimFieldTooLong,
                        claim = claim.id.as_str(),
                        field = *name,
                        chars = value.chars().count(),
                        limit = MAX_FIELD_CHARS,
                    ),
                ));
            }
        }
    }
    Ok(deck)
}

/// Compares dotted version numbers (`1.10.0` > `1.9`); parts that are not numbers compare as text.
pub fn compare_versions(a: &str, b: &str) -> Ordering {
    let parts = |v: &str| v.split(['.', '-', '+']).map(str::to_owned).collect::<Vec<_>>();
    let (a, b) = (parts(a), parts(b));
    for i in 0..a.len().max(b.len()) {
        let (x, y) = (a.get(i).map_or("0", |s| s.as_str()), b.get(i).map_or("0", |s| s.as_str()));
        let order = match (x.parse::<u64>(), y.parse::<u64>()) {
            (Ok(x), Ok(y)) => x.cmp(&y),
            _ => x.cmp(y),
        };
        if order != Ordering::Equal {
            return order;
        }
    }
    Ordering::Equal
}

fn same_claim(a: &Claim, b: &Claim) -> bool {
    (&a.reading, &a.quote, &a.text, &a.answer, &a.question, a.kind, &a.date, &a.tags, &a.conflicts_with)
        == (&b.reading, &b.quote, &b.text, &b.answer, &b.question, b.kind, &b.date, &b.tags, &b.conflicts_with)
}

/// Writes the deck's files as `<decks_dir>/<deck id>/`, replacing an older version there.
/// `file` names the input in messages. Refuses an older version than the installed one unless `force`.
pub(crate) fn install(
    file: &str,
    deck: &Deck,
    files: &[SourceFile],
    decks_dir: &Path,
    force: bool,
) -> Result<ImportReport, ExchangeError> {
    let report = diff(deck, decks_dir);
    if let Some(old) = &report.previous_version
        && compare_versions(&deck.info.version, old) == Ordering::Less
        && !force
    {
        return Err(ExchangeError::refused(
            file,
            notice!(
                OlderVersion,
                deck = deck.info.id.as_str(),
                version = deck.info.version.as_str(),
                installed = old.as_str(),
            ),
        ));
    }
    write_folder(decks_dir, &decks_dir.join(&deck.info.id), files)?;
    Ok(report)
}

/// What installing `deck` into `decks_dir` would do: the version it replaces and the claims it
/// adds, removes and changes. Nothing is written.
pub(crate) fn diff(deck: &Deck, decks_dir: &Path) -> ImportReport {
    let target = decks_dir.join(&deck.info.id);
    let previous = if target.exists() {
        content::read_dir(&target).ok().and_then(|files| content::compile(&files).ok())
    } else {
        None
    };
    let old_claims: Vec<&Claim> = previous.as_ref().map(|d| d.claims.iter().collect()).unwrap_or_default();
    let find_old = |id: &ClaimId| old_claims.iter().find(|c| &c.id == id).copied();
    let added = ids_where(&deck.claims, |c| find_old(&c.id).is_none());
    let removed = ids_where(old_claims.iter().copied(), |o| deck.claim(&o.id).is_none());
    let changed = ids_where(&deck.claims, |c| find_old(&c.id).is_some_and(|o| !same_claim(o, c)));
    let now = |id: &ClaimId| deck.claim(id).map(|c| (c.id.clone(), c.text.clone()));
    let texts = (added.iter().filter_map(now))
        .chain(removed.iter().filter_map(|id| find_old(id).map(|o| (o.id.clone(), o.text.clone()))))
        .map(|(id, text)| ClaimText { id, text, previous: None })
        .chain(changed.iter().filter_map(|id| {
            let (id, text) = now(id)?;
            let previous = find_old(&id).map(|o| o.text.clone()).filter(|old| *old != text);
            Some(ClaimText { id, text, previous })
        }))
        .collect();
    ImportReport {
        deck_id: deck.info.id.clone(),
        title: deck.info.title.clone(),
        version: deck.info.version.clone(),
        previous_version: previous.as_ref().map(|d| d.info.version.clone()),
        folder: target.display().to_string(),
        added,
        removed,
        changed,
        texts,
    }
}

/// The ids of the claims of `claims` for which `keep` holds, in their order.
fn ids_where<'a>(claims: impl IntoIterator<Item = &'a Claim>, keep: impl Fn(&Claim) -> bool) -> Vec<ClaimId> {
    claims.into_iter().filter(|c| keep(c)).map(|c| c.id.clone()).collect()
}

/// Writes every file into a fresh folder beside `target`, then swaps it in with renames.
fn write_folder(decks_dir: &Path, target: &Path, files: &[SourceFile]) -> Result<(), ExchangeError> {
    std::fs::create_dir_all(decks_dir).map_err(|e| ExchangeError::write(decks_dir, e))?;
    let staging = tempfile::Builder::new()
        .prefix(".import-")
        .tempdir_in(decks_dir)
        .map_err(|e| ExchangeError::write(decks_dir, e))?;
    for file in files {
        let path = staging.path().join(&file.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|e| ExchangeError::write(parent, e))?;
        }
        write_synced(&path, file.text.as_bytes()).map_err(|e| ExchangeError::write(&path, e))?;
    }
    let aside: Option<PathBuf> = if target.exists() {
        let aside = decks_dir.join(format!(
            ".replaced-{}-{}",
            target.file_name().unwrap_or_default().to_string_lossy(),
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&aside);
        std::fs::rename(target, &aside).map_err(|e| ExchangeError::write(target, e))?;
        Some(aside)
    } else {
        None
    };
    let staged = staging.keep();
    if let Err(e) = std::fs::rename(&staged, target) {
        if let Some(aside) = &aside {
            let _ = std::fs::rename(aside, target);
        }
        let _ = std::fs::remove_dir_all(&staged);
        return Err(ExchangeError::write(target, e));
    }
    if let Some(aside) = aside {
        let _ = std::fs::remove_dir_all(aside);
    }
    Ok(())
}

fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut file = std::fs::File::create(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}
