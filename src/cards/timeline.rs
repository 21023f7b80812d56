//! Timeline cards: four or five dated claims of one reading, shown shuffled, to put in order.
//!
//! Items are the claims' events, written without their dates; the dates are shown after the
//! answer. The dates of one timeline never overlap (`2014` and `March 2014` cannot be
//! ordered), so the order is certain. Each claim is in at most one timeline.

use rand::seq::SliceRandom;

use super::{Card, CardKind, PromptFrame, card_rng};
use crate::content::Claim;
use crate::ids::{CardId, ReadingId};

/// The fewest and most items of a timeline.
pub const MIN_ITEMS: usize = 4;
pub const MAX_ITEMS: usize = 5;

/// The id of the `n`-th timeline of a reading (from 1): `timeline:<reading-id>:<n>`.
pub fn timeline_id(reading: &ReadingId, n: usize) -> CardId {
    CardId(format!("timeline:{reading}:{n}"))
}

/// The span of time a claim's date covers, from its first day to its last, as (y, m, d).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Span {
    start: (u32, u32, u32),
    end: (u32, u32, u32),
}

impl Span {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as the content checks allow.
    fn parse(date: &str) -> Option<Span> {
        let parts: Vec<u32> = date.split('-').map(|p| p.parse().ok()).collect::<Option<_>>()?;
        match parts.as_slice() {
            [y] => Some(Span { start: (*y, 1, 1), end: (*y, 12, 31) }),
            [y, m] => Some(Span { start: (*y, *m, 1), end: (*y, *m, 31) }),
            [y, m, d] => Some(Span { start: (*y, *m, *d), end: (*y, *m, *d) }),
            _ => None,
        }
    }

    fn overlaps(&self, other: &Span) -> bool {
        !(self.end < other.start || other.end < self.start)
    }
}

/// The months' English names, January first.
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A claim's date for people: `2014`, `March 2014`, `21 May 2014`.
pub fn display_date(date: &str) -> String {
    let parts: Vec<&str> = date.split('-').collect();
    let month = |m: &str| m.parse::<usize>().ok().and_then(|m| MONTHS.get(m.wrapping_sub(1))).copied();
    match parts.as_slice() {
        [y, m] => month(m).map_or_else(|| date.to_owned(), |m| format!("{m} {y}")),
        [y, m, d] => month(m).map_or_else(|| date.to_owned(), |m| format!("{} {m} {y}", d.trim_start_matches('0'))),
        _ => date.to_owned(),
    }
}

/// A claim's date (`2014`, `2014-03`, `2014-03-02`) in `messages`' language (`date-month` and
/// `date-day` in `cli.ftl`); anything else as it is.
pub fn worded_date(date: &str, messages: &crate::messages::Messages) -> String {
    use crate::messages::FluentValue;
    let parts: Vec<&str> = date.split('-').collect();
    let month = |m: &str| m.parse::<u32>().ok().filter(|m| (1..=12).contains(m));
    match parts.as_slice() {
        [year, m] => month(m).map_or_else(
            || date.to_owned(),
            |m| messages.get("date-month", &[("year", FluentValue::from(*year)), ("month", FluentValue::from(m))]),
        ),
        [year, m, d] => match (month(m), d.parse::<u32>().ok()) {
            (Some(m), Some(d)) => messages.get(
                "date-day",
                &[("year", FluentValue::from(*year)), ("month", FluentValue::from(m)), ("day", FluentValue::from(d))],
            ),
            _ => date.to_owned(),
        },
        _ => date.to_owned(),
    }
}

/// Whether a claim is an item for timelines: it is dated, names its event (written without the
/// date, so that the item does not give its place away), and its date is not one source's
/// version of a disputed question.
fn is_item(claim: &Claim) -> bool {
    claim.date.is_some() && claim.event.is_some() && claim.conflicts_with.is_empty()
}

/// The timelines of one reading, `claims` being its claims in deck order and `published` its
/// publication date.
pub(super) fn cards(reading: &ReadingId, claims: &[&Claim], seed: u64) -> Vec<Card> {
    let dated: Vec<(usize, &Claim, Span)> = claims
        .iter()
        .enumerate()
        .filter(|(_, c)| is_item(c))
        .filter_map(|(i, c)| Some((i, *c, Span::parse(c.date.as_deref()?)?)))
        .collect();
    let mut used = vec![false; dated.len()];
    let mut cards = Vec::new();
    loop {
        let mut set: Vec<usize> = Vec::new();
        for (k, (_, _, span)) in dated.iter().enumerate() {
            if !used[k] && set.iter().all(|&j| !dated[j].2.overlaps(span)) {
                set.push(k);
                if set.len() == MAX_ITEMS {
                    break;
                }
            }
        }
        if set.len() < MIN_ITEMS {
            break;
        }
        for &k in &set {
            used[k] = true;
        }
        let items: Vec<(usize, &Claim, Span)> = set.iter().map(|&k| dated[k]).collect();
        cards.push(card(reading, cards.len() + 1, items, seed));
    }
    cards
}

fn event_of(claim: &Claim) -> &str {
    claim.event.as_deref().unwrap_or(&claim.text)
}

