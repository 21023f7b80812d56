//! Progress on several devices through a folder that some other tool keeps in sync (Syncthing,
//! Nextcloud, Dropbox, a git repository, a USB stick), and the one-off file that moves progress
//! to another computer.
//!
//! Each device appends only its own file, `<folder>/steppe-sync/<deck>/<device>.log`: a header
//! line, then one JSON line per event (an answer, an undo, a suspension, a change of a study
//! setting), each named by a random 128-bit id. A line is written whole with its newline and synced to the disk; a line without
//! its newline (a write cut short) is ignored on reading and cut off before the next append, so
//! a device killed while writing loses at most the event in flight. Merging takes every event
//! of every file by id, so the order in which files arrive does not matter and merging twice
//! changes nothing; the card states are then replayed from the merged answers (see
//! `Collection::sync_with`). Of each setting, the change made last (by time, then device, then
//! id) holds on every device. Events a Steppe does not know are left alone, so a file with
//! events added later (settings changes came after answers, undos and suspensions) is still read
//! by an older Steppe, and a file without them by a newer one.

use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::HashSet;
use std::io::{Seek, Write};
use std::path::{Path, PathBuf};
use ts_rs::TS;

use crate::store::{SyncAnswer, SyncFlag, SyncSetting, SyncUndo};

/// The version of the file format this Steppe writes and reads.
pub const FORMAT: u32 = 1;
/// The folder Steppe keeps inside the sync folder.
pub const SYNC_DIR: &str = "steppe-sync";
/// A line longer than this is not an event.
const MAX_LINE: usize = 64 * 1024;
/// Times after this (the year 3000, in Unix milliseconds) are not times of an answer.
const MAX_TIME_MS: i64 = 32_503_680_000_000;

/// Why a sync did not happen. Nothing is changed when there is one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS, thiserror::Error)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[ts(export)]
pub enum SyncProblem {
    /// No sync folder is set.
    #[error("no sync folder is set")]
    NotConfigured,
    /// The folder is missing or cannot be read (a drive not mounted, a network folder offline).
    #[error("the sync folder `{folder}` cannot be reached ({detail}); study goes on here, and syncs when it is back")]
    Unreachable { folder: String, detail: String },
    /// A device file that is not a Steppe sync file, or damaged inside.
    #[error("`{file}`, line {line}, is not a Steppe sync record ({detail}); nothing was merged")]
    BadFile { file: String, line: u32, detail: String },
    /// A file written by a newer Steppe.
    #[error("`{file}` was written by a newer Steppe (format {found}); update Steppe to merge it")]
    Newer { file: String, found: u32 },
    /// A file of another deck's progress.
    #[error("`{file}` holds the progress of deck `{deck}`, not of this deck; nothing was merged")]
    OtherDeck { file: String, deck: String },
    /// This device's own file cannot be written.
    #[error("cannot write `{file}` ({detail}); the merge is kept and the file is written at the next sync")]
    Unwritable { file: String, detail: String },
}

/// The sync folder as the Settings view shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SyncStatus {
    /// The folder synced through, if one is set.
    pub folder: Option<String>,
    /// This device's id, the name of its file in the folder.
    pub device_id: String,
    /// This computer's name.
    pub device_name: String,
    /// When this device last synced (RFC 3339), if ever.
    pub last_sync: Option<String>,
}

/// What a sync (or an import of moved progress) did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct SyncOutcome {
    /// Answers of other devices new here.
    pub answers_added: u32,
    /// Answers here that another device took back.
    pub undone: u32,
    /// Suspensions of other devices new here.
    pub flags_added: u32,
    /// Changes of study settings made on other devices, new here.
    pub settings_added: u32,
    /// Cards whose state changed.
    pub cards_changed: u32,
    /// Other devices' files read.
    pub devices: u32,
    /// When it ran (RFC 3339).
    pub at: String,
    /// Why it did not happen (nothing changed), or why this device's file was not written.
    pub problem: Option<SyncProblem>,
}

impl SyncOutcome {
    pub(crate) fn failed(problem: SyncProblem) -> Self {
        Self {
            answers_added: 0,
            undone: 0,
            flags_added: 0,
            settings_added: 0,
            cards_changed: 0,
            devices: 0,
            at: String::new(),
            problem: Some(problem),
        }
    }
}

