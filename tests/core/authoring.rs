//! Authoring on a temporary copy of the real content/ folder, and the deck library in a temp data folder.

use std::path::{Path, PathBuf};

use steppe::authoring::{AuthorDeck, ClaimDraft, ReadingDraft, Selection};
use steppe::clock::FixedClock;
use steppe::content::ClaimKind;
use steppe::content::{compile, read_dir};
use steppe::decks::DeckLibrary;

const CLAIMS_001: &str = "claims/001-breakthrough-2015.toml";

/// A copy of content/ in a temp dir: (the dir guard, the deck folder).
fn content_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("deck");
    for sub in ["readings", "claims"] {
        std::fs::create_dir_all(root.join(sub)).unwrap();
        for entry in std::fs::read_dir(Path::new("content").join(sub)).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, root.join(sub).join(path.file_name().unwrap())).unwrap();
        }
    }
    for file in ["deck.toml", "disputes.toml"] {
        std::fs::copy(Path::new("content").join(file), root.join(file)).unwrap();
    }
    (dir, root)
}

fn read(root: &Path, file: &str) -> String {
    std::fs::read_to_string(root.join(file)).unwrap()
}

/// Lines of `after` that are not in `before` and the other way round, by position.
fn changed_lines(before: &str, after: &str) -> Vec<(Option<String>, Option<String>)> {
    let (a, b): (Vec<&str>, Vec<&str>) = (before.lines().collect(), after.lines().collect());
    (0..a.len().max(b.len()))
        .filter(|&i| a.get(i) != b.get(i))
        .map(|i| (a.get(i).map(|s| s.to_string()), b.get(i).map(|s| s.to_string())))
        .collect()
}

#[test]
fn files_saved_on_windows_are_read_and_an_edit_keeps_their_mark_and_line_endings() {
    let (_dir, root) = content_copy();
    for file in [CLAIMS_001, "readings/001-breakthrough-2015.md", "deck.toml", "disputes.toml"] {
        let text = read(&root, file).replace('\n', "\r\n");
        std::fs::write(root.join(file), format!("\u{feff}{text}")).unwrap();
    }
    let deck = compile(&read_dir(&root).unwrap()).expect("a deck saved with a byte-order mark and CRLF compiles");
    assert_eq!(deck.claims.len(), steppe::content::Deck::builtin().unwrap().claims.len());

    let before = read(&root, CLAIMS_001);
    let mut author = AuthorDeck::open(&root).unwrap();
    let mut draft = author.claim("bt-middle-road").unwrap();
    draft.question = "Which course does Mongolia take between the two Koreas?".into();
    assert!(author.save_claim(&draft).unwrap().is_empty());
    let after = read(&root, CLAIMS_001);
    assert!(after.starts_with('\u{feff}'), "the byte-order mark stays");
    assert!(!after.replace("\r\n", "").contains('\n'), "every line still ends in CRLF");
    assert_eq!(changed_lines(&before, &after).len(), 1, "one line changes");
}

#[test]
fn editing_one_claim_changes_only_its_line_and_the_deck_still_compiles() {
    let (_dir, root) = content_copy();
    let before = read(&root, CLAIMS_001);
    let mut deck = AuthorDeck::open(&root).unwrap();
    let mut draft = deck.claim("bt-middle-road").unwrap();
    let old_question = format!("question = {:?}", draft.question);
    draft.question = "Which course does Mongolia take between the two Koreas (2015)?".into();
    let left = deck.save_claim(&draft).unwrap();
    assert!(left.is_empty(), "no problems anywhere: {left:?}");

    let after = read(&root, CLAIMS_001);
    assert_eq!(
        changed_lines(&before, &after),
        vec![(
            Some(old_question),
            Some("question = \"Which course does Mongolia take between the two Koreas (2015)?\"".into())
        )],
        "one line changes, comments and the other claims stay byte for byte"
    );
    for other in ["claims/002-mongolia-north-korea-2019.toml", "deck.toml", "readings/001-breakthrough-2015.md"] {
        assert_eq!(read(&root, other), std::fs::read_to_string(Path::new("content").join(other)).unwrap(), "{other}");
    }
    let deck = compile(&read_dir(&root).unwrap()).expect("the saved deck compiles");
    let claim = deck.claims.iter().find(|c| c.id.as_str() == "bt-middle-road").unwrap();
    assert_eq!(claim.question.as_deref(), Some("Which course does Mongolia take between the two Koreas (2015)?"));
}

