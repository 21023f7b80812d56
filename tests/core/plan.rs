//! Exam plans: feasibility against the fsrs crate's simulator, the plan's rule in real study
//! (built-in deck, real SQLite files, a simulated clock), several exams, and dropping a plan.

use chrono::{Duration, NaiveDate};
use proptest::prelude::*;
use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;
use steppe::Collection;
use steppe::clock::FixedClock;
use steppe::content::Deck;
use steppe::ids::CardId;
use steppe::schedule::{
    CardState, ExamPlan, FINAL_DAYS, PLAN_SEED, Phase, PlanInput, PlanVerdict, Rating, SchedulerConfig, capped_day,
    check_plan, new_per_day,
};
use steppe::settings::Settings;

use crate::clock;

const DAY: i64 = 86_400;

/// Studied cards of fixed memory states, spread over the days ahead.
fn fixed_cards(n: usize, now: i64) -> Vec<CardState> {
    (0..n)
        .map(|i| {
            let stability = 1.0 + (i % 40) as f32 * 1.5;
            let last = now - ((i % 9) as i64 + 1) * DAY;
            CardState {
                phase: Phase::Review,
                due: Some(last + (stability.round() as i64).max(1) * DAY),
                stability: Some(stability),
                difficulty: Some(3.0 + (i % 6) as f32),
                step: 0,
                reps: 3,
                lapses: (i % 3) as u32,
                last_review: Some(last),
            }
        })
        .collect()
}

#[test]
fn feasibility_is_the_crates_simulation_under_the_plans_rule() {
    let now = 1_767_600_000;
    let cards = fixed_cards(300, now);
    let days = 30;
    let input = PlanInput {
        cards: &cards,
        new_cards: 100,
        parameters: &[],
        desired_retention: 0.9,
        maximum_interval_days: 36_500,
        now,
        today: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
        days,
        target: 0.5,
        budget_minutes: None,
    };
    let check = check_plan(&input, &[]).unwrap();
    let f = &check.figures;
    assert_eq!((f.days, f.cards, f.new_cards), (30, 400, 100));
    assert_eq!(f.new_per_day, 4, "100 new cards over the 27 days before the final window");
    assert!(!f.own_times);

    // The same simulation built here from the crate alone: default times and buttons, the
    // plan's days, new cards and review limit, and the rule as a post-scheduling hook.
    let parameters = Arc::new(fsrs::check_and_fill_parameters(&[]).unwrap());
    let exam = i64::from(days);
    let sim_cards: Vec<fsrs::Card> = cards
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let last_date = -((now - s.last_review.unwrap()) as f32 / DAY as f32);
            let due = ((s.due.unwrap() - now) as f32 / DAY as f32).max(0.0);
            let id = i as i64 + 1;
            let due = due.min(capped_day(0, exam, id as u64, due as i64) as f32);
            fsrs::Card {
                id,
                difficulty: s.difficulty.unwrap(),
                stability: s.stability.unwrap(),
                last_date,
                due,
                interval: due - last_date,
                lapses: s.lapses,
                desired_retention: 0.9,
                parameters: parameters.clone(),
            }
        })
        .collect();
    let config = fsrs::SimulatorConfig {
        deck_size: 400,
        learn_span: days as usize,
        max_cost_perday: f32::INFINITY,
        max_ivl: 36_500.0,
        learn_limit: 4,
        review_limit: usize::MAX,
        new_cards_ignore_review_limit: true,
        suspend_after_lapses: Some(steppe::LEECH_LAPSES),
        post_scheduling_fn: Some(fsrs::PostSchedulingFn::new(move |ctx| {
            let today = ctx.today as i64;
            let window = today + i64::from(FINAL_DAYS) >= exam;
            let target = exam - 1 - (ctx.card.id.unsigned_abs() % u64::from(FINAL_DAYS)) as i64;
            let due = today + ctx.card.interval as i64;
            if window || due <= target { ctx.card.interval } else { (target - today) as f32 }
        })),
        ..fsrs::SimulatorConfig::default()
    };
    let result = fsrs::simulate(&config, &parameters, 0.9, Some(PLAN_SEED), Some(sim_cards)).unwrap();
    let reviews: Vec<u32> = result.review_cnt_per_day.iter().map(|&n| n as u32).collect();
    assert_eq!(f.daily.iter().map(|d| d.reviews).collect::<Vec<_>>(), reviews);
    assert_eq!(
        f.daily.iter().map(|d| d.new).collect::<Vec<_>>(),
        result.learn_cnt_per_day.iter().map(|&n| n as u32).collect::<Vec<_>>()
    );
    let minutes = result.cost_per_day.iter().sum::<f32>() / 60.0 / days as f32;
    assert!((f.minutes_per_day - minutes).abs() < 1e-3, "{} against {minutes}", f.minutes_per_day);
    let remembered: f32 = result
        .cards
        .iter()
        .filter(|c| c.last_date.is_finite())
        .map(|c| {
            let memory = fsrs::MemoryState { stability: c.stability, difficulty: c.difficulty };
            fsrs::current_retrievability(memory, days as f32 - c.last_date, parameters[20])
        })
        .sum();
    assert!(
        (f.expected_recall - remembered / 400.0).abs() < 1e-4,
        "{} against {}",
        f.expected_recall,
        remembered / 400.0
    );
    // Every new card is introduced before the final window, and every studied card is answered
    // inside it (the simulated cards' last answers all fall in the last FINAL_DAYS days).
    let introduced: u32 = f.daily.iter().take((days - FINAL_DAYS) as usize).map(|d| d.new).sum();
    assert_eq!(introduced, 100);
    let exam_f = days as f32;
    assert!(
        result.cards.iter().all(|c| c.last_date >= exam_f - FINAL_DAYS as f32 && c.last_date < exam_f),
        "every card is seen in the final window"
    );
    assert_eq!(check.verdict, PlanVerdict::Reachable);
}

