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
    /// Without a byte-order mark and with `\n` line endings, however the file was saved.
    pub text: Arc<String>,
    /// How the file was saved, to save it the same way.
    pub style: TextStyle,
    /// Where each line of `text` starts, worked out when first needed.
    pub(crate) line_starts: Arc<std::sync::OnceLock<Vec<usize>>>,
}

impl SourceFile {
    /// A file of `text`, as saved in any editor: a byte-order mark and Windows line endings are
    /// taken off (and remembered in `style`).
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        let path = path.into();
        let (text, style) = TextStyle::read(text.into());
        Self { shown: path.clone(), path, text: Arc::new(text), style, line_starts: Arc::default() }
    }

    /// The 1-based line and column (in characters) of a byte offset, in time that does not grow
    /// with the offset: a check reporting thousands of problems in one file stays quick.
    pub fn line_and_column(&self, offset: usize) -> (usize, usize) {
        let text = self.text.as_str();
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let starts = self
            .line_starts
            .get_or_init(|| std::iter::once(0).chain(text.match_indices('\n').map(|(at, _)| at + 1)).collect());
        let line = starts.partition_point(|&start| start <= offset);
        let start = starts[line - 1];
        (line, text[start..offset].chars().count() + 1)
    }
}

/// How a text file was saved: with a UTF-8 byte-order mark, with Windows line endings (`\r\n`).
/// Files are read without them, so that every offset, line and column is the text's, and written
/// back with them, so that an instructor's editor sees its own file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TextStyle {
    pub bom: bool,
    pub crlf: bool,
}

impl TextStyle {
    /// The text without a byte-order mark and with `\n` line endings, and how it was saved.
    pub fn read(raw: String) -> (String, TextStyle) {
        let bom = raw.starts_with('\u{feff}');
        let crlf = raw.contains("\r\n");
        if !bom && !crlf {
            return (raw, TextStyle::default());
        }
        let text = raw.strip_prefix('\u{feff}').unwrap_or(&raw);
        let text = if crlf { text.replace("\r\n", "\n") } else { text.to_owned() };
        (text, TextStyle { bom, crlf })
    }

    /// `text` as a file saved this way.
    pub fn write(self, text: &str) -> String {
        let body = if self.crlf { text.replace("\r\n", "\n").replace('\n', "\r\n") } else { text.to_owned() };
        if self.bom { format!("\u{feff}{body}") } else { body }
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
        // Read on every core: a big deck has thousands of files.
        for read in crate::cards::parallel::map_shared(&paths, |path| read_one(root, path)) {
            files.push(read?);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_and_windows_line_endings_are_read_off_and_written_back() {
        let saved = "\u{feff}+++\r\nid = \"r\"\r\n+++\r\n\r\nText.\r\n";
        let file = SourceFile::new("readings/r.md", saved);
        assert_eq!(file.text.as_str(), "+++\nid = \"r\"\n+++\n\nText.\n");
        assert_eq!(file.style, TextStyle { bom: true, crlf: true });
        assert_eq!(file.style.write(&file.text), saved);
        let plain = SourceFile::new("deck.toml", "id = \"d\"\n");
        assert_eq!((plain.style, plain.style.write(&plain.text).as_str()), (TextStyle::default(), "id = \"d\"\n"));
    }
}
