//! Anki packages (`.apkg`), legacy format: a zip holding `collection.anki2` (SQLite, Anki's
//! schema 11) and an empty `media` map, which every Anki from 2.1 on imports.
//!
//! Each claim becomes a "Steppe Cloze" note (its text with the answer as `c1`), and each claim with
//! a question also a "Steppe Basic" note (question / answer); Steppe's other card kinds ask the
//! same facts in ways Anki has no note type for. Note guids come from Steppe card ids and the note
//! type, field and template ids are fixed, so importing a newer export updates notes instead of
//! adding copies. Field text is HTML-escaped: deck content is text, never markup.

use serde_json::{Value, json};
use sha1::Sha1;
use sha2::{Digest, Sha256};
use std::io::{Cursor, Write};

use super::ExchangeError;
use crate::cards::{CardKind, card_id};
use crate::content::{Citation, Claim, Deck};
use crate::ids::CardId;
use crate::schedule::{CardState, Phase};

pub const BASIC_NOTETYPE_ID: i64 = 1_735_000_000_001;
pub const CLOZE_NOTETYPE_ID: i64 = 1_735_000_000_002;
pub const BASIC_NOTETYPE: &str = "Steppe Basic";
pub const CLOZE_NOTETYPE: &str = "Steppe Cloze";
const SEPARATOR: char = '\x1f';

const SCHEMA: &str = "
CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
  ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL, conf text NOT NULL,
  models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL);
CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
  usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL, csum integer NOT NULL,
  flags integer NOT NULL, data text NOT NULL);
CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
  mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL, due integer NOT NULL,
  ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL, lapses integer NOT NULL,
  left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
  ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL,
  type integer NOT NULL);
CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
CREATE INDEX ix_notes_usn ON notes (usn);
CREATE INDEX ix_cards_usn ON cards (usn);
CREATE INDEX ix_revlog_usn ON revlog (usn);
CREATE INDEX ix_cards_nid ON cards (nid);
CREATE INDEX ix_cards_sched ON cards (did, queue, due);
CREATE INDEX ix_revlog_cid ON revlog (cid);
CREATE INDEX ix_notes_csum ON notes (csum);
";

fn stable_u64(key: &str) -> u64 {
    let digest = Sha256::digest(key.as_bytes());
    u64::from_be_bytes(digest[..8].try_into().expect("8 bytes"))
}

/// An Anki note guid for `key` (a Steppe card or claim id): base91 of a hash, so the same key
/// always gives the same guid.
pub fn anki_guid(key: &str) -> String {
    const DIGITS: &[u8] =
        b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~";
    let mut n = stable_u64(&format!("steppe:{key}"));
    let mut out = Vec::new();
    while n > 0 {
        out.push(DIGITS[(n % 91) as usize]);
        n /= 91;
    }
    out.reverse();
    String::from_utf8(out).expect("ASCII digits")
}

/// Text made safe to put in an HTML field.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Anki's checksum of a note's first field (with HTML already stripped): the first four bytes of
/// its SHA-1, read as a big-endian number.
pub fn field_checksum(plain: &str) -> i64 {
    let digest = Sha1::digest(plain.as_bytes());
    i64::from(u32::from_be_bytes(digest[..4].try_into().expect("4 bytes")))
}

/// One note to write: its type, guid key, fields (HTML) and the first field as plain text.
struct Note {
    notetype: i64,
    key: String,
    fields: Vec<String>,
    sort_text: String,
    tags: Vec<String>,
}

/// A reading's citation as plain text: author, “title”, publisher, date. URL.
pub fn citation_text(c: &Citation) -> String {
    let mut parts: Vec<String> = Vec::new();
    parts.extend(c.author.clone());
    parts.push(format!("“{}”", c.title));
    parts.push(c.publisher.clone());
    parts.push(c.published.clone());
    let mut citation = parts.join(", ");
    if let Some(url) = &c.url {
        citation.push_str(&format!(". {url}"));
    }
    citation
}

fn source_field(deck: &Deck, claim: &Claim) -> String {
    let quote = format!("“{}”", escape_html(&claim.quote));
    let Some(reading) = deck.reading(&claim.reading) else { return quote };
    format!("{quote}<br>— {}", escape_html(&citation_text(&reading.citation)))
}

