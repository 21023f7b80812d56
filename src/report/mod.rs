//! Class reports. A student writes a progress report for a deck: per claim, how often it was
//! answered and recalled, under a random id (a name only if the student types one). An
//! instructor reads any number of them against the deck and sees the class: per claim, how many
//! students have seen it and how often it is recalled; the most-missed claims; each dispute's
//! versions; per reading and per student, totals.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use ts_rs::TS;

use crate::content::Deck;
use crate::views::ReadingView;

/// What a report file says it is, and the one version this Steppe writes and reads.
pub const FORMAT: &str = "steppe-progress-report";
pub const VERSION: u32 = 1;
/// Largest report file read: a deck of 100,000 claims fits in a few megabytes.
pub const MAX_REPORT_BYTES: usize = 16 << 20;
/// Longest name a student may put on a report, in characters.
pub const MAX_NAME_CHARS: usize = 80;

/// One student's progress on one deck, as written to the file handed in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct StudentReport {
    pub format: String,
    pub version: u32,
    pub deck_id: String,
    pub deck_version: String,
    /// A random id, the same on every report from one data folder, so a newer report replaces
    /// an older one; it says nothing about who the student is.
    pub student: String,
    /// Only what the student typed, if anything.
    pub name: Option<String>,
    /// When the report was made (RFC 3339).
    pub made_at: String,
    /// The claims with at least one answer, in deck order.
    pub claims: Vec<ClaimProgress>,
}

/// A student's answers on the cards of one claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
#[ts(export)]
pub struct ClaimProgress {
    pub claim: String,
    /// Every answer given on the claim's cards, in review and in quizzes.
    pub answers: u32,
    /// Answers other than Again (in a quiz: right or close).
    pub recalled: u32,
}

/// Why a report file was not read. Each names the file; the interface words it from the code
/// and the fields (`{ code: "other_deck", file, found, expected }`).
#[derive(Clone, Debug, thiserror::Error, PartialEq, Serialize, TS)]
#[serde(tag = "code", rename_all = "snake_case")]
#[ts(export)]
pub enum ReportError {
    #[error("{file}: cannot be read ({detail})")]
    Unreadable { file: String, detail: String },
    #[error("{file}: {bytes} bytes is larger than a progress report can be ({MAX_REPORT_BYTES} at most)")]
    TooLarge { file: String, bytes: usize },
    /// `detail` is the JSON reader's own account (its words, not translated); none when the
    /// file is JSON without the report's `"format"`.
    #[error("{file}: not a Steppe progress report ({})", detail.clone().unwrap_or_else(|| format!("no \"format\": \"{FORMAT}\"")))]
    NotAReport { file: String, detail: Option<String> },
    #[error("{file}: a progress report of version {found}; this Steppe reads version {VERSION}")]
    Version { file: String, found: u32 },
    #[error("{file}: a report on the deck `{found}`, not on `{expected}`")]
    OtherDeck { file: String, found: String, expected: String },
    #[error("{file}: the student id is empty or longer than 64 characters")]
    BadStudent { file: String },
    #[error("{file}: the name is longer than {MAX_NAME_CHARS} characters or holds control characters")]
    BadName { file: String },
    #[error("{file}: claim `{claim}` is listed twice")]
    ClaimTwice { file: String, claim: String },
    #[error("{file}: claim `{claim}` has more answers recalled than answers")]
    MoreRecalledThanAnswers { file: String, claim: String },
}

impl ReportError {
    /// The file the error is about.
    pub fn file(&self) -> &str {
        match self {
            Self::Unreadable { file, .. }
            | Self::TooLarge { file, .. }
            | Self::NotAReport { file, .. }
            | Self::Version { file, .. }
            | Self::OtherDeck { file, .. }
            | Self::BadStudent { file }
            | Self::BadName { file }
            | Self::ClaimTwice { file, .. }
            | Self::MoreRecalledThanAnswers { file, .. } => file,
        }
    }
}

