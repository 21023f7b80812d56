use steppe::Collection;

use crate::{clock, small_deck};

fn schema(path: &std::path::Path) -> String {
    let db = rusqlite::Connection::open(path).unwrap();
    let mut stmt = db
        .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")
        .unwrap();
    let rows = stmt
        .query_map([], |r| {
            Ok(format!("{} {}\n{}\n", r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?))
        })
        .unwrap();
    rows.map(Result::unwrap).collect()
}

#[test]
fn the_schema_after_all_migrations() {
    let dir = tempfile::tempdir().unwrap();
    drop(Collection::open(dir.path(), small_deck(), Box::new(clock())).unwrap());
    insta::assert_snapshot!(schema(&dir.path().join(steppe::DB_FILE_NAME)));
}

#[test]
fn an_older_database_is_backed_up_then_migrated_keeping_its_reviews() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(steppe::DB_FILE_NAME);
    {
        // A version-1 database as the first release wrote it, with one review.
        let db = rusqlite::Connection::open(&path).unwrap();
        db.execute_batch(include_str!("../../src/store/migrations/0001_init.sql")).unwrap();
        db.execute_batch(
            "PRAGMA user_version = 1; PRAGMA application_id = 1398031696;
             INSERT INTO card (id, claim_id, reading_id, kind, position, phase, due, reps, last_review)
               VALUES ('rounds:cloze', 'rounds', 'r1', 'cloze', 0, 'learning', 1767574860, 1, 1767574800);
             INSERT INTO review_log (card_id, reviewed_at, rating, phase, previous)
               VALUES ('rounds:cloze', 1767574800000, 1, 'new', '{}');",
        )
        .unwrap();
    }
    let c = Collection::open(dir.path(), small_deck(), Box::new(clock())).unwrap();
    let stats = c.stats().unwrap();
    assert_eq!((stats.reviews_total, stats.learning), (1, 1), "the migrated database keeps its review and card state");
    let today = c.progress().unwrap().reviews_per_day.last().unwrap().count;
    assert_eq!(today, 1, "the answers given before the migration are in the statistics");
    let backups: Vec<_> = std::fs::read_dir(dir.path().join("backups"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert!(backups[0].contains("-before-v"), "{backups:?}");
    let backup = crate::backup::unpacked(&dir.path().join("backups").join(&backups[0]));
    let version: i64 = backup.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, 1, "the backup is the database as it was before migrating");
}

#[test]
fn a_manual_backup_is_a_complete_copy() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = Collection::open(dir.path(), small_deck(), Box::new(clock())).unwrap();
    c.answer(&"rounds:cloze".into(), steppe::schedule::Rating::Good).unwrap();
    let copy = c.backup_now().unwrap();
    let db = crate::backup::unpacked(&copy);
    let reviews: i64 = db.query_row("SELECT COUNT(*) FROM review_log", [], |r| r.get(0)).unwrap();
    assert_eq!(reviews, 1);
}

#[test]
fn settings_are_validated_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = Collection::open(dir.path(), small_deck(), Box::new(clock())).unwrap();
    let err = c.set_desired_retention(0.5).unwrap_err();
    assert_eq!(err.report().code, "invalid_setting");
    c.set_desired_retention(0.85).unwrap();
    drop(c);
    let c = Collection::open(dir.path(), small_deck(), Box::new(clock())).unwrap();
    assert_eq!(c.desired_retention(), 0.85, "the setting survives reopening");
}

#[test]
fn optimising_declines_politely_without_enough_reviews() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = Collection::open(dir.path(), small_deck(), Box::new(clock())).unwrap();
    c.answer(&"rounds:cloze".into(), steppe::schedule::Rating::Good).unwrap();
    let err = c.optimize(&mut |_, _| {}).unwrap_err();
    assert_eq!(err.report().code, "not_enough_reviews");
    assert!(err.to_string().contains("there are 1 so far"), "{err}");
    let notice = err.report().notice.expect("a notice for the interface");
    assert_eq!(notice.code, steppe::notice::NoticeCode::TooFewReviews);
    assert!(notice.message(&steppe::messages::Messages::new("mn")).contains("одоогоор 1 байна"));
}

#[test]
fn restoring_a_backup_brings_back_its_data_and_keeps_the_current_data_as_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = Collection::open(dir.path(), small_deck(), Box::new(clock())).unwrap();
    c.answer(&"rounds:cloze".into(), steppe::schedule::Rating::Good).unwrap();
    let copy = c.backup_now().unwrap();
    c.answer(&"embassy:cloze".into(), steppe::schedule::Rating::Good).unwrap();
    assert_eq!(c.stats().unwrap().reviews_total, 2);

    let name = copy.file_name().unwrap().to_string_lossy().into_owned();
    c.restore_backup(&name).unwrap();
    assert_eq!(c.stats().unwrap().reviews_total, 1, "the data is as it was when the backup was made");
    c.answer(&"embassy:cloze".into(), steppe::schedule::Rating::Easy).unwrap();
    drop(c);
    let c = Collection::open(dir.path(), small_deck(), Box::new(clock())).unwrap();
    assert_eq!(c.stats().unwrap().reviews_total, 2, "the restored file is the live database");
    let safety =
        c.backups().unwrap().into_iter().find(|b| b.name.ends_with("-before-restore.sqlite.zst")).expect("kept");
    let db = crate::backup::unpacked(&dir.path().join("backups").join(safety.name));
    let reviews: i64 = db.query_row("SELECT COUNT(*) FROM review_log", [], |r| r.get(0)).unwrap();
    assert_eq!(reviews, 2, "what was replaced is kept as a backup");
}

