//! Decks kept in a git repository: an instructor commits a deck folder (deck.toml, readings/,
//! claims/) and a student adds it by URL or path, then updates it when a new version is pushed.
//!
//! A local repository (a path or a `file://` URL) is read in place; an `https://` one is fetched
//! shallowly into a temporary folder that is dropped once read. Either way the deck's files are
//! read from the commit's tree, never from a checkout, with the package limits (file count, file
//! size, total size), and installed with the package import's install (stable claim ids, so all
//! progress carries over). What was installed from where is remembered in the deck's study
//! folder ([`SOURCE_FILE`]); the installed folder is all the deck needs, so it keeps working
//! offline, and a fetch that fails changes nothing.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use ts_rs::TS;

use super::ExchangeError;
use super::install::{self, ImportReport};
use super::package::LIMITS;
use crate::content::SourceFile;

/// The file in a git deck's study folder naming the repository, the reference followed and the
/// commit installed.
pub const SOURCE_FILE: &str = "git-source.toml";

/// Where a deck installed from git came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct GitSource {
    /// The repository: an `https://` or `file://` URL, or an absolute local path.
    pub url: String,
    /// The branch or tag followed; none for the repository's `HEAD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub reference: Option<String>,
    /// The commit (full hex id) read.
    pub commit: String,
}

/// A version of a git deck read and checked but not installed: where it is, and what installing
/// it would change (`report.added`, `removed`, `changed`; `report.previous_version` is the
/// version installed now, if any).
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct GitCheck {
    pub source: GitSource,
    pub report: ImportReport,
    /// The commit installed now, when the deck came from git before.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub installed_commit: Option<String>,
    /// The same commit is installed already: installing changes nothing.
    pub up_to_date: bool,
}

/// The git source of an installed deck, if it came from git.
pub fn source(study_dir: &Path) -> Option<GitSource> {
    let text = std::fs::read_to_string(study_dir.join(SOURCE_FILE)).ok()?;
    toml::from_str(&text).ok()
}

/// What a repository location is.
enum Location {
    Local(PathBuf),
    Remote(String),
}

/// Classifies `url`: `https://`/`http://` are fetched, `file://` and paths read in place; other
/// transports (ssh, git) are refused, as they would need programs outside Steppe.
fn locate(url: &str) -> Result<Location, ExchangeError> {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        return Ok(Location::Remote(url.to_owned()));
    }
    if let Some(path) = url.strip_prefix("file://") {
        return Ok(Location::Local(PathBuf::from(path)));
    }
    if lower.contains("://") || (lower.contains('@') && lower.contains(':') && !Path::new(url).exists()) {
        return Err(ExchangeError::refused(url, crate::notice!(GitUrlScheme)));
    }
    if url.is_empty() {
        return Err(ExchangeError::refused(url, crate::notice!(GitNoUrl)));
    }
    Ok(Location::Local(PathBuf::from(url)))
}

/// The URL to remember: a local path made absolute, so that updates work from any folder.
fn remembered(url: &str) -> String {
    match locate(url) {
        Ok(Location::Local(path)) if !url.trim().starts_with("file://") => {
            std::path::absolute(&path).unwrap_or(path).display().to_string()
        }
        _ => url.trim().to_owned(),
    }
}

/// A deck's files as read from one commit.
struct Version {
    commit: String,
    files: Vec<SourceFile>,
}

/// Reads the deck at `reference` (a branch, tag or commit id; `HEAD` when none) of the repository
/// at `url`. A remote one is fetched into a scratch folder of `data_dir`, removed before this returns.
fn read_version(url: &str, reference: Option<&str>, data_dir: &Path) -> Result<Version, ExchangeError> {
    match locate(url)? {
        Location::Local(path) => {
            let broken = |e: &dyn std::fmt::Display| {
                ExchangeError::refused(url, crate::notice!(GitNotARepository, error = e.to_string()))
            };
            if !path.exists() {
                return Err(ExchangeError::Fetch {
                    url: url.to_owned(),
                    message: "the folder does not exist (a removable disk not plugged in?)".into(),
                });
            }
            let repo = gix::open_opts(&path, gix::open::Options::isolated()).map_err(|e| broken(&e))?;
            let commit = resolve(&repo, url, reference)?;
            read_commit(&repo, url, commit)
        }
        Location::Remote(remote) => fetch(&remote, reference, data_dir),
    }
}

