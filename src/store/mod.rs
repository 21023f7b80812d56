//! The student's SQLite file: opening it safely, migrations, card state and the review log.
//! Nothing outside this module sees SQL.

mod backup;
mod browse;
mod calendar;
mod codes;
mod history;
mod open;
mod plan;
mod recover;
mod report;
mod stats;
mod sync;
mod upkeep;
mod wal_sync;

use rusqlite::{Connection, OptionalExtension, named_params, params};
use std::path::PathBuf;

use crate::cards::Card;
use crate::ids::{CardId, ReadingId};
use crate::schedule::{CardState, Phase, Rating};

pub(crate) use backup::is_backup_name;
pub use backup::{COMPRESSED, DAILY_DAYS, MIN_BUDGET, OTHERS_KEPT, WEEKLY_DAYS, backups_to_remove};
pub(crate) use browse::BrowseState;
pub(crate) use history::LoggedAnswer;
pub use open::{DB_FILE_NAME, LOCK_FILE_NAME};
pub use recover::Recovery;
pub(crate) use sync::{MergeWrite, SyncAnswer, SyncFlag, SyncSetting, SyncUndo};

/// Problems with the database file. Every message names the file and what to do.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "`{path}` is not a Steppe study database: it is not a database file at all (another file was saved or copied over it, or it was damaged beyond recognition). Steppe leaves it untouched. Restore the newest backup, or move the file away to start fresh"
    )]
    NotSqlite { path: PathBuf },
    #[error(
        "`{path}` is not a Steppe study database: it is another program's database. Steppe leaves it untouched. Move it away to start fresh, or set STEPPE_DATA_DIR to another folder"
    )]
    Foreign { path: PathBuf },
    #[error(
        "`{path}` was written by a newer Steppe (schema {found}, this one knows up to {supported}); update Steppe to open it"
    )]
    Newer { path: PathBuf, found: i64, supported: i64 },
    #[error(
        "`{path}`, the study database, is damaged (parts of it cannot be read: {detail}). Steppe leaves it untouched. Restore the newest backup, or start fresh (the damaged file is kept aside)"
    )]
    Corrupt { path: PathBuf, detail: String },
    #[error("cannot use the data folder `{path}`: {source}")]
    DataDir { path: PathBuf, source: std::io::Error },
    #[error("the data folder `{path}` is a file, not a folder; set STEPPE_DATA_DIR (or --data-dir) to a folder")]
    DataDirIsFile { path: PathBuf },
    #[error("{}", already_open(dir, holder.as_ref()))]
    AlreadyOpen { dir: PathBuf, holder: Option<LockHolder> },
    #[error(
        "this Steppe already has `{dir}` open and was asked to open it a second time (no other window is involved); nothing was changed. Restart Steppe"
    )]
    OpenedTwice { dir: PathBuf },
    #[error(
        "Steppe cannot save in `{dir}`: the folder or the database is read-only. Nothing was changed; make it writable, or set STEPPE_DATA_DIR to a writable folder"
    )]
    ReadOnly { dir: PathBuf },
    #[error("there is no backup that opens in `{dir}`; start fresh instead (the damaged file is kept aside)")]
    NoBackup { dir: PathBuf },
    #[error(
        "the backup `{path}` cannot be restored: it is damaged or incomplete ({detail}). Nothing was changed; choose another backup"
    )]
    BadBackup { path: PathBuf, detail: String },
    #[error("`{path}` opens fine; there is nothing to recover")]
    NotDamaged { path: PathBuf },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("stored card state is unreadable: {0}")]
    BadState(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The process that holds a data folder's lock, as the operating system names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockHolder {
    pub pid: u32,
    /// The program's name, when it could be read.
    pub program: Option<String>,
}

/// Says who has the data folder: the process, when the operating system tells.
fn already_open(dir: &std::path::Path, holder: Option<&LockHolder>) -> String {
    let dir = dir.display();
    match holder {
        Some(LockHolder { pid, program }) => format!(
            "Steppe is already open: another Steppe window or command is using `{dir}` (process {pid}{}). Close it, then try again",
            program.as_deref().map(|name| format!(", `{name}`")).unwrap_or_default()
        ),
        None => format!(
            "Steppe is already open: another Steppe window or command is using `{dir}`. Close it, then try again"
        ),
    }
}

impl StoreError {
    /// The refusal as a code and its arguments, for the interface to word in its language (the
    /// English of [`Display`](std::fmt::Display) is the same sentence); `None` for a failure of
    /// SQLite itself or of the stored state.
    pub fn notice(&self) -> Option<crate::notice::Notice> {
        let shown = |path: &std::path::Path| path.display().to_string();
        Some(match self {
            StoreError::NotSqlite { path } => crate::notice!(DbNotSqlite, path = shown(path)),
            StoreError::Foreign { path } => crate::notice!(DbForeign, path = shown(path)),
            StoreError::Newer { path, found, supported } => {
                crate::notice!(DbNewer, path = shown(path), found = *found, supported = *supported)
            }
            StoreError::Corrupt { path, detail } => {
                crate::notice!(DbCorrupt, path = shown(path), detail = detail.as_str())
            }
            StoreError::DataDir { path, source } => {
                crate::notice!(DataDirUnusable, path = shown(path), error = source.to_string())
            }
            StoreError::DataDirIsFile { path } => crate::notice!(DataDirIsFile, path = shown(path)),
            StoreError::AlreadyOpen { dir, holder: None } => crate::notice!(AlreadyOpen, dir = shown(dir)),
            StoreError::AlreadyOpen { dir, holder: Some(LockHolder { pid, program: None }) } => {
                crate::notice!(AlreadyOpenProcess, dir = shown(dir), pid = pid.to_string())
            }
            StoreError::AlreadyOpen { dir, holder: Some(LockHolder { pid, program: Some(program) }) } => {
                crate::notice!(AlreadyOpenProgram, dir = shown(dir), pid = pid.to_string(), program = program.as_str())
            }
            StoreError::OpenedTwice { dir } => crate::notice!(OpenedTwice, dir = shown(dir)),
            StoreError::ReadOnly { dir } => crate::notice!(DataReadOnly, dir = shown(dir)),
            StoreError::NoBackup { dir } => crate::notice!(NoBackup, dir = shown(dir)),
            StoreError::BadBackup { path, detail } => {
                crate::notice!(BadBackup, path = shown(path), detail = detail.as_str())
            }
            StoreError::NotDamaged { path } => crate::notice!(NotDamaged, path = shown(path)),
            StoreError::Sqlite(_) | StoreError::BadState(_) => return None,
        })
    }
}

