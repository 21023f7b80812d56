//! The compiled deck kept beside its study database, so that opening a deck whose files have not
//! changed does not parse, anchor and check every file again (seconds for a deck of 100,000
//! claims; reading the cache takes a small part of that).
//!
//! The file (`deck.cache` in the study folder) holds a header and the compiled deck in a compact
//! binary form, compressed. The header names what the deck was compiled from: a SHA-256 of every
//! source file (its path, the path shown in messages and its text) and of the code that compiles
//! decks and writes this file, so a cache made by another build, for other files, or another
//! deck is never used. The body carries its own SHA-256: a file cut short, damaged or hand-made
//! is refused. Whatever is wrong with the file, the deck is compiled afresh and the file made
//! again; it is never an error.

use sha2::{Digest, Sha256};
use std::path::Path;

use crate::content::{
    Anchor, Block, BlockKind, Citation, Claim, ClaimKind, Deck, DeckInfo, Dispute, Reading, Run, SourceFile, Version,
};
use crate::ids::{ClaimId, ReadingId};

/// The cache's file name in the study folder.
pub const CACHE_FILE: &str = "deck.cache";

const MAGIC: &[u8; 8] = b"STPDECK\x01";

/// The code whose change can change a compiled deck or this file's layout: a cache made by a
/// build with other code is stale.
const COMPILER_SOURCES: &[&str] = &[
    include_str!("deck_cache.rs"),
    include_str!("content/mod.rs"),
    include_str!("content/anchor.rs"),
    include_str!("content/claim.rs"),
    include_str!("content/dispute.rs"),
    include_str!("content/reading.rs"),
    include_str!("content/source.rs"),
    include_str!("content/problem.rs"),
    include_str!("ids.rs"),
    include_str!("../Cargo.lock"),
    env!("CARGO_PKG_VERSION"),
];

/// What the cache is looked up by: a hash of the deck's source files and of the compiler.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CacheKey([u8; 32]);

impl CacheKey {
    /// The key of `files`, in any order.
    pub fn of(files: &[SourceFile]) -> Self {
        let mut hasher = Sha256::new();
        for source in COMPILER_SOURCES {
            hasher.update((source.len() as u64).to_le_bytes());
            hasher.update(source.as_bytes());
        }
        let mut sorted: Vec<&SourceFile> = files.iter().collect();
        sorted.sort_by(|a, b| a.path.cmp(&b.path));
        hasher.update((sorted.len() as u64).to_le_bytes());
        for file in sorted {
            for part in [file.path.as_str(), file.shown.as_str(), file.text.as_str()] {
                hasher.update((part.len() as u64).to_le_bytes());
                hasher.update(part.as_bytes());
            }
        }
        Self(hasher.finalize().into())
    }
}

/// Why a cache was not used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Miss {
    /// There is no cache file.
    Missing,
    /// The file is not a deck cache, or is damaged (cut short, a wrong checksum, a body that
    /// does not decode).
    Corrupt,
    /// A cache of other files, or made by another build.
    Stale,
}

/// The compiled deck stored in `dir` for exactly these files, or why there is none.
pub fn load(dir: &Path, key: &CacheKey) -> Result<Deck, Miss> {
    let bytes = match std::fs::read(dir.join(CACHE_FILE)) {
        Ok(bytes) => bytes,
        Err(_) => return Err(Miss::Missing),
    };
    decode_file(&bytes, key)
}

/// Stores `deck`, compiled from the files of `key`, in `dir`: written beside it, then renamed
/// over the old file, so that a reader never sees half of it. It is not synced: a file that a
/// power cut leaves short or empty fails its checksum and is made again.
pub fn save(dir: &Path, key: &CacheKey, deck: &Deck) -> std::io::Result<()> {
    let path = dir.join(CACHE_FILE);
    let temp = dir.join(format!(".{CACHE_FILE}.{}.tmp", std::process::id()));
    let written = std::fs::write(&temp, encode_file(key, deck)).and_then(|()| std::fs::rename(&temp, &path));
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}

/// Removes the cache in `dir`, if any: done when the deck's files are edited.
pub fn remove(dir: &Path) {
    let _ = std::fs::remove_file(dir.join(CACHE_FILE));
}

