//! `steppe`: check and inspect decks and study data from the command line.

use clap::{Parser, Subcommand};
use miette::{IntoDiagnostic, Report};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use steppe::content::{self, Deck, SourceFile};
use steppe::exchange::{self, ExchangeError, ExportFormat};
use steppe::quiz::QuizScope;
use steppe::schedule::Rating;
use steppe::workspace::{Studied, Workspace};
use steppe::{Collection, clock::SystemClock, messages::messages, tr};

/// A deck check of 100,000 claims makes and frees tens of millions of small strings; the system
/// allocator spent about a fifth of its time on them.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "steppe/deck.rs"]
mod deck;
#[path = "steppe/help.rs"]
mod help;
#[path = "steppe/report.rs"]
mod report;
#[path = "steppe/usage.rs"]
mod usage;

#[derive(Parser)]
#[command(name = "steppe", version, about = "Study sourced readings with spaced repetition: deck tools and study data")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a deck folder (deck.toml, readings/, claims/); reports every problem with file:line:col.
    Check {
        /// The deck folder.
        #[arg(default_value = "content")]
        dir: PathBuf,
        /// Only check that the deck is valid; skip the card lint (doubled words, answers
        /// visible in their prompt, repeated facts…).
        #[arg(long)]
        no_lint: bool,
    },
    /// Print the cards a deck folder gives, as a student sees them, with their answers.
    Cards {
        /// The deck folder.
        #[arg(default_value = "content")]
        dir: PathBuf,
        /// Only the cards about this claim.
        #[arg(long)]
        claim: Option<String>,
        /// Only cards of this kind (cloze, qa, multiple_choice, true_false, typed, timeline,
        /// sources, versions).
        #[arg(long)]
        kind: Option<String>,
        /// Print a random sample of this many cards (with --seed), instead of all.
        #[arg(long)]
        sample: Option<usize>,
        #[arg(long, default_value_t = 0)]
        seed: u64,
    },
    /// Compile a deck folder and write the compiled deck (json) or a .steppe package of it.
    Build {
        /// The deck folder.
        dir: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "json")]
        format: BuildFormat,
        /// File to write (written whole or not at all); standard output for json when omitted.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Export a deck (default: the built-in one) to another format.
    Export {
        /// Output format.
        #[arg(long, value_enum, default_value = "json")]
        format: CliExportFormat,
        /// File to write (written whole or not at all); standard output when omitted (json and csv only).
        #[arg(long)]
        out: Option<PathBuf>,
        /// Deck folder to export instead of the built-in deck.
        #[arg(long)]
        deck: Option<PathBuf>,
        /// apkg only: give each card its scheduling from the study database (import in Anki
        /// with "Import any learning progress").
        #[arg(long)]
        with_progress: bool,
        /// Data folder holding steppe.sqlite, for --with-progress (default: $STEPPE_DATA_DIR or the app's).
        #[arg(long)]
        data_dir: Option<PathBuf>,
    },
    /// Import a .steppe package or a .csv table into the data folder's decks/.
    ///
    /// Everything is checked before anything is written; a newer version of an installed deck
    /// replaces it (claim ids, and so study progress, carry over). A table replaces the claims of
    /// the deck named by its `#deck:` line (or --deck).
    Import {
        /// The .steppe package or .csv/.tsv table.
        file: PathBuf,
        /// Replace an installed deck even with an older version.
        #[arg(long)]
        force: bool,
        /// For a table: the id of the deck whose claims it holds (default: its `#deck:` line).
        #[arg(long)]
        deck: Option<String>,
        /// Data folder (default: $STEPPE_DATA_DIR or the app's data folder).
        #[arg(long)]
        data_dir: Option<PathBuf>,
    },
    /// Print a quiz to a PDF: its questions, then an answer key citing each answer's reading
    /// and quote. The same seed prints the same questions the app would ask.
    Quiz {
        /// The PDF to write (written whole or not at all).
        #[arg(long, value_name = "FILE")]
        print: PathBuf,
        /// Only questions about this reading (its id).
        #[arg(long, value_name = "ID", conflicts_with = "tag")]
        reading: Option<String>,
        /// Only questions about claims with this tag.
        #[arg(long, value_name = "TAG")]
        tag: Option<String>,
        /// How many questions (at most one per claim).
        #[arg(long, default_value_t = steppe::quiz::DEFAULT_QUIZ_LENGTH,
              value_parser = clap::value_parser!(u32).range(1..=i64::from(steppe::quiz::MAX_QUIZ_LENGTH)))]
        questions: u32,
        /// The number that draws the questions and their order (default: taken from the clock).
        #[arg(long)]
        seed: Option<u64>,
        /// Deck folder to quiz on instead of the built-in deck.
        #[arg(long)]
        deck: Option<PathBuf>,
    },
    /// Copy the study database to backups/ in the data folder.
    Backup {
        /// Data folder holding steppe.sqlite (default: $STEPPE_DATA_DIR or the app's data folder).
        #[arg(long)]
        data_dir: Option<PathBuf>,
        /// The deck whose study data to open: a deck id of the data folder's library or a deck
        /// folder (default: the deck the app studies).
        #[arg(long)]
        deck: Option<String>,
    },
    /// List the backups, or restore one (the current data is kept as another backup first).
    Restore {
        /// File name of the backup to restore, as listed; lists the backups when omitted.
        backup: Option<String>,
        /// Data folder holding steppe.sqlite (default: $STEPPE_DATA_DIR or the app's data folder).
        #[arg(long)]
        data_dir: Option<PathBuf>,
        /// The deck whose study data to open: a deck id of the data folder's library or a deck
        /// folder (default: the deck the app studies).
        #[arg(long)]
        deck: Option<String>,
    },
    /// Fit the scheduler's FSRS parameters to your own review history and use them from now on.
    Optimize {
        /// Data folder holding steppe.sqlite (default: $STEPPE_DATA_DIR or the app's data folder).
        #[arg(long)]
        data_dir: Option<PathBuf>,
        /// The deck whose study data to open: a deck id of the data folder's library or a deck
        /// folder (default: the deck the app studies).
        #[arg(long)]
        deck: Option<String>,
    },
    /// Answer random cards as fast as possible, printing `ack <card> <review id> <rating>` once
    /// each answer is committed; the crash-safety test kills it at random moments.
    #[command(hide = true)]
    Drill {
        /// How many answers to give.
        #[arg(long)]
        answers: u32,
        /// Seed of the cards and ratings chosen.
        #[arg(long, default_value_t = 0)]
        seed: u64,
        #[arg(long)]
        data_dir: Option<PathBuf>,
        /// Deck folder to study instead of the built-in deck.
        #[arg(long)]
        deck: Option<PathBuf>,
    },
    /// Show card counts (new, learning, review, due today) from the study database.
    Stats {
        /// Data folder holding steppe.sqlite (default: $STEPPE_DATA_DIR or the app's data folder).
        #[arg(long)]
        data_dir: Option<PathBuf>,
        /// The deck whose study data to open: a deck id of the data folder's library or a deck
        /// folder (default: the deck the app studies).
        #[arg(long)]
        deck: Option<String>,
    },
    /// Show one card's history: every answer with the memory it left and the recall it was given
    /// at, the card's memory now and its forgetting curve, with its claim, quote and reading.
    Card {
        /// The card's id, e.g. `embassy-1948:cloze` (`steppe cards` lists them).
        id: String,
        /// Data folder holding steppe.sqlite (default: $STEPPE_DATA_DIR or the app's data folder).
        #[arg(long)]
        data_dir: Option<PathBuf>,
        /// The deck whose study data to open: a deck id of the data folder's library or a deck
        /// folder (default: the deck the app studies).
        #[arg(long)]
        deck: Option<String>,
    },
    /// Search the cards of a deck with a query, as the app's Browse view does: words, "exact
    /// phrases", tag:, reading:, kind:, is:due|new|learning|review|suspended|leech|disputed,
    /// lapses>2, due<7, prop:r<0.8; AND by default, `or`, `-` to negate, parentheses.
    Search {
        /// The query; quote it for the shell.
        #[arg(allow_hyphen_values = true)]
        query: String,
        /// Order of the rows.
        #[arg(long, value_enum, default_value = "deck")]
        sort: CliSortColumn,
        /// Largest first.
        #[arg(long)]
        desc: bool,
        /// How many rows to print at most.
        #[arg(long, default_value_t = 50)]
        limit: u32,
        /// Print the page as JSON instead of a table.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        data: DataArgs,
    },
    /// Plan for an exam: make or change a plan (with its feasibility figures), show the plans
    /// against what was done, or drop one.
    Plan {
        #[command(subcommand)]
        action: PlanAction,
    },
    /// Decks kept in a git repository: add one by URL or path, update it to the new version.
    Deck {
        #[command(subcommand)]
        action: deck::DeckAction,
    },
    /// Class progress reports: write yours to hand in, or read a class's (per student, the claims
    /// missed most, each dispute's versions, each reading).
    Report {
        #[command(subcommand)]
        action: report::ReportAction,
    },
    /// Merge progress with your other devices through a folder that another tool keeps in sync
    /// (Syncthing, Nextcloud, Dropbox, a git repository, a USB stick): reads the other devices'
    /// files there, replays every answer, and adds this device's new answers to its own file.
    Sync {
        /// The folder to sync through, used from now on (default: the one set before, in the app
        /// or here).
        #[arg(long)]
        folder: Option<PathBuf>,
        /// Instead of syncing, write all progress to FILE, to move it to another computer.
        #[arg(long, value_name = "FILE", conflicts_with_all = ["folder", "import"])]
        export: Option<PathBuf>,
        /// Instead of syncing, merge a FILE written with --export on another computer.
        #[arg(long, value_name = "FILE", conflicts_with = "folder")]
        import: Option<PathBuf>,
        /// Data folder holding steppe.sqlite (default: $STEPPE_DATA_DIR or the app's data folder).
        #[arg(long)]
        data_dir: Option<PathBuf>,
        /// The deck whose study data to open: a deck id of the data folder's library or a deck
        /// folder (default: the deck the app studies).
        #[arg(long)]
        deck: Option<String>,
    },
    /// Make synthetic data for benchmarks: a deck folder (OUT/deck) and a study database with a
    /// review history over two years (OUT/data/steppe.sqlite). The same seed gives the same data.
    Synth {
        /// Claims in the deck (each gives about five cards).
        #[arg(long, default_value_t = 1000)]
        claims: usize,
        #[arg(long, default_value_t = 20)]
        claims_per_reading: usize,
        /// Answers in the review log.
        #[arg(long, default_value_t = 10_000)]
        reviews: usize,
        #[arg(long, default_value_t = 7)]
        seed: u64,
        /// When the history ends (RFC 3339); default now.
        #[arg(long)]
        now: Option<String>,
        /// Folder to create; must not hold a database yet.
        #[arg(long)]
        out: PathBuf,
        /// Write only the study database, for the built-in deck (the rest of the history goes to
        /// archived cards): what the app opens without a deck folder of its own.
        #[arg(long)]
        builtin_deck: bool,
    },
}

