//! `steppe`: check and inspect decks and study data from the command line.

use clap::{Parser, Subcommand};
use miette::{IntoDiagnostic, Report};
use std::path::PathBuf;
use std::process::ExitCode;

use steppe::content::{self, Deck};
use steppe::{Collection, clock::SystemClock};

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
    },
    /// Export a deck (default: the built-in one) to another format.
    Export {
        /// Output format.
        #[arg(long, value_enum, default_value = "json")]
        format: ExportFormat,
        /// File to write (written whole or not at all); standard output when omitted.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Deck folder to export instead of the built-in deck.
        #[arg(long)]
        deck: Option<PathBuf>,
    },
    /// Fit the scheduler's FSRS parameters to your own review history and use them from now on.
    Optimize {
        /// Data folder holding steppe.sqlite (default: $STEPPE_DATA_DIR or the app's data folder).
        #[arg(long)]
        data_dir: Option<PathBuf>,
    },
    /// Show card counts (new, learning, review, due today) from the study database.
    Stats {
        /// Data folder holding steppe.sqlite (default: $STEPPE_DATA_DIR or the app's data folder).
        #[arg(long)]
        data_dir: Option<PathBuf>,
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

#[derive(Clone, Copy, clap::ValueEnum)]
enum ExportFormat {
    /// The compiled deck: readings, claims and cards.
    Json,
}

fn load_deck(dir: Option<&PathBuf>) -> Result<Deck, Report> {
    match dir {
        Some(dir) => Ok(content::compile(&content::read_dir(dir).into_diagnostic()?)?),
        None => Ok(Deck::builtin()?),
    }
}

/// Prints to stdout; a reader that stops early (`steppe export | head`) is not an error.
fn print_ignoring_closed_pipe(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.write_all(b"\n"));
}

/// The built-in deck with the student's database in `data_dir` (or the default data folder).
fn open_collection(data_dir: Option<PathBuf>) -> Result<(Collection, PathBuf), Report> {
    let data_dir = data_dir.unwrap_or_else(steppe::default_data_dir);
    let collection =
        Collection::open(&data_dir, Deck::builtin()?, Box::new(SystemClock)).map_err(|e| miette::miette!("{e}"))?;
    Ok((collection, data_dir))
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(report) => {
            eprintln!("{report:?}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<(), Report> {
    match cli.command {
        Command::Check { dir } => {
            let deck = load_deck(Some(&dir))?;
            println!(
                "ok: `{}`: {} readings, {} claims, {} cards",
                deck.info.id,
                deck.readings.len(),
                deck.claims.len(),
                steppe::cards::generate(&deck).len()
            );
        }
        Command::Export { format: ExportFormat::Json, out, deck } => {
            let json = steppe::exchange::deck_json(&load_deck(deck.as_ref())?);
            match out {
                Some(path) => {
                    steppe::exchange::write_atomically(&path, json.as_bytes())
                        .map_err(|e| miette::miette!("cannot write `{}`: {e}", path.display()))?;
                    eprintln!("wrote {}", path.display());
                }
                None => print_ignoring_closed_pipe(&json),
            }
        }
        Command::Optimize { data_dir } => {
            let (mut collection, _) = open_collection(data_dir)?;
            let bar = indicatif::ProgressBar::new(0).with_style(
                indicatif::ProgressStyle::with_template("optimising {bar:40} {pos}/{len} {elapsed}")
                    .expect("valid template"),
            );
            let parameters = collection
                .optimize(&mut |done, total| {
                    bar.set_length(total as u64);
                    bar.set_position(done as u64);
                })
                .map_err(|e| miette::miette!("{e}"))?;
            bar.finish_and_clear();
            let shown: Vec<String> = parameters.iter().map(|p| format!("{p:.4}")).collect();
            println!("new FSRS parameters, in use from now on:\n{}", shown.join(", "));
        }
        Command::Stats { data_dir } => {
            let (collection, data_dir) = open_collection(data_dir)?;
            let s = collection.stats().map_err(|e| miette::miette!("{e}"))?;
            println!("database: {}", data_dir.join(steppe::DB_FILE_NAME).display());
            println!("cards:    {} ({} new, {} learning, {} review)", s.cards, s.new, s.learning, s.review);
            println!(
                "due now:  {} new, {} learning, {} review",
                s.due_today.new, s.due_today.learning, s.due_today.review
            );
            println!("reviews:  {} today, {} in all", s.reviews_today, s.reviews_total);
        }
        Command::Synth { claims, claims_per_reading, reviews, seed, now, out, builtin_deck } => {
            let now = match now {
                Some(t) => chrono::DateTime::parse_from_rfc3339(&t)
                    .map_err(|e| miette::miette!("--now `{t}` is not an RFC 3339 time: {e}"))?,
                None => chrono::Local::now().fixed_offset(),
            };
            let deck = if builtin_deck {
                Deck::builtin()?
            } else {
                let files = steppe::synth::deck_files(&steppe::synth::DeckSpec { claims, claims_per_reading, seed });
                let deck_dir = out.join("deck");
                steppe::synth::write_deck(&deck_dir, &files)
                    .map_err(|e| miette::miette!("cannot write `{}`: {e}", deck_dir.display()))?;
                content::compile(&files)?
            };
            let spec = steppe::synth::HistorySpec { reviews, now, seed };
            let summary =
                steppe::synth::write_history(&out.join("data"), &deck, &spec).map_err(|e| miette::miette!("{e}"))?;
            println!(
                "wrote {}: {} claims, {} cards; {} reviews of {} cards (+{} archived)",
                out.display(),
                deck.claims.len(),
                steppe::cards::generate(&deck).len(),
                summary.reviews,
                summary.studied_cards,
                summary.archived_cards
            );
        }
    }
    Ok(())
}
