//! The workspace: which deck is studied, and edits of it flowing into the open collection.

use steppe::schedule::Rating;
use steppe::workspace::{Studied, Workspace};

use crate::clock;

fn workspace(data: &std::path::Path) -> Workspace {
    let clock = clock();
    Workspace::open(data, None, Box::new(move || Box::new(clock.clone())))
}

fn answer_next(ws: &mut Workspace) -> String {
    let session = ws.with(|c| c.session()).expect("the collection is open");
    let card = session.card.expect("a card to study").id;
    ws.with(|c| c.answer(&card, Rating::Good)).expect("the answer is recorded");
    card.0
}

#[test]
fn an_edit_of_the_studied_deck_shows_at_once_and_study_goes_on() {
    let data = tempfile::tempdir().unwrap();
    let mut ws = workspace(data.path());
    ws.library().fork_builtin("my-koreas", "My Koreas").unwrap();
    ws.switch("my-koreas").unwrap();
    assert_eq!(ws.studied(), Studied::Library("my-koreas".into()));
    let first = answer_next(&mut ws);

    let claim = ws.with(|c| Ok(c.deck().claims[3].id.clone())).unwrap();
    let mut draft = ws.author("my-koreas").unwrap().claim(claim.as_str()).unwrap();
    draft.text = format!("{} (edited)", draft.text);
    let problems = ws.save_claim("my-koreas", &draft).unwrap();
    assert!(problems.is_empty(), "{problems:?}");

    // The same open collection studies the new version: no second open, no lock to wait for.
    let edited = ws.with(|c| Ok(c.deck().claim(&claim).unwrap().text.clone())).unwrap();
    assert!(edited.ends_with("(edited)"), "{edited}");
    let second = answer_next(&mut ws);
    assert_ne!(first, second);
    let session = ws.with(|c| c.session()).unwrap();
    assert_eq!(session.reviewed_today, 2, "the answer before the edit is kept");
    ws.with(|c| c.library()).expect("the library view opens");
    ws.with(|c| c.progress()).expect("the progress view opens");

    // A deleted claim's cards are archived, and study goes on.
    ws.delete_claim("my-koreas", claim.as_str()).unwrap();
    assert!(ws.with(|c| Ok(c.deck().claim(&claim).is_none())).unwrap());
    answer_next(&mut ws);
}

#[test]
fn deleting_another_deck_leaves_the_open_collection_alone() {
    let data = tempfile::tempdir().unwrap();
    let mut ws = workspace(data.path());
    ws.library().fork_builtin("other", "Other").unwrap();
    answer_next(&mut ws);
    ws.delete_deck("other").unwrap();
    assert_eq!(ws.with(|c| c.session()).unwrap().reviewed_today, 1, "the built-in deck's session is untouched");

    ws.library().fork_builtin("mine", "Mine").unwrap();
    ws.switch("mine").unwrap();
    answer_next(&mut ws);
    ws.delete_deck("mine").unwrap();
    assert_eq!(ws.studied(), Studied::Library(steppe::decks::DeckLibrary::builtin_id()));
    assert_eq!(ws.with(|c| c.session()).unwrap().reviewed_today, 1, "back on the built-in deck and its progress");
}

#[test]
fn a_second_workspace_on_one_data_folder_is_refused_until_the_first_closes() {
    let data = tempfile::tempdir().unwrap();
    let mut first = workspace(data.path());
    answer_next(&mut first);
    let study_dir = first.study_dir();
    drop(first);
    // Another Steppe (another process) has the folder.
    let mut other = crate::misuse::LockedByAnotherProcess::new(&study_dir);
    let mut second = workspace(data.path());
    let refused = second.with(|c| c.session()).unwrap_err();
    assert_eq!(refused.code, "already_open", "{refused:?}");
    assert!(refused.message.contains(&format!("process {}", other.pid())), "{refused:?}");
    assert!(second.problem().is_some());
    other.release();
    assert_eq!(second.with(|c| c.session()).unwrap().reviewed_today, 1, "trying again opens it");
}

/// Two workspaces of one process on one folder: the second is told the folder is open here, not
/// in another window, and opens once the first lets go.
#[test]
fn a_second_workspace_in_the_same_process_is_told_what_really_happened() {
    let data = tempfile::tempdir().unwrap();
    let mut first = workspace(data.path());
    answer_next(&mut first);
    let mut second = workspace(data.path());
    let refused = second.with(|c| c.session()).unwrap_err();
    assert_eq!(refused.code, "opened_twice", "{refused:?}");
    assert!(!refused.message.contains("another Steppe window"), "{refused:?}");
    assert_eq!(second.problem().expect("a problem").error.code, "opened_twice");
    drop(first);
    assert_eq!(second.with(|c| c.session()).unwrap().reviewed_today, 1, "trying again opens it");
}