/// The commit `reference` names in `repo` (a branch, tag or full commit id), or `HEAD`'s.
fn resolve(repo: &gix::Repository, url: &str, reference: Option<&str>) -> Result<gix::ObjectId, ExchangeError> {
    let Some(name) = reference.map(str::trim).filter(|r| !r.is_empty()) else {
        return repo
            .head_commit()
            .map(|c| c.id)
            .map_err(|e| ExchangeError::refused(url, crate::notice!(GitNoHead, error = e.to_string())));
    };
    if let Ok(id) = gix::ObjectId::from_hex(name.as_bytes()) {
        return repo.find_commit(id).map(|c| c.id).map_err(|e| {
            ExchangeError::refused(url, crate::notice!(GitNoCommit, commit = name, error = e.to_string()))
        });
    }
    let not_found = |e: &dyn std::fmt::Display| {
        ExchangeError::refused(url, crate::notice!(GitNoReference, name = name, error = e.to_string()))
    };
    let mut found = repo.find_reference(name).map_err(|e| not_found(&e))?;
    found.peel_to_commit().map(|c| c.id).map_err(|e| not_found(&e))
}

/// Fetches `reference` (or `HEAD`) of the remote repository into a scratch folder, one commit
/// deep, and reads it. Nothing else is touched.
#[cfg(feature = "git-https")]
fn fetch(url: &str, reference: Option<&str>, data_dir: &Path) -> Result<Version, ExchangeError> {
    use std::num::NonZeroU32;
    use std::sync::atomic::{AtomicBool, Ordering};
    let failed = |e: &dyn std::fmt::Display| ExchangeError::Fetch { url: url.to_owned(), message: e.to_string() };
    let scratch = scratch_dir(data_dir)?;
    let dir = tempfile::Builder::new().prefix("fetch-").tempdir_in(&scratch).map_err(|e| failed(&e))?;
    let mut prepare = gix::clone::PrepareFetch::new(
        url,
        dir.path(),
        gix::create::Kind::Bare,
        gix::create::Options::default(),
        gix::open::Options::isolated(),
    )
    .map_err(|e| failed(&e))?
    .with_shallow(gix::remote::fetch::Shallow::DepthAtRemote(NonZeroU32::MIN));
    if let Some(name) = reference.map(str::trim).filter(|r| !r.is_empty()) {
        prepare = prepare.with_ref_name(Some(name)).map_err(|e| failed(&e))?;
    }
    let interrupt = AtomicBool::new(false);
    let done = AtomicBool::new(false);
    let (fetched, over) = std::thread::scope(|scope| {
        // The pack is written to the scratch folder as it arrives: a watcher stops the transfer
        // once the folder passes the package limit, so a huge repository never fills the disk.
        let watcher = scope.spawn(|| {
            while !done.load(Ordering::Relaxed) {
                let bytes = folder_bytes(dir.path());
                if bytes > LIMITS.package_bytes {
                    interrupt.store(true, Ordering::Relaxed);
                    return Some(bytes);
                }
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            None
        });
        let fetched = prepare.fetch_only(gix::progress::Discard, &interrupt);
        done.store(true, Ordering::Relaxed);
        (fetched, watcher.join().ok().flatten())
    });
    let bytes = over.unwrap_or_else(|| folder_bytes(dir.path()));
    if bytes > LIMITS.package_bytes {
        return Err(ExchangeError::refused(
            url,
            crate::notice!(GitFetchedTooLarge, bytes = bytes, limit = LIMITS.package_bytes),
        ));
    }
    let (repo, _) = fetched.map_err(|e| failed(&e))?;
    let commit = repo
        .head_commit()
        .map(|c| c.id)
        .map_err(|e| ExchangeError::refused(url, crate::notice!(GitFetchedNoCommit, error = e.to_string())))?;
    read_commit(&repo, url, commit)
}

#[cfg(not(feature = "git-https"))]
fn fetch(url: &str, _reference: Option<&str>, _data_dir: &Path) -> Result<Version, ExchangeError> {
    Err(ExchangeError::refused(url, crate::notice!(GitNoHttps)))
}

/// The bytes of the files under `dir`.
#[cfg(feature = "git-https")]
fn folder_bytes(dir: &Path) -> u64 {
    let Ok(entries) = std::fs::read_dir(dir) else { return 0 };
    entries
        .flatten()
        .map(|e| match e.file_type() {
            Ok(t) if t.is_dir() => folder_bytes(&e.path()),
            Ok(_) => e.metadata().map_or(0, |m| m.len()),
            Err(_) => 0,
        })
        .sum()
}

/// A deck file's place in the repository: `deck.toml`, `disputes.toml`, `readings/*.md` or
/// `claims/*.toml`.
fn is_deck_file(folder: &str, name: &str) -> bool {
    match folder {
        "" => name == "deck.toml" || name == crate::content::DISPUTES_FILE,
        "readings" => name.ends_with(".md"),
        "claims" => name.ends_with(".toml"),
        _ => false,
    }
}

/// Reads the deck files of `commit`'s top folder, `readings/` and `claims/` from the object
/// database, refusing links, submodules, odd names and anything over the package limits.
fn read_commit(repo: &gix::Repository, url: &str, commit: gix::ObjectId) -> Result<Version, ExchangeError> {
    let short = commit.to_hex_with_len(10).to_string();
    let refuse = |notice: crate::notice::Notice| ExchangeError::refused(url, notice);
    let broken = |what: &str, e: &dyn std::fmt::Display| {
        refuse(crate::notice!(GitUnreadable, commit = short.as_str(), what = what, error = e.to_string()))
    };
    let root =
        repo.find_commit(commit).map_err(|e| broken(&short, &e))?.tree_id().map_err(|e| broken("/", &e))?.detach();

    // (folder, name, blob) of each deck file, checked before any is read.
    let mut wanted: Vec<(String, gix::ObjectId)> = Vec::new();
    let mut folders = vec![(String::new(), root)];
    let mut entries = 0usize;
    while let Some((folder, tree_id)) = folders.pop() {
        let shown_folder = format!("{folder}/");
        let tree = repo.find_tree(tree_id).map_err(|e| broken(&shown_folder, &e))?;
        let decoded = tree.decode().map_err(|e| broken(&shown_folder, &e))?;
        for entry in &decoded.entries {
            entries += 1;
            if entries > LIMITS.entries {
                return Err(refuse(crate::notice!(GitTooManyFiles, commit = short.as_str(), limit = LIMITS.entries)));
            }
            let name = entry.filename.to_string();
            let path = if folder.is_empty() { name.clone() } else { format!("{folder}/{name}") };
            if entry.mode.is_link() {
                let target = repo
                    .find_blob(entry.oid.to_owned())
                    .map(|b| String::from_utf8_lossy(&b.data).into_owned())
                    .unwrap_or_default();
                let escapes = target.starts_with('/')
                    || target.starts_with('\\')
                    || target.split(['/', '\\']).any(|p| p == "..")
                    || target.contains(':');
                let deck_path =
                    is_deck_file(&folder, &name) || (folder.is_empty() && (name == "readings" || name == "claims"));
                if escapes || deck_path {
                    let path = path.escape_debug().to_string();
                    let target = crate::content::excerpt(&target, 80).escape_debug().to_string();
                    let commit = short.as_str();
                    return Err(refuse(if escapes {
                        crate::notice!(GitLinkOut, commit = commit, path = path, target = target)
                    } else {
                        crate::notice!(GitLink, commit = commit, path = path, target = target)
                    }));
                }
                continue;
            }
            if folder.is_empty() && entry.mode.is_tree() && (name == "readings" || name == "claims") {
                folders.push((name, entry.oid.to_owned()));
                continue;
            }
            if !is_deck_file(&folder, &name) {
                continue;
            }
            if entry.mode.is_commit() || entry.mode.is_tree() {
                let path = path.escape_debug().to_string();
                return Err(refuse(crate::notice!(GitNotAFile, commit = short.as_str(), path = path)));
            }
            if name.starts_with('.') || name.chars().any(|c| c.is_control() || matches!(c, '\\' | ':')) {
                let path = path.escape_debug().to_string();
                return Err(refuse(crate::notice!(GitOddName, commit = short.as_str(), path = path)));
            }
            wanted.push((path, entry.oid.to_owned()));
        }
    }
    if !wanted.iter().any(|(path, _)| path == "deck.toml") {
        return Err(refuse(crate::notice!(GitNoDeckToml, commit = short.as_str())));
    }
    let mut total = 0u64;
    for (path, blob) in &wanted {
        let size = repo.find_header(*blob).map_err(|e| broken(path, &e))?.size();
        if size > LIMITS.entry_bytes {
            let limit = LIMITS.entry_bytes;
            return Err(refuse(crate::notice!(
                GitFileTooLarge,
                commit = short.as_str(),
                path = path.as_str(),
                size = size,
                limit = limit
            )));
        }
        total += size;
        if total > LIMITS.total_bytes {
            return Err(refuse(crate::notice!(GitFilesTooLarge, commit = short.as_str(), limit = LIMITS.total_bytes)));
        }
    }
    let mut files = Vec::with_capacity(wanted.len());
    for (path, blob) in wanted {
        let data = repo.find_blob(blob).map_err(|e| broken(&path, &e))?.detach().data;
        let text = String::from_utf8(data).map_err(|e| {
            let byte = e.utf8_error().valid_up_to();
            refuse(crate::notice!(GitNotUtf8, commit = short.as_str(), path = path.as_str(), byte = byte))
        })?;
        files.push(SourceFile { shown: format!("{url}@{short}:{path}"), ..SourceFile::new(path, text) });
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(Version { commit: commit.to_string(), files })
}

/// Reads and checks the deck at `url` and `reference`, and says what installing it would change;
/// nothing is installed. `deck` is the id the deck must have (an update), or none (an add, which
/// refuses an id of a deck that is there already from elsewhere).
pub fn check(
    data_dir: &Path,
    url: &str,
    reference: Option<&str>,
    deck: Option<&str>,
) -> Result<GitCheck, ExchangeError> {
    let url = remembered(url);
    let version = read_version(&url, reference, data_dir)?;
    let compiled = install::compile_checked(&url, &version.files)?;
    let id = compiled.info.id.clone();
    let library = crate::decks::DeckLibrary::new(data_dir);
    if crate::decks::DeckLibrary::is_builtin(&id) {
        return Err(ExchangeError::refused(&url, crate::notice!(GitBuiltinId, id = id.as_str())));
    }
    let installed = source(&library.study_dir(&id));
    match deck {
        Some(expected) if expected != id => {
            return Err(ExchangeError::refused(
                &url,
                crate::notice!(GitOtherDeckNow, id = id.as_str(), expected = expected),
            ));
        }
        None if library.folder(&id).exists() && installed.as_ref().is_none_or(|s| s.url != url) => {
            return Err(ExchangeError::refused(&url, crate::notice!(GitIdTaken, id = id.as_str())));
        }
        _ => {}
    }
    let report = install::diff(&compiled, &super::decks_dir(data_dir));
    let installed_commit = installed.map(|s| s.commit);
    let up_to_date = installed_commit.as_deref() == Some(version.commit.as_str());
    let reference = reference.map(str::trim).filter(|r| !r.is_empty()).map(str::to_owned);
    Ok(GitCheck { source: GitSource { url, reference, commit: version.commit }, report, installed_commit, up_to_date })
}

/// Checks the git deck `deck` for a new version: its remembered repository at `reference`, or
/// at the reference it follows.
pub fn check_update(data_dir: &Path, deck: &str, reference: Option<&str>) -> Result<GitCheck, ExchangeError> {
    let library = crate::decks::DeckLibrary::new(data_dir);
    let Some(known) = source(&library.study_dir(deck)) else {
        return Err(ExchangeError::refused(deck, crate::notice!(GitNotFromGit, deck = deck)));
    };
    let reference = reference.or(known.reference.as_deref());
    check(data_dir, &known.url, reference, Some(deck))
}

/// The ids of the decks added from git, in id order.
pub fn git_decks(data_dir: &Path) -> Vec<String> {
    let library = crate::decks::DeckLibrary::new(data_dir);
    let mut ids: Vec<String> = std::fs::read_dir(super::decks_dir(data_dir))
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|id| !id.starts_with('.') && source(&library.study_dir(id)).is_some())
        .collect();
    ids.sort();
    ids
}

/// Installs the deck checked as `checked`: reads the same repository again, refuses if it no
/// longer gives the same commit, installs (claim ids and so progress carry over) and remembers
/// the source. `force` installs an older version over a newer one.
pub fn install(data_dir: &Path, checked: &GitSource, deck: &str, force: bool) -> Result<ImportReport, ExchangeError> {
    let decks_dir = super::decks_dir(data_dir);
    let _lock = super::install_lock(&decks_dir)?;
    let version = read_version(&checked.url, checked.reference.as_deref(), data_dir)?;
    if version.commit != checked.commit {
        let now = &version.commit[..10.min(version.commit.len())];
        let before = &checked.commit[..10.min(checked.commit.len())];
        return Err(ExchangeError::refused(&checked.url, crate::notice!(GitMoved, now = now, checked = before)));
    }
    let compiled = install::compile_checked(&checked.url, &version.files)?;
    if compiled.info.id != deck {
        let id = compiled.info.id.as_str();
        return Err(ExchangeError::refused(&checked.url, crate::notice!(GitHoldsOtherDeck, id = id, deck = deck)));
    }
    let study = crate::decks::DeckLibrary::new(data_dir).study_dir(deck);
    std::fs::create_dir_all(&study).map_err(|e| ExchangeError::write(&study, e))?;
    let report = install::install(&checked.url, &compiled, &version.files, &decks_dir, force)?;
    let text = toml::to_string(checked).expect("a git source serialises");
    let path = study.join(SOURCE_FILE);
    crate::files::write_atomically(&path, text.as_bytes()).map_err(|e| ExchangeError::write(&path, e))?;
    Ok(report)
}

#[cfg(feature = "git-https")]
/// The folder fetched copies go in while they are read: inside the data folder, so nothing is
/// left outside it.
fn scratch_dir(data_dir: &Path) -> Result<PathBuf, ExchangeError> {
    let dir = data_dir.join("git-fetch");
    std::fs::create_dir_all(&dir).map_err(|e| ExchangeError::write(&dir, e))?;
    Ok(dir)
}
