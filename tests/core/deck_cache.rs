//! The compiled deck kept beside the study database: used when made from the very files that
//! are opened, and otherwise (missing, stale, another deck's, damaged) compiled afresh and made
//! again. Real data folders, the real built-in deck.

use std::path::Path;
use steppe::content::{Deck, builtin_files, compile};
use steppe::deck_cache::{self, CACHE_FILE, CacheKey, Miss};
use steppe::workspace::Workspace;

use crate::clock;

fn workspace(data: &Path) -> Workspace {
    let clock = clock();
    Workspace::open(data, None, Box::new(move || Box::new(clock.clone())))
}

/// The deck the open collection studies.
fn studied(data: &Path) -> Deck {
    let mut ws = workspace(data);
    ws.with(|c| Ok(c.deck().clone())).expect("the collection opens")
}

/// The built-in deck with its first claim's text changed: what a cache holds can then be told
/// from what compiling gives.
fn doctored() -> Deck {
    let mut deck = Deck::builtin().unwrap();
    deck.claims[0].text = "A text no file holds.".into();
    deck
}

fn first_text(deck: &Deck) -> &str {
    &deck.claims[0].text
}

#[test]
fn the_first_open_makes_the_cache_and_the_next_opens_use_it() {
    let data = tempfile::tempdir().unwrap();
    let key = CacheKey::of(&builtin_files());
    assert_eq!(deck_cache::load(data.path(), &key).unwrap_err(), Miss::Missing);

    let first = studied(data.path());
    let cached = deck_cache::load(data.path(), &key).expect("the first open leaves the compiled deck");
    assert_eq!(format!("{cached:?}"), format!("{first:?}"), "the cache holds the deck as compiled");

    // A cache made for these files is taken as it is: the open studies what it holds.
    deck_cache::save(data.path(), &key, &doctored()).unwrap();
    assert_eq!(first_text(&studied(data.path())), "A text no file holds.");
    let second = studied(data.path());
    assert_eq!(first_text(&second), "A text no file holds.", "and it is kept");
}

#[test]
fn a_cache_of_other_files_or_another_deck_is_never_used() {
    let data = tempfile::tempdir().unwrap();
    let real = compile(&builtin_files()).unwrap();

    // Made for other files (the small test deck's key).
    let other = CacheKey::of(&crate::small_deck_files());
    deck_cache::save(data.path(), &other, &doctored()).unwrap();
    assert_eq!(deck_cache::load(data.path(), &CacheKey::of(&builtin_files())).unwrap_err(), Miss::Stale);
    assert_eq!(first_text(&studied(data.path())), first_text(&real), "compiled afresh");
    let remade = deck_cache::load(data.path(), &CacheKey::of(&builtin_files())).expect("made again for these files");
    assert_eq!(first_text(&remade), first_text(&real));

    // Another deck's cache copied into this study folder.
    let mut ws = workspace(data.path());
    ws.library().fork_builtin("mine", "Mine").unwrap();
    ws.switch("mine").unwrap();
    drop(ws);
    let mine = data.path().join("study").join("mine");
    assert!(mine.join(CACHE_FILE).is_file(), "the forked deck has its own cache");
    std::fs::copy(mine.join(CACHE_FILE), data.path().join(CACHE_FILE)).unwrap();
    let builtin = studied_builtin(data.path());
    assert_eq!(builtin.info.id, real.info.id, "the built-in deck is studied, not the copy's");
}

/// The built-in deck studied in `data` (whatever deck the library has active).
fn studied_builtin(data: &Path) -> Deck {
    let clock = clock();
    let builtin = steppe::workspace::Studied::Library(Deck::builtin().unwrap().info.id);
    let mut ws = Workspace::open_as(data, Some(builtin), Box::new(move || Box::new(clock.clone())));
    ws.with(|c| Ok(c.deck().clone())).expect("the collection opens")
}

#[test]
fn a_damaged_cache_is_refused_and_made_again() {
    let data = tempfile::tempdir().unwrap();
    let key = CacheKey::of(&builtin_files());
    let real = studied(data.path());
    let path = data.path().join(CACHE_FILE);
    let good = std::fs::read(&path).unwrap();
    let mut damaged: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("not a cache", b"deck = \"steppe\"\n".to_vec()),
        ("cut short", good[..good.len() / 2].to_vec()),
        ("header only", good[..80].to_vec()),
    ];
    for at in [good.len() / 3, good.len() - 1] {
        let mut flipped = good.clone();
        flipped[at] ^= 0x01;
        damaged.push(("a flipped byte", flipped));
    }
    for (what, bytes) in damaged {
        std::fs::write(&path, &bytes).unwrap();
        assert!(deck_cache::load(data.path(), &key).is_err(), "{what}: refused");
        let opened = studied(data.path());
        assert_eq!(format!("{opened:?}"), format!("{real:?}"), "{what}: compiled afresh");
        assert_eq!(std::fs::read(&path).unwrap(), good, "{what}: made again");
    }
}