#[test]
fn appearance_holds_for_every_deck_and_study_settings_stay_with_theirs() {
    use steppe::settings::{Language, Settings, Theme};
    let data = tempfile::tempdir().unwrap();
    let mut ws = workspace(data.path());
    ws.library().fork_builtin("mine", "Mine").unwrap();
    let chosen = Settings {
        theme: Theme::Dark,
        font_scale: 1.2,
        language: Language::Mn,
        new_per_day: 7,
        ..ws.settings().unwrap()
    };
    ws.set_settings(chosen).unwrap();
    ws.switch("mine").unwrap();
    let there = ws.settings().unwrap();
    assert_eq!(
        (there.theme, there.font_scale, there.language),
        (Theme::Dark, 1.2, Language::Mn),
        "the look and the language follow the student to another deck"
    );
    assert_eq!(there.new_per_day, Settings::default().new_per_day, "each deck keeps its own daily limits");
    let bad = Settings { font_scale: 9.0, ..there };
    assert_eq!(ws.set_settings(bad).unwrap_err().code, "invalid_setting");
    assert_eq!(ws.settings().unwrap().font_scale, 1.2, "nothing changed");
}

#[test]
fn reading_without_highlights_is_kept_in_the_data_folder_for_every_deck() {
    use steppe::settings::{Settings, Theme};
    let data = tempfile::tempdir().unwrap();
    let mut ws = workspace(data.path());
    assert!(ws.settings().unwrap().reading_highlights, "highlights are shown until the reader turns them off");
    ws.library().fork_builtin("mine", "Mine").unwrap();
    let off = Settings { reading_highlights: false, ..ws.settings().unwrap() };
    ws.set_settings(off).unwrap();
    drop(ws);

    // Opened again (as after a reinstall, which keeps the data folder), and on another deck.
    let mut ws = workspace(data.path());
    assert!(!ws.settings().unwrap().reading_highlights);
    ws.switch("mine").unwrap();
    assert!(!ws.settings().unwrap().reading_highlights, "the choice follows the reader to another deck");
    drop(ws);

    // Preferences saved before the choice was one of them: highlights are shown.
    std::fs::write(data.path().join("preferences.json"), r#"{"theme": "dark"}"#).unwrap();
    let mut ws = workspace(data.path());
    let settings = ws.settings().unwrap();
    assert_eq!((settings.theme, settings.reading_highlights), (Theme::Dark, true));
}

#[test]
fn toggling_highlights_leaves_todays_study_as_it_was() {
    use steppe::settings::{Settings, Theme};
    let data = tempfile::tempdir().unwrap();
    let mut ws = workspace(data.path());
    // Today under way: cards answered, one reading focused on, learning cards taken ahead.
    for _ in 0..3 {
        answer_next(&mut ws);
    }
    let reading = ws.with(|c| Ok(c.deck().readings[1].citation.id.clone())).unwrap();
    ws.with(|c| c.set_study_focus(Some(reading.clone()))).unwrap();
    ws.with(|c| c.learn_ahead()).unwrap();
    let session = |ws: &mut Workspace| serde_json::to_value(ws.with(|c| c.session()).unwrap()).unwrap();
    let deck_settings = |ws: &mut Workspace| ws.with(|c| Ok(c.settings().clone())).unwrap();
    let before = session(&mut ws);
    let study = deck_settings(&mut ws);
    assert!(ws.reading(&reading).unwrap().highlights, "highlights are shown until the reader turns them off");

    ws.set_reading_highlights(false).unwrap();
    assert!(!ws.reading(&reading).unwrap().highlights, "the reading's reply carries the choice");
    assert!(!ws.settings().unwrap().reading_highlights, "and the Settings screen shows it");
    assert_eq!(session(&mut ws), before, "the same card, counts and focus");
    assert_eq!(deck_settings(&mut ws), study, "the deck's study settings are not written");

    // Through the Settings screen, a change of the look alone keeps today's study too.
    let look = Settings { theme: Theme::Dark, reading_highlights: true, ..ws.settings().unwrap() };
    ws.set_settings(look).unwrap();
    assert!(ws.reading(&reading).unwrap().highlights);
    assert_eq!(session(&mut ws), before);
    drop(ws);

    // The choice outlives the window.
    let mut ws = workspace(data.path());
    ws.set_reading_highlights(false).unwrap();
    drop(ws);
    let mut ws = workspace(data.path());
    assert!(!ws.reading(&reading).unwrap().highlights);
    assert_eq!(ws.settings().unwrap().theme, Theme::Dark);
}