#[derive(Subcommand)]
enum PlanAction {
    /// Make an exam plan, or change the plan of that name; prints whether its target is reachable.
    Create {
        /// The plan's name.
        #[arg(long)]
        name: String,
        /// The exam's date, YYYY-MM-DD.
        #[arg(long)]
        date: String,
        /// The share of the plan's cards to remember on the exam day, 0.50–0.99.
        #[arg(long, default_value_t = 0.9)]
        target: f32,
        /// A reading the exam covers (repeatable); with no reading and no tag, every card.
        #[arg(long)]
        reading: Vec<String>,
        /// A tag the exam covers (repeatable).
        #[arg(long)]
        tag: Vec<String>,
        /// The most minutes a day you can study (default: as many as the plan needs).
        #[arg(long)]
        minutes: Option<u32>,
        #[command(flatten)]
        data: DataArgs,
    },
    /// Show each plan: its days, planned against done, and its figures from today.
    Show {
        #[command(flatten)]
        data: DataArgs,
    },
    /// Drop a plan: its cards get normal intervals from their next answer; no history is lost.
    Drop {
        /// The plan's name.
        name: String,
        #[command(flatten)]
        data: DataArgs,
    },
}

/// Where the study data is.
#[derive(clap::Args)]
struct DataArgs {
    /// Data folder holding steppe.sqlite (default: $STEPPE_DATA_DIR or the app's data folder).
    #[arg(long)]
    data_dir: Option<PathBuf>,
    /// The deck whose study data to open: a deck id of the data folder's library or a deck
    /// folder (default: the deck the app studies).
    #[arg(long)]
    deck: Option<String>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum CliExportFormat {
    /// The compiled deck: readings, claims and cards.
    Json,
    /// A .steppe package: the deck folder's files and a manifest with checksums.
    Steppe,
    /// An Anki package (legacy collection.anki2), for Anki 2.1 and later.
    Apkg,
    /// Anki's text format as comma-separated values, one claim per row.
    Csv,
}

impl From<CliExportFormat> for ExportFormat {
    fn from(format: CliExportFormat) -> Self {
        match format {
            CliExportFormat::Json => ExportFormat::Json,
            CliExportFormat::Steppe => ExportFormat::Steppe,
            CliExportFormat::Apkg => ExportFormat::Apkg,
            CliExportFormat::Csv => ExportFormat::Csv,
        }
    }
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum BuildFormat {
    /// The compiled deck as JSON.
    Json,
    /// A .steppe package.
    Steppe,
}

/// Exit codes (see README): content or validation problems, bad usage, I/O or data errors.
const EXIT_INVALID: u8 = 1;
const EXIT_USAGE: u8 = 2;
const EXIT_DATA: u8 = 3;

/// A failed command: the message, and the exit code it ends with.
struct Failure {
    report: Report,
    code: u8,
}

impl Failure {
    fn invalid(report: impl Into<Report>) -> Self {
        Failure { report: report.into(), code: EXIT_INVALID }
    }