/// A workspace in `data` that studies "mine", a copy of the built-in deck in the library.
fn studying_a_fork(data: &Path) -> Workspace {
    let mut ws = workspace(data);
    ws.library().fork_builtin("mine", "Mine").unwrap();
    ws.switch("mine").unwrap();
    ws
}

#[test]
fn editing_the_deck_replaces_its_cache() {
    let data = tempfile::tempdir().unwrap();
    let mut ws = studying_a_fork(data.path());
    let study = data.path().join("study").join("mine");
    let before = ws.library().files("mine").unwrap();
    assert!(deck_cache::load(&study, &CacheKey::of(&before)).is_ok());

    // Through the authoring path: the cache follows the edit at once.
    let claim = ws.with(|c| Ok(c.deck().claims[2].id.clone())).unwrap();
    let mut draft = ws.author("mine").unwrap().claim(claim.as_str()).unwrap();
    draft.text = format!("{} (edited)", draft.text);
    assert!(ws.save_claim("mine", &draft).unwrap().is_empty());
    let after = ws.library().files("mine").unwrap();
    assert_eq!(deck_cache::load(&study, &CacheKey::of(&before)).unwrap_err(), Miss::Stale);
    let cached = deck_cache::load(&study, &CacheKey::of(&after)).expect("made for the edited files");
    assert!(cached.claim(&claim).unwrap().text.ends_with("(edited)"));
    drop(ws);

    // By hand, in the deck's folder: the next open sees the new text.
    let folder = data.path().join("decks").join("mine");
    let claims_file = after.iter().find(|f| f.text.contains("(edited)")).unwrap();
    let path = folder.join(&claims_file.path);
    let text = std::fs::read_to_string(&path).unwrap().replace("(edited)", "(edited twice)");
    std::fs::write(&path, text).unwrap();
    let mut ws = workspace(data.path());
    let reopened = ws.with(|c| Ok(c.deck().claim(&claim).unwrap().text.clone())).unwrap();
    assert!(reopened.ends_with("(edited twice)"), "{reopened}");
    let files = ws.library().files("mine").unwrap();
    assert!(deck_cache::load(&study, &CacheKey::of(&files)).is_ok(), "made again for the new files");

    // An edit of a deck that is not studied drops its cache.
    ws.switch(&Deck::builtin().unwrap().info.id).unwrap();
    let mut draft = ws.author("mine").unwrap().claim(claim.as_str()).unwrap();
    draft.text = format!("{} (three)", draft.text);
    assert!(ws.save_claim("mine", &draft).unwrap().is_empty());
    assert_eq!(deck_cache::load(&study, &CacheKey::of(&files)).unwrap_err(), Miss::Missing);
}

/// The cache is never taken on the files' sizes and times alone: a hand edit that keeps a file's
/// size and its modification time (a typo mended within the same second, a copy that keeps the
/// times) is seen on the next open.
#[test]
fn a_hand_edit_of_the_same_size_and_time_is_seen() {
    let data = tempfile::tempdir().unwrap();
    let mut ws = studying_a_fork(data.path());
    let claim = ws.with(|c| Ok(c.deck().claims[2].clone())).unwrap();
    drop(ws);
    let study = data.path().join("study").join("mine");
    assert!(study.join(CACHE_FILE).is_file());

    let folder = data.path().join("decks").join("mine");
    let files = steppe::content::read_dir(&folder).unwrap();
    let source = files.iter().find(|f| f.text.contains(claim.text.as_str())).expect("the claim's file");
    let path = folder.join(&source.path);
    let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
    // The claim's first letter swapped for another of the same length in bytes.
    let first = claim.text.chars().next().unwrap();
    let other = if first == 'X' { 'Y' } else { 'X' };
    assert_eq!(first.len_utf8(), 1, "{}", claim.text);
    let edited_text = format!("{other}{}", &claim.text[1..]);
    let text = source.text.replacen(claim.text.as_str(), &edited_text, 1);
    assert_eq!(text.len(), source.text.len());
    std::fs::write(&path, text).unwrap();
    std::fs::File::options().write(true).open(&path).unwrap().set_modified(modified).unwrap();
    assert_eq!(std::fs::metadata(&path).unwrap().modified().unwrap(), modified);

    let mut ws = workspace(data.path());
    let reopened = ws.with(|c| Ok(c.deck().claim(&claim.id).unwrap().text.clone())).unwrap();
    assert_eq!(reopened, edited_text);
    let files = ws.library().files("mine").unwrap();
    assert!(deck_cache::load(&study, &CacheKey::of(&files)).is_ok(), "made again for the new files");
}
