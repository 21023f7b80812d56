//! Studying: the next card and its button labels, answers, undo, suspending and leeches.

use chrono::TimeZone;

use super::{Collection, LEECH_LAPSES, capped, due_counts_of};
use crate::cards;
use crate::error::{Error, Result};
use crate::ids::{CardId, ReadingId};
use crate::queue::Queue;
use crate::schedule::{Phase, Rating};
use crate::store::{CardRecord, QuizAnswer, Review, Today};

/// How far ahead [`Collection::learn_ahead`] takes learning cards: twenty minutes, as Anki's
/// learn-ahead limit.
pub const LEARN_AHEAD_SECS: i64 = 20 * 60;
use crate::views::{
    AnswerCheck, BlockView, GradeIntervals, Passage, Session, StudyCard, SuspendedCard, UndoResult, UndoneAnswer,
};

impl Collection {
    /// The next card to study now, with its button labels, or what is left for later.
    pub fn session(&self) -> Result<Session> {
        let today = self.with_plan_limits(self.today()?)?;
        let focus = self.focus.as_ref().map(|r| r.as_str());
        // Learning ahead, a learning card due by the end of the window counts as due now.
        let picking = Today { now: self.ahead_until.map_or(today.now, |until| until.max(today.now)), ..today };
        let next = self.queue_mut()?.next(&picking, focus, &self.store)?;
        let next = self.plan_next(next, &picking)?;
        let queue = self.queue()?;
        let counts = capped(due_counts_of(queue.counts_of(focus)), &today);
        let card = match next {
            Some(id) => Some(self.study_card(&id, today.now)?),
            None => None,
        };
        let next_due = match card {
            Some(_) => None,
            None => queue
                .next_due_time(&self.store)?
                .and_then(|t| self.now().offset().timestamp_opt(t, 0).single())
                .map(|t| t.to_rfc3339()),
        };
        Ok(Session {
            card,
            today: counts,
            reviewed_today: queue.answered_today().2,
            next_due,
            focus: self.focus.clone(),
            reread: None,
        })
    }

    /// Studies now, before they are due, the cards that are learning and come due within
    /// [`LEARN_AHEAD_SECS`] (a quiz's misses, due a minute after it): the review screen offers
    /// them at once, as when they come due. Cards answered after this wait for their own time.
    pub fn learn_ahead(&mut self) -> Result<Session> {
        let now = self.today()?.now;
        let until = self.queue()?.last_learning_due_by(now + LEARN_AHEAD_SECS);
        self.ahead_until = until;
        self.session()
    }

    /// Studies only one reading's cards from now on (`Some`), or the whole deck again (`None`),
    /// and gives the review screen's state.
    pub fn set_study_focus(&mut self, reading: Option<ReadingId>) -> Result<Session> {
        if let Some(id) = &reading
            && self.deck.reading(id).is_none()
        {
            return Err(Error::NotFound(crate::notice!(MissingReading, id = id.as_str())));
        }
        self.focus = reading;
        self.session()
    }

    pub(super) fn study_card(&self, id: &CardId, now: i64) -> Result<StudyCard> {
        let card = self.card(id)?;
        let record = self.record(id)?;
        let at = self.now().offset().timestamp_opt(now, 0).single().unwrap_or_else(|| self.now());
        let outcomes = self.planned_outcomes(id, &record.state, at)?;
        let seconds = |r: Rating| (outcomes.get(r).due.unwrap_or(now) - now).max(0);
        let statement = match card.kind {
            cards::CardKind::Timeline => card.answer.clone(),
            _ => self.claim(&card.claim)?.text.clone(),
        };
        Ok(StudyCard {
            id: id.clone(),
            kind: card.kind,
            prompt: card.prompt.clone(),
            frame: card.frame.clone(),
            answer: card.answer.clone(),
            statement,
            choices: card.choices.clone(),
            correct_choice: card.correct_choice,
            correct_order: card.correct_order.clone(),
            dates: card.dates.clone(),
            source: self.source_of(&card)?,
            conflicts: self.conflicts_of(&card)?,
            intervals: GradeIntervals {
                again: seconds(Rating::Again),
                hard: seconds(Rating::Hard),
                good: seconds(Rating::Good),
                easy: seconds(Rating::Easy),
            },
        })
    }

