//! `steppe deck add` and `steppe deck update` with the real binary and a bare repository made in
//! the test: two tagged versions, progress kept across the update, a hostile repository and a
//! repository out of reach refused with the data folder unchanged.

use gix::objs::tree::EntryKind;
use predicates::prelude::*;
use std::path::{Path, PathBuf};

use super::steppe;
use crate::gitrepo::{TestRepo, as_files, deck_files, two_versions};

/// Every file of the data folder except the lock files, with its bytes.
fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_none_or(|x| x != "lock") {
                out.push((p.strip_prefix(dir).unwrap().to_owned(), std::fs::read(&p).unwrap()));
            }
        }
    }
    out.sort();
    out
}

fn answer_two_cards(data: &Path) -> Vec<(String, u32)> {
    let library = steppe::decks::DeckLibrary::new(data);
    let mut c = library.open("t", Box::new(steppe::clock::SystemClock)).expect("the git deck opens");
    c.answer(&"rounds:cloze".into(), steppe::schedule::Rating::Good).unwrap();
    c.answer(&"embassy:cloze".into(), steppe::schedule::Rating::Easy).unwrap();
    drop(c);
    reps(data)
}

/// Each answered card and its number of answers.
fn reps(data: &Path) -> Vec<(String, u32)> {
    let library = steppe::decks::DeckLibrary::new(data);
    let c = library.open("t", Box::new(steppe::clock::SystemClock)).expect("the git deck opens");
    let mut out: Vec<_> = c
        .stored_states()
        .unwrap()
        .into_iter()
        .filter(|(_, s)| s.reps > 0)
        .map(|(id, s)| (id.as_str().to_owned(), s.reps))
        .collect();
    out.sort();
    out
}

#[test]
fn deck_add_then_update_lists_the_changes_and_keeps_progress() {
    let repo = two_versions();
    let data = tempfile::tempdir().unwrap();
    let url = repo.url();

    steppe(data.path())
        .args(["deck", "add", &url, "--ref", "v1"])
        .assert()
        .success()
        .stdout(predicate::str::contains("imported `t` 1 (Test deck)"))
        .stdout(predicate::str::contains("claims: 3 added, 0 removed, 0 changed"))
        .stdout(predicate::str::contains(format!("from {url} at commit")));
    let answered = answer_two_cards(data.path());
    assert_eq!(answered.len(), 2);

    steppe(data.path())
        .args(["deck", "update", "t"])
        .assert()
        .success()
        .stdout(predicate::str::contains("`t` is up to date: 1 at commit"));

    let before = files(data.path());
    steppe(data.path())
        .args(["deck", "update", "t", "--ref", "v2", "--check"])
        .assert()
        .success()
        .stdout(predicate::str::contains("`t` can be updated from 1 to 2"))
        .stdout(predicate::str::contains("claims: 1 added, 1 removed, 1 changed"))
        .stdout(predicate::str::contains("added: opened"))
        .stdout(predicate::str::contains("removed: period"))
        .stdout(predicate::str::contains("changed: rounds"))
        .stdout(predicate::str::contains(
            "rounds: Mongolia hosted three rounds of talks. → Mongolia hosted three rounds of six-party talks.",
        ))
        .stdout(predicate::str::contains("period: The talks took place in 2007–2012."));
    assert_eq!(files(data.path()), before, "--check installs nothing");

    steppe(data.path())
        .args(["deck", "update", "--ref", "v2"])
        .assert()
        .success()
        .stdout(predicate::str::contains("updated `t` from 1 to 2"))
        .stdout(predicate::str::contains("added: opened"))
        .stdout(predicate::str::contains("removed: period"))
        .stdout(predicate::str::contains("changed: rounds"));
    assert_eq!(reps(data.path()), answered, "every answer is kept");
    let deck = std::fs::read_to_string(data.path().join("decks/t/deck.toml")).unwrap();
    assert!(deck.contains("version = \"2\""), "{deck}");

    // The repository is out of reach: the update fails with exit code 3 and changes nothing.
    let before = files(data.path());
    std::fs::rename(repo.path(), repo.dir.path().join("gone.git")).unwrap();
    steppe(data.path())
        .args(["deck", "update", "t"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains(format!("cannot fetch `{url}`")));
    assert_eq!(files(data.path()), before);
    assert_eq!(reps(data.path()), answered, "the installed deck is still studied");
}

#[test]
fn deck_add_refuses_a_hostile_repository_and_changes_nothing() {
    let data = tempfile::tempdir().unwrap();
    let mut repo = TestRepo::new();
    let files_v1 = deck_files("1", |_, t| t);
    let mut hostile = as_files(&files_v1);
    hostile.push(("claims/002-link.toml", b"/etc/passwd".to_vec(), EntryKind::Link));
    repo.commit(&hostile, None);
    steppe(data.path())
        .args(["deck", "add", &repo.url()])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("claims/002-link.toml"))
        .stderr(predicate::str::contains("symbolic link to `/etc/passwd`"));
    assert_eq!(files(data.path()), vec![], "nothing written");

    let mut empty = TestRepo::new();
    empty.commit(&[("README.md", b"Not a deck".to_vec(), EntryKind::Blob)], None);
    steppe(data.path())
        .args(["deck", "add", &empty.path().display().to_string()])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("no deck.toml"));
    steppe(data.path())
        .args(["deck", "add", "ssh://example.org/deck.git"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("only https:// and file:// URLs and local folders"));
    assert_eq!(files(data.path()), vec![], "nothing written");

    // The same refusals in the student's language, with the same exit code.
    let no_deck = empty.path().display().to_string();
    for (lang, said) in [("ko_KR.UTF-8", "deck.toml이 없어서 Steppe 덱이 아니에요"), ("mn_MN.UTF-8", "deck.toml алга")]
    {
        steppe(data.path())
            .env("LANG", lang)
            .args(["deck", "add", &no_deck])
            .assert()
            .code(1)
            .stderr(predicate::str::contains(said));
    }
    steppe(data.path())
        .env("LANG", "ko_KR.UTF-8")
        .args(["deck", "add", "ssh://example.org/deck.git"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("ssh나 git://는 안 돼요"));
}