/// Cards written by one statement when a deck's cards are stored.
const SYNC_CHUNK: usize = 1_000;

/// The setting naming what the card table and card content were made for.
const CARDS_KEY: &str = "cards_key";
/// The id of the deck whose cards the database holds.
pub(crate) const DECK_ID_KEY: &str = "deck_id";

/// The zstd level of the cards' content.
const CONTENT_LEVEL: i32 = 9;

/// What a claim's cards commonly hold, given to zstd as a dictionary (raw content), so that each
/// claim's row need not spell the cards' field names again: about half the size. Rows made with
/// one dictionary are read with the same one; changing it needs a new card format number (see
/// [`crate::cards::cache_key`]), so that the rows are made again.
const CONTENT_DICTIONARY: &[u8] = br#"["",[{"id":":cloze","kind":"cloze","prompt":"","answer":"","claims":[""],"choices":[],"correct_choice":null,"correct_order":[],"dates":[]},{"id":":multiple_choice","kind":"multiple_choice","prompt":"","answer":"","claims":[""],"choices":["","","",""],"correct_choice":2,"correct_order":[],"dates":[]},{"id":":qa","kind":"qa","prompt":"What","answer":"","claims":[""],"choices":[],"correct_choice":null,"correct_order":[],"dates":[]},{"id":":true_false","kind":"true_false","prompt":"","answer":"False","claims":[""],"choices":["True","False"],"correct_choice":1,"correct_order":[],"dates":[]},{"id":":typed","kind":"typed","prompt":"","answer":"","claims":[""],"choices":[],"correct_choice":null,"correct_order":[],"dates":[]}]]"#;

/// Each claim's cards in `cards` as card_content keeps them, by claim: in hex (for
/// card/content_put_all.sql), zstd (with [`CONTENT_DICTIONARY`]) of the JSON `[reading, cards]`,
/// each card without its claim and reading when they are the row's.
fn claims_content(cards: &[Card]) -> Result<Vec<(&str, String)>> {
    let mut of_claim: std::collections::BTreeMap<&str, Vec<&Card>> = std::collections::BTreeMap::new();
    for card in cards {
        of_claim.entry(card.claim.as_str()).or_default().push(card);
    }
    let mut packer = zstd::bulk::Compressor::with_dictionary(CONTENT_LEVEL, CONTENT_DICTIONARY)
        .map_err(|e| StoreError::BadState(format!("compressing cards: {e}")))?;
    of_claim
        .into_iter()
        .map(|(claim, cards)| {
            let reading = cards[0].reading.as_str();
            let cards: Vec<serde_json::Value> = cards
                .iter()
                .map(|card| {
                    let mut value = serde_json::to_value(card).expect("cards serialise");
                    if let Some(fields) = value.as_object_mut() {
                        if card.claim.as_str() == claim {
                            fields.remove("claim");
                        }
                        if card.reading.as_str() == reading {
                            fields.remove("reading");
                        }
                    }
                    value
                })
                .collect();
            let json = serde_json::to_vec(&(reading, cards)).expect("cards serialise");
            let packed = packer.compress(&json).map_err(|e| StoreError::BadState(format!("compressing cards: {e}")))?;
            Ok((claim, hex(&packed)))
        })
        .collect()
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
    out
}

thread_local! {
    /// What unpacks one card's content as it is shown, made once (it allocates its window).
    static UNPACKER: std::cell::RefCell<Option<Unpacker>> = const { std::cell::RefCell::new(None) };
}

type Unpacker = zstd::bulk::Decompressor<'static>;

/// What unpacks card_content's rows.
fn content_unpacker() -> Result<Unpacker> {
    zstd::bulk::Decompressor::with_dictionary(CONTENT_DICTIONARY)
        .map_err(|e| StoreError::BadState(format!("unpacking cards: {e}")))
}

/// The cards of claim `claim`, from what card_content keeps (see [`claims_content`]).
fn parse_claim_cards(unpacker: &mut zstd::bulk::Decompressor, claim: &str, body: &[u8]) -> Result<Vec<Card>> {
    let bad = |e: String| StoreError::BadState(format!("stored cards of `{claim}`: {e}"));
    let size = zstd::zstd_safe::get_frame_content_size(body).ok().flatten().ok_or_else(|| bad("no size".into()))?;
    let json = unpacker.decompress(body, size as usize).map_err(|e| bad(e.to_string()))?;
    let (reading, cards): (String, Vec<serde_json::Value>) =
        serde_json::from_slice(&json).map_err(|e| bad(e.to_string()))?;
    cards
        .into_iter()
        .map(|mut value| {
            if let Some(fields) = value.as_object_mut() {
                fields.entry("claim").or_insert_with(|| claim.into());
                fields.entry("reading").or_insert_with(|| reading.as_str().into());
            }
            serde_json::from_value(value).map_err(|e| bad(e.to_string()))
        })
        .collect()
}

/// Claims' cards unpacked once while cards are read one by one, in an order that visits a
/// claim's cards apart.
struct ClaimCards {
    unpacker: zstd::bulk::Decompressor<'static>,
    claims: std::collections::HashMap<String, Vec<Card>>,
}

impl ClaimCards {
    fn new() -> Result<Self> {
        Ok(Self { unpacker: content_unpacker()?, claims: Default::default() })
    }

    /// Card `id` of claim `claim` whose content is `body`, taken out (each card is asked once).
    fn take(&mut self, id: &str, claim: &str, body: &[u8]) -> Result<Option<Card>> {
        if !self.claims.contains_key(claim) {
            let cards = parse_claim_cards(&mut self.unpacker, claim, body)?;
            self.claims.insert(claim.to_owned(), cards);
        }
        let cards = self.claims.get_mut(claim).expect("just put");
        Ok(cards.iter().position(|c| c.id.as_str() == id).map(|i| cards.swap_remove(i)))
    }
}