#[test]
fn a_claim_marked_typed_false_keeps_its_mark_when_edited_and_loses_it_when_unticked() {
    let (_dir, root) = content_copy();
    let block = |root: &Path| {
        let text = read(root, CLAIMS_001);
        let start = text.find("id = \"bt-regionless-state\"").unwrap();
        text[start..].split("[[claim]]").next().unwrap().to_owned()
    };
    let mut deck = AuthorDeck::open(&root).unwrap();
    let mut draft = deck.claim("bt-regionless-state").unwrap();
    assert_eq!(draft.typed, Some(false), "read from the file");
    draft.tags.push("security".into());
    assert!(deck.save_claim(&draft).unwrap().is_empty());
    let compiled = compile(&read_dir(&root).unwrap()).unwrap();
    let claim = compiled.claims.iter().find(|c| c.id.as_str() == "bt-regionless-state").unwrap();
    assert!(!claim.typed && claim.tags.contains(&"security".to_owned()), "the mark stays through an edit");
    assert_eq!(block(&root).matches("typed = false").count(), 1);

    draft.typed = None;
    assert!(deck.save_claim(&draft).unwrap().is_empty());
    let compiled = compile(&read_dir(&root).unwrap()).unwrap();
    assert!(compiled.claims.iter().find(|c| c.id.as_str() == "bt-regionless-state").unwrap().typed);
    assert!(!block(&root).contains("typed"), "{}", block(&root));
}

#[test]
fn a_bad_quote_and_a_bad_answer_are_reported_on_their_fields() {
    let (_dir, root) = content_copy();
    let deck = AuthorDeck::open(&root).unwrap();
    let mut draft = deck.claim("bt-middle-road").unwrap();
    draft.quote = "Mongolia takes a resolutely crooked road".into();
    draft.answer = "not in the text".into();
    let check = deck.check_claim(&draft).unwrap();
    let fields: Vec<(&str, Option<&str>, Option<&str>)> =
        check.problems.iter().map(|p| (p.rule.as_str(), p.claim.as_deref(), p.field.as_deref())).collect();
    assert_eq!(
        fields,
        vec![
            ("answer-not-in-text", Some("bt-middle-road"), Some("answer")),
            ("quote-not-found", Some("bt-middle-road"), Some("quote")),
        ]
    );
    assert!(check.problems[1].location.starts_with(CLAIMS_001), "{}", check.problems[1].location);
    assert!(check.cards.is_empty(), "no preview while the deck has problems");

    let mut deck = deck;
    let err = deck.save_claim(&draft).unwrap_err();
    assert_eq!(err.code(), "invalid_deck", "{err}");
    assert_eq!(read(&root, CLAIMS_001), std::fs::read_to_string(Path::new("content").join(CLAIMS_001)).unwrap());
}

#[test]
fn the_problems_match_steppe_check_on_the_same_files() {
    let (_dir, root) = content_copy();
    let deck = AuthorDeck::open(&root).unwrap();
    let mut draft = deck.claim("bt-middle-road").unwrap();
    draft.kind = "colour".into();
    draft.date = "2015-13".into();
    let problems = deck.validate_draft(&draft).unwrap();
    // The same edit written to disk and compiled as `steppe check` does.
    let text = read(&root, CLAIMS_001).replacen(
        "kind = \"relation\"\ndate = \"2015\"",
        "kind = \"colour\"\ndate = \"2015-13\"",
        1,
    );
    std::fs::write(root.join(CLAIMS_001), text).unwrap();
    let from_disk = compile(&read_dir(&root).unwrap()).unwrap_err();
    let expected: Vec<(String, String)> =
        from_disk.problems.iter().map(|p| (p.rule.to_string(), p.message.clone())).collect();
    let got: Vec<(String, String)> = problems.iter().map(|p| (p.rule.clone(), p.message.clone())).collect();
    assert_eq!(got, expected);
    let fields: Vec<_> = problems.iter().map(|p| p.field.as_deref()).collect();
    assert_eq!(fields, vec![Some("kind"), Some("date")]);
}

