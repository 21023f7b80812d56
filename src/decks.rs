//! The deck library: the built-in deck (embedded, read-only) and the user's deck folders in
//! `<data_dir>/decks/<deck-id>/`, the deck that is active, and where each deck's progress lives.
//!
//! Each deck has its own study database, so decks never archive each other's cards: the
//! built-in deck keeps `<data_dir>/steppe.sqlite` (and `<data_dir>/backups/`), a user deck uses
//! `<data_dir>/study/<deck-id>/steppe.sqlite` (with its own `backups/`). A fork starts with no
//! progress: it is a new deck that its author is about to change.

use serde::Serialize;
use std::path::{Path, PathBuf};
use ts_rs::TS;

use crate::clock::Clock;
use crate::collection::Collection;
use crate::content::{self, DeckInfo, SourceFile, builtin_files};
use crate::error::{Error, Result};
use crate::files::write_text;

/// The file in the data folder that names the active deck.
const ACTIVE_FILE: &str = "active-deck";

/// One deck as the Decks screen lists it.
#[derive(Clone, Debug, Serialize, TS)]
#[ts(export)]
pub struct DeckSummary {
    pub id: String,
    pub title: String,
    pub version: String,
    /// The embedded deck, which cannot be edited (fork it instead).
    pub builtin: bool,
    pub active: bool,
    pub readings: u32,
    pub claims: u32,
    pub cards: u32,
    /// Problems `steppe check` finds, by code for the interface to word; a deck with any cannot
    /// be studied but can be edited.
    pub problems: Vec<content::ProblemReport>,
    /// The git repository the deck was added from, for updating it; none for other decks.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub source: Option<crate::exchange::GitSource>,
}

/// The decks of one data folder.
pub struct DeckLibrary {
    data_dir: PathBuf,
}

impl DeckLibrary {
    pub fn new(data_dir: &Path) -> Self {
        Self { data_dir: data_dir.to_owned() }
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The id of the built-in deck (from its `deck.toml`).
    pub fn builtin_id() -> String {
        builtin_files()
            .iter()
            .find(|f| f.path == "deck.toml")
            .and_then(|f| toml::from_str::<DeckInfo>(&f.text).ok())
            .map(|info| info.id)
            .unwrap_or_default()
    }

    pub fn is_builtin(id: &str) -> bool {
        id == Self::builtin_id()
    }

    /// The folder of a user deck (which may not exist yet).
    pub fn folder(&self, id: &str) -> PathBuf {
        self.data_dir.join("decks").join(id)
    }

    /// Where a deck's study database lives: the data folder itself for the built-in deck.
    pub fn study_dir(&self, id: &str) -> PathBuf {
        if Self::is_builtin(id) { self.data_dir.clone() } else { self.data_dir.join("study").join(id) }
    }

    /// The files of a deck: embedded for the built-in one, read from its folder otherwise. A
    /// newer version of the built-in deck imported from a package (into its folder) takes the
    /// embedded one's place, keeping its progress; an app update that embeds a newer version
    /// wins again.
    pub fn files(&self, id: &str) -> Result<Vec<SourceFile>> {
        if Self::is_builtin(id) {
            return Ok(self.imported_builtin().unwrap_or_else(builtin_files));
        }
        let folder = self.folder(id);
        if !folder.join("deck.toml").is_file() {
            return Err(Error::NotFound(crate::notice!(MissingDeck, id = id)));
        }
        Ok(content::read_dir(&folder)?)
    }

    fn imported_builtin(&self) -> Option<Vec<SourceFile>> {
        let version = |files: &[SourceFile]| {
            let deck = files.iter().find(|f| f.path == "deck.toml")?;
            toml::from_str::<DeckInfo>(&deck.text).ok().map(|info| info.version)
        };
        let imported = content::read_dir(&self.folder(&Self::builtin_id())).ok()?;
        let not_older = crate::exchange::compare_versions(&version(&imported)?, &version(&builtin_files())?).is_ge();
        (not_older && content::compile(&imported).is_ok()).then_some(imported)
    }

    /// Every deck: the built-in one first, then the user's folders by id.
    pub fn list(&self) -> Result<Vec<DeckSummary>> {
        let active = self.active();
        let mut ids = vec![Self::builtin_id()];
        ids.extend(self.user_deck_ids()?);
        ids.iter().map(|id| self.summary(id, &active)).collect()
    }

    fn user_deck_ids(&self) -> Result<Vec<String>> {
        let dir = self.data_dir.join("decks");
        let mut ids = Vec::new();
        let Ok(entries) = std::fs::read_dir(&dir) else { return Ok(ids) };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            // Dot-folders are an import's staging or replaced copies, never a deck.
            if !name.starts_with('.') && entry.path().join("deck.toml").is_file() && !Self::is_builtin(&name) {
                ids.push(name);
            }
        }
        ids.sort();
        Ok(ids)
    }