/// The header, then the compressed body and its checksum.
fn encode_file(key: &CacheKey, deck: &Deck) -> Vec<u8> {
    let mut body = Writer(Vec::with_capacity(1 << 20));
    deck.encode(&mut body);
    let body = zstd::bulk::compress(&body.0, 1).expect("compressing to memory does not fail");
    let mut out = Vec::with_capacity(body.len() + 96);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&key.0);
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(&Sha256::digest(&body));
    out.extend_from_slice(&body);
    out
}

/// The most a body may hold once decompressed: far above any deck the limits allow.
const MAX_BODY: usize = 1 << 31;

fn decode_file(bytes: &[u8], key: &CacheKey) -> Result<Deck, Miss> {
    let mut r = Reader(bytes);
    if r.take(8).ok_or(Miss::Corrupt)? != MAGIC {
        return Err(Miss::Corrupt);
    }
    if r.take(32).ok_or(Miss::Corrupt)? != key.0 {
        return Err(Miss::Stale);
    }
    let len = u64::from_le_bytes(r.take(8).ok_or(Miss::Corrupt)?.try_into().expect("8 bytes"));
    let sum = r.take(32).ok_or(Miss::Corrupt)?;
    if r.0.len() as u64 != len || Sha256::digest(r.0).as_slice() != sum {
        return Err(Miss::Corrupt);
    }
    let capacity = zstd::bulk::Decompressor::upper_bound(r.0).unwrap_or(MAX_BODY).min(MAX_BODY);
    let body = zstd::bulk::decompress(r.0, capacity).map_err(|_| Miss::Corrupt)?;
    let mut body = Reader(&body);
    let deck = Deck::decode(&mut body).ok_or(Miss::Corrupt)?;
    if !body.0.is_empty() {
        return Err(Miss::Corrupt);
    }
    Ok(deck)
}

/// The body's writer: lengths and numbers as LEB128 varints, strings as their length and bytes.
struct Writer(Vec<u8>);

impl Writer {
    fn uint(&mut self, mut n: u64) {
        while n >= 0x80 {
            self.0.push((n as u8) | 0x80);
            n >>= 7;
        }
        self.0.push(n as u8);
    }

    fn str(&mut self, s: &str) {
        self.uint(s.len() as u64);
        self.0.extend_from_slice(s.as_bytes());
    }
}

/// The body's reader: every read is checked, so a damaged body gives `None`, never a panic or a
/// huge allocation.
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.0.len() {
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }

    fn uint(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let (&byte, rest) = self.0.split_first()?;
            self.0 = rest;
            n |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return Some(n);
            }
        }
        None
    }

    fn usize(&mut self) -> Option<usize> {
        usize::try_from(self.uint()?).ok()
    }

    /// A count of items, each at least one byte: never more than the bytes left.
    fn count(&mut self) -> Option<usize> {
        self.usize().filter(|&n| n <= self.0.len())
    }
}

/// A value in the body.
trait Codec: Sized {
    fn encode(&self, w: &mut Writer);
    fn decode(r: &mut Reader) -> Option<Self>;
}

impl Codec for String {
    fn encode(&self, w: &mut Writer) {
        w.str(self);
    }
    fn decode(r: &mut Reader) -> Option<Self> {
        let len = r.usize()?;
        std::str::from_utf8(r.take(len)?).ok().map(str::to_owned)
    }
}