/// The first line of every file.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct Header {
    pub steppe_sync: u32,
    pub device: String,
    #[serde(default)]
    pub name: String,
    pub deck: String,
    /// A file that moves progress to another computer (its events name their devices).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub moved: bool,
}

/// One event, as a line of a file written.
#[derive(Debug, Default, Serialize)]
struct Line {
    #[serde(rename = "type")]
    kind: String,
    id: String,
    at: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    origin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    seq: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    card: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rating: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    suspended: Option<bool>,
    /// The setting a settings change is of, and its new value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    value: Option<serde_json::Value>,
}

/// One event, as a line of a file read: its text where the line holds it as it is (no escapes),
/// so that reading a line allocates only what the event keeps.
#[derive(Deserialize)]
struct LineIn<'a> {
    #[serde(rename = "type", borrow)]
    kind: Text<'a>,
    #[serde(borrow)]
    id: Text<'a>,
    at: i64,
    #[serde(default, borrow)]
    origin: Option<Text<'a>>,
    #[serde(default)]
    seq: Option<i64>,
    #[serde(default, borrow)]
    card: Option<Text<'a>>,
    #[serde(default)]
    rating: Option<u8>,
    #[serde(default, borrow)]
    source: Option<Text<'a>>,
    #[serde(default)]
    suspended: Option<bool>,
    #[serde(default, borrow)]
    key: Option<Text<'a>>,
    #[serde(default)]
    value: Option<serde_json::Value>,
}

/// A string of a line read: borrowed from the line, or made when the line escapes characters
/// in it. Read like a `String` (the same errors for other JSON).
struct Text<'a>(Cow<'a, str>);

impl Text<'_> {
    fn into_owned(self) -> String {
        self.0.into_owned()
    }
}

impl std::ops::Deref for Text<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Text<'de>;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string")
            }

            fn visit_borrowed_str<E: serde::de::Error>(self, v: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(v)))
            }

            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(v.to_owned())))
            }

            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_string(Visit)
    }
}

/// Events read from files or kept in the database.
#[derive(Debug, Default)]
pub(crate) struct Events {
    pub answers: Vec<SyncAnswer>,
    pub flags: Vec<SyncFlag>,
    pub undone: Vec<SyncUndo>,
    pub settings: Vec<SyncSetting>,
}

impl Events {
    fn extend(&mut self, other: Events) {
        fn add<T>(to: &mut Vec<T>, more: Vec<T>) {
            if to.capacity() == 0 { *to = more } else { to.extend(more) }
        }
        add(&mut self.answers, other.answers);
        add(&mut self.flags, other.flags);
        add(&mut self.undone, other.undone);
        add(&mut self.settings, other.settings);
    }

    pub(crate) fn len(&self) -> usize {
        self.answers.len() + self.flags.len() + self.undone.len() + self.settings.len()
    }
}

/// A file read: its events, and how many bytes of it are whole lines.
pub(crate) struct LogFile {
    pub events: Events,
    pub whole_len: u64,
}

/// Whether `s` is a 128-bit id in lower-case hex.
pub(crate) fn is_id(s: &str) -> bool {
    s.len() == 32 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The folder of one deck's files in the sync folder.
pub fn deck_dir(folder: &Path, deck_id: &str) -> PathBuf {
    let safe: String =
        deck_id.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect();
    folder.join(SYNC_DIR).join(safe)
}

/// This computer's name, as the operating system gives it.
pub fn device_name() -> String {
    let from_file = |p: &str| std::fs::read_to_string(p).ok();
    let name = std::env::var("COMPUTERNAME")
        .ok()
        .or_else(|| from_file("/proc/sys/kernel/hostname"))
        .or_else(|| from_file("/etc/hostname"))
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_default();
    let name: String = name.trim().chars().filter(|c| !c.is_control()).take(64).collect();
    if name.is_empty() { "?".into() } else { name }
}

fn bad(file: &Path, line: u32, detail: impl Into<String>) -> SyncProblem {
    SyncProblem::BadFile { file: file.display().to_string(), line, detail: detail.into() }
}

/// Below this many bytes of events a file is read on one thread.
const PARALLEL_BYTES: usize = 1 << 20;

/// The end of the line starting at `start` of `bytes` (the place of its newline), `Ok(None)` for
/// a last line cut short while it was written (not an event yet), or an error for a line longer
/// than any event. A line may hold [`MAX_LINE`] bytes before its newline.
fn line_end(bytes: &[u8], start: usize) -> Result<Option<usize>, &'static str> {
    let rest = &bytes[start..];
    let window = &rest[..rest.len().min(MAX_LINE + 1)];
    match window.iter().position(|&b| b == b'\n') {
        Some(at) => Ok(Some(start + at)),
        None if rest.len() > MAX_LINE => Err("a line longer than any event"),
        None => Ok(None),
    }
}

