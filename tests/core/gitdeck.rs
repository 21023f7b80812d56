//! Decks from a git repository: a bare repository made here with two tagged versions of a deck,
//! added, studied, updated with progress kept; hostile and broken repositories refused with
//! nothing changed; a repository out of reach changes nothing.

use std::path::{Path, PathBuf};

use gix::objs::tree::EntryKind;
use steppe::decks::DeckLibrary;
use steppe::exchange::{self, ExchangeError};
use steppe::schedule::Rating;

use crate::clock;
use crate::gitrepo::{HttpServer, TestRepo, as_files, deck_files, two_versions, version_two};

/// Every file under `dir`, with a hash of its bytes, to compare a data folder before and after.
pub fn snapshot(dir: &Path) -> Vec<(PathBuf, u64)> {
    use std::hash::{Hash, Hasher};
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let mut hash = std::collections::hash_map::DefaultHasher::new();
                std::fs::read(&p).unwrap_or_default().hash(&mut hash);
                out.push((p.strip_prefix(dir).unwrap().to_owned(), hash.finish()));
            }
        }
    }
    out.sort();
    out
}

fn ids(list: &[steppe::ids::ClaimId]) -> Vec<&str> {
    list.iter().map(|id| id.as_str()).collect()
}

#[test]
fn a_deck_added_from_git_at_v1_updates_to_v2_keeping_progress() {
    let repo = two_versions();
    let data = tempfile::tempdir().unwrap();
    let found = exchange::git_check(data.path(), &repo.url(), Some("v1"), None).expect("v1 reads");
    assert_eq!((found.report.deck_id.as_str(), found.report.version.as_str()), ("t", "1"));
    assert_eq!(found.report.previous_version, None);
    assert_eq!(ids(&found.report.added), ["rounds", "embassy", "period"]);
    assert!(!data.path().join("decks").exists(), "a check installs nothing");

    exchange::git_install(data.path(), &found.source, "t", false).expect("v1 installs");
    let library = DeckLibrary::new(data.path());
    let study = library.study_dir("t");
    let remembered = exchange::git_source(&study).expect("the source is remembered");
    assert_eq!((remembered.url.as_str(), remembered.reference.as_deref()), (repo.url().as_str(), Some("v1")));
    assert_eq!(remembered.commit, found.source.commit);

    {
        let mut c = library.open("t", Box::new(clock())).expect("the git deck opens");
        c.answer(&"rounds:cloze".into(), Rating::Good).unwrap();
        c.answer(&"embassy:cloze".into(), Rating::Easy).unwrap();
    }
    let before = {
        let c = library.open("t", Box::new(clock())).unwrap();
        c.stored_states().unwrap()
    };

    let same = exchange::git_check_update(data.path(), "t", None).expect("still v1");
    assert!(same.up_to_date, "following the tag v1 finds the installed commit");

    let update = exchange::git_check_update(data.path(), "t", Some("v2")).expect("v2 reads");
    assert!(!update.up_to_date);
    assert_eq!(update.report.previous_version.as_deref(), Some("1"));
    assert_eq!(update.report.version, "2");
    assert_eq!(ids(&update.report.added), ["opened"]);
    assert_eq!(ids(&update.report.removed), ["period"]);
    assert_eq!(ids(&update.report.changed), ["rounds"]);
    let texts: Vec<(&str, &str, Option<&str>)> =
        update.report.texts.iter().map(|t| (t.id.as_str(), t.text.as_str(), t.previous.as_deref())).collect();
    assert_eq!(
        texts,
        [
            ("opened", "The embassy opened in 1948.", None),
            ("period", "The talks took place in 2007–2012.", None),
            (
                "rounds",
                "Mongolia hosted three rounds of six-party talks.",
                Some("Mongolia hosted three rounds of talks.")
            ),
        ],
        "each claim added, removed and changed is shown by what it says"
    );
    assert_eq!(update.installed_commit.as_deref(), Some(found.source.commit.as_str()));

    let installed = exchange::git_install(data.path(), &update.source, "t", false).expect("v2 installs");
    assert_eq!(
        (ids(&installed.added), ids(&installed.removed), ids(&installed.changed)),
        (vec!["opened"], vec!["period"], vec!["rounds"])
    );
    assert_eq!(exchange::git_source(&study).unwrap().reference.as_deref(), Some("v2"), "the new reference is followed");

    let c = library.open("t", Box::new(clock())).expect("v2 opens");
    assert_eq!(c.deck().info.version, "2");
    let after = c.stored_states().unwrap();
    for card in ["rounds:cloze", "embassy:cloze"] {
        let old = before.iter().find(|(id, _)| id.as_str() == card).map(|(_, s)| s).expect("answered in v1");
        let new = after.iter().find(|(id, _)| id.as_str() == card).map(|(_, s)| s).expect("kept in v2");
        assert_eq!((old.reps, old.stability, old.due), (new.reps, new.stability, new.due), "{card} keeps its progress");
        assert!(new.reps > 0);
    }
}