#[test]
fn an_unreachable_target_says_what_is_reachable() {
    let now = 1_767_600_000;
    let cards = fixed_cards(200, now);
    let input = PlanInput {
        cards: &cards,
        new_cards: 400,
        parameters: &[],
        desired_retention: 0.8,
        maximum_interval_days: 36_500,
        now,
        today: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
        days: 2,
        target: 0.97,
        budget_minutes: None,
    };
    let check = check_plan(&input, &[]).unwrap();
    let PlanVerdict::NotReachable {
        reachable_recall,
        earliest_date,
        retention_needed,
        minutes_needed,
        unlimited_minutes,
    } = check.verdict
    else {
        panic!("0.97 in two days with 400 new cards: {:?}", check.verdict);
    };
    assert!((reachable_recall - check.figures.expected_recall).abs() < 1e-6 && reachable_recall < 0.97);
    assert_eq!(check.figures.new_per_day, 400, "an exam inside the final window: every new card today");
    assert!(earliest_date.is_some() || retention_needed.is_some(), "a later date or more study reaches it");
    assert_eq!(retention_needed.is_some(), minutes_needed.is_some());
    if let Some(date) = earliest_date {
        assert!(date.as_str() > "2026-01-07", "{date}");
    }
    assert_eq!(new_per_day(400, 2), 400);

    assert_eq!(unlimited_minutes, None, "no budget was set");
    let past = PlanInput { days: 0, ..input };
    assert_eq!(check_plan(&past, &[]).unwrap().verdict, PlanVerdict::ExamPassed);
    let empty = PlanInput { cards: &[], new_cards: 0, ..input };
    assert_eq!(check_plan(&empty, &[]).unwrap().verdict, PlanVerdict::EmptyScope);
}

/// Scheduler settings for comparing a planned collection with an unplanned twin: fuzz on, no
/// load balancing (which lets every card's due day move every other card's interval).
fn twin_config() -> SchedulerConfig {
    SchedulerConfig { load_balance: false, ..SchedulerConfig::default() }
}

