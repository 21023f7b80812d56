//! `steppe`: check and inspect decks and study data from the command line.

use clap::{Parser, Subcommand};
use miette::{IntoDiagnostic, Report};
use std::path::PathBuf;
use std::process::ExitCode;

use steppe::content::{self, Deck};
use steppe::{Collection, clock::SystemClock};

#[derive(Parser)]
#[command(
    name = "steppe",
    version,
    about = "Study sourced readings with spaced repetition: deck tools and study data"
)]
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
    /// Show card counts (new, learning, review, due today) from the study database.
    Stats {
        /// Data folder holding steppe.sqlite (default: $STEPPE_DATA_DIR or the app's data folder).
        #[arg(long)]
        data_dir: Option<PathBuf>,
    },
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
            let files = content::read_dir(&dir).into_diagnostic()?;
            let deck = content::compile(&files)?;
            println!(
                "ok: `{}`: {} readings, {} claims, {} cards",
                deck.info.id,
                deck.readings.len(),
                deck.claims.len(),
                steppe::cards::generate(&deck).len()
            );
        }
        Command::Stats { data_dir } => {
            let data_dir = data_dir.unwrap_or_else(steppe::default_data_dir);
            let deck = Deck::builtin()?;
            let collection = Collection::open(&data_dir, deck, Box::new(SystemClock))
                .map_err(|e| miette::miette!("{e}"))?;
            let s = collection.stats().map_err(|e| miette::miette!("{e}"))?;
            println!(
                "database: {}",
                data_dir.join(steppe::DB_FILE_NAME).display()
            );
            println!(
                "cards:    {} ({} new, {} learning, {} review)",
                s.cards, s.new, s.learning, s.review
            );
            println!(
                "due now:  {} new, {} learning, {} review",
                s.due_today.new, s.due_today.learning, s.due_today.review
            );
            println!(
                "reviews:  {} today, {} in all",
                s.reviews_today, s.reviews_total
            );
        }
    }
    Ok(())
}