fn notes(deck: &Deck) -> Vec<Note> {
    let mut notes = Vec::new();
    for claim in &deck.claims {
        let tags: Vec<String> = claim.tags.iter().map(|t| t.replace(char::is_whitespace, "_")).collect();
        let source = source_field(deck, claim);
        let cloze_id = card_id(&claim.id, CardKind::Cloze).0;
        let (text, gapped) = match claim.text.find(&claim.answer) {
            Some(at) => {
                let (before, rest) = claim.text.split_at(at);
                let after = &rest[claim.answer.len()..];
                let gap = format!("{{{{c1::{}}}}}", escape_html(&claim.answer));
                (
                    format!("{before}{{{{c1::{}}}}}{after}", claim.answer),
                    format!("{}{gap}{}", escape_html(before), escape_html(after)),
                )
            }
            None => (claim.text.clone(), escape_html(&claim.text)),
        };
        notes.push(Note {
            notetype: CLOZE_NOTETYPE_ID,
            key: cloze_id.clone(),
            fields: vec![gapped, String::new(), source.clone(), escape_html(&cloze_id)],
            sort_text: text,
            tags: tags.clone(),
        });
        if let Some(question) = &claim.question {
            let qa_id = card_id(&claim.id, CardKind::Qa).0;
            notes.push(Note {
                notetype: BASIC_NOTETYPE_ID,
                key: qa_id.clone(),
                fields: vec![escape_html(question), escape_html(&claim.answer), source, escape_html(&qa_id)],
                sort_text: question.clone(),
                tags,
            });
        }
    }
    notes
}

fn field_json(name: &str, ord: usize, id: i64) -> Value {
    json!({"name": name, "ord": ord, "sticky": false, "rtl": false, "font": "Arial", "size": 20,
           "description": "", "plainText": false, "collapsed": false, "excludeFromSearch": false, "id": id})
}

const CSS: &str = ".card { font-family: sans-serif; font-size: 20px; text-align: left; }\n\
                   .source { margin-top: 1em; font-size: 0.8em; color: #666; }";