fn open(dir: &std::path::Path, clock: &Arc<FixedClock>) -> Collection {
    let mut c = Collection::open_with(dir, Deck::builtin().unwrap(), Box::new(clock.clone()), twin_config()).unwrap();
    c.set_settings(Settings { new_per_day: 12, reviews_per_day: 5000, ..c.settings().clone() }).unwrap();
    c
}

fn rating(rng: &mut ChaCha8Rng) -> Rating {
    match rng.random_range(0..100) {
        0..12 => Rating::Again,
        12..20 => Rating::Hard,
        20..88 => Rating::Good,
        _ => Rating::Easy,
    }
}

/// The first reading's cards: the scope of the plans below.
fn first_reading_cards(deck: &Deck) -> (String, HashSet<CardId>) {
    let reading = deck.readings[0].citation.id.clone();
    let cards = steppe::cards::generate(deck).into_iter().filter(|c| c.reading == reading).map(|c| c.id).collect();
    (reading.0, cards)
}

/// Today's study day as a date (the day rolls over at 04:00).
fn study_date(clock: &FixedClock) -> NaiveDate {
    use steppe::clock::Clock;
    (clock.now() - Duration::hours(4)).date_naive()
}

/// Studies every card due in `planned` today, answering the same cards the same way in `plain`.
fn study_day(
    planned: &mut Collection,
    plain: &mut Collection,
    rng: &mut ChaCha8Rng,
    log: &mut Vec<(CardId, i64)>,
    day: i64,
) {
    let mut answered = 0;
    while let Some(card) = planned.session().unwrap().card {
        let r = rating(rng);
        planned.answer(&card.id, r).unwrap();
        plain.answer(&card.id, r).unwrap();
        log.push((card.id, day));
        answered += 1;
        assert!(answered < 2000, "a day's study ends");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3, ..ProptestConfig::default() })]

    /// Under a saved plan, every in-scope card answered before the final window is answered again
    /// inside it; out-of-scope cards end exactly as in an unplanned twin answered the same way.
    #[test]
    fn a_plan_brings_every_studied_card_back_before_the_exam(
        seed in any::<u64>(),
        before in 2i64..5,
        exam_in in 6i64..12,
    ) {
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let clock = clock();
        let mut planned = open(a.path(), &clock);
        let mut plain = open(b.path(), &clock);
        let deck = Deck::builtin().unwrap();
        let (reading, in_scope) = first_reading_cards(&deck);
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut log = Vec::new();
        for day in 0..before {
            study_day(&mut planned, &mut plain, &mut rng, &mut log, day);
            clock.advance(Duration::days(1));
        }
        let exam = study_date(&clock) + Duration::days(exam_in);
        let plan = ExamPlan {
            name: "midterm".into(),
            exam_date: exam.format("%Y-%m-%d").to_string(),
            readings: vec![reading],
            tags: vec![],
            target: 0.8, minutes_per_day: None };
        planned.save_plan(plan).unwrap();
        for day in before..before + exam_in {
            study_day(&mut planned, &mut plain, &mut rng, &mut log, day);
            clock.advance(Duration::days(1));
        }
        let exam_day = before + exam_in;
        let window = exam_day - i64::from(FINAL_DAYS)..exam_day;
        let mut days_of: HashMap<&CardId, Vec<i64>> = HashMap::new();
        for (card, day) in &log {
            days_of.entry(card).or_default().push(*day);
        }
        for (card, days) in &days_of {
            if in_scope.contains(*card) && days[0] < window.start {
                prop_assert!(days.iter().any(|d| window.contains(d)), "{card}: answered on days {days:?}, exam on day {exam_day}");
            }
        }
        let planned_states: BTreeMap<_, _> = planned.stored_states().unwrap().into_iter().collect();
        let plain_states: BTreeMap<_, _> = plain.stored_states().unwrap().into_iter().collect();
        let mut compared = 0;
        for (id, state) in &plain_states {
            if !in_scope.contains(id) {
                prop_assert_eq!(Some(state), planned_states.get(id), "{} is outside the plan", id);
                compared += 1;
            }
        }
        prop_assert!(compared > 0);
        prop_assert!(days_of.keys().any(|c| in_scope.contains(*c)), "the plan's cards were studied");
    }
}