#[test]
fn a_selection_that_occurs_twice_gets_a_prefix_or_suffix_and_makes_cards() {
    let (_dir, root) = content_copy();
    let mut deck = AuthorDeck::open(&root).unwrap();
    let reading = deck.reading("breakthrough-2015").unwrap();
    let quote = "North Korea";
    let places: Vec<(usize, usize)> = reading
        .blocks
        .iter()
        .enumerate()
        .flat_map(|(b, block)| block.text.match_indices(quote).map(move |(at, _)| (b, at)).collect::<Vec<_>>())
        .collect();
    assert!(places.len() > 2, "the phrase is common in this reading");
    let (block, offset) = places[1];
    let mut draft = deck.claim_from_selection("breakthrough-2015", quote, Some(Selection { block, offset })).unwrap();
    assert!(!(draft.prefix.is_empty() && draft.suffix.is_empty()), "context was added: {draft:?}");
    assert!(draft.prefix.split(' ').count() <= 3 && draft.suffix.split(' ').count() <= 3, "short: {draft:?}");

    draft.text = "The Six Party Talks aim at de-nuclearizing North Korea.".into();
    draft.answer = "North Korea".into();
    draft.question = "Which country do the Six Party Talks aim to de-nuclearize?".into();
    draft.kind = "place".into();
    let check = deck.check_claim(&draft).unwrap();
    assert!(check.problems.is_empty(), "{:?}", check.problems);
    let kinds: Vec<&str> = check.cards.iter().map(|c| c.id.rsplit(':').next().unwrap()).collect();
    assert!(kinds.contains(&"cloze") && kinds.contains(&"qa") && kinds.contains(&"typed"), "{kinds:?}");

    deck.save_claim(&draft).unwrap();
    let compiled = compile(&read_dir(&root).unwrap()).expect("the saved deck compiles");
    let saved = compiled.claims.iter().find(|c| c.id.as_str() == draft.id).expect("the new claim is in the deck");
    assert_eq!(saved.anchor.block, block, "anchored where the selection was");
    assert!(read(&root, CLAIMS_001).ends_with("kind = \"place\"\n"), "appended at the end of the file");
}

#[test]
fn conflicts_are_kept_on_both_sides() {
    let (_dir, root) = content_copy();
    let mut deck = AuthorDeck::open(&root).unwrap();
    let mut draft = deck.claim("bt-middle-road").unwrap();
    draft.conflicts_with = vec!["bt-north-long-standing-relations".into()];
    deck.save_claim(&draft).unwrap();
    let other = deck.claim("bt-north-long-standing-relations").unwrap();
    assert_eq!(other.conflicts_with, vec!["bt-middle-road".to_string()], "the other side lists it too");
    compile(&read_dir(&root).unwrap()).expect("both sides agree, so the deck compiles");

    draft.original_id = Some(draft.id.clone());
    draft.conflicts_with.clear();
    deck.save_claim(&draft).unwrap();
    assert!(deck.claim("bt-north-long-standing-relations").unwrap().conflicts_with.is_empty());
    assert_eq!(
        read(&root, CLAIMS_001),
        std::fs::read_to_string(Path::new("content").join(CLAIMS_001)).unwrap(),
        "adding and removing the conflict gives back the original file"
    );
    deck.delete_claim("bt-middle-road").unwrap();
    assert!(deck.claim("bt-middle-road").is_err());
}