/// Reads one report file (`file` names it in errors) made for the deck `deck_id`.
pub fn read_report(file: &str, bytes: &[u8], deck_id: &str) -> Result<StudentReport, ReportError> {
    if bytes.len() > MAX_REPORT_BYTES {
        return Err(ReportError::TooLarge { file: file.to_owned(), bytes: bytes.len() });
    }
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let not_a_report = |detail: Option<String>| ReportError::NotAReport { file: file.to_owned(), detail };
    let value: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|e| not_a_report(Some(crate::content::excerpt(&e.to_string(), 160).into())))?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(not_a_report(None));
    }
    let found = value.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if found != u64::from(VERSION) {
        return Err(ReportError::Version { file: file.to_owned(), found: u32::try_from(found).unwrap_or(u32::MAX) });
    }
    let report: StudentReport = serde_json::from_value(value)
        .map_err(|e| not_a_report(Some(crate::content::excerpt(&e.to_string(), 160).into())))?;
    if report.deck_id != deck_id {
        return Err(ReportError::OtherDeck {
            file: file.to_owned(),
            found: crate::content::excerpt(&report.deck_id, 60).into(),
            expected: deck_id.to_owned(),
        });
    }
    if report.student.is_empty() || report.student.chars().count() > 64 {
        return Err(ReportError::BadStudent { file: file.to_owned() });
    }
    if report.name.as_ref().is_some_and(|n| n.chars().count() > MAX_NAME_CHARS || n.chars().any(char::is_control)) {
        return Err(ReportError::BadName { file: file.to_owned() });
    }
    let mut seen = std::collections::HashSet::new();
    for c in &report.claims {
        let claim = || crate::content::excerpt(&c.claim, 60).into_owned();
        if !seen.insert(c.claim.as_str()) {
            return Err(ReportError::ClaimTwice { file: file.to_owned(), claim: claim() });
        }
        if c.recalled > c.answers {
            return Err(ReportError::MoreRecalledThanAnswers { file: file.to_owned(), claim: claim() });
        }
    }
    Ok(report)
}

/// A claim across the class.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ClaimInClass {
    pub claim: String,
    pub reading: String,
    pub text: String,
    /// Students with at least one answer on the claim.
    pub seen_by: u32,
    pub answers: u32,
    pub recalled: u32,
    /// `recalled / answers`; `None` before any answer.
    pub recall: Option<f64>,
    /// The dispute the claim gives a version of, if any.
    pub dispute: Option<String>,
}

/// A reading across the class: all the answers on its claims.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ReadingInClass {
    pub reading: String,
    pub title: String,
    pub claims: u32,
    /// Claims that at least one student has seen.
    pub claims_seen: u32,
    pub answers: u32,
    pub recalled: u32,
    pub recall: Option<f64>,
}

/// One dispute's versions across the class, each as its claims were recalled.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct DisputeInClass {
    pub dispute: String,
    pub question: String,
    pub versions: Vec<VersionInClass>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct VersionInClass {
    pub reading: String,
    /// The reading as cards cite it: `Mendee (2015)`.
    pub source: String,
    pub says: String,
    pub answers: u32,
    pub recalled: u32,
    pub recall: Option<f64>,
}

/// One student's totals on the deck.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct StudentInClass {
    pub student: String,
    pub name: Option<String>,
    pub made_at: String,
    pub claims_seen: u32,
    pub answers: u32,
    pub recalled: u32,
    pub recall: Option<f64>,
}

/// The class on one deck, from every report read.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ClassReport {
    pub deck_id: String,
    pub deck_title: String,
    /// In the order the reports were given; a student's newer report replaces an older one.
    pub students: Vec<StudentInClass>,
    /// In deck order.
    pub claims: Vec<ClaimInClass>,
    pub readings: Vec<ReadingInClass>,
    pub disputes: Vec<DisputeInClass>,
    /// Claims named in reports that the deck no longer has (an older version of it), counted once.
    pub unknown_claims: u32,
}

fn share(part: u32, whole: u32) -> Option<f64> {
    (whole > 0).then(|| f64::from(part) / f64::from(whole))
}

