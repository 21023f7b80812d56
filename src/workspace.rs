//! One data folder as the app and the CLI use it: the deck library, the choice of the deck that
//! is studied (the library's active deck, or a deck folder previewed in place of it) and the one
//! collection open on that deck. Both shells go through it, so they always agree on which deck
//! and which database; edits of the studied deck flow into the open collection without reopening
//! it.

use std::path::{Path, PathBuf};

pub use crate::authoring::AuthorDeck;
use crate::authoring::{ClaimDraft, DraftProblem, ReadingDraft};
use crate::clock::Clock;
use crate::collection::Collection;
use crate::content::{self, Deck, SourceFile};
use crate::deck_cache;
use crate::decks::{DeckLibrary, DeckSummary};
use crate::error::{Error, ErrorReport, Result};
use crate::exchange::{self, ExportDone, ExportFormat, ImportReport};
use crate::ids::ReadingId;
use crate::recovery::{self, OpenProblem, Recovery};
use crate::settings::{Language, Settings, Theme};
use crate::views::ReadingView;

/// Open failures that trying again cannot mend: the file needs the recovery screen or a newer
/// Steppe, so no call opens it again until the student has acted.
const NEEDS_THE_STUDENT: [&str; 3] = ["db_corrupt", "not_a_steppe_database", "db_newer_than_app"];

/// Makes the clock of each collection the workspace opens.
pub type ClockSource = Box<dyn Fn() -> Box<dyn Clock> + Send + Sync>;

/// What is studied: a deck of the library, or a deck folder previewed in its own study folder.
#[derive(Clone, Debug, PartialEq)]
pub enum Studied {
    Library(String),
    Preview { folder: PathBuf },
}

pub struct Workspace {
    library: DeckLibrary,
    preview: Option<PathBuf>,
    /// A library deck studied for this session only, in place of the active one (the CLI's
    /// `--deck <id>`).
    chosen: Option<String>,
    /// The open collection, or why it could not be opened (kept until the student acts on it).
    open: std::result::Result<Collection, ErrorReport>,
    clock: ClockSource,
}

impl Workspace {
    /// Opens the data folder: the deck folder `preview` when given, else the library's active
    /// deck. A collection that cannot be opened is not an error here: every study call reports
    /// why, and [`Workspace::retry`] or [`Workspace::recover`] may open it later.
    pub fn open(data_dir: &Path, preview: Option<PathBuf>, clock: ClockSource) -> Self {
        match preview {
            Some(folder) => Self::open_as(data_dir, Some(Studied::Preview { folder }), clock),
            None => Self::open_as(data_dir, None, clock),
        }
    }

    /// Opens the data folder studying `studied` (for this session only), or the active deck.
    pub fn open_as(data_dir: &Path, studied: Option<Studied>, clock: ClockSource) -> Self {
        let library = DeckLibrary::new(data_dir);
        let (preview, chosen) = match studied {
            Some(Studied::Preview { folder }) => (Some(folder), None),
            Some(Studied::Library(id)) => (None, Some(id)),
            None => (None, None),
        };
        let closed = Err(ErrorReport {
            code: "closed".into(),
            message: "the study database is not open yet".into(),
            problems: None,
            settings: None,
            notice: None,
        });
        let mut workspace = Self { library, preview, chosen, open: closed, clock };
        workspace.open = workspace.open_studied().map_err(|e| e.report());
        workspace
    }

    /// The library deck studied: the one chosen for this session, or the active one.
    fn active_id(&self) -> String {
        self.chosen.clone().unwrap_or_else(|| self.library.active())
    }

    /// The open collection itself, for a command that uses it to the end.
    pub fn into_collection(self) -> Result<Collection, ErrorReport> {
        self.open
    }

    pub fn data_dir(&self) -> &Path {
        self.library.data_dir()
    }

    pub fn library(&self) -> &DeckLibrary {
        &self.library
    }

    /// Which deck is studied.
    pub fn studied(&self) -> Studied {
        match &self.preview {
            Some(folder) => Studied::Preview { folder: folder.clone() },
            None => Studied::Library(self.active_id()),
        }
    }

    /// The folder of the studied deck's database (open or refused).
    pub fn study_dir(&self) -> PathBuf {
        match &self.preview {
            Some(folder) => preview_study_dir(self.data_dir(), folder),
            None => self.library.study_dir(&self.active_id()),
        }
    }