#[test]
fn coverage_of_a_real_reading_counts_sentences_and_proposes_claims() {
    let (_dir, root) = content_copy();
    let deck = AuthorDeck::open(&root).unwrap();
    let coverage = deck.coverage("seoul-mongolia-yoon-2022").unwrap();
    assert_eq!((coverage.sentences, coverage.covered), (49, 46), "the built-in claims leave three sentences");
    assert_eq!(coverage.uncovered.len(), 3);
    let answers: Vec<(&str, ClaimKind)> = coverage.candidates.iter().map(|c| (c.answer.as_str(), c.kind)).collect();
    assert_eq!(
        answers,
        vec![("South Korea", ClaimKind::Place), ("South Korea", ClaimKind::Place), ("two", ClaimKind::Number)]
    );
    let first = &coverage.candidates[0];
    assert_eq!(first.sentence.text, "Mongolia also seems interested in what South Korea has to offer.");

    let draft = deck.accept_candidate("seoul-mongolia-yoon-2022", first).unwrap();
    assert_eq!((draft.quote.as_str(), draft.answer.as_str()), (first.sentence.text.as_str(), "South Korea"));
    deck.dismiss("seoul-mongolia-yoon-2022", &first.sentence.text).unwrap();
    let after = deck.coverage("seoul-mongolia-yoon-2022").unwrap();
    assert_eq!(after.candidates.len(), 2, "a dismissed candidate stays dismissed");
    assert_eq!(after.uncovered.len(), 3, "but its sentence is still uncovered");

    let mut deck = deck;
    let full = deck.coverage("breakthrough-2015").unwrap();
    assert_eq!((full.sentences, full.covered), (37, 37));
    deck.delete_claim("bt-middle-road").unwrap();
    let after = deck.coverage("breakthrough-2015").unwrap();
    assert_eq!(
        after.uncovered.iter().map(|s| s.text.as_str()).collect::<Vec<_>>(),
        vec!["Mongolia takes a resolutely middle road when it comes to North and South Korea."]
    );
    compile(&read_dir(&root).unwrap()).expect("the dismissals file is not part of the deck");
}

#[test]
fn a_bad_citation_date_is_reported_on_the_published_field() {
    let (_dir, root) = content_copy();
    let deck = AuthorDeck::open(&root).unwrap();
    let mut draft = deck.reading("breakthrough-2015").unwrap().draft;
    draft.published = "2015-13-45".into();
    let problems = deck.check_reading(&draft).unwrap();
    // The reading no longer compiles, so its claims' problems follow; the reading's own is one.
    let fields: Vec<(&str, Option<&str>, Option<&str>)> = problems
        .iter()
        .filter(|p| p.location.starts_with("readings/"))
        .map(|p| (p.rule.as_str(), p.claim.as_deref(), p.field.as_deref()))
        .collect();
    assert_eq!(fields, vec![("bad-date", None, Some("published"))]);
}

#[test]
fn a_new_reading_is_listed_in_the_deck_and_needs_a_claim() {
    let (_dir, root) = content_copy();
    let mut deck = AuthorDeck::open(&root).unwrap();
    let draft = ReadingDraft {
        is_new: true,
        id: "new-reading".into(),
        title: "A new reading".into(),
        author: "A. Writer".into(),
        publisher: "Press".into(),
        published: "2020-05".into(),
        url: String::new(),
        body: "Mongolia opened a new consulate in Busan in 2020.\n\nIt was the second one.".into(),
    };
    let problems = deck.save_reading(&draft).unwrap();
    assert_eq!(problems.iter().map(|p| p.rule.as_str()).collect::<Vec<_>>(), vec!["reading-without-claims"]);
    assert!(read(&root, "deck.toml").contains("\"new-reading\""));
    let claim = ClaimDraft {
        text: "Mongolia opened a consulate in Busan in 2020.".into(),
        answer: "Busan".into(),
        kind: "place".into(),
        ..deck.claim_from_selection("new-reading", "a new consulate in Busan", None).unwrap()
    };
    assert!(deck.save_claim(&claim).unwrap().is_empty(), "the deck compiles again");
    assert!(read(&root, "claims/006-new-reading.toml").starts_with("reading = \"new-reading\"\n"));
}

