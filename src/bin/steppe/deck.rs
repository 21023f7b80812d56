//! `steppe deck`: decks kept in a git repository, added by URL or path and updated from it.

use std::path::PathBuf;

use steppe::exchange::{self, GitCheck};
use steppe::tr;

use super::{Failure, print_import, spinner};

#[derive(clap::Subcommand)]
pub enum DeckAction {
    /// Add a deck kept in a git repository (an https:// or file:// URL, or a local folder): its
    /// deck.toml, readings/ and claims/ at the commit of --ref (default: the repository's HEAD).
    /// The repository is remembered, for `steppe deck update`.
    Add {
        /// The repository: https://…, file://… or a folder.
        url: String,
        /// The branch or tag to follow, or a commit id (default: the repository's HEAD).
        #[arg(long = "ref", value_name = "REF")]
        reference: Option<String>,
        /// Only show what would be added; install nothing.
        #[arg(long)]
        check: bool,
        /// Data folder (default: $STEPPE_DATA_DIR or the app's data folder).
        #[arg(long)]
        data_dir: Option<PathBuf>,
    },
    /// Fetch the new version of decks added from git, list the claims added, removed and changed,
    /// and install it keeping all progress. Offline, or when the fetch fails, nothing changes.
    Update {
        /// The deck's id (default: every deck added from git).
        deck: Option<String>,
        /// Follow this branch or tag (or go to this commit) from now on, instead of the one
        /// followed so far.
        #[arg(long = "ref", value_name = "REF")]
        reference: Option<String>,
        /// Only show what would change; install nothing.
        #[arg(long)]
        check: bool,
        /// Install even a version older than the installed one.
        #[arg(long)]
        force: bool,
        /// Data folder (default: $STEPPE_DATA_DIR or the app's data folder).
        #[arg(long)]
        data_dir: Option<PathBuf>,
    },
}

pub fn run(action: DeckAction) -> Result<(), Failure> {
    match action {
        DeckAction::Add { url, reference, check, data_dir } => {
            let data_dir = data_dir.unwrap_or_else(steppe::default_data_dir);
            let bar = spinner(&tr!("cli-git-reading", url = url.as_str()));
            let found = exchange::git_check(&data_dir, &url, reference.as_deref(), None);
            bar.finish_and_clear();
            apply(&data_dir, found?, check, false)
        }
        DeckAction::Update { deck, reference, check, force, data_dir } => {
            let data_dir = data_dir.unwrap_or_else(steppe::default_data_dir);
            let decks = match deck {
                Some(deck) => vec![deck],
                None => exchange::git_decks(&data_dir),
            };
            if decks.is_empty() {
                println!("{}", tr!("cli-git-no-decks"));
                return Ok(());
            }
            let mut failed = None;
            for deck in &decks {
                let bar = spinner(&tr!("cli-git-reading", url = deck.as_str()));
                let found = exchange::git_check_update(&data_dir, deck, reference.as_deref());
                bar.finish_and_clear();
                let done = found.map_err(Failure::from).and_then(|found| apply(&data_dir, found, check, force));
                if let Err(failure) = done {
                    // One deck's failure leaves the others to update.
                    if decks.len() > 1 {
                        eprintln!("{:?}", failure.report);
                    }
                    failed = Some(failure);
                }
            }
            match failed {
                Some(failure) if decks.len() > 1 => {
                    Err(Failure { report: miette::miette!("{}", tr!("cli-git-some-failed")), code: failure.code })
                }
                Some(failure) => Err(failure),
                None => Ok(()),
            }
        }
    }
}

/// Shows what the version found changes, then installs it unless only `check`ing.
fn apply(data_dir: &std::path::Path, found: GitCheck, check: bool, force: bool) -> Result<(), Failure> {
    let report = &found.report;
    let commit = short(&found.source.commit);
    let (deck, version) = (report.deck_id.as_str(), report.version.as_str());
    if found.up_to_date {
        println!("{}", tr!("cli-git-up-to-date", deck = deck, version = version, commit = commit));
        return Ok(());
    }
    if check {
        let line = match report.previous_version.as_deref() {
            Some(old) => tr!("cli-git-would-update", deck = deck, old = old, version = version, commit = commit),
            None => {
                tr!("cli-git-would-add", deck = deck, version = version, title = report.title.as_str(), commit = commit)
            }
        };
        println!("{line}");
        let (added, removed, changed) = (report.added.len(), report.removed.len(), report.changed.len());
        println!("{}", tr!("cli-claims-changed", added = added, removed = removed, changed = changed));
        if report.previous_version.is_some() {
            let list = |ids: &[steppe::ids::ClaimId]| ids.iter().map(|id| id.as_str()).collect::<Vec<_>>().join(", ");
            for (ids, line) in [
                (&report.added, tr!("cli-claims-added", ids = list(&report.added))),
                (&report.removed, tr!("cli-claims-removed", ids = list(&report.removed))),
                (&report.changed, tr!("cli-claims-changed-ids", ids = list(&report.changed))),
            ] {
                if !ids.is_empty() {
                    println!("  {line}");
                }
                for claim in report.texts.iter().filter(|t| ids.contains(&t.id)) {
                    match &claim.previous {
                        Some(previous) => println!("    {}: {previous} → {}", claim.id, claim.text),
                        None => println!("    {}: {}", claim.id, claim.text),
                    }
                }
            }
        }
        return Ok(());
    }
    let installed = exchange::git_install(data_dir, &found.source, deck, force)?;
    print_import(&installed);
    println!("{}", tr!("cli-git-installed", url = found.source.url.as_str(), commit = commit));
    Ok(())
}

/// A commit id as people read it.
fn short(commit: &str) -> &str {
    &commit[..commit.len().min(10)]
}