/// Days of study of the built-in deck, each day's due cards answered (no load balancing: with
/// it, the cards a plan brings forward move other cards' intervals).
fn studied(dir: &std::path::Path, clock: &Arc<FixedClock>, days: u32) -> Collection {
    let mut c = Collection::open_with(dir, Deck::builtin().unwrap(), Box::new(clock.clone()), twin_config()).unwrap();
    let mut rng = ChaCha8Rng::seed_from_u64(9);
    for _ in 0..days {
        while let Some(card) = c.session().unwrap().card {
            c.answer(&card.id, rating(&mut rng)).unwrap();
        }
        clock.advance(Duration::days(1));
    }
    c
}

#[test]
fn dropping_a_plan_restores_normal_intervals_and_keeps_the_history() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut c = studied(dir.path(), &clock, 30);
    // The next review card with a Good interval longer than a week.
    let long = loop {
        let card = c.session().unwrap().card.expect("cards left today");
        if card.intervals.good > 8 * DAY {
            break card;
        }
        c.answer(&card.id, Rating::Good).unwrap();
    };
    let exam = study_date(&clock) + Duration::days(8);
    let plan = |name: &str, readings: Vec<String>, exam: NaiveDate| ExamPlan {
        name: name.into(),
        exam_date: exam.format("%Y-%m-%d").to_string(),
        readings,
        tags: vec![],
        target: 0.85,
        minutes_per_day: None,
    };
    let reviews = c.stats().unwrap().reviews_total;
    let check = c.save_plan(plan("final", vec![], exam)).unwrap();
    assert!(check.figures.cards > 0 && check.figures.minutes_per_day > 0.0, "{:?}", check.figures);
    let under_plan = c.session().unwrap().card.unwrap();
    assert_eq!(under_plan.id, long.id, "saving a plan moves no card that is due today");
    for seconds in [under_plan.intervals.hard, under_plan.intervals.good, under_plan.intervals.easy] {
        assert!(seconds <= 7 * DAY, "the next review lands before the exam: {seconds}s");
    }
    let plans = c.plans().unwrap();
    assert_eq!(plans.len(), 1);
    assert_eq!(plans[0].days.len(), 1, "the plan's first day");
    assert_eq!(plans[0].days[0].planned_reviews, check.figures.daily[0].reviews);

    c.drop_plan("final").unwrap();
    assert!(c.plans().unwrap().is_empty());
    let after = c.session().unwrap().card.unwrap();
    assert_eq!(after.id, long.id);
    let (a, l) = (&after.intervals, &long.intervals);
    assert_eq!((a.again, a.hard, a.good, a.easy), (l.again, l.hard, l.good, l.easy), "normal intervals again");
    assert_eq!(c.stats().unwrap().reviews_total, reviews, "no answer lost");
    assert!(matches!(c.drop_plan("final"), Err(steppe::Error::NotFound(_))));
}