    /// The studied deck's source files, for export.
    pub fn studied_files(&self) -> Result<Vec<SourceFile>> {
        match &self.preview {
            Some(folder) => Ok(content::read_dir(folder)?),
            None => self.library.files(&self.active_id()),
        }
    }

    /// The studied deck compiled from `files`.
    fn compiled(&self, files: &[SourceFile]) -> Result<Deck> {
        let deck = content::compile(files)?;
        if self.preview.is_some() && !content::is_kebab_id(&deck.info.id) {
            return Err(Error::InvalidInput(crate::notice!(PreviewDeckId, deck = deck.info.id.as_str())));
        }
        Ok(deck)
    }

    /// The studied deck's study folder as its files name it, before compiling them; `None` for
    /// a previewed folder whose `deck.toml` gives no usable id (compiling then says why).
    fn study_dir_of(&self, files: &[SourceFile]) -> Option<PathBuf> {
        match &self.preview {
            Some(_) => deck_id_of(files)
                .filter(|id| content::is_kebab_id(id))
                .map(|id| self.data_dir().join("preview").join(id)),
            None => Some(self.library.study_dir(&self.active_id())),
        }
    }

    /// Opens the studied deck's collection. The compiled deck is taken from the cache in its
    /// study folder when that was made from these very files (see [`deck_cache`]); otherwise
    /// the files are compiled, and the cache made again once the collection is open (under its
    /// lock, so two processes never write it at once).
    fn open_studied(&self) -> Result<Collection> {
        let files = self.studied_files()?;
        let key = deck_cache::CacheKey::of(&files);
        let cached = self.study_dir_of(&files).and_then(|dir| deck_cache::load(&dir, &key).ok());
        let fresh = cached.is_none();
        let deck = match cached {
            Some(deck) => deck,
            None => self.compiled(&files)?,
        };
        drop(files);
        let dir = match &self.preview {
            Some(_) => self.data_dir().join("preview").join(deck.info.id.as_str()),
            None => self.library.study_dir(&self.active_id()),
        };
        let collection = Collection::open(&dir, deck, (self.clock)())?;
        if fresh {
            // Only a cache: without it the next open compiles again.
            let _ = deck_cache::save(&dir, &key, collection.deck());
        }
        Ok(collection)
    }

    /// Closes the collection (and its lock) before opening it again: a second open of the same
    /// database beside the first would wait for the lock and fail.
    fn reopen(&mut self) {
        self.open = Err(ErrorReport {
            code: "closed".into(),
            message: "the study database is being reopened".into(),
            problems: None,
            settings: None,
            notice: None,
        });
        self.open = self.open_studied().map_err(|e| e.report());
    }

    /// The open collection, or why it is not open.
    pub fn collection(&mut self) -> std::result::Result<&mut Collection, ErrorReport> {
        self.open.as_mut().map_err(|report| report.clone())
    }

    /// Runs `f` on the open collection; its error, or why there is none, as a report. A
    /// collection that could not be opened is tried again first, unless only the student can
    /// mend it: the other window that held it may have closed.
    pub fn with<T>(&mut self, f: impl FnOnce(&mut Collection) -> Result<T>) -> std::result::Result<T, ErrorReport> {
        if self.open.as_ref().is_err_and(|report| !NEEDS_THE_STUDENT.contains(&report.code.as_str())) {
            self.reopen();
        }
        f(self.collection()?).map_err(|e| e.report())
    }

    /// Why the collection could not be opened and the ways out, or `None` when it is open.
    pub fn problem(&self) -> Option<OpenProblem> {
        self.open.as_ref().err().map(|report| recovery::problem(&self.study_dir(), report))
    }

    /// Tries to open the collection again (after the other window closed, say).
    pub fn retry(&mut self) -> std::result::Result<(), ErrorReport> {
        if self.open.is_err() {
            self.reopen();
        }
        self.open.as_ref().map(|_| ()).map_err(|r| r.clone())
    }

