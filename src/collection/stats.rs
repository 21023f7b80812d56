//! What the student has done and how far they are: the library, a reading with its claims'
//! cards, today's counts, the progress screen, and card states replayed from the review log.

use chrono::{Duration, TimeZone};
use std::collections::{BTreeMap, HashMap};

use super::balance::ReplayLoad;
use super::{Collection, FORECAST_DAYS, PerReading, capped, due_counts_of};
use crate::error::{Error, Result};
use crate::ids::{CardId, ReadingId};
use crate::schedule::{self, CardState, Phase};
use crate::store::{CardRecord, Today};
use crate::views::{
    BlockView, CardStatus, ClaimNote, DayCount, DueCounts, LibraryView, ProgressView, ReadingMastery, ReadingSummary,
    ReadingView, RetentionWeek, Stats,
};

impl Collection {
    /// Today's counts in total and per reading; new cards are capped by what is left of the daily limit.
    fn due_counts(&self, today: &Today) -> Result<(DueCounts, PerReading)> {
        let queue = self.queue()?;
        let per_reading = queue.counts().map(|(id, c)| (id.to_owned(), (due_counts_of(c), c.total))).collect();
        Ok((capped(due_counts_of(queue.counts_of(None)), today), per_reading))
    }

    pub fn library(&self) -> Result<LibraryView> {
        // The limits Review serves by, an exam plan's included.
        let today = self.with_plan_limits(self.today()?)?;
        let introduced = self.queue()?.answered_today().0;
        let (total, per_reading) = self.due_counts(&today)?;
        let mastery: HashMap<String, (u32, u32)> = (self.store.reading_mastery()?.into_iter())
            .map(|(reading, _claims, seen, mastered)| (reading, (seen, mastered)))
            .collect();
        let mut claims: HashMap<&str, u32> = HashMap::new();
        for claim in &self.deck.claims {
            *claims.entry(claim.reading.as_str()).or_default() += 1;
        }
        let readings = self
            .deck
            .readings
            .iter()
            .map(|r| {
                let (due, cards) = per_reading.get(r.citation.id.as_str()).cloned().unwrap_or_default();
                let (claims_seen, claims_mastered) = mastery.get(r.citation.id.as_str()).copied().unwrap_or_default();
                ReadingSummary {
                    citation: r.citation.clone(),
                    claims: claims.get(r.citation.id.as_str()).copied().unwrap_or_default(),
                    claims_seen,
                    claims_mastered,
                    cards,
                    due,
                }
            })
            .collect();
        Ok(LibraryView {
            deck_title: self.deck.info.title.clone(),
            deck_description: self.deck.info.description.clone(),
            deck_language: self.deck.info.language.clone(),
            today: total,
            new_limit: introduced + today.new_left,
            readings,
        })
    }

    /// A reading as blocks of styled text, with each claim's quote marked on the text it covers.
    pub fn reading(&self, id: &ReadingId) -> Result<ReadingView> {
        let reading =
            self.deck.reading(id).ok_or_else(|| Error::NotFound(crate::notice!(MissingReading, id = id.as_str())))?;
        let claims: Vec<_> = self.deck.claims.iter().filter(|c| &c.reading == id).collect();
        let reading_cards = self.store.cards_of_reading(Some(id))?;
        let records: HashMap<CardId, CardRecord> =
            reading_cards.iter().map(|card| Ok((card.id.clone(), self.record(&card.id)?))).collect::<Result<_>>()?;
        // Each block's studied cards' recall now, for shading the text by what is fading.
        let now_secs = self.now().timestamp();
        let mut recall_sums = vec![(0.0_f32, 0_u32); reading.blocks.len()];
        for card in &reading_cards {
            let Some(record) = records.get(&card.id).filter(|r| !r.suspended) else { continue };
            let Some(recall) = self.scheduler.retrievability(&record.state, now_secs) else { continue };
            let blocks: std::collections::BTreeSet<usize> =
                claims.iter().filter(|c| card.claims.contains(&c.id)).map(|c| c.anchor.block).collect();
            for block in blocks {
                if let Some(sum) = recall_sums.get_mut(block) {
                    *sum = (sum.0 + recall, sum.1 + 1);
                }
            }
        }
        let blocks = reading
            .blocks
            .iter()
            .enumerate()
            .map(|(index, block)| {
                let ranges: Vec<_> = claims
                    .iter()
                    .filter(|c| c.anchor.block == index)
                    .map(|c| (c.anchor.start, c.anchor.end, &c.id))
                    .collect();
                let (sum, count) = recall_sums[index];
                BlockView {
                    kind: block.kind.clone(),
                    segments: crate::highlight::segments(&block.runs, &ranges),
                    recall: (count > 0).then(|| sum / count as f32),
                }
            })
            .collect();
        let offset = *self.now().offset();
        let mut notes = Vec::new();
        for claim in claims {
            let cards = reading_cards
                .iter()
                .filter(|card| card.claims.contains(&claim.id))
                .filter_map(|card| {
                    let record = records.get(&card.id)?;
                    Some(CardStatus {
                        id: card.id.clone(),
                        kind: card.kind,
                        phase: record.state.phase,
                        due: record.state.due.and_then(|t| offset.timestamp_opt(t, 0).single()).map(|t| t.to_rfc3339()),
                        suspended: record.suspended,
                        leech: record.leech,
                    })
                })
                .collect();
            notes.push(ClaimNote {
                id: claim.id.clone(),
                text: claim.text.clone(),
                block: claim.anchor.block as u32,
                conflicts: self.conflict_notes(&claim.id)?,
                cards,
            });
        }
        Ok(ReadingView {
            language: self.deck.info.language.clone(),
            citation: reading.citation.clone(),
            blocks,
            claims: notes,
            highlights: self.settings.reading_highlights,
        })
    }

