//! `steppe report`: a student's progress report to hand in, and a class's from many of them.

use std::path::{Path, PathBuf};

use steppe::report::{ClassReport, ReportError, class_report, read_report};
use steppe::tr;

use super::{Failure, load_deck_files, open_collection, print_ignoring_closed_pipe};

#[derive(clap::Subcommand)]
pub enum ReportAction {
    /// Write this data folder's progress on the deck to a file to hand in: per claim, answers
    /// and answers recalled, under a random id (your name only if you give one).
    Student {
        /// The file to write (JSON; written whole or not at all).
        #[arg(long)]
        out: PathBuf,
        /// Your name, to put on the report (left off unless given).
        #[arg(long)]
        name: Option<String>,
        /// Data folder holding steppe.sqlite (default: $STEPPE_DATA_DIR or the app's data folder).
        #[arg(long)]
        data_dir: Option<PathBuf>,
        /// The deck whose study data to report: a deck id of the data folder's library or a deck
        /// folder (default: the deck the app studies).
        #[arg(long)]
        deck: Option<String>,
    },
    /// Read students' report files and print the class: each student's totals, the claims
    /// missed most, each dispute's versions and each reading.
    Class {
        /// The students' report files (a student's newer report replaces an older one).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The deck folder the reports are about (default: the built-in deck).
        #[arg(long)]
        deck: Option<PathBuf>,
        /// Also write one row per claim to this comma-separated file (for a spreadsheet).
        #[arg(long)]
        csv: Option<PathBuf>,
        /// How many of the most-missed claims to list.
        #[arg(long, default_value_t = 10)]
        top: usize,
        /// Only claims with at least this many answers count as missed most (fewer say little).
        #[arg(long, default_value_t = 3)]
        min_answers: u32,
        /// Print the class as the app shows it, as JSON (students, claims, readings, disputes, the
        /// claims missed most and each file skipped with its code), instead of text.
        #[arg(long, conflicts_with_all = ["top", "min_answers"])]
        json: bool,
    },
}

pub fn run(action: ReportAction) -> Result<(), Failure> {
    match action {
        ReportAction::Student { out, name, data_dir, deck } => {
            let (mut collection, _) = open_collection(data_dir, deck)?;
            let report = collection.progress_report(name.as_deref()).map_err(super::store_failure)?;
            let json = serde_json::to_vec_pretty(&report).expect("a report serialises");
            write(&out, &json)?;
            println!("{}", tr!("cli-report-written", claims = report.claims.len(), file = out.display().to_string()));
        }
        ReportAction::Class { files, deck, csv, json: true, .. } => {
            let (deck, _) = load_deck_files(deck.as_ref())?;
            let view = steppe::report::class_from_files(&deck, &files);
            if let Some(csv) = &csv {
                write(csv, view.class.claims_csv().as_bytes())?;
            }
            let json = serde_json::to_string_pretty(&view).expect("a class serialises");
            print_ignoring_closed_pipe(&format!("{json}\n"));
        }
        ReportAction::Class { files, deck, csv, top, min_answers, json: false } => {
            let (deck, _) = load_deck_files(deck.as_ref())?;
            let mut reports = Vec::new();
            for path in &files {
                let name = path.display().to_string();
                let read = std::fs::read(path)
                    .map_err(|e| tr!("cli-report-unreadable", file = name.as_str(), error = e.to_string()))
                    .and_then(|bytes| read_report(&name, &bytes, &deck.info.id).map_err(|e| refusal(&e)));
                match read {
                    Ok(report) => reports.push(report),
                    Err(message) => eprintln!("{}", tr!("cli-report-skipped", reason = message)),
                }
            }
            if reports.is_empty() {
                return Err(Failure::invalid(miette::miette!("{}", tr!("cli-report-none-read", count = files.len()))));
            }
            let class = class_report(&deck, reports);
            if let Some(csv) = &csv {
                write(csv, class.claims_csv().as_bytes())?;
            }
            print_ignoring_closed_pipe(&class_text(&class, top, min_answers));
        }
    }
    Ok(())
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), Failure> {
    steppe::exchange::write_atomically(path, bytes).map_err(|e| Failure::data(super::cannot_write(path, e)))
}