/// What sets one of the two note types apart; the rest of Anki's note type JSON is the same for both.
struct Notetype {
    id: i64,
    name: &'static str,
    /// Anki's note type kind: 0 standard, 1 cloze.
    kind: i64,
    fields: [&'static str; 4],
    first_field_id: i64,
    template: &'static str,
    template_id: i64,
    question: &'static str,
    answer: &'static str,
}

const BASIC: Notetype = Notetype {
    id: BASIC_NOTETYPE_ID,
    name: BASIC_NOTETYPE,
    kind: 0,
    fields: ["Front", "Back", "Source", "SteppeId"],
    first_field_id: 7_350_000_101,
    template: "Card 1",
    template_id: 7_350_000_201,
    question: "{{Front}}",
    answer: "{{FrontSide}}<hr id=answer>{{Back}}<div class=source>{{Source}}</div>",
};

const CLOZE: Notetype = Notetype {
    id: CLOZE_NOTETYPE_ID,
    name: CLOZE_NOTETYPE,
    kind: 1,
    fields: ["Text", "Back Extra", "Source", "SteppeId"],
    first_field_id: 7_350_000_111,
    template: "Cloze",
    template_id: 7_350_000_211,
    question: "{{cloze:Text}}",
    answer: "{{cloze:Text}}<br>{{Back Extra}}<div class=source>{{Source}}</div>",
};

fn notetype_json(notetype: &Notetype, mod_secs: i64) -> Value {
    let fields: Vec<Value> = (notetype.fields.iter().enumerate())
        .map(|(i, name)| field_json(name, i, notetype.first_field_id + i as i64))
        .collect();
    let mut model = json!({
        "id": notetype.id, "name": notetype.name, "type": notetype.kind, "mod": mod_secs, "usn": -1, "sortf": 0,
        "did": null, "css": CSS, "latexPre": "", "latexPost": "", "latexsvg": false, "flds": fields,
        "tmpls": [{"name": notetype.template, "ord": 0, "id": notetype.template_id, "qfmt": notetype.question,
                   "afmt": notetype.answer, "bqfmt": "", "bafmt": "", "did": null, "bfont": "", "bsize": 0}],
        "tags": [], "vers": []
    });
    // Which fields a standard card needs (old Anki reads this; cloze cards follow their cloze numbers).
    if notetype.kind == 0 {
        model["req"] = json!([[0, "any", [0]]]);
    }
    model
}

fn models(mod_secs: i64) -> Value {
    json!({
        BASIC.id.to_string(): notetype_json(&BASIC, mod_secs),
        CLOZE.id.to_string(): notetype_json(&CLOZE, mod_secs),
    })
}

fn deck_json(id: i64, name: &str, description: &str, mod_secs: i64) -> Value {
    json!({"id": id, "mod": mod_secs, "name": name, "usn": -1, "collapsed": false, "browserCollapsed": false,
           "dyn": 0, "conf": 1, "desc": description, "extendNew": 0, "extendRev": 0,
           "lrnToday": [0, 0], "revToday": [0, 0], "newToday": [0, 0], "timeToday": [0, 0]})
}

fn dconf(mod_secs: i64) -> Value {
    json!({"1": {
        "id": 1, "mod": mod_secs, "name": "Default", "usn": 0, "maxTaken": 60, "autoplay": true, "timer": 0,
        "replayq": true, "dyn": false,
        "new": {"delays": [1.0, 10.0], "initialFactor": 2500, "ints": [1, 4, 0], "order": 1, "perDay": 20, "bury": false},
        "rev": {"ease4": 1.3, "ivlFct": 1.0, "maxIvl": 36500, "perDay": 200, "bury": false, "hardFactor": 1.2},
        "lapse": {"delays": [10.0], "leechAction": 1, "leechFails": 8, "minInt": 1, "mult": 0.0}
    }})
}

/// The Anki deck id for a Steppe deck: fixed per deck id, shaped like Anki's millisecond ids.
pub fn anki_deck_id(deck_id: &str) -> i64 {
    1_600_000_000_000 + (stable_u64(&format!("deck:{deck_id}")) % 50_000_000_000) as i64
}

/// A card row's scheduling columns: type, queue, due, ivl, factor, reps, lapses, left, data.
type Scheduling = (i64, i64, i64, i64, i64, i64, i64, i64, String);

/// Anki's scheduling columns for a Steppe card state; `crt` is the collection's day 0 (seconds).
fn scheduling(state: &CardState, crt: i64, position: i64) -> Scheduling {
    const DAY: i64 = 86_400;
    let due = state.due.unwrap_or(crt);
    let (reps, lapses) = (i64::from(state.reps), i64::from(state.lapses));
    let data = match (state.stability, state.difficulty) {
        (Some(s), Some(d)) => json!({"s": s, "d": d, "dr": 0.9, "lrt": state.last_review}).to_string(),
        _ => String::new(),
    };
    match state.phase {
        Phase::New => (0, 0, position, 0, 0, 0, 0, 0, String::new()),
        Phase::Learning | Phase::Relearning => {
            let left = if state.phase == Phase::Learning { 2 - i64::from(state.step.min(1)) } else { 1 };
            let kind = if state.phase == Phase::Learning { 1 } else { 3 };
            (kind, 1, due, 0, 2500, reps, lapses, left * 1000 + left, data)
        }
        Phase::Review => {
            let interval = ((due - state.last_review.unwrap_or(due - DAY)) as f64 / DAY as f64).round().max(1.0) as i64;
            (2, 2, (due - crt).div_euclid(DAY), interval, 2500, reps, lapses, 0, data)
        }
    }
}

/// The `.apkg` bytes for the deck. `now_secs` stamps notes and note types, so a later export
/// counts as newer in Anki and updates the notes of an earlier one. With `progress` (card states
/// by Steppe card id), each exported card carries its scheduling.
pub fn write_apkg(
    deck: &Deck,
    now_secs: i64,
    progress: Option<&std::collections::HashMap<CardId, CardState>>,
) -> Result<Vec<u8>, ExchangeError> {
    let db_err = |e: rusqlite::Error| ExchangeError::Database(e.to_string());
    let dir = tempfile::tempdir().map_err(|e| ExchangeError::write(&std::env::temp_dir(), e))?;
    let path = dir.path().join("collection.anki2");
    let deck_id = anki_deck_id(&deck.info.id);
    let notes = notes(deck);
    {
        let mut db = rusqlite::Connection::open(&path).map_err(db_err)?;
        // A scratch file, zipped and dropped: syncing it to disk would only cost time.
        db.pragma_update(None, "synchronous", "OFF").map_err(db_err)?;
        db.execute_batch(SCHEMA).map_err(db_err)?;
        let decks = json!({
            "1": deck_json(1, "Default", "", now_secs),
            deck_id.to_string(): deck_json(deck_id, &deck.info.title, &deck.info.description, now_secs),
        });
        let conf = json!({"activeDecks": [1], "addToCur": true, "collapseTime": 1200, "curDeck": 1,
                          "curModel": BASIC_NOTETYPE_ID.to_string(), "dueCounts": true, "estTimes": true,
                          "newBury": true, "newSpread": 0, "nextPos": notes.len() + 1, "sortBackwards": false,
                          "sortType": "noteFld", "timeLim": 0});
        let tx = db.transaction().map_err(db_err)?;
        let crt = now_secs - now_secs.rem_euclid(86_400);
        tx.execute(
            "INSERT INTO col VALUES (1, ?1, ?2, ?2, 11, 0, 0, 0, ?3, ?4, ?5, ?6, '{}')",
            rusqlite::params![
                crt,
                now_secs * 1000,
                conf.to_string(),
                models(now_secs).to_string(),
                decks.to_string(),
                dconf(now_secs).to_string()
            ],
        )
        .map_err(db_err)?;
        let base = deck_id;
        for (i, note) in notes.iter().enumerate() {
            let id = base + i as i64;
            let tags = if note.tags.is_empty() { String::new() } else { format!(" {} ", note.tags.join(" ")) };
            let fields: Vec<&str> = note.fields.iter().map(String::as_str).collect();
            tx.execute(
                "INSERT INTO notes VALUES (?1, ?2, ?3, ?4, -1, ?5, ?6, ?7, ?8, 0, '')",
                rusqlite::params![
                    id,
                    anki_guid(&note.key),
                    note.notetype,
                    now_secs,
                    tags,
                    fields.join(&SEPARATOR.to_string()),
                    note.sort_text,
                    field_checksum(&note.sort_text)
                ],
            )
            .map_err(db_err)?;
            let position = i as i64 + 1;
            let state = progress.and_then(|p| p.get(&CardId(note.key.clone())));
            let (kind, queue, due, ivl, factor, reps, lapses, left, data) = match state {
                Some(state) => scheduling(state, crt, position),
                None => (0, 0, position, 0, 0, 0, 0, 0, String::new()),
            };
            tx.execute(
                "INSERT INTO cards VALUES (?1, ?2, ?3, 0, ?4, -1, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 0, 0, 0, ?13)",
                rusqlite::params![
                    id + notes.len() as i64,
                    id,
                    deck_id,
                    now_secs,
                    kind,
                    queue,
                    due,
                    ivl,
                    factor,
                    reps,
                    lapses,
                    left,
                    data
                ],
            )
            .map_err(db_err)?;
        }
        tx.commit().map_err(db_err)?;
        db.close().map_err(|(_, e)| db_err(e))?;
    }
    let collection =
        std::fs::read(&path).map_err(|e| ExchangeError::Read { path: path.display().to_string(), source: e })?;
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    zip.start_file("collection.anki2", options).expect("writing to memory");
    zip.write_all(&collection).expect("writing to memory");
    zip.start_file("media", options).expect("writing to memory");
    zip.write_all(b"{}").expect("writing to memory");
    Ok(zip.finish().expect("writing to memory").into_inner())
}

#[cfg(test)]
mod tests {
    /// Anki matches notes by guid: a change of scheme would add every note again on a student's
    /// next import instead of updating it.
    #[test]
    fn a_known_cards_guid_never_changes() {
        assert_eq!(super::anki_guid("bt-middle-road"), "w%!mU;x2-,");
    }
}