    /// Grades an answer to a card without recording anything, and suggests a rating:
    /// exact → Good, close → Hard, wrong → Again.
    pub fn check_answer(&self, id: &CardId, given: &cards::Given) -> Result<AnswerCheck> {
        let card = self.card(id)?;
        let outcome = cards::grade(&card, given);
        let suggested = match outcome {
            cards::AnswerMatch::Exact => Rating::Good,
            cards::AnswerMatch::Close => Rating::Hard,
            cards::AnswerMatch::Wrong => Rating::Again,
        };
        Ok(AnswerCheck { outcome, suggested, correct_answer: card.answer.clone() })
    }

    /// Records an answer (committed before this returns) and gives the next card. The eighth
    /// lapse makes the card a leech: tagged and suspended.
    /// After a lapse the session also carries the paragraph of the card's quote, to read again.
    pub fn answer(&mut self, id: &CardId, rating: Rating) -> Result<Session> {
        let before = self.answer_from(id, rating, None)?;
        let lapse = rating == Rating::Again && before == Some(Phase::Review);
        let mut session = self.session()?;
        if lapse {
            session.reread = self.reread_of(id)?;
        }
        Ok(session)
    }

    /// The paragraph a card's quote stands in; `None` for a card of several claims (a timeline,
    /// a dispute), whose quotes stand in several places.
    fn reread_of(&self, id: &CardId) -> Result<Option<Passage>> {
        let card = self.card(id)?;
        let [claim] = card.claims.as_slice() else { return Ok(None) };
        let claim = self.claim(claim)?;
        let Some(reading) = self.deck.reading(&claim.reading) else { return Ok(None) };
        let Some(block) = reading.blocks.get(claim.anchor.block) else { return Ok(None) };
        let range = [(claim.anchor.start, claim.anchor.end, &claim.id)];
        Ok(Some(Passage {
            reading: claim.reading.clone(),
            reading_title: reading.citation.title.clone(),
            claim: claim.id.clone(),
            block: BlockView {
                kind: block.kind.clone(),
                segments: crate::highlight::segments(&block.runs, &range),
                recall: None,
            },
        }))
    }

    /// Records an answer to card `id` and moves the card in today's queue. The eighth lapse makes
    /// the card a leech. An answer given in a quiz (a miss) comes with the quiz `answer`: both are
    /// written in one transaction, or neither is, and `None` (nothing written) means that
    /// question was answered before. Otherwise gives the card's phase before the answer.
    pub(super) fn answer_from(
        &mut self,
        id: &CardId,
        rating: Rating,
        quiz: Option<&QuizAnswer>,
    ) -> Result<Option<Phase>> {
        self.hold_claim_of(id)?;
        let now = self.now();
        let before = self.record(id)?;
        let state = self.planned_outcomes(id, &before.state, now)?.get(rating).clone();
        let became_leech = state.lapses >= LEECH_LAPSES && state.lapses > before.state.lapses;
        let after =
            CardRecord { state, suspended: before.suspended || became_leech, leech: before.leech || became_leech };
        let at_ms = now.timestamp_millis();
        let source = if quiz.is_some() { "quiz" } else { "review" };
        let review = Review { card: id, rating, at_ms, source, before: &before, after: &after };
        let key = self.store.change_key()?;
        let written = match quiz {
            None => {
                self.store.record_answer(&review)?;
                true
            }
            Some(answer) => self.store.record_quiz_miss(answer, &review)?,
        };
        if written {
            let (phase, due, active) = (after.state.phase, after.state.due, !after.suspended);
            self.built_queue().answered(id, at_ms, before.state.phase, phase, due, active);
            self.plan_memo_answered(key, id, at_ms, before.state.phase)?;
        }
        Ok(written.then_some(before.state.phase))
    }