/// The class on `deck` from students' reports (already read with [`read_report`]).
pub fn class_report(deck: &Deck, reports: Vec<StudentReport>) -> ClassReport {
    // A student's newest report stands for them.
    let mut newest: Vec<StudentReport> = Vec::with_capacity(reports.len());
    let mut at: HashMap<String, usize> = HashMap::new();
    for report in reports {
        match at.get(&report.student) {
            Some(&i) if newest[i].made_at >= report.made_at => {}
            Some(&i) => newest[i] = report,
            None => {
                at.insert(report.student.clone(), newest.len());
                newest.push(report);
            }
        }
    }

    let index: HashMap<&str, usize> = deck.claims.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect();
    let dispute_of: HashMap<&str, &str> = deck
        .disputes
        .iter()
        .flat_map(|d| d.versions.iter().flat_map(move |v| v.claims.iter().map(move |c| (c.as_str(), d.id.as_str()))))
        .collect();
    let mut claims: Vec<ClaimInClass> = deck
        .claims
        .iter()
        .map(|c| ClaimInClass {
            claim: c.id.as_str().to_owned(),
            reading: c.reading.as_str().to_owned(),
            text: c.text.clone(),
            seen_by: 0,
            answers: 0,
            recalled: 0,
            recall: None,
            dispute: dispute_of.get(c.id.as_str()).map(|d| (*d).to_owned()),
        })
        .collect();
    let mut unknown = std::collections::HashSet::new();
    let mut students = Vec::with_capacity(newest.len());
    for report in &newest {
        let (mut seen, mut answers, mut recalled) = (0, 0, 0);
        for p in &report.claims {
            let Some(&i) = index.get(p.claim.as_str()) else {
                unknown.insert(p.claim.clone());
                continue;
            };
            if p.answers == 0 {
                continue;
            }
            let claim = &mut claims[i];
            claim.seen_by += 1;
            claim.answers += p.answers;
            claim.recalled += p.recalled;
            seen += 1;
            answers += p.answers;
            recalled += p.recalled;
        }
        students.push(StudentInClass {
            student: report.student.clone(),
            name: report.name.clone(),
            made_at: report.made_at.clone(),
            claims_seen: seen,
            answers,
            recalled,
            recall: share(recalled, answers),
        });
    }
    for claim in &mut claims {
        claim.recall = share(claim.recalled, claim.answers);
    }

    let readings = deck
        .readings
        .iter()
        .map(|r| {
            let of_reading = claims.iter().filter(|c| c.reading == r.citation.id.as_str());
            let (mut count, mut seen, mut answers, mut recalled) = (0, 0, 0, 0);
            for c in of_reading {
                count += 1;
                seen += u32::from(c.seen_by > 0);
                answers += c.answers;
                recalled += c.recalled;
            }
            ReadingInClass {
                reading: r.citation.id.as_str().to_owned(),
                title: r.citation.title.clone(),
                claims: count,
                claims_seen: seen,
                answers,
                recalled,
                recall: share(recalled, answers),
            }
        })
        .collect();

    let disputes = deck
        .disputes
        .iter()
        .map(|d| DisputeInClass {
            dispute: d.id.clone(),
            question: d.question.clone(),
            versions: d
                .versions
                .iter()
                .map(|v| {
                    let of_version = v.claims.iter().filter_map(|c| index.get(c.as_str())).map(|&i| &claims[i]);
                    let (answers, recalled) = of_version.fold((0, 0), |(a, r), c| (a + c.answers, r + c.recalled));
                    VersionInClass {
                        reading: v.reading.as_str().to_owned(),
                        source: deck
                            .reading(&v.reading)
                            .map_or_else(|| v.reading.as_str().to_owned(), |r| r.citation.short()),
                        says: v.says.clone(),
                        answers,
                        recalled,
                        recall: share(recalled, answers),
                    }
                })
                .collect(),
        })
        .collect();

    ClassReport {
        deck_id: deck.info.id.clone(),
        deck_title: deck.info.title.clone(),
        students,
        claims,
        readings,
        disputes,
        unknown_claims: unknown.len() as u32,
    }
}

impl ClassReport {
    /// The claims recalled least often, worst first, among those with at least `min_answers`
    /// answers (ties: more answers first, then deck order).
    pub fn most_missed(&self, min_answers: u32, count: usize) -> Vec<&ClaimInClass> {
        let mut missed: Vec<&ClaimInClass> =
            self.claims.iter().filter(|c| c.answers >= min_answers.max(1) && c.recalled < c.answers).collect();
        // Compared as fractions, exactly: a/b < c/d when a·d < c·b.
        missed.sort_by(|a, b| {
            (u64::from(a.recalled) * u64::from(b.answers))
                .cmp(&(u64::from(b.recalled) * u64::from(a.answers)))
                .then(b.answers.cmp(&a.answers))
        });
        missed.truncate(count);
        missed
    }

    /// A reading of the class's deck with each paragraph shaded by the class instead of by the
    /// one who reads it: a block's recall is the share of the class's answers recalled on the
    /// claims quoted in it, `None` where nobody answered.
    pub fn shade(&self, mut view: ReadingView) -> ReadingView {
        let by_claim: HashMap<&str, &ClaimInClass> = self.claims.iter().map(|c| (c.claim.as_str(), c)).collect();
        let mut sums = vec![(0_u32, 0_u32); view.blocks.len()];
        for note in &view.claims {
            let (Some(class), Some(sum)) = (by_claim.get(note.id.as_str()), sums.get_mut(note.block as usize)) else {
                continue;
            };
            *sum = (sum.0 + class.answers, sum.1 + class.recalled);
        }
        for (block, (answers, recalled)) in view.blocks.iter_mut().zip(sums) {
            block.recall = share(recalled, answers).map(|r| r as f32);
        }
        view
    }