    /// Carries out the student's choice on the recovery screen, then opens the collection again.
    pub fn recover(&mut self, how: Recovery) -> std::result::Result<(), ErrorReport> {
        if self.open.is_ok() {
            return Err(ErrorReport {
                code: "nothing_to_recover".into(),
                message: "The study database is open and sound; there is nothing to recover.".into(),
                problems: None,
                settings: None,
                notice: None,
            });
        }
        recovery::recover(&self.study_dir(), how).map_err(|e| e.report())?;
        self.reopen();
        self.open.as_ref().map(|_| ()).map_err(|r| r.clone())
    }

    /// Studies another deck of the library: the deck must compile; the old collection is closed
    /// first.
    pub fn switch(&mut self, id: &str) -> Result<()> {
        content::compile(&self.library.files(id)?)?;
        self.library.set_active(id)?;
        self.preview = None;
        self.chosen = None;
        self.reopen();
        Ok(())
    }

    /// Moves a deck to the trash; when it was the studied deck, the built-in deck is studied
    /// instead. Any other deck's deletion leaves the open collection alone.
    pub fn delete_deck(&mut self, id: &str) -> Result<PathBuf> {
        let was_studied = self.preview.is_none() && self.active_id() == id;
        if was_studied {
            // Its database moves to the trash with it: close it first.
            self.open = Err(ErrorReport {
                code: "closed".into(),
                message: "the deck was deleted".into(),
                problems: None,
                settings: None,
                notice: None,
            });
        }
        let trash = self.library.delete(id);
        if was_studied {
            self.chosen = None;
            self.reopen();
        }
        trash
    }

    pub fn decks(&self) -> Result<Vec<DeckSummary>> {
        self.library.list()
    }

    /// A user deck opened for editing.
    pub fn author(&self, deck: &str) -> Result<AuthorDeck> {
        self.library.author(deck)
    }

    /// Saves a claim of `deck`; when it is the studied deck, the open collection takes the edit.
    pub fn save_claim(&mut self, deck: &str, draft: &ClaimDraft) -> Result<Vec<DraftProblem>> {
        let problems = self.author(deck)?.save_claim(draft)?;
        self.edited(deck)?;
        Ok(problems)
    }

    pub fn delete_claim(&mut self, deck: &str, id: &str) -> Result<()> {
        self.author(deck)?.delete_claim(id)?;
        self.edited(deck)
    }

    pub fn save_reading(&mut self, deck: &str, draft: &ReadingDraft) -> Result<Vec<DraftProblem>> {
        let problems = self.author(deck)?.save_reading(draft)?;
        self.edited(deck)?;
        Ok(problems)
    }

    /// Imports a package or table into the library; a new version of the studied deck is
    /// studied at once.
    pub fn import(&mut self, file: &Path, force: bool, deck: Option<&str>) -> Result<ImportReport> {
        let decks = exchange::decks_dir(self.data_dir());
        let report = exchange::import_file(file, &decks, force, deck, &content::builtin_files())?;
        self.edited(&report.deck_id)?;
        Ok(report)
    }

    /// Installs a version of a git deck checked with [`exchange::git_check`] (the same commit, or
    /// nothing); a new version of the studied deck is studied at once, with all its progress.
    pub fn install_git_deck(&mut self, checked: &exchange::GitSource, deck: &str) -> Result<ImportReport> {
        let report = exchange::git_install(self.data_dir(), checked, deck, false)?;
        self.edited(deck)?;
        Ok(report)
    }

    /// Exports the studied deck to `path`.
    pub fn export(&mut self, format: ExportFormat, path: &Path) -> std::result::Result<ExportDone, ErrorReport> {
        let files = self.studied_files().map_err(|e| e.report())?;
        self.with(|c| Ok(exchange::export_to_file(format, c.deck(), &files, path)?))
    }

    /// After the files of `deck` changed: when it is the studied deck and it still compiles, the
    /// open collection studies the new version (only its cards are made again; nothing is
    /// reopened). A deck left with problems keeps being studied as it was until they are fixed.
    fn edited(&mut self, deck: &str) -> Result<()> {
        // The compiled deck kept for the old files is of no more use.
        deck_cache::remove(&self.library.study_dir(deck));
        if self.preview.is_some() || self.active_id() != deck {
            return Ok(());
        }
        let Ok(files) = self.studied_files() else { return Ok(()) };
        let Ok(new) = self.compiled(&files) else { return Ok(()) };
        match &mut self.open {
            Ok(collection) => {
                collection.set_deck(new)?;
                let _ = deck_cache::save(
                    &self.library.study_dir(deck),
                    &deck_cache::CacheKey::of(&files),
                    collection.deck(),
                );
                Ok(())
            }
            Err(_) => {
                self.reopen();
                Ok(())
            }
        }
    }
}