    fn data(report: impl Into<Report>) -> Self {
        Failure { report: report.into(), code: EXIT_DATA }
    }

    fn usage(message: String) -> Self {
        Failure { report: miette::miette!("{message}"), code: EXIT_USAGE }
    }
}

impl From<ExchangeError> for Failure {
    fn from(e: ExchangeError) -> Self {
        match e {
            ExchangeError::InvalidDeck { file, problems } => {
                Failure::invalid(worded_problems(problems).wrap_err(tr!("cli-deck-has-problems", file = file)))
            }
            ExchangeError::Refused { file, notice } => {
                Failure::invalid(miette::miette!("`{file}`: {}", notice.message(messages())))
            }
            // The sentence for its code in the user's language, the English particulars after it.
            other => Failure::data(miette::miette!("{}", localized(&steppe::Error::from(other).report()))),
        }
    }
}

fn store_failure(e: steppe::Error) -> Failure {
    match e {
        steppe::Error::Content(problems) => Failure::invalid(worded_problems(problems)),
        steppe::Error::NotFound(notice) => Failure::invalid(miette::miette!("{}", notice.message(messages()))),
        steppe::Error::NotEnoughReviews(notice) | steppe::Error::EmptyQuiz(notice) => {
            Failure::invalid(miette::miette!("{}", notice.message(messages())))
        }
        steppe::Error::InvalidDeck(notice) | steppe::Error::InvalidInput(notice) => {
            Failure::data(miette::miette!("{}", notice.message(messages())))
        }
        other => Failure::data(miette::miette!("{}", localized(&other.report()))),
    }
}

/// A deck folder's files and the deck they compile to, or the built-in deck's.
fn load_deck_files(dir: Option<&PathBuf>) -> Result<(Deck, Vec<SourceFile>), Failure> {
    let files = match dir {
        Some(dir) => content::read_dir(dir)
            .map_err(|e| Failure::data(miette::miette!("{}", localized(&steppe::Error::from(e).report()))))?,
        None => content::builtin_files(),
    };
    let deck = content::compile(&files).map_err(|problems| Failure::invalid(shown_problems(problems)))?;
    Ok((deck, files))
}

/// The most problems shown in full; a deck with more is usually one mistake repeated.
const SHOWN_PROBLEMS: usize = 50;

/// More problems than are shown in full.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("{}", tr!("cli-many-problems", total = *total, shown = shown.len(), more = more.as_str()))]
struct ManyProblems {
    total: usize,
    /// The rest, counted by rule.
    more: String,
    #[related]
    shown: Vec<content::ContentProblem>,
}

/// The problems of a check as a report: the first [`SHOWN_PROBLEMS`] in full, the rest counted
/// by rule, so that a deck with thousands of problems is reported at once and readably.
fn shown_problems(mut problems: content::ContentProblems) -> Report {
    let total = problems.problems.len();
    if total <= SHOWN_PROBLEMS {
        return worded_problems(problems);
    }
    let rest = problems.problems.split_off(SHOWN_PROBLEMS);
    let mut by_rule: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for problem in &rest {
        *by_rule.entry(problem.rule).or_default() += 1;
    }
    let counts: Vec<String> =
        by_rule.iter().map(|(rule, n)| tr!("cli-more-by-rule", count = *n, rule = *rule)).collect();
    Report::new(ManyProblems { total, more: counts.join(", "), shown: in_language(problems.problems) })
}

/// Problems of a deck in the command line's language, under a headline in it.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
#[error("{headline}")]
struct WordedProblems {
    headline: String,
    #[help]
    help: Option<String>,
    #[related]
    problems: Vec<content::ContentProblem>,
}

/// Each problem's message and hint in the command line's language.
fn in_language(mut problems: Vec<content::ContentProblem>) -> Vec<content::ContentProblem> {
    for problem in &mut problems {
        problem.translate(messages(), tr!("cli-here"));
    }
    problems
}

fn worded_problems(problems: content::ContentProblems) -> Report {
    let headline = tr!("cli-deck-problems", count = problems.problems.len());
    Report::new(WordedProblems { headline, help: None, problems: in_language(problems.problems) })
}

/// The card lint's findings in the command line's language.
fn worded_findings(findings: Vec<content::ContentProblem>) -> Report {
    let headline = tr!("cli-lint-findings", count = findings.len());
    Report::new(WordedProblems { headline, help: Some(tr!("cli-lint-help")), problems: in_language(findings) })
}

fn spinner(message: &str) -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new_spinner().with_message(message.to_owned());
    bar.enable_steady_tick(std::time::Duration::from_millis(100));
    bar
}

/// Writes an export to `out`, or prints text formats when there is no `out`.
fn write_export(format: ExportFormat, deck: &Deck, files: &[SourceFile], out: Option<PathBuf>) -> Result<(), Failure> {
    match out {
        Some(path) => {
            let bar = spinner(&tr!("cli-writing", path = path.display().to_string()));
            let done = exchange::export_to_file(format, deck, files, &path)?;
            bar.finish_and_clear();
            eprintln!("{}", tr!("cli-wrote", path = done.path, bytes = done.bytes));
        }
        None if matches!(format, ExportFormat::Json | ExportFormat::Csv) => {
            let bytes = exchange::export_bytes(format, deck, files)?;
            print_ignoring_closed_pipe(String::from_utf8_lossy(&bytes).trim_end_matches('\n'));
        }
        None => {
            return Err(Failure::usage(tr!("cli-binary-needs-out", extension = format.extension())));
        }
    }
    Ok(())
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum CliSortColumn {
    Deck,
    Card,
    Text,
    Reading,
    Kind,
    State,
    Due,
    Lapses,
    Recall,
}

impl From<CliSortColumn> for steppe::search::SortColumn {
    fn from(column: CliSortColumn) -> Self {
        use steppe::search::SortColumn as S;
        match column {
            CliSortColumn::Deck => S::Deck,
            CliSortColumn::Card => S::Card,
            CliSortColumn::Text => S::Text,
            CliSortColumn::Reading => S::Reading,
            CliSortColumn::Kind => S::Kind,
            CliSortColumn::State => S::State,
            CliSortColumn::Due => S::Due,
            CliSortColumn::Lapses => S::Lapses,
            CliSortColumn::Recall => S::Recall,
        }
    }
}

/// `steppe search`: the matching cards as a table (or JSON); a query that cannot be read is a
/// usage error showing where.
fn search_command(
    query: &str,
    sort: CliSortColumn,
    desc: bool,
    limit: u32,
    json: bool,
    data: DataArgs,
) -> Result<(), Failure> {
    use steppe::search::{BrowseSort, QueryProblem};
    let (collection, _) = open_collection(data.data_dir, data.deck)?;
    let sort = BrowseSort { column: sort.into(), descending: desc };
    let page = collection.browse(query, sort, 0, limit).map_err(store_failure)?;
    if let Some(error) = &page.error {
        let problem = match &error.problem {
            QueryProblem::ExpectedTerm => tr!("cli-search-expected-term"),
            QueryProblem::UnclosedQuote => tr!("cli-search-unclosed-quote"),
            QueryProblem::UnclosedParen => tr!("cli-search-unclosed-paren"),
            QueryProblem::UnexpectedParen => tr!("cli-search-unexpected-paren"),
            QueryProblem::UnknownField { found } => tr!("cli-search-unknown-field", field = found.as_str()),
            QueryProblem::ExpectedValue { field } => tr!("cli-search-expected-value", field = field.as_str()),
            QueryProblem::UnknownState { found } => tr!("cli-search-unknown-state", state = found.as_str()),
            QueryProblem::UnknownKind { found } => {
                tr!("cli-search-unknown-kind", kind = found.as_str(), kinds = steppe::search::kind_names().join(", "))
            }
            QueryProblem::ExpectedComparison => tr!("cli-search-expected-comparison"),
            QueryProblem::BadNumber { field, expected } => match expected {
                steppe::search::NumberKind::Whole => tr!("cli-search-bad-whole", field = field.as_str()),
                steppe::search::NumberKind::Probability => tr!("cli-search-bad-probability", field = field.as_str()),
            },
            QueryProblem::TooDeep => tr!("cli-search-too-deep"),
        };
        let column = error.column as usize;
        let caret = format!("{query}\n{}^", " ".repeat(column.saturating_sub(1)));
        return Err(Failure::usage(format!(
            "{}\n{caret}",
            tr!("cli-search-bad-query", column = column, problem = problem)
        )));
    }
    if json {
        print_ignoring_closed_pipe(&serde_json::to_string_pretty(&page).expect("a page serialises"));
        return Ok(());
    }
    println!("{}", tr!("cli-search-found", cards = page.total, claims = page.claims, all = page.cards));
    if page.rows.is_empty() {
        return Ok(());
    }
    let phase = |r: &steppe::search::BrowseRow| {
        if r.suspended {
            tr!("cli-search-suspended")
        } else {
            match r.phase {
                steppe::schedule::Phase::New => tr!("cli-phase-new"),
                steppe::schedule::Phase::Learning => tr!("cli-phase-learning"),
                steppe::schedule::Phase::Review => tr!("cli-phase-review"),
                steppe::schedule::Phase::Relearning => tr!("cli-phase-relearning"),
            }
        }
    };
    let header = [
        tr!("cli-search-col-card"),
        tr!("cli-search-col-state"),
        tr!("cli-search-col-due"),
        tr!("cli-search-col-lapses"),
        tr!("cli-search-col-recall"),
        tr!("cli-search-col-text"),
    ];
    let rows: Vec<[String; 6]> = page
        .rows
        .iter()
        .map(|r| {
            [
                r.card.to_string(),
                phase(r),
                r.due.as_deref().map(|d| d.get(..10).unwrap_or(d).to_owned()).unwrap_or_else(|| "–".into()),
                r.lapses.to_string(),
                r.recall.map(|p| format!("{:.0}%", p * 100.0)).unwrap_or_else(|| "–".into()),
                worded_prompt(&r.text, r.frame.as_ref()),
            ]
        })
        .collect();
    let width =
        |i: usize| rows.iter().map(|r| r[i].chars().count()).chain([header[i].chars().count()]).max().unwrap_or(0);
    let widths: Vec<usize> = (0..5).map(width).collect();
    let line = |cells: &[String; 6]| {
        let mut out = String::new();
        for (i, cell) in cells.iter().enumerate().take(5) {
            out.push_str(cell);
            out.push_str(&" ".repeat(widths[i] - cell.chars().count() + 2));
        }
        out.push_str(&cells[5]);
        out
    };
    let mut text = vec![line(&header)];
    text.extend(rows.iter().map(line));
    if page.total as usize > page.rows.len() {
        text.push(tr!("cli-search-more", shown = page.rows.len(), total = page.total));
    }
    print_ignoring_closed_pipe(&text.join("\n"));
    Ok(())
}

/// `steppe plan`: make, show or drop exam plans.
fn plan_command(action: PlanAction) -> Result<(), Failure> {
    let plan_failure = |e: steppe::Error| match e {
        steppe::Error::InvalidInput(notice) | steppe::Error::NotFound(notice) => {
            Failure::invalid(miette::miette!("{}", notice.message(messages())))
        }
        other => store_failure(other),
    };
    match action {
        PlanAction::Create { name, date, target, reading, tag, minutes, data } => {
            let (mut collection, _) = open_collection(data.data_dir, data.deck)?;
            let plan = steppe::schedule::ExamPlan {
                name,
                exam_date: date,
                readings: reading,
                tags: tag,
                target,
                minutes_per_day: minutes,
            };
            let check = collection.save_plan(plan.clone()).map_err(plan_failure)?;
            println!("{}", tr!("cli-plan-saved", name = plan.name.trim(), date = plan.exam_date.as_str()));
            print_ignoring_closed_pipe(&plan_check_text(&check, target));
        }
        PlanAction::Show { data } => {
            let (collection, _) = open_collection(data.data_dir, data.deck)?;
            let plans = collection.plans().map_err(plan_failure)?;
            if plans.is_empty() {
                println!("{}", tr!("cli-plan-none"));
            }
            for p in plans {
                println!(
                    "{}",
                    tr!(
                        "cli-plan-heading",
                        name = p.plan.name.as_str(),
                        date = p.plan.exam_date.as_str(),
                        scope = plan_scope_text(&p.plan)
                    )
                );
                for d in &p.days {
                    println!(
                        "{}",
                        tr!(
                            "cli-plan-day",
                            date = d.date.as_str(),
                            done_reviews = d.done_reviews,
                            planned_reviews = d.planned_reviews,
                            done_new = d.done_new,
                            planned_new = d.planned_new
                        )
                    );
                }
                print_ignoring_closed_pipe(&plan_check_text(&p.check, p.plan.target));
            }
        }
        PlanAction::Drop { name, data } => {
            let (mut collection, _) = open_collection(data.data_dir, data.deck)?;
            collection.drop_plan(&name).map_err(plan_failure)?;
            println!("{}", tr!("cli-plan-dropped", name = name.trim()));
        }
    }
    Ok(())
}

/// What a plan covers, in words.
fn plan_scope_text(plan: &steppe::schedule::ExamPlan) -> String {
    if plan.readings.is_empty() && plan.tags.is_empty() {
        return tr!("cli-plan-scope-all");
    }
    let mut parts: Vec<String> =
        plan.readings.iter().map(|r| tr!("cli-plan-scope-reading", reading = r.as_str())).collect();
    parts.extend(plan.tags.iter().map(|t| tr!("cli-plan-scope-tag", tag = t.as_str())));
    parts.join(", ")
}

/// A plan's feasibility figures and verdict, one sentence a line.
fn plan_check_text(check: &steppe::schedule::PlanCheck, target: f32) -> String {
    use steppe::schedule::PlanVerdict;
    let f = &check.figures;
    let pct = |x: f32| format!("{:.0}", x * 100.0);
    let minutes = |x: f32| format!("{x:.0}");
    let mut lines = Vec::new();
    match &check.verdict {
        PlanVerdict::ExamPassed => return tr!("cli-plan-exam-passed"),
        PlanVerdict::EmptyScope => return tr!("cli-plan-empty"),
        _ => {}
    }
    lines.push(tr!("cli-plan-scope", days = f.days, cards = f.cards, new = f.new_cards));
    lines.push(tr!(
        "cli-plan-daily",
        minutes = minutes(f.minutes_per_day),
        reviews = format!("{:.0}", f.reviews_per_day),
        new = f.new_per_day
    ));
    lines.push(if f.own_times {
        tr!("cli-plan-times-own", answers = f.timed_answers)
    } else {
        tr!("cli-plan-times-default", answers = f.timed_answers)
    });
    lines.push(tr!("cli-plan-recall", recall = pct(f.expected_recall), target = pct(target)));
    match &check.verdict {
        PlanVerdict::NotReachable {
            reachable_recall,
            earliest_date,
            retention_needed,
            minutes_needed,
            unlimited_minutes,
        } => {
            lines.push(tr!("cli-plan-not-reachable", recall = pct(*reachable_recall)));
            if let Some(m) = unlimited_minutes {
                lines.push(tr!("cli-plan-more-minutes", minutes = minutes(*m)));
            }
            if let Some(date) = earliest_date {
                lines.push(tr!("cli-plan-later-date", date = date.as_str()));
            }
            if let (Some(r), Some(m)) = (retention_needed, minutes_needed) {
                lines.push(tr!("cli-plan-retention", retention = pct(*r), minutes = minutes(*m)));
            }
            if earliest_date.is_none() && retention_needed.is_none() && unlimited_minutes.is_none() {
                lines.push(tr!("cli-plan-out-of-reach"));
            }
        }
        _ => lines.push(tr!("cli-plan-reachable")),
    }
    lines.join("\n")
}

/// Prints to stdout; a reader that stops early (`steppe export | head`) is not an error.
fn print_ignoring_closed_pipe(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.write_all(b"\n"));
}

/// Why a sync did not happen, in the user's language; nothing was changed.
fn sync_failure(problem: &steppe::sync::SyncProblem) -> Failure {
    use steppe::sync::SyncProblem as P;
    let message = match problem {
        P::NotConfigured => return Failure::usage(tr!("cli-sync-no-folder")),
        P::Unreachable { folder, detail } => {
            tr!("cli-sync-unreachable", folder = folder.as_str(), reason = detail.as_str())
        }
        P::BadFile { file, line, detail } => {
            tr!("cli-sync-bad-file", file = file.as_str(), line = *line, reason = detail.as_str())
        }
        P::Newer { file, .. } => tr!("cli-sync-newer", file = file.as_str()),
        P::OtherDeck { file, deck } => tr!("cli-sync-other-deck", file = file.as_str(), deck = deck.as_str()),
        P::Unwritable { file, detail } => tr!("cli-sync-unwritable", file = file.as_str(), reason = detail.as_str()),
    };
    Failure::data(miette::miette!("{message}"))
}

/// The built-in deck with the student's database in `data_dir` (or the default data folder).
/// Opens the study data of `deck` (a deck id or a deck folder; by default the deck the app
/// studies) in the data folder, through the same workspace the app uses, and says which.
fn open_collection(data_dir: Option<PathBuf>, deck: Option<String>) -> Result<(Collection, PathBuf), Failure> {
    let data_dir = data_dir.unwrap_or_else(steppe::default_data_dir);
    let studied = deck.map(|d| {
        let folder = PathBuf::from(&d);
        if folder.join("deck.toml").is_file() { Studied::Preview { folder } } else { Studied::Library(d) }
    });
    let workspace = Workspace::open_as(&data_dir, studied, Box::new(|| Box::new(SystemClock)));
    let study_dir = workspace.study_dir();
    let collection = workspace.into_collection().map_err(|report| {
        let code = if matches!(report.code.as_str(), "not_found" | "invalid_content" | "other_deck" | "invalid_input") {
            EXIT_INVALID
        } else {
            EXIT_DATA
        };
        Failure { report: miette::miette!("{}", localized(&report)), code }
    })?;
    let info = &collection.deck().info;
    eprintln!(
        "{}",
        tr!(
            "cli-opened",
            deck = info.id.as_str(),
            version = info.version.as_str(),
            folder = study_dir.display().to_string()
        )
    );
    Ok((collection, study_dir))
}

/// An error the workspace reported, as the user reads it: the sentence for its code in their
/// language first when that is not English, then the details (worded in it when the core gave
/// them as a notice, as the core gave them otherwise).
fn localized(report: &steppe::ErrorReport) -> String {
    if messages().language() == "en" {
        report.message.clone()
    } else {
        let detail = match &report.notice {
            Some(notice) => {
                notice.file.as_deref().map(|file| format!("`{file}`: ")).unwrap_or_default()
                    + &notice.message(messages())
            }
            None => report.message.clone(),
        };
        format!("{}\n{}", messages().error_headline(&report.code), detail)
    }
}

fn cannot_write(path: &std::path::Path, e: impl std::fmt::Display) -> Report {
    miette::miette!("{}", tr!("cli-cannot-write", path = path.display().to_string(), reason = e.to_string()))
}

/// What an import did: which deck and version, and the claims it added, removed and changed.
fn print_import(report: &exchange::ImportReport) {
    let (deck, version, title, folder) =
        (report.deck_id.as_str(), report.version.as_str(), report.title.as_str(), report.folder.as_str());
    let what = match report.previous_version.as_deref() {
        Some(old) if old == version => {
            tr!("cli-replaced", deck = deck, version = version, title = title, folder = folder)
        }
        Some(old) => tr!("cli-updated", deck = deck, old = old, version = version, title = title, folder = folder),
        None => tr!("cli-imported", deck = deck, version = version, title = title, folder = folder),
    };
    println!("{what}");
    let (added, removed, changed) = (report.added.len(), report.removed.len(), report.changed.len());
    println!("{}", tr!("cli-claims-changed", added = added, removed = removed, changed = changed));
    if report.previous_version.is_none() {
        return;
    }
    let list = |ids: &[steppe::ids::ClaimId]| ids.iter().map(|id| id.as_str()).collect::<Vec<_>>().join(", ");
    for (ids, line) in [
        (&report.added, tr!("cli-claims-added", ids = list(&report.added))),
        (&report.removed, tr!("cli-claims-removed", ids = list(&report.removed))),
        (&report.changed, tr!("cli-claims-changed-ids", ids = list(&report.changed))),
    ] {
        if !ids.is_empty() {
            println!("  {line}");
        }
    }
}

/// A card's prompt in the user's language: a timeline's or a disagreement's frame worded, the
/// deck's words as written.
fn worded_prompt(prompt: &str, frame: Option<&steppe::cards::PromptFrame>) -> String {
    frame.map_or_else(|| prompt.to_owned(), |frame| frame.prompt(messages()))
}

/// A claim's date (`2014`, `2014-03`, `2014-03-02`) in the user's words; anything else as it is.
fn worded_date(date: &str) -> String {
    steppe::cards::timeline::worded_date(date, messages())
}

/// A card as `steppe cards` shows it, in the user's language: its id and kind, its prompt, its
/// options (the right one starred, a timeline's items with their dates) and its answer.
fn card_text(card: &steppe::cards::Card) -> String {
    use steppe::cards::CardKind;
    let option = |choice: &str| match (card.kind, choice) {
        (CardKind::TrueFalse, steppe::cards::truefalse::TRUE) => tr!("cli-true"),
        (CardKind::TrueFalse, steppe::cards::truefalse::FALSE) => tr!("cli-false"),
        _ => choice.to_owned(),
    };
    let mut out =
        format!("── {} ({})\n{}\n", card.id, card.kind.name(), worded_prompt(&card.prompt, card.frame.as_ref()));
    for (n, choice) in card.choices.iter().enumerate() {
        let right = card.correct_choice == Some(n as u32);
        let date = card.dates.get(n).map(|d| format!("  [{}]", worded_date(d))).unwrap_or_default();
        out.push_str(&format!("  {} {}{date}\n", if right { "*" } else { "-" }, option(choice)));
    }
    let answer = match card.kind {
        // A timeline's items in order with their dates, as its answer has them in English.
        CardKind::Timeline => card
            .correct_order
            .iter()
            .filter_map(|&k| {
                let item = card.choices.get(k as usize)?;
                Some(format!("{}: {item}", worded_date(card.dates.get(k as usize)?)))
            })
            .collect::<Vec<_>>()
            .join("\n"),
        CardKind::TrueFalse => option(&card.answer),
        _ => card.answer.clone(),
    };
    out.push_str(&format!("=> {}\n", answer.replace('\n', "\n   ")));
    out
}

/// A card's history as lines of text: the card, its claim and quote, its memory now, every
/// answer and a few points of its forgetting curve.
fn card_history_text(h: &steppe::views::CardHistory) -> String {
    use steppe::schedule::Phase;
    use steppe::views::AnswerSource;
    let phase = |p: Phase| match p {
        Phase::New => tr!("cli-phase-new"),
        Phase::Learning => tr!("cli-phase-learning"),
        Phase::Review => tr!("cli-phase-review"),
        Phase::Relearning => tr!("cli-phase-relearning"),
    };
    let rating = |r: Rating| match r {
        Rating::Again => tr!("cli-rating-again"),
        Rating::Hard => tr!("cli-rating-hard"),
        Rating::Good => tr!("cli-rating-good"),
        Rating::Easy => tr!("cli-rating-easy"),
    };
    let percent = |r: Option<f32>| r.map_or_else(|| "–".to_owned(), |r| format!("{:.1}%", r * 100.0));
    let decimal = |x: Option<f32>| x.map_or_else(|| "–".to_owned(), |x| format!("{x:.2}"));
    let time = |rfc3339: &str| {
        chrono::DateTime::parse_from_rfc3339(rfc3339)
            .map_or_else(|_| rfc3339.to_owned(), |t| t.format("%Y-%m-%d %H:%M").to_string())
    };
    let interval = |secs: Option<i64>| match secs {
        None => "–".to_owned(),
        Some(s) if s < 3_600 => tr!("cli-interval-minutes", count = (s + 30) / 60),
        Some(s) if s < 86_400 => tr!("cli-interval-hours", count = (s + 1_800) / 3_600),
        Some(s) => tr!("cli-interval-days", count = (s + 43_200) / 86_400),
    };
    let m = &h.memory;
    let mut lines = vec![
        tr!(
            "cli-card-heading",
            card = h.card.as_str(),
            kind = h.kind.name(),
            prompt = worded_prompt(&h.prompt, h.frame.as_ref())
        ),
        tr!("cli-card-claim", claim = h.claim.as_str(), text = h.claim_text.as_str()),
        tr!("cli-card-quote", reading = h.reading_title.as_str(), quote = h.quote.as_str()),
    ];
    if m.phase == Phase::New {
        lines.push(tr!("cli-card-not-studied"));
    } else {
        lines.push(tr!(
            "cli-card-memory",
            phase = phase(m.phase),
            stability = decimal(m.stability),
            difficulty = decimal(m.difficulty),
            recall = percent(m.recall)
        ));
        if let Some(due) = &m.due {
            let retention = percent(Some(h.desired_retention));
            lines.push(tr!("cli-card-due", due = time(due), retention = retention));
        }
        lines.push(tr!("cli-card-counts", reps = m.reps, lapses = m.lapses));
    }
    if m.leech {
        lines.push(tr!("cli-card-leech"));
    } else if m.suspended {
        lines.push(tr!("cli-card-suspended"));
    }
    if !h.answers.is_empty() {
        lines.push(String::new());
        lines.push(tr!("cli-card-answers"));
        for a in &h.answers {
            let line = tr!(
                "cli-card-answer",
                at = time(&a.at),
                rating = rating(a.rating),
                phase = phase(a.phase),
                interval = interval(a.interval),
                stability = decimal(a.stability),
                difficulty = decimal(a.difficulty),
                recall = percent(a.recall)
            );
            let quiz =
                if a.source == AnswerSource::Quiz { format!(" {}", tr!("cli-card-quiz")) } else { String::new() };
            lines.push(format!("  {line}{quiz}"));
        }
    }
    if !h.curve.is_empty() {
        lines.push(String::new());
        lines.push(tr!("cli-card-curve"));
        // Seven points evenly along the curve, and the due date.
        let last = h.curve.len() - 1;
        let mut shown: Vec<usize> = (0..=6).map(|i| i * last / 6).collect();
        if let Some(due) = h.due_in_days.and_then(|d| h.curve.iter().position(|p| p.days == d)) {
            shown.push(due);
        }
        shown.sort_unstable();
        shown.dedup();
        for i in shown {
            let point = &h.curve[i];
            let recall = percent(Some(point.recall));
            let secs = (point.days * 86_400.0).round() as i64;
            let line = if secs == 0 {
                tr!("cli-card-curve-now", recall = recall)
            } else if Some(point.days) == h.due_in_days {
                tr!("cli-card-curve-due", when = interval(Some(secs)), recall = recall)
            } else {
                tr!("cli-card-curve-point", when = interval(Some(secs)), recall = recall)
            };
            lines.push(format!("  {line}"));
        }
    }
    lines.join("\n")
}

fn drill(mut collection: Collection, answers: u32, seed: u64) -> Result<(), Report> {
    use rand::{RngExt, SeedableRng};
    use std::io::Write;
    let cards: Vec<_> = steppe::cards::generate(collection.deck()).into_iter().map(|c| c.id).collect();
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    let mut out = std::io::stdout().lock();
    writeln!(out, "ready").into_diagnostic()?;
    for _ in 0..answers {
        let card = &cards[rng.random_range(0..cards.len())];
        let rating = Rating::ALL[rng.random_range(0..Rating::ALL.len())];
        collection.answer(card, rating).map_err(|e| miette::miette!("{e}"))?;
        let (review, answered) =
            collection.newest_review().map_err(|e| miette::miette!("{e}"))?.expect("an answer was just logged");
        writeln!(out, "ack {answered} {review} {}", rating as i64).into_diagnostic()?;
        out.flush().into_diagnostic()?;
    }
    Ok(())
}

fn main() -> ExitCode {
    // Unwrapped lines keep a path or an entry name whole in the message, for people and for grep.
    let _ = miette::set_hook(Box::new(|_| Box::new(miette::MietteHandlerOpts::new().wrap_lines(false).build())));
    // The help texts and clap's errors in the user's language, with `Cli::parse`'s exit codes.
    let matches = help::localized(<Cli as clap::CommandFactory>::command(), messages())
        .try_get_matches()
        .unwrap_or_else(|e| usage::exit(e));
    let cli = <Cli as clap::FromArgMatches>::from_arg_matches(&matches).unwrap_or_else(|e| usage::exit(e));
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            // Written whatever becomes of it: a reader that went away (`steppe check … 2>&1 | head`)
            // must not turn the command's exit code into a panic's.
            let report = help::labels_in_language(&format!("{:?}", failure.report), messages());
            let _ = writeln!(std::io::stderr(), "{report}");
            ExitCode::from(failure.code)
        }
    }
}