#[test]
fn a_deck_is_fetched_over_http_and_updated_keeping_its_source() {
    let repo = two_versions();
    let server = HttpServer::serving(repo.dir.path());
    let url = server.url("deck.git");
    let data = tempfile::tempdir().unwrap();
    let found = exchange::git_check(data.path(), &url, Some("v1"), None).expect("v1 is fetched");
    assert_eq!(found.report.version, "1");
    assert_eq!(ids(&found.report.added), ["rounds", "embassy", "period"]);
    exchange::git_install(data.path(), &found.source, "t", false).expect("v1 installs");
    let library = DeckLibrary::new(data.path());
    assert_eq!(exchange::git_source(&library.study_dir("t")).unwrap().url, url, "the URL is remembered as given");

    let update = exchange::git_check_update(data.path(), "t", Some("v2")).expect("v2 is fetched");
    assert_eq!((update.report.version.as_str(), ids(&update.report.added)), ("2", vec!["opened"]));
    exchange::git_install(data.path(), &update.source, "t", false).expect("v2 installs");
    assert_eq!(library.open("t", Box::new(clock())).unwrap().deck().info.version, "2");
    assert_eq!(snapshot(&data.path().join("git-fetch")), vec![], "no fetched copy is left behind");
}

#[test]
fn a_repository_over_the_size_limit_is_refused_while_it_downloads() {
    let data = tempfile::tempdir().unwrap();
    installed_v1(data.path());
    // Bytes that do not compress, a quarter more than the limit, beside a good deck.
    let limit = exchange::LIMITS.package_bytes as usize;
    let mut state = 0x9E37_79B9_7F4A_7C15_u64;
    let noise: Vec<u8> = (0..limit + limit / 4)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect();
    let mut files = deck_files("3", |_, t| t);
    files.push(("media/film.bin".into(), noise));
    let mut repo = TestRepo::new();
    repo.commit(&as_files(&files), Some("v3"));
    let server = HttpServer::serving(repo.dir.path());
    let url = server.url("deck.git");
    refused(data.path(), &url, Some("v3"), &[&url, "more than the limit", &limit.to_string()]);
    assert_eq!(snapshot(&data.path().join("git-fetch")), vec![], "the part fetched is removed");
}

#[test]
fn a_deck_following_a_branch_updates_to_its_new_commit() {
    let mut repo = TestRepo::new();
    repo.commit(&as_files(&deck_files("1", |_, t| t)), None);
    let data = tempfile::tempdir().unwrap();
    let found = exchange::git_check(data.path(), &repo.path().display().to_string(), None, None).unwrap();
    exchange::git_install(data.path(), &found.source, "t", false).unwrap();
    assert!(exchange::git_check_update(data.path(), "t", None).unwrap().up_to_date);
    assert_eq!(exchange::git_decks(data.path()), ["t"]);

    repo.commit(&as_files(&deck_files("2", version_two)), None);
    let update = exchange::git_check_update(data.path(), "t", None).expect("HEAD moved");
    assert_eq!((update.report.version.as_str(), ids(&update.report.added)), ("2", vec!["opened"]));
    exchange::git_install(data.path(), &update.source, "t", false).unwrap();
    assert!(exchange::git_check_update(data.path(), "t", None).unwrap().up_to_date);
}

#[test]
fn installing_refuses_a_repository_that_moved_since_it_was_checked() {
    let mut repo = TestRepo::new();
    repo.commit(&as_files(&deck_files("1", |_, t| t)), None);
    let data = tempfile::tempdir().unwrap();
    let found = exchange::git_check(data.path(), &repo.url(), None, None).unwrap();
    repo.commit(&as_files(&deck_files("2", version_two)), None);
    let err = exchange::git_install(data.path(), &found.source, "t", false).expect_err("the branch moved");
    assert!(err.to_string().contains("changed since it was checked"), "{err}");
    assert!(snapshot(data.path()).iter().all(|(p, _)| !p.starts_with("decks/t")), "nothing installed");
}

/// Adds v1 of the small deck from a good repository into `data`, then returns what the data
/// folder holds.
fn installed_v1(data: &Path) -> Vec<(PathBuf, u64)> {
    let good = two_versions();
    let found = exchange::git_check(data, &good.url(), Some("v1"), None).unwrap();
    exchange::git_install(data, &found.source, "t", false).unwrap();
    snapshot(data)
}

/// Checking and adding `url` fails with a refusal whose message holds every one of `words`, and
/// the data folder is as it was.
fn refused(data: &Path, url: &str, reference: Option<&str>, words: &[&str]) {
    let before = snapshot(data);
    let err = exchange::git_check(data, url, reference, None).expect_err("refused");
    assert!(matches!(err, ExchangeError::Refused { .. }), "{err:?}");
    let message = err.to_string();
    for word in words {
        assert!(message.contains(word), "`{word}` in: {message}");
    }
    assert_eq!(snapshot(data), before, "nothing changed for {url}");
}

#[test]
fn a_repository_without_deck_toml_is_refused() {
    let data = tempfile::tempdir().unwrap();
    installed_v1(data.path());
    let mut repo = TestRepo::new();
    let files: Vec<_> = deck_files("1", |_, t| t).into_iter().filter(|(p, _)| p != "deck.toml").collect();
    repo.commit(&as_files(&files), None);
    refused(data.path(), &repo.url(), None, &[&repo.url(), "no deck.toml"]);
}

