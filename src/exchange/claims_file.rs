//! Claims files as plain records: read from a deck's `claims/*.toml` and written back in the
//! same layout (field order fixed, empty fields left out) so rewritten files diff cleanly.

use serde::{Deserialize, Serialize};

use crate::content::SourceFile;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ClaimRecord {
    pub id: String,
    pub quote: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suffix: Option<String>,
    pub text: String,
    pub answer: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<String>,
    pub kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts_with: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub distractors: Vec<String>,
    #[serde(default, rename = "false", skip_serializing_if = "Vec::is_empty")]
    pub false_statements: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typed: Option<bool>,
}

#[derive(Serialize, Deserialize)]
struct ClaimsFile {
    reading: String,
    #[serde(default)]
    claim: Vec<ClaimRecord>,
}

/// Every claims file's records, as `(reading id, claims)` in path order. Files that do not parse
/// are skipped: the deck is compiled (and so checked) before any export uses this.
pub fn read_claims(files: &[SourceFile]) -> Vec<(String, Vec<ClaimRecord>)> {
    files
        .iter()
        .filter(|f| f.path.starts_with("claims/"))
        .filter_map(|f| toml::from_str::<ClaimsFile>(&f.text).ok())
        .map(|f| (f.reading, f.claim))
        .collect()
}

/// The text of a claims file for one reading.
pub fn write_claims(reading: &str, claims: &[ClaimRecord]) -> String {
    let file = ClaimsFile { reading: reading.to_owned(), claim: claims.to_vec() };
    toml::to_string(&file).expect("claims serialise to TOML")
}