/// Files up to this size are checked whole at every open (tens of milliseconds); bigger ones
/// once a day in the background.
const CHECK_AT_OPEN_LIMIT: u64 = 32 << 20;

// Fields are dropped in order: the background work ends, then the connection closes (which
// syncs what is left), then the data folder is let go.
pub(crate) struct Store {
    upkeep: Option<std::thread::JoinHandle<()>>,
    wal_sync: Option<wal_sync::WalSync>,
    conn: Connection,
    calendar: calendar::Calendar,
    /// The data folder's lock, held as long as the store is open.
    _lock: Option<std::fs::File>,
}

/// A card's scheduling state plus the flags the student or the leech rule set.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CardRecord {
    pub state: CardState,
    pub suspended: bool,
    pub leech: bool,
}

/// A stored quiz question.
pub(crate) struct QuizRow {
    pub position: u32,
    pub card: CardId,
    pub given: Option<String>,
    pub outcome: Option<String>,
}

/// Per-reading card counts for today.
pub(crate) struct ReadingCounts {
    pub reading_id: String,
    pub new: u32,
    pub learning: u32,
    pub review: u32,
    pub total: u32,
}

/// A card as today's queue needs it.
pub(crate) struct QueueRow<'a> {
    pub id: &'a str,
    pub claim: &'a str,
    pub reading: &'a str,
    pub position: i64,
    pub phase: Phase,
    pub due: Option<i64>,
    pub suspended: bool,
}

/// One answer to a card as it is written: to the review log, with the record the card had
/// before (for an exact undo), and to the card, which takes the record `after`.
pub(crate) struct Review<'a> {
    pub card: &'a CardId,
    pub rating: Rating,
    pub at_ms: i64,
    /// Where the answer was given: `review` (study) or `quiz`.
    pub source: &'a str,
    pub before: &'a CardRecord,
    pub after: &'a CardRecord,
}

/// The answer to one quiz question, as it is stored.
pub(crate) struct QuizAnswer<'a> {
    pub quiz: i64,
    pub position: u32,
    /// What the student gave, as text.
    pub given: &'a str,
    /// `exact`, `close` or `wrong`.
    pub outcome: &'a str,
    pub at_ms: i64,
}

/// The newest answer given on this device: its row, card, time, the card's phase before it,
/// its sync id's parts, and the record the card had before it when that is still kept (see
/// [`UNDO_KEPT`]).
pub(crate) struct NewestAnswer {
    pub row: i64,
    pub card: CardId,
    pub at_ms: i64,
    pub phase: Phase,
    uid: Option<Vec<u8>>,
    seq: Option<i64>,
    pub kept: Option<CardRecord>,
}

/// How many of the newest answers keep the card's record from before them, for an exact undo
/// (a few days of study; the same number as migration 0008). Undoing an older answer rebuilds
/// the record from the card's answers.
pub(crate) const UNDO_KEPT: i64 = 5_000;

/// An answer taken back: its card, when it was given, the card's phase then, and the record
/// the card is back to.
pub(crate) struct Undone {
    pub card: CardId,
    pub at_ms: i64,
    pub phase: Phase,
    pub record: CardRecord,
}

/// The window of time "today" means to the queue.
pub(crate) struct Today {
    pub now: i64,
    pub day_start_ms: i64,
    pub day_end: i64,
    pub new_left: u32,
    pub review_left: u32,
}

impl Drop for Store {
    fn drop(&mut self) {
        self.finish_upkeep();
        if self.wal_sync.take().is_some() {
            // The WAL copied into the database and cut to nothing: what is left on the disk after
            // closing is the database alone, whoever else may still have the file open.
            let _ = self.conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        }
    }
}

impl Store {
    pub(crate) fn open(data_dir: &std::path::Path) -> Result<Self> {
        Self::open_checking(data_dir, CHECK_AT_OPEN_LIMIT)
    }

    fn open_checking(data_dir: &std::path::Path, check_limit: u64) -> Result<Self> {
        let lock = open::lock_data_dir(data_dir)?;
        let footprint = open::Footprint::before_open(data_dir);
        let opened = match open::open(data_dir, check_limit) {
            Ok(opened) => opened,
            Err(e) => {
                footprint.undo(data_dir, lock);
                return Err(e);
            }
        };
        let db = data_dir.join(DB_FILE_NAME);
        let checked = db.metadata().is_ok_and(|m| m.len() <= check_limit);
        let upkeep = if opened.existed { upkeep::start(data_dir, !checked) } else { None };
        let wal_sync = wal_sync::WalSync::start(db);
        if opened.migrated {
            wal_sync.committed(&opened.conn);
        }
        Ok(Self {
            upkeep,
            wal_sync: Some(wal_sync),
            conn: opened.conn,
            calendar: Default::default(),
            _lock: Some(lock.file),
        })
    }

    /// Checks that the database in `dir` opens (migrated if it is older) and passes
    /// `quick_check` whatever its size, without keeping it open or starting any background work.
    pub(crate) fn verify(dir: &std::path::Path) -> Result<()> {
        open::open(dir, u64::MAX).map(drop)
    }

    /// Waits for the day's backup (and check) when one is being made.
    fn finish_upkeep(&mut self) {
        if let Some(upkeep) = self.upkeep.take() {
            let _ = upkeep.join();
        }
    }

    /// After a write: has it synced to the disk.
    fn committed(&self) {
        if let Some(wal_sync) = &self.wal_sync {
            wal_sync.committed(&self.conn);
        }
    }

    /// See [`recover::recover`].
    pub(crate) fn recover(data_dir: &std::path::Path, how: Recovery) -> Result<PathBuf> {
        recover::recover(data_dir, how)
    }

    pub(crate) fn newest_backup(data_dir: &std::path::Path) -> Option<String> {
        recover::newest_backup(data_dir)
    }

    /// A store that holds nothing, to stand in while the real file is swapped.
    pub(crate) fn placeholder() -> Result<Self> {
        Ok(Self {
            upkeep: None,
            wal_sync: None,
            conn: Connection::open_in_memory()?,
            calendar: Default::default(),
            _lock: None,
        })
    }