/// Why a report file was skipped, in the user's language.
fn refusal(e: &ReportError) -> String {
    match e {
        ReportError::Unreadable { file, detail } => {
            tr!("cli-report-unreadable", file = file.as_str(), error = detail.as_str())
        }
        ReportError::TooLarge { file, bytes } => tr!("cli-report-too-large", file = file.as_str(), bytes = *bytes),
        ReportError::NotAReport { file, detail: Some(detail) } => {
            tr!("cli-report-not-a-report", file = file.as_str(), detail = detail.as_str())
        }
        ReportError::NotAReport { file, detail: None } => tr!("cli-report-no-format", file = file.as_str()),
        ReportError::Version { file, found } => tr!("cli-report-version", file = file.as_str(), found = *found),
        ReportError::OtherDeck { file, found, expected } => {
            tr!("cli-report-other-deck", file = file.as_str(), found = found.as_str(), expected = expected.as_str())
        }
        ReportError::BadStudent { file } => tr!("cli-report-bad-student", file = file.as_str()),
        ReportError::BadName { file } => tr!("cli-report-bad-name", file = file.as_str()),
        ReportError::ClaimTwice { file, claim } => {
            tr!("cli-report-claim-twice", file = file.as_str(), claim = claim.as_str())
        }
        ReportError::MoreRecalledThanAnswers { file, claim } => {
            tr!("cli-report-claim-impossible", file = file.as_str(), claim = claim.as_str())
        }
    }
}

fn percent(share: Option<f64>) -> String {
    share.map(|s| format!("{:.0}%", s * 100.0)).unwrap_or_else(|| "–".into())
}

/// The class as text: students, the most-missed claims, disputes, readings.
fn class_text(class: &ClassReport, top: usize, min_answers: u32) -> String {
    let mut out =
        vec![tr!("cli-report-class-heading", title = class.deck_title.as_str(), students = class.students.len())];
    out.push(String::new());
    out.push(tr!("cli-report-students"));
    for s in &class.students {
        let who = s.name.clone().unwrap_or_else(|| s.student.clone());
        out.push(
            "  ".to_owned()
                + &tr!(
                    "cli-report-student-line",
                    who = who.as_str(),
                    seen = s.claims_seen,
                    answers = s.answers,
                    recall = percent(s.recall)
                ),
        );
    }
    out.push(String::new());
    let missed = class.most_missed(min_answers, top);
    out.push(tr!("cli-report-most-missed", count = missed.len(), min = min_answers));
    for c in missed {
        out.push(
            "  ".to_owned()
                + &tr!(
                    "cli-report-claim-line",
                    recall = percent(c.recall),
                    claim = c.claim.as_str(),
                    answers = c.answers,
                    students = c.seen_by
                ),
        );
        out.push(format!("      {}", steppe::content::excerpt(&c.text, 120)));
    }
    if !class.disputes.is_empty() {
        out.push(String::new());
        out.push(tr!("cli-report-disputes"));
        for d in &class.disputes {
            out.push(format!("  {}", d.question));
            for v in &d.versions {
                out.push(
                    "    ".to_owned()
                        + &tr!(
                            "cli-report-version-line",
                            says = v.says.as_str(),
                            reading = v.source.as_str(),
                            recall = percent(v.recall),
                            answers = v.answers
                        ),
                );
            }
        }
    }
    out.push(String::new());
    out.push(tr!("cli-report-readings"));
    for r in &class.readings {
        out.push(
            "  ".to_owned()
                + &tr!(
                    "cli-report-reading-line",
                    title = r.title.as_str(),
                    seen = r.claims_seen,
                    claims = r.claims,
                    recall = percent(r.recall)
                ),
        );
    }
    if class.unknown_claims > 0 {
        out.push(String::new());
        out.push(tr!("cli-report-unknown-claims", count = class.unknown_claims));
    }
    out.join("\n") + "\n"
}