/// Reads a file: its header and its whole lines; a last line without its newline is a write cut
/// short and is left out. `device` is the id the file's name gives (device files), or `None`
/// for a moved-progress file, whose events name their devices. The file is read in one go and
/// its lines parsed on several threads when it is large; the events keep the file's order.
pub(crate) fn read_file(path: &Path, device: Option<&str>, deck: &str) -> Result<LogFile, SyncProblem> {
    let bytes = std::fs::read(path).map_err(|e| bad(path, 0, format!("cannot read it: {e}")))?;
    let header_end = match line_end(&bytes, 0).map_err(|d| bad(path, 1, d))? {
        Some(end) if !bytes.is_empty() => end,
        // An empty file, or a header cut short.
        _ => return Err(bad(path, 1, "the file is empty")),
    };
    let h: Header = serde_json::from_slice(&bytes[..header_end])
        .map_err(|e| bad(path, 1, format!("no Steppe sync header: {e}")))?;
    if h.steppe_sync > FORMAT {
        return Err(SyncProblem::Newer { file: path.display().to_string(), found: h.steppe_sync });
    }
    if h.steppe_sync == 0 || !is_id(&h.device) {
        return Err(bad(path, 1, "the header does not name a device"));
    }
    if device.is_some_and(|d| d != h.device) {
        return Err(bad(path, 1, "the header names another device than the file name"));
    }
    if device.is_some() == h.moved {
        return Err(bad(path, 1, "a device file and a moved-progress file are mixed up"));
    }
    if h.deck != deck {
        return Err(SyncProblem::OtherDeck { file: path.display().to_string(), deck: h.deck.clone() });
    }
    let own = device.map(|_| h.device.as_str());
    let body = &bytes[header_end + 1..];
    // The body in pieces of whole lines, one a thread; the last piece may end with a line cut short.
    let threads = if body.len() < PARALLEL_BYTES {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get()).min(8)
    };
    let mut pieces = Vec::with_capacity(threads);
    let mut start = 0;
    for i in 1..threads {
        let cut = (body.len() * i / threads).max(start);
        match body[cut..].iter().position(|&b| b == b'\n') {
            Some(at) => {
                pieces.push(&body[start..cut + at + 1]);
                start = cut + at + 1;
            }
            None => break,
        }
    }
    pieces.push(&body[start..]);
    let read: Vec<Piece> = if pieces.len() == 1 {
        vec![read_piece(pieces[0], own)]
    } else {
        std::thread::scope(|scope| {
            let running: Vec<_> = pieces.iter().map(|piece| scope.spawn(move || read_piece(piece, own))).collect();
            running.into_iter().map(|t| t.join().expect("a reading thread does not panic")).collect()
        })
    };
    // The first bad line in the file's order is the one named, as when reading line by line.
    let mut events = Events::default();
    if read.len() > 1 {
        events.answers.reserve_exact(read.iter().map(|p| p.events.answers.len()).sum());
    }
    let mut whole_len = (header_end + 1) as u64;
    let mut lines = 1u32;
    for piece in read {
        if let Some((line, detail)) = piece.bad {
            return Err(bad(path, lines + line, detail));
        }
        events.extend(piece.events);
        whole_len += piece.whole_len as u64;
        lines += piece.lines;
    }
    Ok(LogFile { events, whole_len })
}

/// What a piece of a file holds: its events, its whole lines (count and bytes), and its first bad
/// line (numbered from 1 in the piece) with what is wrong with it.
#[derive(Default)]
struct Piece {
    events: Events,
    lines: u32,
    whole_len: usize,
    bad: Option<(u32, String)>,
}