    /// Runs `f` in one transaction: all of it is committed, or none of it.
    fn transact<T>(&mut self, f: impl FnOnce(&rusqlite::Transaction) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction()?;
        let out = f(&tx).and_then(|out| Ok(tx.commit().map(|()| out)?));
        let out = out.inspect_err(|_| self.calendar.forget())?;
        self.committed();
        Ok(out)
    }

    /// The claims of up to `limit` cards that are not archived: whose cards these are, in a
    /// database that does not name its deck.
    pub(crate) fn some_active_claims(&self, limit: u32) -> Result<Vec<String>> {
        let mut statement = self.conn.prepare_cached("SELECT claim_id FROM card WHERE archived = 0 LIMIT ?1")?;
        let rows = statement.query_map([limit], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Whether the card table and the cards' content were made for the deck and card format
    /// named `key` (see [`crate::cards::cache_key`]): opening then has nothing to make or write.
    pub(crate) fn cards_made_for(&self, key: &str) -> Result<bool> {
        Ok(self.setting(CARDS_KEY)?.as_deref() == Some(key))
    }

    /// Makes the card table match the deck's `cards` (made for `key`): every card takes its
    /// place in the deck's study order (which only new cards' order follows), cards whose claim is gone are archived (never deleted), cards that came back
    /// are restored, and what each card shows is replaced. One transaction.
    pub(crate) fn sync_cards(&mut self, key: &str, deck_id: &str, cards: &[Card]) -> Result<()> {
        // In the order of their ids, the order of the tables' keys, so that each page is filled
        // in turn; written a chunk of cards to a statement (see card/insert_all.sql), so that
        // neither the statements nor their arguments grow with the deck.
        let mut by_id: Vec<(usize, &Card)> = cards.iter().enumerate().collect();
        by_id.sort_unstable_by(|a, b| a.1.id.as_str().cmp(b.1.id.as_str()));
        let ids: Vec<&str> = cards.iter().map(|c| c.id.as_str()).collect();
        let ids = serde_json::to_string(&ids).expect("strings serialise");
        self.transact(|tx| {
            for chunk in by_id.chunks(SYNC_CHUNK) {
                let rows: Vec<(&str, &str, &str, &str, usize)> = chunk
                    .iter()
                    .map(|(at, c)| (c.id.as_str(), c.claim.as_str(), c.reading.as_str(), c.kind.name(), *at))
                    .collect();
                let rows = serde_json::to_string(&rows).expect("strings serialise");
                tx.prepare_cached(include_str!("card/insert_all.sql"))?.execute([&rows])?;
            }
            tx.execute(include_str!("card/archive_missing.sql"), [&ids])?;
            if tx.prepare_cached(include_str!("card/absent_any.sql"))?.query_row([], |r| r.get::<_, bool>(0))? {
                tx.execute(include_str!("card/adopt_absent.sql"), [])?;
                tx.execute(include_str!("card/adopted_remove.sql"), [])?;
            }
            let claims = claims_content(cards)?;
            let claim_ids: Vec<&str> = claims.iter().map(|(claim, _)| *claim).collect();
            let claim_ids = serde_json::to_string(&claim_ids).expect("strings serialise");
            tx.execute(include_str!("card/content_remove_missing.sql"), [&claim_ids])?;
            // Only what a claim's cards show that changed is written: an edit of one claim
            // rewrites its row.
            for chunk in claims.chunks(SYNC_CHUNK) {
                let contents = serde_json::to_string(chunk).expect("strings serialise");
                tx.prepare_cached(include_str!("card/content_put_all.sql"))?.execute([&contents])?;
            }
            tx.prepare_cached(include_str!("setting/put.sql"))?.execute([CARDS_KEY, key])?;
            tx.prepare_cached(include_str!("setting/put.sql"))?.execute([DECK_ID_KEY, deck_id])?;
            Ok(())
        })
    }

    /// How many cards the study data in `data_dir` holds for the deck and card format `key`,
    /// read without taking the data folder (the app may have it open); `None` when the cards
    /// there were made for something else, or there is no readable database.
    pub(crate) fn stored_card_count(data_dir: &std::path::Path, key: &str) -> Option<u32> {
        let path = data_dir.join(DB_FILE_NAME);
        if !path.is_file() {
            return None;
        }
        let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).ok()?;
        let stored: String =
            conn.query_row(include_str!("setting/get.sql"), [CARDS_KEY], |r| r.get(0)).optional().ok()??;
        if stored != key {
            return None;
        }
        conn.query_row(include_str!("card/current_count.sql"), [], |r| r.get(0)).ok()
    }

    /// What the card shows, if it is a card of the current deck.
    pub(crate) fn card_content(&self, id: &CardId) -> Result<Option<Card>> {
        let mut stmt = self.conn.prepare_cached(include_str!("card/content_get.sql"))?;
        let row: Option<(String, Vec<u8>)> = stmt.query_row([id], |r| Ok((r.get(0)?, r.get(1)?))).optional()?;
        let Some((claim, body)) = row else { return Ok(None) };
        let cards = UNPACKER.with(|unpacker| {
            let mut unpacker = unpacker.borrow_mut();
            let unpacker = match &mut *unpacker {
                Some(unpacker) => unpacker,
                empty => empty.insert(content_unpacker()?),
            };
            parse_claim_cards(unpacker, &claim, &body)
        })?;
        Ok(cards.into_iter().find(|c| &c.id == id))
    }

    /// The current cards of one reading, or of all readings, in deck order.
    pub(crate) fn cards_of_reading(&self, reading: Option<&ReadingId>) -> Result<Vec<Card>> {
        let mut stmt = self.conn.prepare_cached(include_str!("card/content_of_reading.sql"))?;
        let mut rows = stmt.query([reading])?;
        let mut claims = ClaimCards::new()?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let text = |i: usize| r.get_ref(i).and_then(|v| v.as_str().map_err(rusqlite::Error::from));
            let body = r.get_ref(2)?.as_blob().map_err(rusqlite::Error::from)?;
            if let Some(card) = claims.take(text(0)?, text(1)?, body)? {
                out.push(card);
            }
        }
        Ok(out)
    }