impl Codec for bool {
    fn encode(&self, w: &mut Writer) {
        w.uint(u64::from(*self));
    }
    fn decode(r: &mut Reader) -> Option<Self> {
        match r.uint()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

impl Codec for usize {
    fn encode(&self, w: &mut Writer) {
        w.uint(*self as u64);
    }
    fn decode(r: &mut Reader) -> Option<Self> {
        r.usize()
    }
}

impl Codec for u64 {
    fn encode(&self, w: &mut Writer) {
        w.uint(*self);
    }
    fn decode(r: &mut Reader) -> Option<Self> {
        r.uint()
    }
}

impl<T: Codec> Codec for Option<T> {
    fn encode(&self, w: &mut Writer) {
        match self {
            None => w.uint(0),
            Some(v) => {
                w.uint(1);
                v.encode(w);
            }
        }
    }
    fn decode(r: &mut Reader) -> Option<Self> {
        match r.uint()? {
            0 => Some(None),
            1 => Some(Some(T::decode(r)?)),
            _ => None,
        }
    }
}

impl<T: Codec> Codec for Vec<T> {
    fn encode(&self, w: &mut Writer) {
        w.uint(self.len() as u64);
        for item in self {
            item.encode(w);
        }
    }
    fn decode(r: &mut Reader) -> Option<Self> {
        let len = r.count()?;
        let mut items = Vec::with_capacity(len);
        for _ in 0..len {
            items.push(T::decode(r)?);
        }
        Some(items)
    }
}

impl Codec for ReadingId {
    fn encode(&self, w: &mut Writer) {
        w.str(&self.0);
    }
    fn decode(r: &mut Reader) -> Option<Self> {
        String::decode(r).map(ReadingId)
    }
}

impl Codec for ClaimId {
    fn encode(&self, w: &mut Writer) {
        w.str(&self.0);
    }
    fn decode(r: &mut Reader) -> Option<Self> {
        String::decode(r).map(ClaimId)
    }
}

/// `Codec` for a struct, field by field in the order given (every field must be named: a field
/// added to the struct and not here does not compile).
macro_rules! codec_struct {
    ($name:ident { $($field:ident),* $(,)? }) => {
        impl Codec for $name {
            fn encode(&self, w: &mut Writer) {
                let $name { $($field),* } = self;
                $($field.encode(w);)*
            }
            fn decode(r: &mut Reader) -> Option<Self> {
                $(let $field = Codec::decode(r)?;)*
                Some($name { $($field),* })
            }
        }
    };
}

codec_struct!(DeckInfo { id, title, description, authors, version, language, readings });
codec_struct!(Deck { info, readings, claims, disputes, fingerprint });
codec_struct!(Reading { citation, path, blocks });
codec_struct!(Citation { id, title, author, publisher, published, url, seed, cited_as, editor_added, editor_note });
codec_struct!(Block { kind, runs, offset });
codec_struct!(Run { text, emphasis, strong, link, footnote });
codec_struct!(Anchor { block, start, end });
codec_struct!(Dispute { id, question, note, internal, versions });
codec_struct!(Version { says, reading, claims });
codec_struct!(Claim {
    id,
    reading,
    quote,
    anchor,
    text,
    answer,
    question,
    kind,
    date,
    tags,
    conflicts_with,
    role,
    event,
    distractors,
    false_statements,
    typed,
});

impl Codec for BlockKind {
    fn encode(&self, w: &mut Writer) {
        match self {
            BlockKind::Paragraph => w.uint(0),
            BlockKind::Heading { level } => {
                w.uint(1);
                w.uint(u64::from(*level));
            }
            BlockKind::Quote => w.uint(2),
            BlockKind::ListItem => w.uint(3),
            BlockKind::Footnote { label } => {
                w.uint(4);
                w.str(label);
            }
        }
    }
    fn decode(r: &mut Reader) -> Option<Self> {
        Some(match r.uint()? {
            0 => BlockKind::Paragraph,
            1 => BlockKind::Heading { level: u8::try_from(r.uint()?).ok()? },
            2 => BlockKind::Quote,
            3 => BlockKind::ListItem,
            4 => BlockKind::Footnote { label: String::decode(r)? },
            _ => return None,
        })
    }
}

impl Codec for ClaimKind {
    fn encode(&self, w: &mut Writer) {
        w.uint(ClaimKind::ALL.iter().position(|k| k == self).expect("every kind is listed") as u64);
    }
    fn decode(r: &mut Reader) -> Option<Self> {
        ClaimKind::ALL.get(r.usize()?).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_deck_comes_back_field_for_field() {
        let files = crate::content::builtin_files();
        let deck = crate::content::compile(&files).expect("the built-in deck compiles");
        let key = CacheKey::of(&files);
        let back = decode_file(&encode_file(&key, &deck), &key).expect("decodes");
        assert_eq!(format!("{back:?}"), format!("{deck:?}"));
    }

    #[test]
    fn every_cut_or_flipped_byte_is_refused() {
        let files = crate::content::builtin_files();
        let deck = crate::content::compile(&files).unwrap();
        let key = CacheKey::of(&files);
        let bytes = encode_file(&key, &deck);
        for cut in [0, 7, 8, 40, 48, 80, bytes.len() / 2, bytes.len() - 1] {
            assert!(decode_file(&bytes[..cut], &key).is_err(), "cut at {cut}");
        }
        for at in [0, 9, 45, 60, 90, bytes.len() / 3, bytes.len() - 1] {
            let mut flipped = bytes.clone();
            flipped[at] ^= 0x20;
            assert!(decode_file(&flipped, &key).is_err(), "flipped at {at}");
        }
    }
}
