//! `.steppe` packages: a zip of a deck folder's files plus `manifest.json` (format version, the
//! deck's id, title and version, and each file's size and SHA-256). Reading one trusts nothing:
//! sizes, ratios, paths, checksums and text are checked before the deck is compiled, and the
//! deck is compiled and validated before anything is written.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::{Cursor, Read, Write};
use std::path::Path;

use super::ExchangeError;
use super::install::{self, ImportReport};
use crate::content::{Deck, SourceFile};
use crate::notice;
use crate::notice::Notice;

pub const MANIFEST: &str = "manifest.json";
pub const FORMAT: &str = "steppe-deck";
pub const FORMAT_VERSION: u32 = 1;

/// Limits on what a package may hold; anything beyond them is refused before it is unpacked.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub package_bytes: u64,
    pub entries: usize,
    pub entry_bytes: u64,
    pub total_bytes: u64,
    /// Largest uncompressed/compressed ratio for entries over 64 KiB.
    pub ratio: u64,
}

pub const LIMITS: Limits =
    Limits { package_bytes: 32 << 20, entries: 2_000, entry_bytes: 4 << 20, total_bytes: 64 << 20, ratio: 100 };

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Manifest {
    pub format: String,
    pub format_version: u32,
    pub deck: ManifestDeck,
    pub files: Vec<ManifestFile>,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct ManifestDeck {
    pub id: String,
    pub title: String,
    pub version: String,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct ManifestFile {
    pub path: String,
    pub size: u64,
    pub sha256: String,
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The package bytes of a compiled deck and the files it was compiled from.
pub fn write_package(deck: &Deck, files: &[SourceFile]) -> Vec<u8> {
    let manifest = Manifest {
        format: FORMAT.into(),
        format_version: FORMAT_VERSION,
        deck: ManifestDeck {
            id: deck.info.id.clone(),
            title: deck.info.title.clone(),
            version: deck.info.version.clone(),
        },
        files: files
            .iter()
            .map(|f| ManifestFile {
                path: f.path.clone(),
                size: f.text.len() as u64,
                sha256: sha256_hex(f.text.as_bytes()),
            })
            .collect(),
    };
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .unix_permissions(0o644);
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let manifest_json = serde_json::to_string_pretty(&manifest).expect("manifest serialises");
    let entries = std::iter::once((MANIFEST, manifest_json.as_bytes()))
        .chain(files.iter().map(|f| (f.path.as_str(), f.text.as_bytes())));
    for (name, bytes) in entries {
        zip.start_file(name, options).expect("writing to memory");
        zip.write_all(bytes).expect("writing to memory");
    }
    zip.finish().expect("writing to memory").into_inner()
}

/// A deck file's path inside a package: `deck.toml`, `disputes.toml`, `readings/<name>.md` or `claims/<name>.toml`,
/// plain names only (no `..`, no absolute paths, no backslashes, no control characters).
fn check_entry_path(name: &str) -> Result<(), Notice> {
    let plain = |s: &str| {
        !s.is_empty()
            && s != "."
            && s != ".."
            && !s.starts_with('.')
            && !s.chars().any(|c| c.is_control() || matches!(c, '/' | '\\' | ':'))
    };
    let ok = match name.split('/').collect::<Vec<_>>().as_slice() {
        ["deck.toml"] | ["disputes.toml"] | [MANIFEST] => true,
        ["readings", file] => plain(file) && file.ends_with(".md"),
        ["claims", file] => plain(file) && file.ends_with(".toml"),
        _ => false,
    };
    if ok {
        Ok(())
    } else if name.starts_with('/') || name.split(['/', '\\']).any(|p| p == "..") || name.contains('\\') {
        Err(notice!(EntryOutside, entry = name.escape_debug().to_string()))
    } else {
        Err(notice!(EntryNotDeckFile, entry = name.escape_debug().to_string()))
    }
}

/// Unpacks and checks a package in memory: its manifest, every entry against the limits and the
/// manifest's checksums, and every file as UTF-8. `file` names the package in messages.
pub fn read_package(file: &str, bytes: &[u8], limits: &Limits) -> Result<(Manifest, Vec<SourceFile>), ExchangeError> {
    let refuse = |notice: Notice| ExchangeError::refused(file, notice);
    if bytes.len() as u64 > limits.package_bytes {
        return Err(refuse(notice!(PackageTooLarge, bytes = bytes.len(), limit = limits.package_bytes)));
    }
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| refuse(notice!(NotAZip, error = e.to_string())))?;
    if archive.len() > limits.entries {
        return Err(refuse(notice!(TooManyEntries, entries = archive.len(), limit = limits.entries)));
    }
    let mut contents: Vec<(String, Vec<u8>)> = Vec::new();
    let mut total = 0u64;
    for index in 0..archive.len() {
        let mut entry = archive
            .by_index(index)
            .map_err(|e| refuse(notice!(EntryUnreadable, index = index, error = e.to_string())))?;
        let name = std::str::from_utf8(entry.name_raw())
            .map_err(|_| refuse(notice!(EntryNameNotUtf8, index = index)))?
            .to_owned();
        if entry.is_dir() {
            continue;
        }
        check_entry_path(&name).map_err(refuse)?;
        if contents.iter().any(|(seen, _)| seen == &name) {
            return Err(refuse(notice!(EntryTwice, entry = name.as_str())));
        }
        let (size, packed) = (entry.size(), entry.compressed_size());
        if size > limits.entry_bytes {
            return Err(refuse(notice!(EntryTooLarge, entry = name.as_str(), size = size, limit = limits.entry_bytes)));
        }
        if size > 64 << 10 && size / packed.max(1) > limits.ratio {
            let ratio = size / packed.max(1);
            return Err(refuse(notice!(EntryRatio, entry = name.as_str(), ratio = ratio, limit = limits.ratio)));
        }
        total += size;
        if total > limits.total_bytes {
            return Err(refuse(notice!(EntriesTooLarge, limit = limits.total_bytes)));
        }
        // The sizes in the header may lie: never read more than they promise.
        let mut data = Vec::with_capacity(size as usize);
        (&mut entry)
            .take(size + 1)
            .read_to_end(&mut data)
            .map_err(|e| refuse(notice!(EntryCannotUnpack, entry = name.as_str(), error = e.to_string())))?;
        if data.len() as u64 != size {
            return Err(refuse(notice!(EntryWrongSize, entry = name.as_str())));
        }
        contents.push((name, data));
    }
    let manifest_bytes = contents
        .iter()
        .find(|(name, _)| name == MANIFEST)
        .map(|(_, data)| data)
        .ok_or_else(|| refuse(notice!(NoManifest, manifest = MANIFEST)))?;
    let manifest: Manifest = serde_json::from_slice(manifest_bytes)
        .map_err(|e| refuse(notice!(BadManifest, manifest = MANIFEST, error = e.to_string())))?;
    if manifest.format != FORMAT {
        return Err(refuse(notice!(
            WrongFormat,
            manifest = MANIFEST,
            found = manifest.format.as_str(),
            expected = FORMAT
        )));
    }
    if manifest.format_version != FORMAT_VERSION {
        return Err(refuse(notice!(FormatVersion, found = manifest.format_version, supported = FORMAT_VERSION)));
    }
    let mut files = Vec::new();
    for (name, data) in &contents {
        if name == MANIFEST {
            continue;
        }
        let listed = manifest
            .files
            .iter()
            .find(|f| &f.path == name)
            .ok_or_else(|| refuse(notice!(EntryNotListed, entry = name.as_str(), manifest = MANIFEST)))?;
        if listed.size != data.len() as u64 || listed.sha256 != sha256_hex(data) {
            return Err(refuse(notice!(EntryChecksum, entry = name.as_str(), manifest = MANIFEST)));
        }
        let text = String::from_utf8(data.clone())
            .map_err(|e| refuse(notice!(EntryNotUtf8, entry = name.as_str(), byte = e.utf8_error().valid_up_to())))?;
        files.push(SourceFile { shown: format!("{file}:{name}"), ..SourceFile::new(name.clone(), text) });
    }
    if let Some(missing) = manifest.files.iter().find(|f| !files.iter().any(|s| s.path == f.path)) {
        return Err(refuse(notice!(ListedMissing, manifest = MANIFEST, entry = missing.path.as_str())));
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((manifest, files))
}

/// Reads, checks and compiles the package at `path`, then installs its deck into `decks_dir`.
/// Nothing is written unless every check passes.
pub fn import_package(path: &Path, decks_dir: &Path, force: bool) -> Result<ImportReport, ExchangeError> {
    let shown = path.display().to_string();
    let bytes = read_limited(path, LIMITS.package_bytes)?;
    let (manifest, files) = read_package(&shown, &bytes, &LIMITS)?;
    let deck = install::compile_checked(&shown, &files)?;
    if deck.info.id != manifest.deck.id || deck.info.version != manifest.deck.version {
        return Err(ExchangeError::refused(
            &shown,
            notice!(
                ManifestOtherDeck,
                manifest = MANIFEST,
                listed = manifest.deck.id.as_str(),
                listed_version = manifest.deck.version.as_str(),
                deck = deck.info.id.as_str(),
                version = deck.info.version.as_str(),
            ),
        ));
    }
    install::install(&shown, &deck, &files, decks_dir, force)
}

/// Reads a file of at most `limit` bytes.
pub(crate) fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ExchangeError> {
    let shown = path.display().to_string();
    let io = |source| ExchangeError::Read { path: shown.clone(), source };
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > limit {
        return Err(ExchangeError::refused(&shown, notice!(FileTooLarge, limit = limit)));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::check_entry_path;

    #[test]
    fn only_deck_files_with_plain_names_are_accepted() {
        for ok in ["deck.toml", "manifest.json", "readings/001-a.md", "claims/001-a.toml"] {
            assert!(check_entry_path(ok).is_ok(), "{ok}");
        }
        for bad in
            ["../deck.toml", "/etc/passwd", "claims/../../x.toml", "readings\\a.md", "claims/.hidden.toml", "x.txt"]
        {
            assert!(check_entry_path(bad).is_err(), "{bad}");
        }
    }
}