    /// Studied cards coming due on each of the next 30 study days; overdue cards count today.
    pub fn forecast(&self) -> Result<Vec<u32>> {
        let start = schedule::day_start(self.now(), self.settings.rollover_hour).timestamp();
        Ok(self.store.forecast(start, FORECAST_DAYS)?)
    }

    /// Reviews per day over the last year, the due forecast, true retention per week, card
    /// states and how far each reading's claims are learned.
    pub fn progress(&self) -> Result<ProgressView> {
        let now = self.now();
        let today = schedule::day_start(now, self.settings.rollover_hour);
        let shift = i64::from(now.offset().local_minus_utc()) - i64::from(self.settings.rollover_hour) * 3600;
        let day_number = today.timestamp().saturating_add(shift).div_euclid(86_400);
        let date_of = |day: i64| {
            chrono::DateTime::from_timestamp(day * 86_400, 0).map(|d| d.date_naive().to_string()).unwrap_or_default()
        };
        let year_ago = (today - Duration::days(364)).timestamp_millis();
        let counts: HashMap<i64, u32> = self.store.reviews_per_day(year_ago, shift)?.into_iter().collect();
        let reviews_per_day = (day_number - 364..=day_number)
            .map(|day| DayCount { date: date_of(day), count: counts.get(&day).copied().unwrap_or(0) })
            .collect();
        let forecast = self
            .forecast()?
            .into_iter()
            .enumerate()
            .map(|(i, count)| DayCount { date: date_of(day_number + i as i64), count })
            .collect();
        let half_year_ago = (today - Duration::weeks(26)).timestamp_millis();
        let retention = self
            .store
            .retention_per_week(half_year_ago, shift)?
            .into_iter()
            .map(|(week, reviews, recalled)| RetentionWeek { week_of: date_of(week * 7 - 3), reviews, recalled })
            .collect();
        let mastery: HashMap<String, (u32, u32, u32)> = self
            .store
            .reading_mastery()?
            .into_iter()
            .map(|(reading, claims, seen, mastered)| (reading, (claims, seen, mastered)))
            .collect();
        let readings = self
            .deck
            .readings
            .iter()
            .map(|r| {
                let (claims, seen, mastered) = mastery.get(r.citation.id.as_str()).copied().unwrap_or_default();
                ReadingMastery {
                    reading: r.citation.id.clone(),
                    title: r.citation.title.clone(),
                    claims,
                    seen,
                    mastered,
                }
            })
            .collect();
        Ok(ProgressView {
            reviews_per_day,
            forecast,
            retention,
            stats: self.stats()?,
            suspended: self.store.suspended_count()?,
            leeches: self.leeches()?.len() as u32,
            readings,
            desired_retention: self.desired_retention(),
        })
    }

    pub fn stats(&self) -> Result<Stats> {
        let today = self.today()?;
        let due_today = capped(due_counts_of(self.queue()?.counts_of(None)), &today);
        let mut stats = Stats {
            cards: 0,
            new: 0,
            learning: 0,
            review: 0,
            due_today,
            reviews_today: self.queue()?.answered_today().2,
            reviews_total: self.store.total_reviews()?,
        };
        for (phase, n) in self.store.phase_totals()? {
            stats.cards += n;
            match phase {
                Phase::New => stats.new += n,
                Phase::Learning | Phase::Relearning => stats.learning += n,
                Phase::Review => stats.review += n,
            }
        }
        Ok(stats)
    }

    /// Every card's scheduling state replayed from the review log alone, with the current
    /// settings; cards never answered are new. The review log is the source of truth: this
    /// equals the stored state unless settings (or the time zone) changed along the way. The
    /// answers are replayed in the order given, counting the cards due per day as they go, so
    /// that load balancing places each review where it was placed.
    pub fn states_from_review_log(&self) -> Result<Vec<(CardId, CardState)>> {
        let mut states: BTreeMap<CardId, CardState> =
            self.store.all_records()?.into_iter().map(|(id, _)| (id, CardState::new_card())).collect();
        let days = self.study_days();
        let mut load = ReplayLoad::default();
        for (card, at, rating) in self.store.review_history_in_order()? {
            let state = states.entry(card.clone()).or_insert_with(CardState::new_card);
            let next = self.replayed_outcomes(&card, state, at.div_euclid(1000), &days, &mut load)?.get(rating).clone();
            load.moved(&days, state, &next);
            *state = next;
        }
        Ok(states.into_iter().collect())
    }

    /// Every card's stored scheduling state, by id.
    pub fn stored_states(&self) -> Result<Vec<(CardId, CardState)>> {
        Ok(self.store.all_records()?.into_iter().map(|(id, r)| (id, r.state)).collect())
    }
}