/// Reads the events of a piece of whole lines (but perhaps its last, cut short), up to the first
/// bad one.
fn read_piece(bytes: &[u8], device: Option<&str>) -> Piece {
    let mut piece = Piece::default();
    // Most lines are answers.
    piece.events.answers.reserve(bytes.iter().filter(|&&b| b == b'\n').count());
    let mut start = 0;
    while start < bytes.len() {
        let end = match line_end(bytes, start) {
            Ok(Some(end)) => end,
            Ok(None) => break,
            Err(detail) => {
                piece.bad = Some((piece.lines + 1, detail.to_owned()));
                break;
            }
        };
        let line = &bytes[start..end];
        let checked = match serde_json::from_slice::<LineIn>(line) {
            Ok(parsed) => event(parsed, device, &mut piece.events),
            Err(e) => Err(e.to_string()),
        };
        if let Err(detail) = checked {
            piece.bad = Some((piece.lines + 1, detail));
            break;
        }
        piece.lines += 1;
        start = end + 1;
    }
    piece.whole_len = start;
    piece
}

/// Checks one line and adds its event; `device` is the file's device (events of a device file
/// are its own), `None` in a moved-progress file (each event names its device).
fn event(line: LineIn, device: Option<&str>, events: &mut Events) -> Result<(), String> {
    if !is_id(&line.id) {
        return Err("the event id is not a 128-bit hex id".into());
    }
    if !(0..=MAX_TIME_MS).contains(&line.at) {
        return Err(format!("time {} is out of range", line.at));
    }
    let origin = match (device, line.origin) {
        (Some(d), None) => d.to_owned(),
        (Some(d), Some(o)) if *o == *d => o.into_owned(),
        (Some(_), Some(_)) => return Err("an event of another device".into()),
        (None, Some(o)) if is_id(&o) => o.into_owned(),
        (None, _) => return Err("the event does not name its device".into()),
    };
    let card = |card: Option<Text>| match card {
        Some(c) if !c.is_empty() && c.len() <= 512 && !c.chars().any(char::is_control) => Ok(c.into_owned()),
        _ => Err("the event names no card".to_owned()),
    };
    let seq = |seq: Option<i64>| seq.filter(|s| *s >= 0).ok_or_else(|| "the event has no sequence number".to_owned());
    match &*line.kind {
        "answer" => {
            let rating = line.rating.filter(|r| (1..=4).contains(r)).ok_or("the rating is not 1 to 4")?;
            let source = line.source.filter(|s| **s == *"review" || **s == *"quiz").ok_or("unknown answer source")?;
            events.answers.push(SyncAnswer {
                row: 0,
                uid: line.id.into_owned(),
                origin,
                seq: seq(line.seq)?,
                card: card(line.card)?,
                at_ms: line.at,
                rating,
                source: source.into_owned(),
            });
        }
        "undo" => events.undone.push(SyncUndo { uid: line.id.into_owned(), origin, at_ms: line.at }),
        "flag" => events.flags.push(SyncFlag {
            uid: line.id.into_owned(),
            origin,
            seq: seq(line.seq)?,
            card: card(line.card)?,
            at_ms: line.at,
            suspended: line.suspended.ok_or("a flag event says neither suspended nor not")?,
        }),
        "setting" => {
            let key = line.key.filter(|k| !k.is_empty() && k.len() <= 64 && k.chars().all(|c| c.is_ascii_graphic()));
            let key = key.ok_or("a settings change names no setting")?;
            let value = line.value.ok_or("a settings change has no value")?;
            events.settings.push(SyncSetting {
                uid: line.id.into_owned(),
                origin,
                at_ms: line.at,
                key: key.into_owned(),
                value: value.to_string(),
            });
        }
        // Events a newer Steppe writes that this one does not know: left to it.
        _ => {}
    }
    Ok(())
}

/// Every device file of the deck's folder: (the file's device, what it holds). Other files
/// (a sync tool's own, a conflict copy, a temporary file) are not Steppe's and are left alone.
pub(crate) fn read_folder(dir: &Path, deck: &str) -> Result<Vec<(String, LogFile)>, SyncProblem> {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| SyncProblem::Unreachable { folder: dir.display().to_string(), detail: e.to_string() })?;
    let mut paths: Vec<(String, PathBuf)> = Vec::new();
    for entry in entries {
        let entry =
            entry.map_err(|e| SyncProblem::Unreachable { folder: dir.display().to_string(), detail: e.to_string() })?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(device) = name.strip_suffix(".log").filter(|d| is_id(d)) else { continue };
        if entry.file_type().is_ok_and(|t| t.is_file()) {
            paths.push((device.to_owned(), entry.path()));
        }
    }
    paths.sort();
    paths.into_iter().map(|(device, path)| Ok((device.clone(), read_file(&path, Some(&device), deck)?))).collect()
}