    /// Per claim, one row of a comma-separated table (UTF-8 with a byte order mark, for
    /// spreadsheets), cells a spreadsheet would run as formulas neutralised.
    pub fn claims_csv(&self) -> String {
        let mut writer = csv::Writer::from_writer(Vec::new());
        let header = ["claim", "reading", "dispute", "students", "seen_by", "answers", "recalled", "recall", "text"];
        writer.write_record(header).expect("writing to memory");
        let students = self.students.len().to_string();
        for c in &self.claims {
            let row = [
                c.claim.clone(),
                c.reading.clone(),
                c.dispute.clone().unwrap_or_default(),
                students.clone(),
                c.seen_by.to_string(),
                c.answers.to_string(),
                c.recalled.to_string(),
                c.recall.map(|r| format!("{r:.3}")).unwrap_or_default(),
                crate::exchange::spreadsheet_cell(&c.text).into_owned(),
            ];
            writer.write_record(row).expect("writing to memory");
        }
        let body = String::from_utf8(writer.into_inner().expect("writing to memory")).expect("rows are UTF-8");
        format!("\u{feff}{body}")
    }
}

/// Claims with fewer answers than this say little and are left out of the most missed.
pub const MOST_MISSED_MIN_ANSWERS: u32 = 3;
/// How many of the most-missed claims the app lists.
pub const MOST_MISSED_COUNT: usize = 10;

/// The class as the app shows it: the figures, the claims missed most, and the files skipped.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ClassView {
    pub class: ClassReport,
    /// [`ClassReport::most_missed`] with [`MOST_MISSED_MIN_ANSWERS`] and [`MOST_MISSED_COUNT`].
    pub most_missed: Vec<ClaimInClass>,
    pub min_answers: u32,
    /// The files not read, each with why, in the order given (named by file name).
    pub skipped: Vec<ReportError>,
}

/// A report file written, or a class's table.
#[derive(Clone, Debug, PartialEq, Serialize, TS)]
#[ts(export)]
pub struct ReportSaved {
    pub path: String,
    /// The file's name, without its folder.
    pub file: String,
    /// The claims written: on a student's report, those with answers; in a class's table, every
    /// claim of the deck.
    pub claims: u32,
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// Reads the report files `files` against `deck` (each at most [`MAX_REPORT_BYTES`] read) and
/// makes the class from those that are reports on it; the others are listed as skipped.
pub fn class_from_files(deck: &Deck, files: &[PathBuf]) -> ClassView {
    let mut reports = Vec::with_capacity(files.len());
    let mut skipped = Vec::new();
    for path in files {
        let name = file_name(path);
        let unreadable = |e: std::io::Error| ReportError::Unreadable { file: name.clone(), detail: e.to_string() };
        let read = std::fs::File::open(path)
            .and_then(|file| {
                let mut bytes = Vec::new();
                file.take(MAX_REPORT_BYTES as u64 + 1).read_to_end(&mut bytes).map(|_| bytes)
            })
            .map_err(unreadable)
            .and_then(|bytes| read_report(&name, &bytes, &deck.info.id));
        match read {
            Ok(report) => reports.push(report),
            Err(e) => skipped.push(e),
        }
    }
    let class = class_report(deck, reports);
    let most_missed = class.most_missed(MOST_MISSED_MIN_ANSWERS, MOST_MISSED_COUNT).into_iter().cloned().collect();
    ClassView { class, most_missed, min_answers: MOST_MISSED_MIN_ANSWERS, skipped }
}

fn save(path: &Path, bytes: &[u8], claims: usize) -> crate::Result<ReportSaved> {
    crate::files::write_atomically(path, bytes).map_err(|e| {
        crate::Error::Io(crate::notice!(CannotWrite, path = path.display().to_string(), error = e.to_string()))
    })?;
    Ok(ReportSaved { path: path.display().to_string(), file: file_name(path), claims: claims as u32 })
}

impl StudentReport {
    /// A file name to offer when saving: the deck and the random id, so a class's files differ.
    pub fn file_name(&self) -> String {
        format!("{}-progress-{}.json", self.deck_id, self.student)
    }

    /// Writes the report to `path` as JSON, whole or not at all.
    pub fn save(&self, path: &Path) -> crate::Result<ReportSaved> {
        let json = serde_json::to_vec_pretty(self).expect("a report serialises");
        save(path, &json, self.claims.len())
    }
}

impl ClassReport {
    /// Writes [`ClassReport::claims_csv`] to `path`, whole or not at all.
    pub fn save_csv(&self, path: &Path) -> crate::Result<ReportSaved> {
        save(path, self.claims_csv().as_bytes(), self.claims.len())
    }
}