/// Asks the system not to back this process's memory with 2 MiB pages. The allocator asks for
/// them, but a page is cleared whole the first time it is touched: a check, which fills its
/// memory once and exits, took more memory and more system time with them.
fn no_huge_pages() {
    // SAFETY: PR_SET_THP_DISABLE reads one integer argument (the rest must be zero) and touches
    // no memory of this process. A failure leaves huge pages on, which is harmless.
    #[cfg(target_os = "linux")]
    unsafe {
        libc::prctl(
            libc::PR_SET_THP_DISABLE,
            1 as libc::c_ulong,
            0 as libc::c_ulong,
            0 as libc::c_ulong,
            0 as libc::c_ulong,
        );
    }
}

fn run(cli: Cli) -> Result<(), Failure> {
    match cli.command {
        Command::Check { dir, no_lint } => {
            no_huge_pages();
            let files = content::read_dir(&dir)
                .map_err(|e| Failure::data(miette::miette!("{}", localized(&steppe::Error::from(e).report()))))?;
            let (deck, findings) =
                content::check(&files, !no_lint).map_err(|problems| Failure::invalid(shown_problems(problems)))?;
            if !findings.is_empty() {
                return Err(Failure::invalid(worded_findings(findings)));
            }
            // The files' text is not needed to make cards: its memory goes before theirs comes.
            drop(files);
            let cards = steppe::cards::count(&deck);
            let ok = tr!(
                "cli-check-ok",
                deck = deck.info.id.as_str(),
                readings = deck.readings.len(),
                claims = deck.claims.len(),
                cards = cards
            );
            println!("{ok}");
            // The command ends here, and the system takes back the memory at once: freeing a big
            // deck string by string would only keep the user waiting.
            std::mem::forget(deck);
        }
        Command::Cards { dir, claim, kind, sample, seed } => {
            let (deck, _) = load_deck_files(Some(&dir))?;
            let mut cards: Vec<_> = steppe::cards::generate(&deck)
                .into_iter()
                .filter(|c| claim.as_ref().is_none_or(|id| c.claims.iter().any(|k| k.as_str() == id)))
                .filter(|c| kind.as_ref().is_none_or(|k| c.kind.name() == k))
                .collect();
            if let Some(n) = sample {
                use rand::SeedableRng;
                use rand::seq::SliceRandom;
                cards.shuffle(&mut rand_chacha::ChaCha8Rng::seed_from_u64(seed));
                cards.truncate(n);
            }
            let text: Vec<String> = cards.iter().map(card_text).collect();
            print_ignoring_closed_pipe(&text.join("\n"));
        }
        Command::Build { dir, format, out } => {
            let (deck, files) = load_deck_files(Some(&dir))?;
            let format = match format {
                BuildFormat::Json => ExportFormat::Json,
                BuildFormat::Steppe => ExportFormat::Steppe,
            };
            write_export(format, &deck, &files, out)?;
        }
        Command::Export { format: CliExportFormat::Apkg, out, deck: deck_dir, with_progress: true, data_dir } => {
            let (deck, _) = load_deck_files(deck_dir.as_ref())?;
            let out = out.ok_or_else(|| Failure::usage(tr!("cli-binary-needs-out", extension = "apkg")))?;
            // The progress of the deck exported: its folder's, or the built-in deck's.
            let studied = deck_dir.map_or_else(|| deck.info.id.clone(), |d| d.display().to_string());
            let (collection, _) = open_collection(data_dir, Some(studied))?;
            let states = collection.stored_states().map_err(store_failure)?.into_iter().collect();
            let bytes = exchange::write_apkg(&deck, chrono::Utc::now().timestamp(), Some(&states))?;
            exchange::write_atomically(&out, &bytes).map_err(|e| Failure::data(cannot_write(&out, e)))?;
            eprintln!("{}", tr!("cli-wrote-with-progress", path = out.display().to_string(), bytes = bytes.len()));
        }
        Command::Export { with_progress: true, .. } => {
            return Err(Failure::usage(tr!("cli-progress-needs-apkg")));
        }
        Command::Export { format, out, deck, .. } => {
            let (deck, files) = load_deck_files(deck.as_ref())?;
            write_export(format.into(), &deck, &files, out)?;
        }
        Command::Import { file, force, deck, data_dir } => {
            let decks_dir = exchange::decks_dir(&data_dir.unwrap_or_else(steppe::default_data_dir));
            let bar = spinner(&tr!("cli-importing", path = file.display().to_string()));
            let result = exchange::import_file(&file, &decks_dir, force, deck.as_deref(), &content::builtin_files());
            bar.finish_and_clear();
            let report = result?;
            print_import(&report);
        }
        Command::Quiz { print, reading, tag, questions, seed, deck } => {
            let (deck, _) = load_deck_files(deck.as_ref())?;
            let scope = match (reading, tag) {
                (Some(id), _) => QuizScope::Reading { id: id.as_str().into() },
                (None, Some(tag)) => QuizScope::Tag { tag },
                (None, None) => QuizScope::All,
            };
            let now = chrono::Local::now();
            let seed = seed.unwrap_or(now.timestamp_millis() as u64);
            let cards = steppe::cards::generate(&deck);
            let candidates = steppe::print::in_scope(&deck, &cards, &scope).map_err(store_failure)?;
            let quiz = steppe::print::prepare(&deck, candidates, scope, questions, seed, now.date_naive())
                .map_err(store_failure)?;
            let labels = steppe::print::Labels::new(messages().language());
            let done = steppe::print::write(&quiz, &labels, &print).map_err(store_failure)?;
            let (path, count, seed) = (done.path, done.questions, done.seed.to_string());
            println!("{}", tr!("cli-quiz-printed", path = path, count = count, seed = seed));
        }
        Command::Backup { data_dir, deck } => {
            let (collection, _) = open_collection(data_dir, deck)?;
            let path = collection.backup_now().map_err(store_failure)?;
            println!("{}", tr!("cli-backup-written", path = path.display().to_string()));
        }
        Command::Restore { backup, data_dir, deck } => {
            let (mut collection, data_dir) = open_collection(data_dir, deck)?;
            match backup {
                None => {
                    let backups = collection.backups().map_err(store_failure)?;
                    if backups.is_empty() {
                        println!("{}", tr!("cli-no-backups", folder = data_dir.join("backups").display().to_string()));
                    }
                    for b in backups {
                        println!("{}", tr!("cli-backup-line", name = b.name, bytes = b.size));
                    }
                }
                Some(name) => {
                    collection.restore_backup(&name).map_err(store_failure)?;
                    println!("{}", tr!("cli-restored", name = name));
                }
            }
        }
        Command::Optimize { data_dir, deck } => {
            let (mut collection, _) = open_collection(data_dir, deck)?;
            let bar = indicatif::ProgressBar::new(0).with_style(
                indicatif::ProgressStyle::with_template(&format!(
                    "{} {{bar:40}} {{pos}}/{{len}} {{elapsed}}",
                    tr!("cli-optimising").replace(['{', '}'], "")
                ))
                .expect("valid template"),
            );
            let parameters = collection
                .optimize(&mut |done, total| {
                    bar.set_length(total as u64);
                    bar.set_position(done as u64);
                })
                .map_err(store_failure)?;
            bar.finish_and_clear();
            let shown: Vec<String> = parameters.iter().map(|p| format!("{p:.4}")).collect();
            println!("{}\n{}", tr!("cli-new-parameters"), shown.join(", "));
        }
        Command::Drill { answers, seed, data_dir, deck } => {
            let data_dir = data_dir.unwrap_or_else(steppe::default_data_dir);
            let (deck, _) = load_deck_files(deck.as_ref())?;
            let collection = Collection::open(&data_dir, deck, Box::new(SystemClock)).map_err(store_failure)?;
            drill(collection, answers, seed).map_err(Failure::data)?
        }
        Command::Stats { data_dir, deck } => {
            let (collection, data_dir) = open_collection(data_dir, deck)?;
            let s = collection.stats().map_err(store_failure)?;
            let d = &s.due_today;
            println!("{}", tr!("cli-stats-database", path = data_dir.join(steppe::DB_FILE_NAME).display().to_string()));
            println!(
                "{}",
                tr!("cli-stats-cards", cards = s.cards, new = s.new, learning = s.learning, review = s.review)
            );
            println!("{}", tr!("cli-stats-due", new = d.new, learning = d.learning, review = d.review));
            println!("{}", tr!("cli-stats-reviews", today = s.reviews_today, total = s.reviews_total));
        }
        Command::Card { id, data_dir, deck } => {
            let (collection, _) = open_collection(data_dir, deck)?;
            let history = collection.card_history(&id.as_str().into()).map_err(store_failure)?;
            print_ignoring_closed_pipe(&card_history_text(&history));
        }
        Command::Plan { action } => plan_command(action)?,
        Command::Report { action } => report::run(action)?,
        Command::Deck { action } => deck::run(action)?,
        Command::Search { query, sort, desc, limit, json, data } => {
            search_command(&query, sort, desc, limit, json, data)?
        }
        Command::Sync { folder, export, import, data_dir, deck } => {
            let (mut collection, _) = open_collection(data_dir, deck)?;
            if let Some(path) = export {
                let events = collection.export_progress(&path).map_err(store_failure)?;
                println!("{}", tr!("cli-sync-exported", path = path.display().to_string(), events = events));
                return Ok(());
            }
            let outcome = match (import, folder) {
                (Some(path), _) => collection.import_progress(&path),
                (None, Some(folder)) => collection.set_sync_folder(Some(&folder)).and_then(|_| collection.sync_now()),
                (None, None) => collection.sync_now(),
            }
            .map_err(store_failure)?;
            if let Some(problem) = &outcome.problem {
                return Err(sync_failure(problem));
            }
            let done = tr!(
                "cli-sync-done",
                answers = outcome.answers_added,
                undone = outcome.undone,
                flags = outcome.flags_added,
                settings = outcome.settings_added,
                cards = outcome.cards_changed,
                devices = outcome.devices
            );
            println!("{done}");
        }
        Command::Synth { claims, claims_per_reading, reviews, seed, now, out, builtin_deck } => {
            let now = match now {
                Some(t) => chrono::DateTime::parse_from_rfc3339(&t)
                    .map_err(|e| Failure::usage(tr!("cli-bad-time", time = t.as_str(), reason = e.to_string())))?,
                None => chrono::Local::now().fixed_offset(),
            };
            let deck = if builtin_deck {
                Deck::builtin().map_err(Failure::invalid)?
            } else {
                let files = steppe::synth::deck_files(&steppe::synth::DeckSpec { claims, claims_per_reading, seed });
                let deck_dir = out.join("deck");
                steppe::synth::write_deck(&deck_dir, &files).map_err(|e| Failure::data(cannot_write(&deck_dir, e)))?;
                content::compile(&files).map_err(Failure::invalid)?
            };
            let spec = steppe::synth::HistorySpec { reviews, now, seed };
            let summary = steppe::synth::write_history(&out.join("data"), &deck, &spec).map_err(store_failure)?;
            let wrote = tr!(
                "cli-synth-wrote",
                folder = out.display().to_string(),
                claims = deck.claims.len(),
                cards = steppe::cards::generate(&deck).len(),
                reviews = summary.reviews,
                studied = summary.studied_cards,
                archived = summary.archived_cards
            );
            println!("{wrote}");
        }
    }
    Ok(())
}