/// All events of several files.
pub(crate) fn union(files: impl IntoIterator<Item = LogFile>) -> Events {
    let mut all = Events::default();
    for file in files {
        all.extend(file.events);
    }
    all
}

/// The lines of `events`, `origin` written out when `named` (moved-progress files).
fn lines(events: &Events, named: bool, out: &mut Vec<u8>) {
    let origin = |o: &str| named.then(|| o.to_owned());
    let mut push = |line: Line| {
        serde_json::to_writer(&mut *out, &line).expect("events serialise");
        out.push(b'\n');
    };
    for a in &events.answers {
        push(Line {
            kind: "answer".into(),
            id: a.uid.clone(),
            at: a.at_ms,
            origin: origin(&a.origin),
            seq: Some(a.seq),
            card: Some(a.card.clone()),
            rating: Some(a.rating),
            source: Some(a.source.clone()),
            ..Line::default()
        });
    }
    for f in &events.flags {
        push(Line {
            kind: "flag".into(),
            id: f.uid.clone(),
            at: f.at_ms,
            origin: origin(&f.origin),
            seq: Some(f.seq),
            card: Some(f.card.clone()),
            suspended: Some(f.suspended),
            ..Line::default()
        });
    }
    for u in &events.undone {
        push(Line {
            kind: "undo".into(),
            id: u.uid.clone(),
            at: u.at_ms,
            origin: origin(&u.origin),
            ..Line::default()
        });
    }
    for c in &events.settings {
        push(Line {
            kind: "setting".into(),
            id: c.uid.clone(),
            at: c.at_ms,
            origin: origin(&c.origin),
            key: Some(c.key.clone()),
            value: Some(serde_json::from_str(&c.value).unwrap_or_default()),
            ..Line::default()
        });
    }
}

fn header_line(header: &Header) -> Vec<u8> {
    let mut out = serde_json::to_vec(header).expect("headers serialise");
    out.push(b'\n');
    out
}

/// Adds to this device's file the events of `mine` it does not hold yet (`held`: what it held
/// when read, with the length of its whole lines). A new file is written whole and renamed into
/// place; an existing one loses a last line cut short, then takes the new lines in one append,
/// synced to the disk. Returns how many events were added.
pub(crate) fn append_own(
    path: &Path,
    header: &Header,
    held: Option<&LogFile>,
    mine: &Events,
) -> Result<usize, SyncProblem> {
    let unwritable =
        |e: std::io::Error| SyncProblem::Unwritable { file: path.display().to_string(), detail: e.to_string() };
    let key = |kind: u8, id: &str| (kind, id.to_owned());
    let had: HashSet<(u8, String)> = held
        .map(|f| {
            let e = &f.events;
            e.answers
                .iter()
                .map(|a| key(0, &a.uid))
                .chain(e.flags.iter().map(|x| key(1, &x.uid)))
                .chain(e.undone.iter().map(|u| key(2, &u.uid)))
                .chain(e.settings.iter().map(|c| key(3, &c.uid)))
                .collect()
        })
        .unwrap_or_default();
    let new = Events {
        answers: mine.answers.iter().filter(|a| !had.contains(&key(0, &a.uid))).cloned().collect(),
        flags: mine.flags.iter().filter(|f| !had.contains(&key(1, &f.uid))).cloned().collect(),
        undone: mine.undone.iter().filter(|u| !had.contains(&key(2, &u.uid))).cloned().collect(),
        settings: mine.settings.iter().filter(|c| !had.contains(&key(3, &c.uid))).cloned().collect(),
    };
    let count = new.len();
    match held {
        None => {
            let mut bytes = header_line(header);
            lines(&new, false, &mut bytes);
            crate::files::write_atomically(path, &bytes).map_err(unwritable)?;
        }
        Some(_) if count == 0 => {}
        Some(file) => {
            let mut bytes = Vec::new();
            lines(&new, false, &mut bytes);
            let mut out = std::fs::OpenOptions::new().write(true).open(path).map_err(unwritable)?;
            if out.metadata().map_err(unwritable)?.len() != file.whole_len {
                out.set_len(file.whole_len).map_err(unwritable)?;
            }
            out.seek(std::io::SeekFrom::Start(file.whole_len)).map_err(unwritable)?;
            out.write_all(&bytes).map_err(unwritable)?;
            out.sync_data().map_err(unwritable)?;
        }
    }
    Ok(count)
}