#[test]
fn the_earliest_exam_wins_and_done_work_is_counted_day_by_day() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut c = studied(dir.path(), &clock, 20);
    let deck = Deck::builtin().unwrap();
    let (reading, in_first) = first_reading_cards(&deck);
    let today = study_date(&clock);
    let day = |n: i64| (today + Duration::days(n)).format("%Y-%m-%d").to_string();
    c.save_plan(ExamPlan {
        name: "final".into(),
        exam_date: day(30),
        readings: vec![],
        tags: vec![],
        target: 0.8,
        minutes_per_day: None,
    })
    .unwrap();
    c.save_plan(ExamPlan {
        name: "quiz".into(),
        exam_date: day(10),
        readings: vec![reading],
        tags: vec![],
        target: 0.8,
        minutes_per_day: None,
    })
    .unwrap();
    let mut rng = ChaCha8Rng::seed_from_u64(3);
    let mut answered = 0;
    while let Some(card) = c.session().unwrap().card {
        let limit = if in_first.contains(&card.id) { 9 } else { 29 };
        for seconds in [card.intervals.hard, card.intervals.good, card.intervals.easy] {
            assert!(seconds <= limit * DAY, "{} ({}s): due before its earliest exam", card.id, seconds);
        }
        c.answer(&card.id, rating(&mut rng)).unwrap();
        answered += 1;
    }
    assert!(answered > 0);
    let plans = c.plans().unwrap();
    assert_eq!(plans.iter().map(|p| p.plan.name.as_str()).collect::<Vec<_>>(), ["quiz", "final"], "earliest first");
    let done: u32 = plans[1].days.iter().map(|d| d.done_reviews + d.done_new).sum();
    assert_eq!(done, answered, "every answer today is in the whole-deck plan");
    let quiz: u32 = plans[0].days.iter().map(|d| d.done_reviews + d.done_new).sum();
    assert!(quiz < answered);
    // Changing a plan keeps one plan of that name.
    c.save_plan(ExamPlan {
        name: "final".into(),
        exam_date: day(40),
        readings: vec![],
        tags: vec![],
        target: 0.7,
        minutes_per_day: None,
    })
    .unwrap();
    let plans = c.plans().unwrap();
    assert_eq!(plans.len(), 2);
    assert_eq!(plans[1].plan.exam_date, day(40));
    assert!(matches!(
        c.save_plan(ExamPlan {
            name: "past".into(),
            exam_date: day(0),
            readings: vec![],
            tags: vec![],
            target: 0.8,
            minutes_per_day: None
        }),
        Err(steppe::Error::InvalidInput(_))
    ));
}

#[test]
fn the_plans_new_cards_come_from_its_readings_on_top_of_the_daily_limit() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut c = Collection::open(dir.path(), Deck::builtin().unwrap(), Box::new(clock.clone())).unwrap();
    c.set_settings(Settings { new_per_day: 0, ..c.settings().clone() }).unwrap();
    assert!(c.session().unwrap().card.is_none(), "no new card a day: nothing to study");
    assert_eq!(c.library().unwrap().new_limit, 0, "the Library says new cards are off");
    let deck = Deck::builtin().unwrap();
    let last = deck.readings.last().unwrap().citation.id.clone();
    let cards = steppe::cards::generate(&deck);
    let in_last: HashSet<CardId> = cards.iter().filter(|c| c.reading == last).map(|c| c.id.clone()).collect();
    let exam = (study_date(&clock) + Duration::days(20)).format("%Y-%m-%d").to_string();
    let check = c
        .save_plan(ExamPlan {
            name: "essay".into(),
            exam_date: exam,
            readings: vec![last.0.clone()],
            tags: vec![],
            target: 0.8,
            minutes_per_day: None,
        })
        .unwrap();
    let quota = check.figures.new_per_day;
    assert_eq!(check.figures.new_cards as usize, in_last.len());
    assert!(quota > 0);
    assert_eq!(c.session().unwrap().today.new, quota, "today's count shows the plan's new cards");
    let library = c.library().unwrap();
    assert_eq!((library.today.new, library.new_limit), (quota, quota), "the Library counts as Review serves");
    let mut introduced = HashSet::new();
    while let Some(card) = c.session().unwrap().card {
        assert!(in_last.contains(&card.id), "{} is not in the plan's reading", card.id);
        introduced.insert(card.id.clone());
        c.answer(&card.id, Rating::Good).unwrap();
    }
    assert_eq!(introduced.len() as u32, quota, "the plan's new cards for the day, no more");
    let library = c.library().unwrap();
    assert_eq!((library.today.new, library.new_limit), (0, quota), "today's allowance used up");
}