fn card(reading: &ReadingId, n: usize, mut items: Vec<(usize, &Claim, Span)>, seed: u64) -> Card {
    let id = timeline_id(reading, n);
    let first = items.iter().min_by_key(|(i, _, _)| *i).map(|(_, c, _)| *c).expect("a timeline has items");
    let mut rng = card_rng(seed, id.as_str());
    items.shuffle(&mut rng);
    let mut order: Vec<u32> = (0..items.len() as u32).collect();
    order.sort_by_key(|&k| items[k as usize].2.start);
    if order.iter().enumerate().all(|(k, &o)| k as u32 == o) {
        // Shown in the right order already: nothing to do. Move the first item last.
        items.rotate_left(1);
        order.sort_by_key(|&k| items[k as usize].2.start);
    }
    let date_of = |c: &Claim| display_date(c.date.as_deref().unwrap_or_default());
    let answer = order
        .iter()
        .map(|&k| {
            let c = items[k as usize].1;
            format!("{}: {}", date_of(c), event_of(c))
        })
        .collect::<Vec<_>>()
        .join("\n");
    Card {
        id,
        claim: first.id.clone(),
        reading: reading.clone(),
        kind: CardKind::Timeline,
        prompt: PromptFrame::Timeline.english(),
        answer,
        claims: items.iter().map(|(_, c, _)| c.id.clone()).collect(),
        choices: items.iter().map(|(_, c, _)| event_of(c).to_owned()).collect(),
        correct_choice: None,
        correct_order: order,
        dates: items.iter().map(|(_, c, _)| c.date.clone().unwrap_or_default()).collect(),
        frame: Some(PromptFrame::Timeline),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{claim_toml, deck_from};
    use super::*;

    #[test]
    fn spans_that_overlap_cannot_be_ordered() {
        let span = |d| Span::parse(d).unwrap();
        assert!(span("2014").overlaps(&span("2014-03")), "a year holds its months");
        assert!(span("2014-03").overlaps(&span("2014-03-02")), "a month holds its days");
        assert!(!span("2014-03").overlaps(&span("2014-04")));
        assert!(!span("2013").overlaps(&span("2014-01-01")));
    }

    #[test]
    fn dates_are_shown_in_words() {
        assert_eq!(display_date("2014"), "2014");
        assert_eq!(display_date("2014-03"), "March 2014");
        assert_eq!(display_date("2014-05-01"), "1 May 2014");
    }

    #[test]
    fn dates_are_worded_in_each_language_as_the_english_has_them() {
        use crate::messages::Messages;
        for date in ["2014", "2014-03", "2014-05-01", "2014-12-31", "soon"] {
            assert_eq!(worded_date(date, &Messages::new("en")), display_date(date), "{date}");
        }
        assert_eq!(worded_date("2014-05-01", &Messages::new("ko")), "2014년 5월 1일");
        assert_eq!(worded_date("2014-03", &Messages::new("mn")), "2014 оны 3-р сар");
        assert_eq!(worded_date("2014-13", &Messages::new("ko")), "2014-13", "not a month: as written");
    }

    fn dated_deck(dates: &[&str]) -> crate::content::Deck {
        let claims: String = dates
            .iter()
            .enumerate()
            .map(|(n, date)| {
                claim_toml(
                    &format!("c{n}"),
                    n,
                    &format!(
                        "text = \"Event {n} happened.\"\nanswer = \"Event {n}\"\nkind = \"event\"\ndate = \"{date}\"\nevent = \"Event {n} happens\""
                    ),
                )
            })
            .collect();
        deck_from(&claims)
    }

    #[test]
    fn a_timeline_orders_claims_with_distinct_dates() {
        let deck = dated_deck(&["2014", "2011", "2014-03", "1990", "2020-05-01", "2020-05", "2001"]);
        let claims: Vec<&Claim> = deck.claims.iter().collect();
        let cards = cards(&"r1".into(), &claims, 3);
        assert_eq!(cards.len(), 1, "seven claims, but only five distinct dates");
        let card = &cards[0];
        assert_eq!(card.id.as_str(), "timeline:r1:1");
        assert_eq!(card.claim.as_str(), "c0", "named after its first claim");
        assert_eq!(card.choices.len(), MAX_ITEMS);
        let in_order: Vec<&str> = card.correct_order.iter().map(|&k| card.dates[k as usize].as_str()).collect();
        assert_eq!(
            in_order,
            ["1990", "2001", "2011", "2014", "2020-05-01"],
            "dates as written, for the interface to word"
        );
        assert_ne!(card.correct_order, [0, 1, 2, 3, 4], "not shown in order");
        assert_eq!(card.answer.lines().next(), Some("1990: Event 3 happens"), "items are events, without dates");
    }

    #[test]
    fn only_dated_events_outside_disputes_are_items() {
        let deck = deck_from(&[
            claim_toml("no-event", 0, "text = \"Mongolia values it.\"\nanswer = \"it\"\nkind = \"relation\"\ndate = \"2015\""),
            claim_toml("no-date", 2, "text = \"They met.\"\nanswer = \"met\"\nkind = \"event\"\nevent = \"They meet\""),
            claim_toml("item", 4, "text = \"It opened.\"\nanswer = \"opened\"\nkind = \"event\"\ndate = \"2015-01\"\nevent = \"It opens\""),
            claim_toml("disputed", 6, "text = \"It closed.\"\nanswer = \"closed\"\nkind = \"event\"\ndate = \"2016\"\nevent = \"It closes\"\nconflicts_with = [\"disputed\"]"),
        ].concat());
        let verdicts: Vec<bool> = deck.claims.iter().map(is_item).collect();
        assert_eq!(verdicts, [false, false, true, false]);
    }

    #[test]
    fn three_distinct_dates_make_no_timeline() {
        let deck = dated_deck(&["2014", "2014-03", "2015", "2016", "2016-01-02"]);
        let claims: Vec<&Claim> = deck.claims.iter().collect();
        assert!(cards(&"r1".into(), &claims, 3).is_empty());
    }
}