/// Writes a moved-progress file: every event, each naming its device.
pub(crate) fn write_moved(path: &Path, header: &Header, events: &Events) -> std::io::Result<usize> {
    let mut bytes = header_line(header);
    lines(events, true, &mut bytes);
    crate::files::write_atomically(path, &bytes)?;
    Ok(events.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lower_case_hex_of_128_bits() {
        assert!(is_id("0123456789abcdef0123456789abcdef"));
        assert!(!is_id("0123456789ABCDEF0123456789abcdef"));
        assert!(!is_id("../../etc/passwd"));
    }

    /// A device file of `answers` answers (past the size read on several threads), its lines.
    fn big_file(dir: &Path, device: &str, answers: usize) -> (PathBuf, Vec<String>) {
        let mut lines = vec![format!("{{\"steppe_sync\":1,\"device\":\"{device}\",\"deck\":\"d\"}}")];
        for i in 0..answers {
            // Now and then a card id the writer escaped: read as the text it stands for.
            let card = if i % 1000 == 7 { format!("r{i}:\\u0063loze") } else { format!("r{i}:cloze") };
            lines.push(format!(
                "{{\"type\":\"answer\",\"id\":\"{i:032x}\",\"at\":{},\"seq\":{i},\"card\":\"{card}\",\"rating\":{},\"source\":\"review\"}}",
                1_767_574_800_000i64 + i as i64,
                1 + i % 4
            ));
        }
        (dir.join(format!("{device}.log")), lines)
    }

    #[test]
    fn a_large_file_read_in_pieces_gives_every_event_in_order_its_lines_numbers_and_its_whole_length() {
        let dir = tempfile::tempdir().unwrap();
        let device = "0123456789abcdef0123456789abcdef";
        let (path, mut lines) = big_file(dir.path(), device, 40_000);
        let whole: String = lines.iter().map(|l| format!("{l}\n")).collect();
        assert!(whole.len() > 2 * PARALLEL_BYTES, "read on several threads: {} bytes", whole.len());
        // The last line cut short while it was written: left out, and not counted as whole.
        std::fs::write(&path, format!("{whole}{{\"type\":\"answer\",\"id\":\"ff")).unwrap();
        let file = read_file(&path, Some(device), "d").unwrap();
        assert_eq!(file.whole_len, whole.len() as u64);
        assert_eq!(file.events.answers.len(), 40_000);
        for (i, a) in file.events.answers.iter().enumerate() {
            assert_eq!(
                (a.seq, a.uid.as_str(), a.card.as_str()),
                (i as i64, format!("{i:032x}").as_str(), format!("r{i}:cloze").as_str())
            );
            assert_eq!((a.origin.as_str(), a.rating, a.source.as_str()), (device, 1 + (i % 4) as u8, "review"));
        }
        // A bad line far into the file is named by its number, and the first bad one wins.
        lines[30_001] = lines[30_001].replace("\"rating\":", "\"rating\":9");
        lines[35_000] = "not json".into();
        std::fs::write(&path, lines.iter().map(|l| format!("{l}\n")).collect::<String>()).unwrap();
        match read_file(&path, Some(device), "d") {
            Err(SyncProblem::BadFile { line, detail, .. }) => {
                assert_eq!((line, detail.as_str()), (30_002, "the rating is not 1 to 4"))
            }
            other => panic!("expected a bad line, got {:?}", other.err()),
        }
        // A line longer than any event, far into the file.
        lines[30_001] = format!("{{\"type\":\"x\",\"pad\":\"{}\"}}", "a".repeat(MAX_LINE));
        std::fs::write(&path, lines.iter().map(|l| format!("{l}\n")).collect::<String>()).unwrap();
        match read_file(&path, Some(device), "d") {
            Err(SyncProblem::BadFile { line, detail, .. }) => {
                assert_eq!((line, detail.as_str()), (30_002, "a line longer than any event"))
            }
            other => panic!("expected a long line, got {:?}", other.err()),
        }
    }

    #[test]
    fn a_deck_id_cannot_leave_the_sync_folder() {
        assert_eq!(deck_dir(Path::new("/s"), "../x"), Path::new("/s/steppe-sync/___x"));
    }
}
