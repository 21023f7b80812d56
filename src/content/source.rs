//! The files a deck is made of, read from a folder on disk or from the copy built into the binary.

use include_dir::{Dir, include_dir};
use std::path::Path;
use std::sync::Arc;

/// One deck file: its path relative to the deck folder (`claims/001-x.toml`) and its text.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// Relative to the deck folder; decides what the file is.
    pub path: String,
    /// How messages name the file: the path as the user gave it.
    pub shown: String,
    pub text: Arc<String>,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        let path = path.into();
        Self { shown: path.clone(), path, text: Arc::new(text.into()) }
    }
}

static BUILTIN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/content");

/// The built-in deck's files, in path order.
pub fn builtin_files() -> Vec<SourceFile> {
    let mut files = Vec::new();
    collect_embedded(&BUILTIN, &mut files);
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

fn collect_embedded(dir: &Dir<'static>, out: &mut Vec<SourceFile>) {
    for file in dir.files() {
        if let Some(text) = file.contents_utf8() {
            out.push(SourceFile::new(file.path().to_string_lossy(), text));
        }
    }
    for sub in dir.dirs() {
        collect_embedded(sub, out);
    }
}

/// Errors reading a deck folder from disk.
#[derive(Debug, thiserror::Error)]
pub enum ReadDeckError {
    #[error("cannot read `{path}`: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("`{path}` is not a folder; give the deck folder that holds deck.toml")]
    NotAFolder { path: String },
    #[error("`{path}` is not valid UTF-8 text")]
    NotUtf8 { path: String },
}

/// Reads `deck.toml`, `disputes.toml`, `readings/*.md` and `claims/*.toml` of a deck folder, in path order.
pub fn read_dir(root: &Path) -> Result<Vec<SourceFile>, ReadDeckError> {
    let io = |path: &Path, source| ReadDeckError::Io { path: path.display().to_string(), source };
    if !root.is_dir() {
        return Err(ReadDeckError::NotAFolder { path: root.display().to_string() });
    }
    let mut files = Vec::new();
    let deck = root.join("deck.toml");
    if deck.exists() {
        files.push(read_one(root, &deck)?);
    }
    let disputes = root.join(super::DISPUTES_FILE);
    if disputes.exists() {
        files.push(read_one(root, &disputes)?);
    }
    for (sub, ext) in [("readings", "md"), ("claims", "toml")] {
        let dir = root.join(sub);
        if !dir.is_dir() {
            continue;
        }
        let mut paths = Vec::new();
        for entry in std::fs::read_dir(&dir).map_err(|e| io(&dir, e))? {
            let path = entry.map_err(|e| io(&dir, e))?.path();
            if path.extension().is_some_and(|e| e == ext) {
                paths.push(path);
            }
        }
        paths.sort();
        for path in paths {
            files.push(read_one(root, &path)?);
        }
    }
    Ok(files)
}

fn read_one(root: &Path, path: &Path) -> Result<SourceFile, ReadDeckError> {
    let relative = path.strip_prefix(root).unwrap_or(path).to_string_lossy().into_owned();
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| ReadDeckError::Io { path: shown.clone(), source })?;
    let text = String::from_utf8(bytes).map_err(|_| ReadDeckError::NotUtf8 { path: shown.clone() })?;
    Ok(SourceFile { shown, ..SourceFile::new(relative, text) })
}
