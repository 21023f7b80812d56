//! The Progress view's figures, which come from tallies and indexes, against the same figures
//! worked out plainly from every row of a real database with a synthetic two-year history.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate};
use steppe::clock::{Clock, FixedClock};
use steppe::content::{Deck, compile};
use steppe::schedule::Rating;
use steppe::settings::Settings;
use steppe::synth::{DeckSpec, HistorySpec, deck_files, fixed_now, write_history};
use steppe::views::{DayCount, ProgressView, ReadingMastery, RetentionWeek};
use steppe::{Collection, DB_FILE_NAME};

struct Answer {
    at_ms: i64,
    phase: String,
    rating: i64,
}

struct CardRow {
    claim: String,
    reading: String,
    phase: String,
    due: Option<i64>,
    stability: Option<f64>,
    suspended: bool,
    archived: bool,
    leech: bool,
}

/// Every answer and every card, read straight from the file.
fn read_rows(data_dir: &Path) -> (Vec<Answer>, Vec<CardRow>) {
    let db = rusqlite::Connection::open(data_dir.join(DB_FILE_NAME)).unwrap();
    let answers = db
        .prepare("SELECT reviewed_at, CASE phase WHEN 0 THEN 'new' WHEN 1 THEN 'learning' WHEN 2 THEN 'review' ELSE 'relearning' END, rating FROM review_log")
        .unwrap()
        .query_map([], |r| Ok(Answer { at_ms: r.get(0)?, phase: r.get(1)?, rating: r.get(2)? }))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let cards = db
        .prepare("SELECT claim_id, reading_id, phase, due, stability, suspended, archived, leech FROM card")
        .unwrap()
        .query_map([], |r| {
            Ok(CardRow {
                claim: r.get(0)?,
                reading: r.get(1)?,
                phase: r.get(2)?,
                due: r.get(3)?,
                stability: r.get(4)?,
                suspended: r.get(5)?,
                archived: r.get(6)?,
                leech: r.get(7)?,
            })
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    (answers, cards)
}

/// The local date a study day starting at `rollover` o'clock holds `at_ms`.
fn study_date(at_ms: i64, offset: FixedOffset, rollover: u32) -> NaiveDate {
    let local = DateTime::from_timestamp_millis(at_ms).unwrap().with_timezone(&offset);
    (local - Duration::hours(i64::from(rollover))).date_naive()
}

/// The figures of the Progress view worked out row by row, for the moment `now`.
fn plain_progress(data_dir: &Path, deck: &Deck, now: DateTime<FixedOffset>, rollover: u32) -> ProgressView {
    let (answers, cards) = read_rows(data_dir);
    let offset = *now.offset();
    let today = study_date(now.timestamp_millis(), offset, rollover);
    let mut per_day: HashMap<NaiveDate, u32> = HashMap::new();
    let mut per_week: BTreeMap<NaiveDate, (u32, u32)> = BTreeMap::new();
    for answer in &answers {
        let day = study_date(answer.at_ms, offset, rollover);
        *per_day.entry(day).or_default() += 1;
        if answer.phase == "review" && day >= today - Duration::weeks(26) {
            let monday = day - Duration::days(i64::from(day.weekday().num_days_from_monday()));
            let week = per_week.entry(monday).or_default();
            week.0 += 1;
            week.1 += u32::from(answer.rating > 1);
        }
    }
    let reviews_per_day = (0..365)
        .rev()
        .map(|back| today - Duration::days(back))
        .map(|day| DayCount { date: day.to_string(), count: per_day.get(&day).copied().unwrap_or(0) })
        .collect();
    let retention = per_week
        .into_iter()
        .map(|(monday, (reviews, recalled))| RetentionWeek { week_of: monday.to_string(), reviews, recalled })
        .collect();

    let day_start = today.and_hms_opt(rollover, 0, 0).unwrap().and_local_timezone(offset).unwrap().timestamp();
    let mut forecast = vec![0; 30];
    for card in cards.iter().filter(|c| !c.suspended && !c.archived && c.phase != "new") {
        let due = card.due.unwrap();
        let day = if due < day_start { 0 } else { (due - day_start) / 86_400 };
        if let Some(slot) = forecast.get_mut(day as usize) {
            *slot += 1;
        }
    }
    let forecast = forecast
        .into_iter()
        .enumerate()
        .map(|(i, count)| DayCount { date: (today + Duration::days(i as i64)).to_string(), count })
        .collect();

    let live: Vec<&CardRow> = cards.iter().filter(|c| !c.archived).collect();
    let readings = deck
        .readings
        .iter()
        .map(|r| {
            let of_reading: Vec<&&CardRow> = live.iter().filter(|c| c.reading == r.citation.id.as_str()).collect();
            let claims_where = |keep: &dyn Fn(&CardRow) -> bool| {
                of_reading.iter().filter(|c| keep(c)).map(|c| c.claim.as_str()).collect::<HashSet<_>>().len() as u32
            };
            ReadingMastery {
                reading: r.citation.id.clone(),
                title: r.citation.title.clone(),
                claims: claims_where(&|_| true),
                seen: claims_where(&|c| c.phase != "new"),
                mastered: claims_where(&|c| c.phase == "review" && c.stability.unwrap_or(0.0) >= 21.0),
            }
        })
        .collect();

    let phase_count = |phases: &[&str]| live.iter().filter(|c| phases.contains(&c.phase.as_str())).count() as u32;
    let stats = steppe::views::Stats {
        cards: live.len() as u32,
        new: phase_count(&["new"]),
        learning: phase_count(&["learning", "relearning"]),
        review: phase_count(&["review"]),
        due_today: Default::default(),
        reviews_today: answers.iter().filter(|a| study_date(a.at_ms, offset, rollover) == today).count() as u32,
        reviews_total: answers.len() as u32,
    };
    ProgressView {
        reviews_per_day,
        forecast,
        retention,
        stats,
        suspended: cards.iter().filter(|c| c.suspended).count() as u32,
        leeches: cards.iter().filter(|c| c.leech && !c.archived).count() as u32,
        readings,
        desired_retention: 0.0,
    }
}

/// Compares every figure but the ones taken from the settings and today's queue.
fn assert_same(found: &ProgressView, plain: &ProgressView, case: &str) {
    assert_eq!(found.reviews_per_day, plain.reviews_per_day, "{case}: reviews per day");
    assert_eq!(found.forecast, plain.forecast, "{case}: forecast");
    assert_eq!(found.retention, plain.retention, "{case}: retention");
    assert_eq!(found.readings, plain.readings, "{case}: readings");
    assert_eq!((found.suspended, found.leeches), (plain.suspended, plain.leeches), "{case}: suspended, leeches");
    let counts = |s: &steppe::views::Stats| (s.cards, s.new, s.learning, s.review, s.reviews_today, s.reviews_total);
    assert_eq!(counts(&found.stats), counts(&plain.stats), "{case}: card and review counts");
}

fn synthetic(dir: &Path) -> Deck {
    let deck = compile(&deck_files(&DeckSpec { claims: 130, claims_per_reading: 20, seed: 11 })).unwrap();
    let history = HistorySpec { reviews: 12_000, now: fixed_now(), seed: 11 };
    write_history(dir, &deck, &history).unwrap();
    deck
}

#[test]
fn progress_equals_the_figures_worked_out_from_every_row_in_any_time_zone() {
    let dir = tempfile::tempdir().unwrap();
    let deck = synthetic(dir.path());
    // Whole hours, half and quarter hours (every real zone), and an odd offset no slot fits.
    let zones = [(8 * 3600, 0), (8 * 3600, 4), (5 * 3600 + 45 * 60, 4), (-(3 * 3600 + 30 * 60), 0), (3600 + 7 * 60, 3)];
    for (offset, rollover) in zones {
        let now = fixed_now().with_timezone(&FixedOffset::east_opt(offset).unwrap());
        let mut c = Collection::open(dir.path(), deck.clone(), Box::new(FixedClock::new(now))).unwrap();
        c.set_settings(Settings { rollover_hour: rollover, ..c.settings().clone() }).unwrap();
        let found = c.progress().unwrap();
        drop(c);
        let case = format!("UTC{offset:+}s, day from {rollover}h");
        assert_same(&found, &plain_progress(dir.path(), &deck, now, rollover), &case);
        assert!(found.reviews_per_day.iter().filter(|d| d.count > 0).count() > 300, "{case}: a year of answers");
        assert!(found.retention.len() >= 20, "{case}: half a year of retention");
    }
}

#[test]
fn the_tallies_follow_answers_and_undo() {
    let dir = tempfile::tempdir().unwrap();
    let deck = synthetic(dir.path());
    let clock = std::sync::Arc::new(FixedClock::new(fixed_now()));
    let mut c = Collection::open(dir.path(), deck.clone(), Box::new(clock.clone())).unwrap();
    let before = c.progress().unwrap();
    let mut answered = 0;
    for rating in [Rating::Good, Rating::Again, Rating::Easy, Rating::Good, Rating::Hard] {
        let Some(card) = c.session().unwrap().card else { break };
        c.answer(&card.id, rating).unwrap();
        answered += 1;
        clock.advance(Duration::minutes(10));
    }
    assert!(answered >= 3, "the synthetic history leaves cards due");
    c.undo().unwrap().expect("the last answer is taken back");
    let after = c.progress().unwrap();
    drop(c);
    let today = |p: &ProgressView| p.reviews_per_day.last().unwrap().count;
    assert_eq!(today(&after), today(&before) + answered - 1, "today's answers less the undone one");
    assert_eq!(after.stats.reviews_total, before.stats.reviews_total + answered - 1);
    assert_same(&after, &plain_progress(dir.path(), &deck, clock.now(), 4), "after answers and an undo");
}