/// The file in the data folder with the preferences that hold for every deck.
const PREFERENCES_FILE: &str = "preferences.json";

/// How the app looks and shows readings, whichever deck is studied. (Study settings, such as
/// retention and daily limits, belong to each deck's database.)
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
struct Preferences {
    theme: Theme,
    font_scale: f32,
    language: Language,
    reading_highlights: bool,
}

impl Preferences {
    /// The app-wide part of `settings`.
    fn of(settings: &Settings) -> Self {
        Self {
            theme: settings.theme,
            font_scale: settings.font_scale,
            language: settings.language,
            reading_highlights: settings.reading_highlights,
        }
    }
}

impl Default for Preferences {
    fn default() -> Self {
        Self::of(&Settings::default())
    }
}

impl Workspace {
    /// The settings the Settings screen shows: the studied deck's study settings with the
    /// app-wide appearance and reading preferences.
    pub fn settings(&mut self) -> std::result::Result<Settings, ErrorReport> {
        let own = self.with(|c| Ok(c.settings().clone()))?;
        let preferences = self.preferences(&own);
        Ok(Settings {
            theme: preferences.theme,
            font_scale: preferences.font_scale,
            language: preferences.language,
            reading_highlights: preferences.reading_highlights,
            ..own
        })
    }

    /// Saves settings: appearance and reading preferences for every deck, the rest for the
    /// studied deck. Nothing changes when any value is out of range.
    pub fn set_settings(&mut self, settings: Settings) -> std::result::Result<(), ErrorReport> {
        self.with(|c| c.set_settings(settings.clone()))?;
        self.save_preferences(&Preferences::of(&settings))
    }

    /// Shows or hides the highlights of every reading, for every deck. Only the preference is
    /// written: the deck's study settings, its scheduler and today's queue are left alone.
    pub fn set_reading_highlights(&mut self, on: bool) -> std::result::Result<(), ErrorReport> {
        let own = self.with(|c| Ok(c.settings().clone()))?;
        let preferences = Preferences { reading_highlights: on, ..self.preferences(&own) };
        self.save_preferences(&preferences)
    }

    /// A reading of the studied deck, with whether the reader shows its highlights.
    pub fn reading(&mut self, id: &ReadingId) -> std::result::Result<ReadingView, ErrorReport> {
        let (mut view, own) = self.with(|c| Ok((c.reading(id)?, c.settings().clone())))?;
        view.highlights = self.preferences(&own).reading_highlights;
        Ok(view)
    }

    fn save_preferences(&self, preferences: &Preferences) -> std::result::Result<(), ErrorReport> {
        let text = serde_json::to_string_pretty(preferences).expect("preferences serialise");
        crate::files::write_text(&self.data_dir().join(PREFERENCES_FILE), &text).map_err(|e| e.report())
    }

    /// The app-wide preferences; before they were first saved, the appearance last chosen in
    /// `own` (a deck's settings, where it used to be kept).
    fn preferences(&self, own: &Settings) -> Preferences {
        std::fs::read_to_string(self.data_dir().join(PREFERENCES_FILE))
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_else(|| Preferences::of(own))
    }
}

/// The deck id that `deck.toml` among `files` gives, if it can be read.
fn deck_id_of(files: &[SourceFile]) -> Option<String> {
    let file = files.iter().find(|f| f.path == "deck.toml")?;
    toml::from_str::<content::DeckInfo>(&file.text).ok().map(|info| info.id)
}

/// Where a previewed deck folder's progress lives: `<data>/preview/<deck id>`, or the data
/// folder itself when the deck cannot be read (the error then names the folder).
fn preview_study_dir(data_dir: &Path, folder: &Path) -> PathBuf {
    let id = content::read_dir(folder)
        .ok()
        .and_then(|files| files.into_iter().find(|f| f.path == "deck.toml"))
        .and_then(|f| toml::from_str::<content::DeckInfo>(&f.text).ok())
        .map(|info| info.id);
    match id {
        Some(id) if content::is_kebab_id(&id) => data_dir.join("preview").join(id),
        _ => data_dir.to_owned(),
    }
}
