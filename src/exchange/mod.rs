//! Taking decks in and out of Steppe: `.steppe` packages, Anki packages and text tables, and JSON.

mod anki_text;
mod apkg;
mod claims_file;
mod error;
mod git;
mod install;
mod json;
mod package;

pub(crate) use anki_text::to_cell as spreadsheet_cell;
pub use anki_text::{MAX_TABLE_BYTES, import_table, read_table, write_table};
pub use apkg::{
    BASIC_NOTETYPE, BASIC_NOTETYPE_ID, CLOZE_NOTETYPE, CLOZE_NOTETYPE_ID, anki_deck_id, anki_guid, escape_html,
    field_checksum, write_apkg,
};
pub use error::ExchangeError;
pub use git::{
    GitCheck, GitSource, SOURCE_FILE as GIT_SOURCE_FILE, check as git_check, check_update as git_check_update,
    git_decks, install as git_install, source as git_source,
};
pub use install::{ClaimText, ImportReport, MAX_FIELD_CHARS, compare_versions};
pub use json::deck_json;
pub use package::{FORMAT_VERSION, LIMITS, Limits, MANIFEST, Manifest, import_package, read_package, write_package};

pub use crate::files::write_atomically;

use std::path::Path;

/// The folder of user decks inside the data folder: one `<deck-id>/` folder per deck.
pub fn decks_dir(data_dir: &Path) -> std::path::PathBuf {
    data_dir.join("decks")
}

/// A file format a deck can be exported to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ExportFormat {
    /// The compiled deck as one JSON document.
    Json,
    /// A `.steppe` package: the deck folder's files and a manifest.
    Steppe,
    /// An Anki package.
    Apkg,
    /// Anki's text format as comma-separated values, one claim per row.
    Csv,
}

impl ExportFormat {
    pub fn extension(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Steppe => "steppe",
            Self::Apkg => "apkg",
            Self::Csv => "csv",
        }
    }
}

/// The bytes of `deck` (compiled from `files`) in `format`.
pub fn export_bytes(
    format: ExportFormat,
    deck: &crate::content::Deck,
    files: &[crate::content::SourceFile],
) -> Result<Vec<u8>, ExchangeError> {
    Ok(match format {
        ExportFormat::Json => deck_json(deck).into_bytes(),
        ExportFormat::Steppe => write_package(deck, files),
        ExportFormat::Apkg => write_apkg(deck, chrono::Utc::now().timestamp(), None)?,
        ExportFormat::Csv => write_table(deck, files).into_bytes(),
    })
}

/// A finished export: where it went and how big it is.
#[derive(Clone, Debug, PartialEq, serde::Serialize, ts_rs::TS)]
#[ts(export)]
pub struct ExportDone {
    pub format: ExportFormat,
    pub path: String,
    pub bytes: u64,
}

/// Exports to `path`, whole or not at all.
pub fn export_to_file(
    format: ExportFormat,
    deck: &crate::content::Deck,
    files: &[crate::content::SourceFile],
    path: &Path,
) -> Result<ExportDone, ExchangeError> {
    let bytes = export_bytes(format, deck, files)?;
    write_atomically(path, &bytes).map_err(|e| ExchangeError::write(path, e))?;
    Ok(ExportDone { format, path: path.display().to_string(), bytes: bytes.len() as u64 })
}

/// Imports a `.steppe` package or a `.csv`/`.tsv`/`.txt` table (by extension) into `decks_dir`.
/// `builtin` is the built-in deck's files, the base for a table of the built-in deck's claims.
pub fn import_file(
    path: &Path,
    decks_dir: &Path,
    force: bool,
    deck_id: Option<&str>,
    builtin: &[crate::content::SourceFile],
) -> Result<ImportReport, ExchangeError> {
    let extension = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    // One import at a time per data folder: the version check and the install happen under the
    // lock, so two imports never both install, nor trip over each other's folders.
    let _lock = install_lock(decks_dir)?;
    match extension.as_str() {
        "csv" | "tsv" | "txt" => import_table(path, decks_dir, deck_id, builtin),
        _ => import_package(path, decks_dir, force),
    }
}

/// Waits for, then takes, the data folder's import lock (`decks.lock`, beside `decks/`); it is
/// let go when the file closes, also when the process dies.
fn install_lock(decks_dir: &Path) -> Result<std::fs::File, ExchangeError> {
    let path = decks_dir.with_extension("lock");
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| ExchangeError::write(parent, e))?;
    }
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| ExchangeError::write(&path, e))?;
    file.lock().map_err(|e| ExchangeError::write(&path, e))?;
    Ok(file)
}
