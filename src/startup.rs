//! Which deck the app studies and where its study data lives.

use std::path::{Path, PathBuf};

use crate::content::{self, Deck};
use crate::error::{Error, Result};

/// A deck folder to preview instead of the built-in deck, from `$STEPPE_DECK_DIR`.
pub fn deck_dir_from_env() -> Option<PathBuf> {
    std::env::var_os("STEPPE_DECK_DIR").filter(|d| !d.is_empty()).map(PathBuf::from)
}

/// The built-in deck, studied in `data_dir`; or the deck folder `deck_dir`, compiled and checked,
/// studied in its own folder `data_dir/preview/<deck id>` so its progress never mixes with the
/// built-in deck's.
pub fn deck_and_data_dir(data_dir: &Path, deck_dir: Option<&Path>) -> Result<(Deck, PathBuf)> {
    match deck_dir {
        None => Ok((Deck::builtin()?, data_dir.to_owned())),
        Some(dir) => {
            let deck = content::compile(&content::read_dir(dir)?)?;
            if !content::is_kebab_id(&deck.info.id) {
                return Err(Error::InvalidInput(crate::notice!(
                    FolderDeckId,
                    deck = deck.info.id.as_str(),
                    path = dir.join("deck.toml").display().to_string(),
                )));
            }
            let own = data_dir.join("preview").join(deck.info.id.as_str());
            Ok((deck, own))
        }
    }
}
