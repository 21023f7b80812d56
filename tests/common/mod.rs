//! Builders shared by the integration test binaries; each includes this file with `#[path]`.

use steppe::content::SourceFile;

/// A small deck from inline files: one reading with three claims (one without a question).
pub fn small_deck_files() -> Vec<SourceFile> {
    vec![
        SourceFile::new("deck.toml", "id = \"t\"\ntitle = \"Test deck\"\nversion = \"1\"\nreadings = [\"r1\"]\n"),
        SourceFile::new(
            "readings/001-r1.md",
            "+++\nid = \"r1\"\ntitle = \"Reading One\"\npublisher = \"P\"\npublished = \"2015-03-02\"\n+++\n\n\
             Mongolia hosted three rounds of talks in 2007–2012.\n\nNorth Korea’s embassy opened in 1948.\n",
        ),
        SourceFile::new(
            "claims/001-r1.toml",
            r#"reading = "r1"

[[claim]]
id = "rounds"
quote = "hosted three rounds of talks"
text = "Mongolia hosted three rounds of talks."
answer = "three rounds"
question = "How many rounds of talks did Mongolia host?"
kind = "number"

[[claim]]
id = "embassy"
quote = "North Korea's embassy opened in 1948"
text = "North Korea's embassy in Mongolia opened in 1948."
answer = "1948"
question = "When did North Korea's embassy open?"
kind = "date"
date = "1948"

[[claim]]
id = "period"
quote = "2007-2012"
text = "The talks took place in 2007–2012."
answer = "2007–2012"
kind = "date"
"#,
        ),
    ]
}