#[test]
fn a_daily_budget_caps_the_minutes_and_says_what_more_minutes_would_reach() {
    let now = 1_767_600_000;
    let cards = fixed_cards(300, now);
    let input = PlanInput {
        cards: &cards,
        new_cards: 300,
        parameters: &[],
        desired_retention: 0.9,
        maximum_interval_days: 36_500,
        now,
        today: NaiveDate::from_ymd_opt(2026, 1, 5).unwrap(),
        days: 20,
        target: 0.85,
        budget_minutes: None,
    };
    let free = check_plan(&input, &[]).unwrap();
    assert_eq!(free.verdict, PlanVerdict::Reachable, "{:?}", free.figures.expected_recall);
    let tight = PlanInput { budget_minutes: Some(5), ..input };
    let check = check_plan(&tight, &[]).unwrap();
    assert!(check.figures.daily.iter().all(|d| d.minutes <= 5.0 + 2.0), "about five minutes a day at most");
    assert!(check.figures.expected_recall < free.figures.expected_recall);
    let PlanVerdict::NotReachable { unlimited_minutes: Some(minutes), .. } = check.verdict else {
        panic!("five minutes a day is too little: {:?}", check.verdict);
    };
    assert!(
        (minutes - free.figures.minutes_per_day).abs() < 1e-3,
        "{minutes} against {}",
        free.figures.minutes_per_day
    );
}

/// While a student studies under plans (one of a reading, one of a tag), the day's counts the
/// review screen shows, raised to what the plans still need, are those a fresh open of the
/// database reads: each answer and each undo is counted in the plans' tallies as it happens.
#[test]
fn the_plans_counts_while_studying_are_those_read_afresh() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let reopen = |c: Option<Collection>| {
        drop(c);
        let mut c = Collection::open_with(dir.path(), Deck::builtin().unwrap(), Box::new(clock.clone()), twin_config())
            .unwrap();
        c.set_settings(Settings { new_per_day: 1, reviews_per_day: 3, ..c.settings().clone() }).unwrap();
        c
    };
    let mut c = reopen(None);
    let mut rng = ChaCha8Rng::seed_from_u64(11);
    for _ in 0..2 {
        while let Some(card) = c.session().unwrap().card {
            c.answer(&card.id, rating(&mut rng)).unwrap();
        }
        clock.advance(Duration::days(1));
    }
    let deck = Deck::builtin().unwrap();
    let (reading, _) = first_reading_cards(&deck);
    let mut tags: HashMap<&str, usize> = HashMap::new();
    for tag in deck.claims.iter().flat_map(|c| &c.tags) {
        *tags.entry(tag.as_str()).or_default() += 1;
    }
    let tag = tags.into_iter().max_by_key(|&(t, n)| (n, std::cmp::Reverse(t))).expect("the deck has tags").0;
    let exam = (study_date(&clock) + Duration::days(9)).format("%Y-%m-%d").to_string();
    let plan = |name: &str, readings: Vec<String>, tags: Vec<String>| ExamPlan {
        name: name.into(),
        exam_date: exam.clone(),
        readings,
        tags,
        target: 0.9,
        minutes_per_day: None,
    };
    c.save_plan(plan("reading", vec![reading], vec![])).unwrap();
    c.save_plan(plan("tag", vec![], vec![tag.to_owned()])).unwrap();
    let (mut answered, mut compared, mut undone) = (0, 0, 0);
    for day in 0..2 {
        while let Some(card) = c.session().unwrap().card {
            c.answer(&card.id, rating(&mut rng)).unwrap();
            answered += 1;
            if answered % 7 == 3 {
                c.undo().unwrap();
                undone += 1;
            }
            if answered % 13 == 0 {
                let shown = c.session().unwrap();
                c = reopen(Some(c));
                let read = c.session().unwrap();
                assert_eq!(read.today, shown.today, "day {day}, after {answered} answers");
                assert_eq!(read.card.map(|c| c.id), shown.card.map(|c| c.id));
                compared += 1;
            }
            assert!(answered < 3000, "a day's study ends");
        }
        clock.advance(Duration::days(1));
    }
    assert!(compared > 10 && undone > 5, "{compared} comparisons, {undone} undone");
}