    /// The newest answer in the review log: its id there and its card.
    pub fn newest_review(&self) -> Result<Option<(i64, CardId)>> {
        Ok(self.store.newest_review()?)
    }

    /// Takes back the newest answer: its log entry goes and the card is exactly as it was.
    /// Returns the card that was restored, or `None` when nothing has been answered.
    pub fn undo(&mut self) -> Result<Option<CardId>> {
        let Some(newest) = self.store.newest_answer()? else { return Ok(None) };
        self.hold_claim_of(&newest.card)?;
        // The record from before the answer, kept for the newest answers; rebuilt from the card's
        // answers for an older one.
        let record = match &newest.kept {
            Some(kept) => kept.clone(),
            None => self.rebuilt_record_before(&newest.card, newest.row)?,
        };
        self.store.undo_answer(&newest, &record)?;
        let undone =
            crate::store::Undone { card: newest.card.clone(), at_ms: newest.at_ms, phase: newest.phase, record };
        if !self.built_queue().contains(&undone.card) {
            // An archived card answered before the deck changed: rare, so recount from the database.
            let window = self.built_queue().window();
            self.queue.replace(Some(Queue::load(&self.store, window)?));
        }
        let r = &undone.record;
        self.built_queue().undone(&undone.card, undone.at_ms, undone.phase, r.state.phase, r.state.due, !r.suspended);
        self.replay_after_undo(&undone.card, undone.at_ms)?;
        Ok(Some(undone.card))
    }

    /// Undoes the newest answer and says which card it was (nothing, when no answer was left to
    /// undo), with the review screen's new state.
    pub fn undo_and_continue(&mut self) -> Result<UndoResult> {
        let undone = self.undo()?.map(|card| {
            let (prompt, frame) = self.card(&card).map_or_else(|_| (card.to_string(), None), |c| (c.prompt, c.frame));
            UndoneAnswer { card, prompt, frame }
        });
        Ok(UndoResult { undone, session: self.session()? })
    }

    /// Suspends or unsuspends a card and gives the review screen's new state.
    pub fn suspend_and_continue(&mut self, id: &CardId, suspended: bool) -> Result<Session> {
        self.set_suspended(id, suspended)?;
        self.session()
    }

    /// Suspends a card (it is not shown until unsuspended) or unsuspends it; unsuspending a
    /// leech also clears its leech tag.
    pub fn set_suspended(&mut self, id: &CardId, suspended: bool) -> Result<()> {
        let record = self.record(id)?;
        self.hold_claim_of(id)?;
        let at_ms = self.now().timestamp_millis();
        self.store.set_flags_logged(id, suspended, record.leech && suspended, at_ms)?;
        self.built_queue().set_active(id, !suspended);
        Ok(())
    }

    /// Cards tagged as leeches, in deck order.
    pub fn leeches(&self) -> Result<Vec<CardId>> {
        Ok(self.store.leeches()?)
    }

    /// Suspended cards, leeches among them, in deck order, each with its prompt and reading.
    pub fn suspended_cards(&self) -> Result<Vec<SuspendedCard>> {
        let mut out = Vec::new();
        for (id, leech, lapses) in self.store.suspended()? {
            let Some(card) = self.store.card_content(&id)? else { continue };
            out.push(SuspendedCard {
                kind: card.kind,
                prompt: card.prompt.clone(),
                frame: card.frame.clone(),
                reading: card.reading.clone(),
                reading_title: self.reading_title(&card.reading),
                leech,
                lapses,
                id,
            });
        }
        Ok(out)
    }

    /// Brings a suspended card (or leech) back into study and lists the cards still suspended.
    pub fn unsuspend(&mut self, id: &CardId) -> Result<Vec<SuspendedCard>> {
        self.set_suspended(id, false)?;
        self.suspended_cards()
    }
}
