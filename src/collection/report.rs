//! The student's progress report on the deck being studied.

use super::Collection;
use crate::error::Result;
use crate::report::{ClaimProgress, FORMAT, StudentReport, VERSION};

impl Collection {
    /// This data folder's progress on the deck, per claim, under its random student id and
    /// `name` if the student gave one (trimmed; empty is none).
    pub fn progress_report(&mut self, name: Option<&str>) -> Result<StudentReport> {
        let student = self.store.report_student_id(|| format!("{:016x}", rand::random::<u64>()))?;
        let counts: std::collections::HashMap<String, (u32, u32)> = self
            .store
            .answers_per_claim()?
            .into_iter()
            .map(|(claim, answers, recalled)| (claim, (answers, recalled)))
            .collect();
        let claims = self
            .deck
            .claims
            .iter()
            .filter_map(|c| {
                let &(answers, recalled) = counts.get(c.id.as_str())?;
                Some(ClaimProgress { claim: c.id.as_str().to_owned(), answers, recalled })
            })
            .collect();
        let name = name
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(|n| n.chars().filter(|ch| !ch.is_control()).take(crate::report::MAX_NAME_CHARS).collect::<String>());
        Ok(StudentReport {
            format: FORMAT.to_owned(),
            version: VERSION,
            deck_id: self.deck.info.id.clone(),
            deck_version: self.deck.info.version.clone(),
            student,
            name,
            made_at: self.now().to_rfc3339(),
            claims,
        })
    }
}