    fn summary(&self, id: &str, active: &str) -> Result<DeckSummary> {
        let files = self.files(id)?;
        let info = files.iter().find(|f| f.path == "deck.toml").and_then(|f| toml::from_str::<DeckInfo>(&f.text).ok());
        let mut summary = DeckSummary {
            id: id.to_owned(),
            title: info.as_ref().map_or_else(|| id.to_owned(), |i| i.title.clone()),
            version: info.as_ref().map(|i| i.version.clone()).unwrap_or_default(),
            builtin: Self::is_builtin(id),
            active: id == active,
            readings: files.iter().filter(|f| f.path.starts_with("readings/")).count() as u32,
            claims: 0,
            cards: 0,
            problems: Vec::new(),
            source: crate::exchange::git_source(&self.study_dir(id)),
        };
        // The deck compiled when it was last opened, if its files are the same (see deck_cache).
        let cached = crate::deck_cache::load(&self.study_dir(id), &crate::deck_cache::CacheKey::of(&files)).ok();
        match cached.map_or_else(|| content::compile(&files), Ok) {
            Ok(deck) => {
                summary.claims = deck.claims.len() as u32;
                // Counted from the study data when its cards were made for this very deck.
                let key = crate::cards::cache_key(&deck);
                summary.cards = crate::store::Store::stored_card_count(&self.study_dir(id), &key)
                    .unwrap_or_else(|| crate::cards::generate(&deck).len() as u32);
            }
            Err(problems) => summary.problems = problems.problems.iter().map(content::ContentProblem::report).collect(),
        }
        Ok(summary)
    }

    /// Makes an empty deck: a folder with `deck.toml` and empty `readings/` and `claims/`.
    pub fn create(&self, id: &str, title: &str) -> Result<DeckSummary> {
        let folder = self.new_folder(id, title)?;
        let info = DeckInfo {
            id: id.to_owned(),
            title: title.trim().to_owned(),
            description: String::new(),
            authors: Vec::new(),
            version: "0.1.0".into(),
            language: "en".into(),
            readings: Vec::new(),
        };
        let text = toml::to_string(&info)
            .map_err(|e| Error::InvalidDeck(crate::notice!(DeckTomlUnwritable, error = e.to_string())))?;
        self.finish_new_folder(&folder, &[SourceFile::new("deck.toml", text)])?;
        self.summary(id, &self.active())
    }

    /// Copies the built-in deck's files into a new deck with its own id and title.
    pub fn fork_builtin(&self, id: &str, title: &str) -> Result<DeckSummary> {
        let folder = self.new_folder(id, title)?;
        let mut files = builtin_files();
        for file in &mut files {
            if file.path == "deck.toml" {
                let mut doc: toml_edit::DocumentMut = file
                    .text
                    .parse::<toml_edit::DocumentMut>()
                    .map_err(|e| Error::InvalidDeck(crate::notice!(BuiltinDeckTomlBad, error = e.to_string())))?;
                doc["id"] = toml_edit::value(id);
                doc["title"] = toml_edit::value(title.trim());
                *file = SourceFile::new("deck.toml", doc.to_string());
            }
        }
        self.finish_new_folder(&folder, &files)?;
        self.summary(id, &self.active())
    }

    /// Checks a new deck's id and title and returns its (not yet existing) folder.
    fn new_folder(&self, id: &str, title: &str) -> Result<PathBuf> {
        if !content::is_kebab_id(id) {
            return Err(Error::InvalidDeck(crate::notice!(NewDeckIdNotKebab, id = id)));
        }
        if title.trim().is_empty() {
            return Err(Error::InvalidDeck(crate::notice!(DeckNeedsTitle)));
        }
        let folder = self.folder(id);
        if Self::is_builtin(id) || folder.exists() {
            return Err(Error::InvalidDeck(crate::notice!(DeckExists, id = id)));
        }
        Ok(folder)
    }