#[test]
fn a_damaged_or_unknown_backup_is_refused_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = Collection::open(dir.path(), small_deck(), Box::new(clock())).unwrap();
    c.answer(&"rounds:cloze".into(), steppe::schedule::Rating::Good).unwrap();
    c.backup_now().unwrap();
    std::fs::write(dir.path().join("backups").join("steppe-broken.sqlite"), "garbage").unwrap();
    let err = c.restore_backup("steppe-broken.sqlite").unwrap_err();
    assert_eq!(err.report().code, "storage", "{err}");
    assert!(err.to_string().contains("steppe-broken.sqlite"), "the error names the backup: {err}");
    assert_eq!(c.restore_backup("../steppe.sqlite").unwrap_err().report().code, "not_found");
    assert_eq!(c.stats().unwrap().reviews_total, 1, "the current data is untouched");
}

#[test]
fn a_changed_deck_gets_its_new_cards_at_the_next_open_and_an_unchanged_one_is_not_remade() {
    let dir = tempfile::tempdir().unwrap();
    let prompt_of = |c: &Collection| c.session().unwrap().card.expect("a card to study").prompt;
    let c = Collection::open(dir.path(), small_deck(), Box::new(clock())).unwrap();
    let before = prompt_of(&c);
    assert!(before.contains("Mongolia hosted"), "{before}");
    drop(c);

    let db = dir.path().join(steppe::DB_FILE_NAME);
    let key_row = |db: &std::path::Path| -> String {
        let conn = rusqlite::Connection::open(db).unwrap();
        conn.query_row("SELECT value FROM setting WHERE key = 'cards_key'", [], |r| r.get(0)).unwrap()
    };
    let key = key_row(&db);
    let c = Collection::open(dir.path(), small_deck(), Box::new(clock())).unwrap();
    assert_eq!(prompt_of(&c), before);
    drop(c);
    assert_eq!(key_row(&db), key, "the same deck keeps its cards");

    let mut files = crate::small_deck_files();
    let claims = files.iter_mut().find(|f| f.path.starts_with("claims/")).unwrap();
    *claims = steppe::content::SourceFile::new(
        "claims/001-r1.toml",
        claims.text.replace("text = \"Mongolia hosted three rounds", "text = \"Mongolia hosted all three rounds"),
    );
    let changed = steppe::content::compile(&files).unwrap();
    let c = Collection::open(dir.path(), changed, Box::new(clock())).unwrap();
    let after = prompt_of(&c);
    assert!(after.contains("Mongolia hosted all"), "the card shows the new text: {after}");
    drop(c);
    assert_ne!(key_row(&db), key);
}

/// Answers given as fast as the machine can (a script, a stress test) keep the WAL near its
/// checkpoint threshold: it used to grow by about 42 KB an answer, without end, because the
/// background checkpoint never let it start over while answers kept coming. Closing leaves no
/// WAL behind.
#[test]
fn the_wal_stays_small_under_continuous_answers_and_is_gone_after_close() {
    use steppe::schedule::Rating;
    let dir = tempfile::tempdir().unwrap();
    let wal = dir.path().join(format!("{}-wal", steppe::DB_FILE_NAME));
    let wal_len = || std::fs::metadata(&wal).map_or(0, |m| m.len());
    let clock = clock();
    let deck = steppe::content::Deck::builtin().unwrap();
    let mut c = Collection::open(dir.path(), deck, Box::new(clock.clone())).unwrap();
    let limits = steppe::settings::Settings { new_per_day: 500, reviews_per_day: 5000, ..c.settings().clone() };
    c.set_settings(limits).unwrap();
    let mut session = c.session().unwrap();
    let (mut answers, mut largest) = (0, 0);
    while answers < 5_000 {
        let Some(card) = session.card.take() else {
            clock.advance(chrono::Duration::days(1));
            session = c.session().unwrap();
            continue;
        };
        let rating = if answers % 7 == 0 { Rating::Again } else { Rating::Good };
        session = c.answer(&card.id, rating).unwrap();
        answers += 1;
        largest = largest.max(wal_len());
    }
    // The writer checkpoints itself past 16 MB; 5,000 answers in a
    // debug build made one of 30 to 60 MB (a release build: 250 MB), depending on how far the
    // background thread fell behind.
    assert!(largest <= 20 << 20, "the WAL reached {largest} bytes in {answers} answers");
    drop(c);
    assert_eq!(wal_len(), 0, "nothing is left in the WAL after closing");
    let db = rusqlite::Connection::open(dir.path().join(steppe::DB_FILE_NAME)).unwrap();
    let reviews: i64 = db.query_row("SELECT COUNT(*) FROM review_log", [], |r| r.get(0)).unwrap();
    assert_eq!(reviews, 5_000, "every answer is in the database");
}