#[test]
fn a_symbolic_link_out_of_the_folder_is_refused() {
    let data = tempfile::tempdir().unwrap();
    installed_v1(data.path());
    let files = deck_files("3", |_, t| t);
    let mut with_link = as_files(&files);
    with_link.push(("readings/002-secret.md", b"../../../../etc/passwd".to_vec(), EntryKind::Link));
    let mut repo = TestRepo::new();
    repo.commit(&with_link, None);
    refused(
        data.path(),
        &repo.url(),
        None,
        &["readings/002-secret.md", "symbolic link", "../../../../etc/passwd", "out of the deck folder"],
    );

    // A link elsewhere in the repository that leaves it is refused too, by its name.
    let mut top_link = as_files(&files);
    top_link.push(("notes", b"/home".to_vec(), EntryKind::Link));
    let mut repo = TestRepo::new();
    repo.commit(&top_link, None);
    refused(data.path(), &repo.url(), None, &["`notes`", "/home"]);
}

#[test]
fn a_huge_file_is_refused_before_it_is_read() {
    let data = tempfile::tempdir().unwrap();
    installed_v1(data.path());
    let limit = exchange::LIMITS.entry_bytes as usize;
    let mut files = deck_files("3", |_, t| t);
    files.push(("readings/002-huge.md".into(), vec![b'a'; limit + 1]));
    let mut repo = TestRepo::new();
    repo.commit(&as_files(&files), None);
    refused(data.path(), &repo.url(), None, &["readings/002-huge.md", &format!("{} bytes", limit + 1), "limit"]);
}

#[test]
fn a_broken_repository_is_refused() {
    let data = tempfile::tempdir().unwrap();
    installed_v1(data.path());
    // A folder that is no repository.
    let plain = tempfile::tempdir().unwrap();
    std::fs::write(plain.path().join("deck.toml"), "id = \"t\"\n").unwrap();
    refused(data.path(), &plain.path().display().to_string(), None, &["not a git repository"]);

    // A repository whose reading's blob is gone from the object database.
    let mut repo = TestRepo::new();
    repo.commit(&as_files(&deck_files("3", |_, t| t)), Some("v3"));
    let objects = repo.path().join("objects");
    let reading = gix::open(repo.path()).unwrap().write_blob(deck_files("3", |_, t| t)[1].1.clone()).unwrap().detach();
    let hex = reading.to_string();
    std::fs::remove_file(objects.join(&hex[..2]).join(&hex[2..])).expect("the loose blob");
    refused(data.path(), &repo.url(), None, &["broken", "readings/001-r1.md"]);

    // An unknown reference.
    refused(data.path(), &repo.url(), Some("v9"), &["no branch or tag `v9`"]);
}

#[test]
fn a_repository_out_of_reach_changes_nothing() {
    let data = tempfile::tempdir().unwrap();
    let mut repo = TestRepo::new();
    repo.commit(&as_files(&deck_files("1", |_, t| t)), None);
    let found = exchange::git_check(data.path(), &repo.url(), None, None).unwrap();
    exchange::git_install(data.path(), &found.source, "t", false).unwrap();
    let library = DeckLibrary::new(data.path());
    drop(library.open("t", Box::new(clock())).expect("studied"));
    let before = snapshot(data.path());

    // The repository's disk is gone: the update fails, the installed deck keeps working.
    let moved = repo.dir.path().join("elsewhere.git");
    std::fs::rename(repo.path(), &moved).unwrap();
    let err = exchange::git_check_update(data.path(), "t", None).expect_err("the folder is gone");
    assert!(matches!(err, ExchangeError::Fetch { .. }), "{err:?}");
    assert!(err.to_string().contains(&repo.url()), "{err}");
    assert_eq!(snapshot(data.path()), before);
    assert_eq!(library.open("t", Box::new(clock())).expect("still studied").deck().info.version, "1");
    let before = snapshot(data.path());

    // A server that does not answer (nothing listens on this port of this machine).
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let err = exchange::git_check(data.path(), &format!("http://127.0.0.1:{port}/deck.git"), None, None)
        .expect_err("nothing listens there");
    assert!(matches!(err, ExchangeError::Fetch { .. } | ExchangeError::Refused { .. }), "{err:?}");
    let after: Vec<_> = snapshot(data.path()).into_iter().filter(|(p, _)| !p.starts_with("git-fetch")).collect();
    assert_eq!(after, before, "a failed fetch changes nothing");
    assert_eq!(snapshot(&data.path().join("git-fetch")), vec![], "and leaves no fetched copy behind");
}

#[test]
fn adding_refuses_a_deck_id_installed_from_elsewhere() {
    let data = tempfile::tempdir().unwrap();
    let library = DeckLibrary::new(data.path());
    library.create("t", "Mine").unwrap();
    let repo = two_versions();
    refused(data.path(), &repo.url(), Some("v1"), &["`t`", "installed already"]);
}
