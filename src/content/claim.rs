//! Claims files: one TOML file per reading with `[[claim]]` tables, kept with their spans so
//! that every problem points at the exact line.

use serde::{Deserialize, Serialize};
use toml::Spanned;
use ts_rs::TS;

use super::problem::{ContentProblem, ProblemCode};
use super::source::SourceFile;

/// What a claim's answer is; multiple-choice distractors are drawn from answers of the same kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ClaimKind {
    Date,
    Number,
    Person,
    Place,
    Organization,
    Event,
    Relation,
    Cause,
}

impl ClaimKind {
    pub const ALL: [ClaimKind; 8] = [
        Self::Date,
        Self::Number,
        Self::Person,
        Self::Place,
        Self::Organization,
        Self::Event,
        Self::Relation,
        Self::Cause,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Self::Date => "date",
            Self::Number => "number",
            Self::Person => "person",
            Self::Place => "place",
            Self::Organization => "organization",
            Self::Event => "event",
            Self::Relation => "relation",
            Self::Cause => "cause",
        }
    }

    pub fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ClaimsFile {
    pub reading: Spanned<String>,
    #[serde(default)]
    pub claim: Vec<RawClaim>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawClaim {
    pub id: Spanned<String>,
    pub quote: Spanned<String>,
    #[serde(default)]
    pub prefix: Option<String>,
    #[serde(default)]
    pub suffix: Option<String>,
    pub text: Spanned<String>,
    pub answer: Spanned<String>,
    #[serde(default)]
    pub question: Option<Spanned<String>>,
    pub kind: Spanned<String>,
    #[serde(default)]
    pub date: Option<Spanned<String>>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub conflicts_with: Vec<Spanned<String>>,
    #[serde(default)]
    pub role: Option<Spanned<String>>,
    #[serde(default)]
    pub event: Option<Spanned<String>>,
    #[serde(default)]
    pub distractors: Vec<Spanned<String>>,
    #[serde(default, rename = "false")]
    pub false_statements: Vec<Spanned<String>>,
    /// `typed = false`: the author's word for something, asked on the Q&A card but never typed.
    #[serde(default)]
    pub typed: Option<bool>,
}

#[allow(clippy::result_large_err)]
pub(super) fn parse_claims_file(file: &SourceFile) -> Result<ClaimsFile, ContentProblem> {
    toml::from_str(&file.text).map_err(|e| {
        let span = e.span().unwrap_or(0..1);
        ContentProblem::new("toml-syntax", file, span, ProblemCode::ClaimsFileBad, vec![("error", e.message().into())])
    })
}