    /// Writes the files into a staging folder and renames it into place, so a deck folder is
    /// whole or absent.
    fn finish_new_folder(&self, folder: &Path, files: &[SourceFile]) -> Result<()> {
        let decks = self.data_dir.join("decks");
        let staging = decks.join(format!(".new-{}", folder.file_name().unwrap_or_default().to_string_lossy()));
        let io = |path: &Path, e: std::io::Error| {
            Error::Io(crate::notice!(CannotWrite, path = path.display().to_string(), error = e.to_string()))
        };
        if staging.exists() {
            std::fs::remove_dir_all(&staging).map_err(|e| io(&staging, e))?;
        }
        for sub in ["readings", "claims"] {
            std::fs::create_dir_all(staging.join(sub)).map_err(|e| io(&staging, e))?;
        }
        for file in files {
            let path = staging.join(&file.path);
            std::fs::write(&path, file.text.as_bytes()).map_err(|e| io(&path, e))?;
        }
        std::fs::rename(&staging, folder).map_err(|e| io(folder, e))
    }

    /// Moves a user deck's folder (and its study database) to `<data_dir>/trash/`; nothing is
    /// erased. The built-in deck becomes active if the deleted one was.
    pub fn delete(&self, id: &str) -> Result<PathBuf> {
        if Self::is_builtin(id) {
            return Err(Error::InvalidDeck(crate::notice!(BuiltinNotDeletable)));
        }
        let folder = self.folder(id);
        if !folder.is_dir() {
            return Err(Error::NotFound(crate::notice!(MissingDeck, id = id)));
        }
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S");
        let trash = self.data_dir.join("trash").join(format!("{id}-{stamp}"));
        let io = |path: &Path, e: std::io::Error| {
            Error::Io(crate::notice!(CannotTrash, path = path.display().to_string(), error = e.to_string()))
        };
        std::fs::create_dir_all(&trash).map_err(|e| io(&folder, e))?;
        std::fs::rename(&folder, trash.join("deck")).map_err(|e| io(&folder, e))?;
        let study = self.study_dir(id);
        if study.exists() {
            std::fs::rename(&study, trash.join("study")).map_err(|e| io(&study, e))?;
        }
        if self.active() == id {
            self.set_active(&Self::builtin_id())?;
        }
        Ok(trash)
    }

    /// The active deck's id; the built-in deck when none was chosen or the chosen one is gone.
    pub fn active(&self) -> String {
        let chosen = std::fs::read_to_string(self.data_dir.join(ACTIVE_FILE)).unwrap_or_default();
        let chosen = chosen.trim();
        if !chosen.is_empty() && self.folder(chosen).join("deck.toml").is_file() {
            chosen.to_owned()
        } else {
            Self::builtin_id()
        }
    }

    /// Remembers the active deck across restarts.
    pub fn set_active(&self, id: &str) -> Result<()> {
        if !Self::is_builtin(id) && !self.folder(id).join("deck.toml").is_file() {
            return Err(Error::NotFound(crate::notice!(MissingDeck, id = id)));
        }
        write_text(&self.data_dir.join(ACTIVE_FILE), id)
    }

    /// A user deck's folder, opened for editing; the built-in deck is read-only.
    pub fn author(&self, id: &str) -> Result<crate::authoring::AuthorDeck> {
        if Self::is_builtin(id) {
            return Err(Error::InvalidDeck(crate::notice!(BuiltinReadOnly)));
        }
        crate::authoring::AuthorDeck::open(&self.folder(id))
    }

    /// Makes a deck the active one, after checking that it compiles (a deck with problems can be
    /// edited but not studied), and opens it.
    pub fn switch(&self, id: &str, clock: Box<dyn Clock>) -> Result<Collection> {
        let collection = self.open(id, clock)?;
        self.set_active(id)?;
        Ok(collection)
    }

    /// Compiles a deck and opens its study database.
    pub fn open(&self, id: &str, clock: Box<dyn Clock>) -> Result<Collection> {
        let deck = content::compile(&self.files(id)?)?;
        Collection::open(&self.study_dir(id), deck, clock)
    }

    /// Opens the active deck.
    pub fn open_active(&self, clock: Box<dyn Clock>) -> Result<Collection> {
        self.open(&self.active(), clock)
    }
}