    pub(crate) fn card_record(&self, id: &CardId) -> Result<Option<CardRecord>> {
        let mut stmt = self.conn.prepare_cached(include_str!("card/get.sql"))?;
        stmt.query_row([id], |row| Ok(row_to_record(row, 0))).optional()?.transpose()
    }

    /// Every card's record, archived ones included, by id.
    /// The states of the cards in study (neither suspended nor archived), by id.
    pub(crate) fn active_states(&self) -> Result<Vec<CardState>> {
        let mut stmt = self.conn.prepare_cached(include_str!("card/active_states.sql"))?;
        let rows = stmt.query_map([], |row| Ok(row_to_record(row, 1)))?;
        rows.map(|r| Ok(r??.state)).collect()
    }

    pub(crate) fn all_records(&self) -> Result<Vec<(CardId, CardRecord)>> {
        let mut stmt = self.conn.prepare_cached(include_str!("card/all_states.sql"))?;
        let rows = stmt.query_map([], |row| Ok((row.get::<_, CardId>(0)?, row_to_record(row, 1))))?;
        rows.map(|r| {
            let (id, record) = r?;
            Ok((id, record?))
        })
        .collect()
    }

    /// Writes the answer to the review log and the card's new record together; the log keeps
    /// the record from before, so the answer can be undone exactly.
    pub(crate) fn record_answer(&mut self, review: &Review) -> Result<()> {
        self.transact(|tx| write_review(tx, review))
    }

    /// The newest answer's log id and card, if any.
    pub(crate) fn newest_review(&self) -> Result<Option<(i64, CardId)>> {
        Ok(self.newest_answer()?.map(|a| (a.row, a.card)))
    }