#[test]
fn the_library_creates_forks_switches_and_trashes_decks() {
    let data = tempfile::tempdir().unwrap();
    let library = DeckLibrary::new(data.path());
    let builtin = DeckLibrary::builtin_id();
    assert_eq!(library.active(), builtin, "the built-in deck is active at first");

    let fork = library.fork_builtin("my-koreas", "My Koreas").unwrap();
    assert!(fork.problems.is_empty() && fork.claims > 100, "{fork:?}");
    library.create("empty-deck", "Empty").unwrap();
    assert!(library.create("empty-deck", "Again").is_err(), "ids are unique");
    assert!(library.create("Bad Id", "x").is_err(), "ids are kebab-case");
    // An interrupted import's staging copy is not a deck.
    let staging = data.path().join("decks/.import-1");
    std::fs::create_dir_all(&staging).unwrap();
    std::fs::copy(data.path().join("decks/empty-deck/deck.toml"), staging.join("deck.toml")).unwrap();
    let ids: Vec<String> = library.list().unwrap().into_iter().map(|d| d.id).collect();
    assert_eq!(ids, vec![builtin.clone(), "empty-deck".into(), "my-koreas".into()]);
    let empty = &library.list().unwrap()[1];
    assert_eq!((empty.readings, empty.claims, empty.problems.len()), (0, 0, 0), "an empty deck is a valid deck");

    library.set_active("my-koreas").unwrap();
    let clock = || Box::new(FixedClock::at("2026-01-05T09:00:00+08:00"));
    let collection = library.open_active(clock()).unwrap();
    assert_eq!(collection.deck().info.title, "My Koreas");
    assert!(data.path().join("study/my-koreas/steppe.sqlite").is_file(), "a user deck has its own database");
    assert!(!data.path().join("steppe.sqlite").exists(), "the built-in deck's database is untouched");
    drop(collection);
    assert_eq!(DeckLibrary::new(data.path()).active(), "my-koreas", "remembered across restarts");

    // Card counts: made from the deck, or read from the study data once its cards are stored.
    let cards_of = |id: &str| library.list().unwrap().into_iter().find(|d| d.id == id).unwrap().cards;
    let made = |id: &str| steppe::cards::generate(&compile(&library.files(id).unwrap()).unwrap()).len() as u32;
    assert_eq!(cards_of(&builtin), made(&builtin), "no study data yet: counted by making the cards");
    assert_eq!(cards_of("my-koreas"), made("my-koreas"));
    let study = rusqlite::Connection::open(data.path().join("study/my-koreas/steppe.sqlite")).unwrap();
    study.execute("UPDATE card SET archived = 1 WHERE id = (SELECT MIN(id) FROM card WHERE archived = 0)", []).unwrap();
    drop(study);
    assert_eq!(cards_of("my-koreas"), made("my-koreas") - 1, "the stored cards are counted, not made again");

    let trash = library.delete("my-koreas").unwrap();
    assert!(trash.join("deck/deck.toml").is_file() && trash.join("study/steppe.sqlite").is_file(), "moved, not erased");
    assert_eq!(library.active(), builtin, "back to the built-in deck");
    assert!(library.delete(&builtin).is_err(), "the built-in deck stays");
}

#[test]
fn an_imported_newer_version_of_the_builtin_deck_takes_its_place_until_the_app_embeds_a_newer_one() {
    let data = tempfile::tempdir().unwrap();
    let library = DeckLibrary::new(data.path());
    let builtin = DeckLibrary::builtin_id();
    let (_copy, root) = content_copy();
    let claims = root.join("claims/001-breakthrough-2015.toml");
    let edited = read(&root, "claims/001-breakthrough-2015.toml").replacen("\ntext = \"", "\ntext = \"In 2015, ", 1);
    std::fs::write(&claims, edited).unwrap();
    let set_version = |version: &str| {
        let toml = read(&root, "deck.toml").replace("version = \"1.0.0\"", &format!("version = \"{version}\""));
        std::fs::write(root.join("deck.toml"), toml).unwrap();
    };
    set_version("1.1.0");
    let installed = library.folder(&builtin);
    std::fs::create_dir_all(installed.parent().unwrap()).unwrap();
    std::fs::rename(&root, &installed).unwrap();

    let clock = || Box::new(FixedClock::at("2026-01-05T09:00:00+08:00"));
    let opened = library.open(&builtin, clock()).unwrap();
    assert_eq!(opened.deck().info.version, "1.1.0");
    assert!(opened.deck().claims.iter().any(|c| c.text.starts_with("In 2015, ")));
    drop(opened);
    assert_eq!(library.list().unwrap()[0].version, "1.1.0", "the built-in entry shows the imported version");
    assert_eq!(library.study_dir(&builtin), data.path(), "progress stays in the built-in deck's database");

    // An app update embedding a newer version than the imported one wins again.
    let toml = std::fs::read_to_string(installed.join("deck.toml")).unwrap().replace("1.1.0", "0.9.0");
    std::fs::write(installed.join("deck.toml"), toml).unwrap();
    let opened = library.open(&builtin, clock()).unwrap();
    assert_eq!(opened.deck().info.version, "1.0.0");
    assert!(!opened.deck().claims.iter().any(|c| c.text.starts_with("In 2015, ")));
}