    /// The newest answer given on this device, if any.
    pub(crate) fn newest_answer(&self) -> Result<Option<NewestAnswer>> {
        let mut stmt = self.conn.prepare_cached(include_str!("review/newest.sql"))?;
        stmt.query_row([], |r| {
            let kept: Option<String> = r.get(6)?;
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, CardId>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, Option<Vec<u8>>>(4)?,
                r.get::<_, Option<i64>>(5)?,
                kept.is_some().then(|| row_to_record(r, 6)),
            ))
        })
        .optional()?
        .map(|(row, card, at_ms, phase, uid, seq, kept)| {
            Ok(NewestAnswer { row, card, at_ms, phase: codes::phase_of(phase)?, uid, seq, kept: kept.transpose()? })
        })
        .transpose()
    }

    /// Removes the answer `newest` (see [`Store::newest_answer`]) from the log, logs its undo for
    /// the other devices and puts its card back to `record`, together.
    pub(crate) fn undo_answer(&mut self, newest: &NewestAnswer, record: &CardRecord) -> Result<()> {
        let device = self.device_id()?;
        let uid = sync::answer_uid(&device, newest.row, newest.uid.as_deref(), newest.seq, newest.at_ms);
        self.transact(|tx| {
            write_record(tx, &newest.card, record)?;
            tx.prepare_cached(include_str!("review/undone.sql"))?.execute([&uid])?;
            tx.prepare_cached(include_str!("review/delete.sql"))?.execute([newest.row])?;
            Ok(())
        })
    }

    /// Runs `f` with a writer for review history, all in one transaction (used to import or
    /// generate long histories; one commit instead of one per answer).
    pub(crate) fn write_history<T, E: From<StoreError>>(
        &mut self,
        f: impl FnOnce(&mut HistoryWriter) -> Result<T, E>,
    ) -> Result<T, E> {
        let tx = self.conn.transaction().map_err(StoreError::from)?;
        let out = f(&mut HistoryWriter { tx: &tx })
            .and_then(|out| Ok(tx.commit().map(|()| out).map_err(StoreError::from)?));
        out.inspect_err(|_| self.calendar.forget())
    }

    /// Learning cards and reviews due before `day_end`, active ones only: what today's queue
    /// always holds. Rows are handed to `each` in turn (borrowed, not copied).
    pub(crate) fn queue_due(&self, day_end: i64, each: impl FnMut(QueueRow<'_>)) -> Result<()> {
        self.queue_rows(include_str!("card/queue_due.sql"), [day_end], each)
    }

    /// Every card not archived of the claims answered since `since_ms`, claim by claim.
    pub(crate) fn queue_claims_answered(&self, since_ms: i64, each: impl FnMut(QueueRow<'_>)) -> Result<()> {
        self.queue_rows(include_str!("card/queue_claims_answered.sql"), [since_ms], each)
    }

    /// Every card not archived of the claim of card `id`.
    pub(crate) fn queue_claim_of(&self, id: &CardId, each: impl FnMut(QueueRow<'_>)) -> Result<()> {
        self.queue_rows(include_str!("card/queue_claim_of.sql"), [id.as_str()], each)
    }

    /// Up to `limit` active new cards after `after` (position, id) in the order they are
    /// introduced, in all readings or in `reading`.
    pub(crate) fn queue_new(
        &self,
        reading: Option<&str>,
        after: (i64, &str),
        limit: u32,
        each: impl FnMut(QueueRow<'_>),
    ) -> Result<()> {
        let (position, id) = after;
        match reading {
            None => self.queue_rows(
                include_str!("card/queue_new.sql"),
                named_params! {":position": position, ":id": id, ":limit": limit},
                each,
            ),
            Some(reading) => self.queue_rows(
                include_str!("card/queue_new_in_reading.sql"),
                named_params! {":reading": reading, ":position": position, ":id": id, ":limit": limit},
                each,
            ),
        }
    }

    fn queue_rows(&self, sql: &str, params: impl rusqlite::Params, mut each: impl FnMut(QueueRow<'_>)) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut rows = stmt.query(params)?;
        while let Some(r) = rows.next()? {
            let text = |i: usize| r.get_ref(i).and_then(|v| v.as_str().map_err(rusqlite::Error::from));
            each(QueueRow {
                id: text(0)?,
                claim: text(1)?,
                reading: text(2)?,
                position: r.get(3)?,
                phase: parse_phase(text(4)?)?,
                due: r.get(5)?,
                suspended: r.get(6)?,
            });
        }
        Ok(())
    }

    /// Per reading with active cards: how many, and how many claims have an active new card.
    pub(crate) fn reading_tallies(&self, mut each: impl FnMut(&str, u32, u32)) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(include_str!("card/reading_tally.sql"))?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            each(r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?, r.get(1)?, r.get(2)?);
        }
        Ok(())
    }

    /// Answers given since `since_ms`, as (claim of the card, the card's phase before).
    pub(crate) fn answers_since(&self, since_ms: i64) -> Result<Vec<(String, Phase)>> {
        let mut stmt = self.conn.prepare_cached(include_str!("review/today.sql"))?;
        let rows = stmt.query_map([since_ms], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        rows.map(|row| {
            let (claim, phase) = row?;
            Ok((claim, codes::phase_of(phase)?))
        })
        .collect()
    }

    /// Cards suspended, archived ones included.
    pub(crate) fn suspended_count(&self) -> Result<u32> {
        Ok(self.conn.prepare_cached(include_str!("card/suspended_count.sql"))?.query_row([], |r| r.get(0))?)
    }

    pub(crate) fn leeches(&self) -> Result<Vec<CardId>> {
        let mut stmt = self.conn.prepare_cached(include_str!("card/leeches.sql"))?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Suspended cards in deck order: (id, leech, lapses).
    pub(crate) fn suspended(&self) -> Result<Vec<(CardId, bool, u32)>> {
        let mut stmt = self.conn.prepare_cached(include_str!("card/suspended.sql"))?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Studied cards coming due on each of the next `days` study days (overdue ones on day 0).
    pub(crate) fn forecast(&self, day_start: i64, days: u32) -> Result<Vec<u32>> {
        let mut out = vec![0; days as usize];
        let mut stmt = self.conn.prepare_cached(include_str!("card/forecast.sql"))?;
        let rows = stmt.query_map(named_params! {":day_start": day_start, ":days": days}, |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, u32>(1)?))
        })?;
        for row in rows {
            let (day, n) = row?;
            if let Some(slot) = out.get_mut(day as usize) {
                *slot += n;
            }
        }
        Ok(out)
    }

    /// Every answer as (card, time in ms, rating), card by card in the order given.
    pub(crate) fn review_history(&self) -> Result<Vec<(CardId, i64, Rating)>> {
        self.history_from(include_str!("review/history.sql"))
    }

    /// The newest `limit` answers, oldest first: (card, time in ms, rating, phase before).
    pub(crate) fn recent_answers(&self, limit: u32) -> Result<Vec<(CardId, i64, Rating, Phase)>> {
        let mut stmt = self.conn.prepare_cached(include_str!("review/recent.sql"))?;
        let rows = stmt.query_map(named_params! {":limit": limit}, |r| {
            Ok((r.get::<_, CardId>(0)?, r.get::<_, i64>(1)?, r.get::<_, i64>(2)?, r.get::<_, i64>(3)?))
        })?;
        let mut out = rows
            .map(|row| {
                let (card, at, rating, phase) = row?;
                let rating =
                    Rating::from_number(rating).ok_or_else(|| StoreError::BadState(format!("rating {rating}")))?;
                let phase = codes::phase_of(phase)?;
                Ok((card, at, rating, phase))
            })
            .collect::<Result<Vec<_>>>()?;
        out.reverse();
        Ok(out)
    }

    /// Every answer as (card, time in ms, rating), in the order they were given.
    pub(crate) fn review_history_in_order(&self) -> Result<Vec<(CardId, i64, Rating)>> {
        self.history_from(include_str!("review/history_in_order.sql"))
    }

    fn history_from(&self, sql: &str) -> Result<Vec<(CardId, i64, Rating)>> {
        let mut stmt = self.conn.prepare_cached(sql)?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, CardId>(0)?, r.get::<_, i64>(1)?, r.get::<_, i64>(2)?)))?;
        rows.map(|row| {
            let (card, at, rating) = row?;
            let rating = Rating::from_number(rating).ok_or_else(|| StoreError::BadState(format!("rating {rating}")))?;
            Ok((card, at, rating))
        })
        .collect()
    }

    /// Stores a new quiz and its questions; returns the quiz id.
    pub(crate) fn insert_quiz(&mut self, started_ms: i64, scope: &str, seed: u64, cards: &[CardId]) -> Result<i64> {
        self.transact(|tx| {
            tx.prepare_cached(include_str!("quiz/insert.sql"))?.execute(params![started_ms, scope, seed as i64])?;
            let id = tx.last_insert_rowid();
            let mut insert = tx.prepare_cached(include_str!("quiz/insert_question.sql"))?;
            for (position, card) in cards.iter().enumerate() {
                insert.execute(params![id, position as i64, card])?;
            }
            Ok(id)
        })
    }

    /// A quiz's questions: (position, card, what was given, outcome), or `None` for no such quiz.
    pub(crate) fn quiz_questions(&self, id: i64) -> Result<Option<Vec<QuizRow>>> {
        let exists = self.conn.prepare_cached(include_str!("quiz/get.sql"))?.query_row([id], |_| Ok(())).optional()?;
        if exists.is_none() {
            return Ok(None);
        }
        let mut stmt = self.conn.prepare_cached(include_str!("quiz/questions.sql"))?;
        let rows = stmt.query_map([id], |r| {
            Ok(QuizRow { position: r.get(0)?, card: r.get(1)?, given: r.get(2)?, outcome: r.get(3)? })
        })?;
        Ok(Some(rows.collect::<rusqlite::Result<_>>()?))
    }

    /// Records the answer to a question not answered before; false if it already was.
    pub(crate) fn answer_quiz_question(&mut self, answer: &QuizAnswer) -> Result<bool> {
        let recorded = mark_quiz_answer(&self.conn, answer)?;
        self.committed();
        Ok(recorded)
    }

    /// Records a missed quiz question together with the review of its card that the miss counts
    /// as (see [`Store::record_answer`]), in one transaction: both are written or neither is.
    /// False, with nothing written, if the question was already answered.
    pub(crate) fn record_quiz_miss(&mut self, answer: &QuizAnswer, review: &Review) -> Result<bool> {
        self.transact(|tx| {
            if !mark_quiz_answer(tx, answer)? {
                return Ok(false);
            }
            write_review(tx, review)?;
            Ok(true)
        })
    }

    /// The newest quiz: (id, scope JSON, finished).
    pub(crate) fn newest_quiz(&self) -> Result<Option<(i64, String, bool)>> {
        Ok(self
            .conn
            .prepare_cached(include_str!("quiz/newest.sql"))?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?, r.get::<_, Option<i64>>(2)?.is_some())))
            .optional()?)
    }

    pub(crate) fn finish_quiz(&mut self, id: i64, at_ms: i64) -> Result<()> {
        self.conn.prepare_cached(include_str!("quiz/finish.sql"))?.execute(params![id, at_ms])?;
        self.committed();
        Ok(())
    }

    /// Cards answered Again, in study or in a quiz, since `since_ms`.
    pub(crate) fn recent_lapses(&self, since_ms: i64) -> Result<Vec<CardId>> {
        let mut stmt = self.conn.prepare_cached(include_str!("card/recent_lapses.sql"))?;
        let rows = stmt.query_map([since_ms], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub(crate) fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self.conn.prepare_cached(include_str!("setting/get.sql"))?.query_row([key], |r| r.get(0)).optional()?)
    }

    pub(crate) fn put_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.conn.prepare_cached(include_str!("setting/put.sql"))?.execute([key, value])?;
        self.committed();
        Ok(())
    }

    /// Copies the database into `backups/` now, compressed, on a connection of its own.
    pub(crate) fn backup(&self, data_dir: &std::path::Path, label: &str) -> Result<PathBuf> {
        backup::make_apart(data_dir, label)
    }

    /// Copies the database in `data_dir`, which may be open in this process, into its
    /// `backups/` without using (or waiting for) the open store's connection.
    pub(crate) fn backup_apart(data_dir: &std::path::Path, label: &str) -> Result<PathBuf> {
        backup::make_apart(data_dir, label)
    }

    /// Unpacks the backup file `backup` to `to` and checks it whole; see [`backup::unpack_checked`].
    pub(crate) fn unpack_backup(backup: &std::path::Path, to: &std::path::Path) -> Result<()> {
        backup::unpack_checked(backup, to)
    }

    /// The next card to study, from one reading only when `reading` is given.
    pub(crate) fn next_due(&self, today: &Today, reading: Option<&crate::ids::ReadingId>) -> Result<Option<CardId>> {
        let mut stmt = self.conn.prepare_cached(include_str!("card/next_due.sql"))?;
        Ok(stmt
            .query_row(
                named_params! {
                    ":now": today.now, ":day_end": today.day_end, ":day_start_ms": today.day_start_ms,
                    ":new_left": today.new_left, ":review_left": today.review_left,
                    ":reading": reading,
                },
                |row| row.get(0),
            )
            .optional()?)
    }

    pub(crate) fn counts(&self, today: &Today) -> Result<Vec<ReadingCounts>> {
        let mut stmt = self.conn.prepare_cached(include_str!("card/counts.sql"))?;
        let rows =
            stmt.query_map(named_params! {":day_end": today.day_end, ":day_start_ms": today.day_start_ms}, |row| {
                Ok(ReadingCounts {
                    reading_id: row.get(0)?,
                    new: row.get(1)?,
                    learning: row.get(2)?,
                    review: row.get(3)?,
                    total: row.get(4)?,
                })
            })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// When the next card that has been studied comes due, if any.
    pub(crate) fn next_due_time(&self) -> Result<Option<i64>> {
        Ok(self.conn.prepare_cached(include_str!("card/next_learning_due.sql"))?.query_row([], |r| r.get(0))?)
    }

    /// Answers given since `since_ms` to cards that were in `phase` at the time.
    pub(crate) fn answers_in_phase_since(&self, phase: Phase, since_ms: i64) -> Result<u32> {
        Ok(self
            .conn
            .prepare_cached(include_str!("review/phase_count_since.sql"))?
            .query_row(params![codes::phase_code(phase), since_ms], |r| r.get(0))?)
    }

    pub(crate) fn reviews_since(&self, since_ms: i64) -> Result<u32> {
        Ok(self.conn.prepare_cached(include_str!("review/count_since.sql"))?.query_row([since_ms], |r| r.get(0))?)
    }

    pub(crate) fn total_reviews(&self) -> Result<u32> {
        Ok(self.conn.prepare_cached(include_str!("review/count_all.sql"))?.query_row([], |r| r.get(0))?)
    }

    /// Cards per phase, archived cards excluded.
    pub(crate) fn phase_totals(&self) -> Result<Vec<(Phase, u32)>> {
        let mut stmt = self.conn.prepare_cached(include_str!("card/phase_totals.sql"))?;
        let rows = stmt.query_map([], |row| Ok((row.get::<_, String>(0)?, row.get(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (phase, n) = row?;
            out.push((
                Phase::parse(&phase).ok_or_else(|| StoreError::BadState(format!("unknown phase `{phase}`")))?,
                n,
            ));
        }
        Ok(out)
    }
}

/// Appends answers and sets card records inside one transaction; see [`Store::write_history`].
pub(crate) struct HistoryWriter<'a> {
    tx: &'a rusqlite::Transaction<'a>,
}

impl HistoryWriter<'_> {
    /// Logs an answer given at `at_ms` to a card that was `before`.
    pub(crate) fn log(&mut self, id: &CardId, rating: Rating, at_ms: i64, before: &CardRecord) -> Result<()> {
        log_answer(self.tx, id, rating, at_ms, "review", before)
    }

    pub(crate) fn set_record(&mut self, id: &CardId, record: &CardRecord) -> Result<()> {
        write_record(self.tx, id, record)
    }

    /// Adds an archived card: one whose claim has left the deck but whose history is kept.
    pub(crate) fn add_retired_card(&mut self, id: &CardId, claim: &str, reading: &str, position: i64) -> Result<()> {
        self.tx
            .prepare_cached(include_str!("card/insert_retired.sql"))?
            .execute(params![id, claim, reading, position])?;
        Ok(())
    }
}

/// Logs `review` and gives its card the record after it.
fn write_review(tx: &rusqlite::Transaction, review: &Review) -> Result<()> {
    log_answer(tx, review.card, review.rating, review.at_ms, review.source, review.before)?;
    write_record(tx, review.card, review.after)
}

/// Appends an answer to the review log, with the card's record from before it (for undo).
fn log_answer(
    tx: &rusqlite::Transaction,
    id: &CardId,
    rating: Rating,
    at_ms: i64,
    source: &str,
    before: &CardRecord,
) -> Result<()> {
    tx.prepare_cached(include_str!("review/insert.sql"))?.execute(params![
        codes::card_number(tx, id.as_str())?,
        at_ms,
        rating as i64,
        codes::phase_code(before.state.phase),
        codes::source_code(source)?
    ])?;
    let row = tx.last_insert_rowid();
    put_undo_record(tx, row, before)?;
    tx.prepare_cached(include_str!("review/undo_trim.sql"))?.execute([row - UNDO_KEPT])?;
    Ok(())
}

/// The parameters `?1` to `?11` of a statement that writes a card's record under `key` (a card's
/// id or number, or an answer's row): the key, then phase, due, stability, difficulty, step, reps,
/// lapses, last review, suspended and leech.
pub(crate) fn record_params<K: rusqlite::ToSql>(key: K, r: &CardRecord) -> impl rusqlite::Params + use<K> {
    let s = &r.state;
    (
        key,
        s.phase.name(),
        s.due,
        s.stability,
        s.difficulty,
        s.step,
        s.reps,
        s.lapses,
        s.last_review,
        r.suspended,
        r.leech,
    )
}

/// Keeps `record` as the card's record before the answer in row `row` of the log.
fn put_undo_record(tx: &rusqlite::Transaction, row: i64, r: &CardRecord) -> Result<()> {
    tx.prepare_cached(include_str!("review/undo_put.sql"))?.execute(record_params(row, r))?;
    Ok(())
}

/// Stores the answer to a quiz question unless it was answered before; false if it was.
fn mark_quiz_answer(conn: &Connection, a: &QuizAnswer) -> Result<bool> {
    let changed = conn
        .prepare_cached(include_str!("quiz/answer.sql"))?
        .execute(params![a.quiz, a.position, a.given, a.outcome, a.at_ms])?;
    Ok(changed == 1)
}

fn write_record(tx: &rusqlite::Transaction, id: &CardId, r: &CardRecord) -> Result<()> {
    let s = &r.state;
    tx.prepare_cached(include_str!("card/update_state.sql"))?.execute(params![
        id,
        s.phase.name(),
        s.due,
        s.stability,
        s.difficulty,
        s.step,
        s.reps,
        s.lapses,
        s.last_review
    ])?;
    tx.prepare_cached(include_str!("card/set_flags.sql"))?.execute(params![id, r.suspended, r.leech])?;
    Ok(())
}

fn parse_phase(name: &str) -> Result<Phase> {
    Phase::parse(name).ok_or_else(|| StoreError::BadState(format!("unknown phase `{name}`")))
}

/// Reads phase … leech from `row`, starting at column `at`.
fn row_to_record(row: &rusqlite::Row, at: usize) -> Result<CardRecord> {
    let phase: String = row.get(at)?;
    let phase = Phase::parse(&phase).ok_or_else(|| StoreError::BadState(format!("unknown phase `{phase}`")))?;
    Ok(CardRecord {
        state: CardState {
            phase,
            due: row.get(at + 1)?,
            stability: row.get(at + 2)?,
            difficulty: row.get(at + 3)?,
            step: row.get(at + 4)?,
            reps: row.get(at + 5)?,
            lapses: row.get(at + 6)?,
            last_review: row.get(at + 7)?,
        },
        suspended: row.get(at + 8)?,
        leech: row.get(at + 9)?,
    })
}

#[cfg(test)]
mod tests {
    use super::{CardRecord, QuizAnswer, Review, Store};
    use crate::ids::CardId;
    use crate::schedule::Rating;

    #[test]
    fn a_quiz_miss_and_its_review_are_written_together_or_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        let deck = crate::content::Deck::builtin().unwrap();
        let cards = crate::cards::generate(&deck);
        store.sync_cards(&crate::cards::cache_key(&deck), &deck.info.id, &cards).unwrap();
        let ids: Vec<CardId> = cards[..2].iter().map(|c| c.id.clone()).collect();
        let quiz = store.insert_quiz(0, "\"all\"", 1, &ids).unwrap();
        let before = store.card_record(&ids[0]).unwrap().expect("a stored card");
        let after =
            CardRecord { state: crate::schedule::CardState { reps: 1, ..before.state.clone() }, ..before.clone() };
        let answer = QuizAnswer { quiz, position: 0, given: "Atlantis", outcome: "wrong", at_ms: 5 };
        let review =
            Review { card: &ids[0], rating: Rating::Again, at_ms: 5, source: "quiz", before: &before, after: &after };
        let outcome = |store: &Store| store.quiz_questions(quiz).unwrap().unwrap()[0].outcome.clone();

        store
            .conn
            .execute_batch(
                "CREATE TEMP TRIGGER refuse_reviews BEFORE INSERT ON review_log BEGIN SELECT RAISE(ABORT, 'refused'); END",
            )
            .unwrap();
        assert!(store.record_quiz_miss(&answer, &review).is_err(), "the review cannot be written");
        assert_eq!(outcome(&store), None, "so the quiz answer is not kept either");
        assert_eq!(store.card_record(&ids[0]).unwrap().as_ref(), Some(&before), "and the card is as it was");

        store.conn.execute_batch("DROP TRIGGER refuse_reviews").unwrap();
        assert!(store.record_quiz_miss(&answer, &review).unwrap(), "a question not answered before is recorded");
        assert_eq!(outcome(&store).as_deref(), Some("wrong"));
        assert_eq!(store.total_reviews().unwrap(), 1, "with its review");
        assert_eq!(store.card_record(&ids[0]).unwrap().as_ref(), Some(&after), "and the card's new record");

        assert!(!store.record_quiz_miss(&answer, &review).unwrap(), "a question is answered once");
        assert_eq!(store.total_reviews().unwrap(), 1, "a second miss of it writes no review");
    }
}
