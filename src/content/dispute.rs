//! Disagreements between sources: `disputes.toml`, one `[[dispute]]` table per question the
//! readings answer differently, each with the versions they give. A version is one or more
//! claims of one reading; no version is ever marked wrong.

use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::source::SourceFile;
use super::{Claim, Collector, ProblemCode, is_kebab_id};
use crate::ids::{ClaimId, ReadingId};

/// The file of a deck that holds its disputes.
pub const DISPUTES_FILE: &str = "disputes.toml";

/// A question the sources answer differently, and each source's answer.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Dispute {
    pub id: String,
    /// Neutral: it does not lean to any version.
    pub question: String,
    /// The editor's note on the evidence each version cites, if any.
    pub note: Option<String>,
    /// Whether the versions come from one reading that contradicts itself.
    pub internal: bool,
    pub versions: Vec<Version>,
}

/// One source's answer to a dispute's question.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Version {
    /// The version in a few words (`mid-January 2015`).
    pub says: String,
    pub reading: ReadingId,
    pub claims: Vec<ClaimId>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DisputesFile {
    #[serde(default)]
    dispute: Vec<RawDispute>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDispute {
    id: Spanned<String>,
    question: Spanned<String>,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    internal: Option<Spanned<bool>>,
    #[serde(default)]
    version: Vec<RawVersion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVersion {
    says: Spanned<String>,
    claims: Spanned<Vec<Spanned<String>>>,
}

/// The disputes of `file`, checked against the deck's claims; problems go to `problems` and a
/// dispute with any problem is left out. With `claims_unread` (a claims file could not be read),
/// a claim not among `claims` is not reported: it may be in that file.
pub(super) fn parse(
    file: &SourceFile,
    claims: &[Claim],
    claims_unread: bool,
    problems: &mut Collector,
) -> Vec<Dispute> {
    let parsed: DisputesFile = match toml::from_str(&file.text) {
        Ok(parsed) => parsed,
        Err(e) => {
            problems.add(
                "toml-syntax",
                file,
                e.span().unwrap_or(0..1),
                ProblemCode::DisputesFileBad,
                vec![("error", e.message().into())],
            );
            return Vec::new();
        }
    };
    let reading_of: FxHashMap<&ClaimId, &ReadingId> = claims.iter().map(|c| (&c.id, &c.reading)).collect();
    let mut ids: FxHashSet<String> = FxHashSet::default();
    let mut disputed: FxHashMap<String, String> = FxHashMap::default();
    let mut disputes = Vec::new();
    for raw in parsed.dispute {
        let mut ok = true;
        let id = raw.id.get_ref().clone();
        if !is_kebab_id(&id) {
            problems.add(
                "bad-id",
                file,
                raw.id.span(),
                ProblemCode::DisputeIdNotKebab,
                vec![("id", id.as_str().into())],
            );
            ok = false;
        } else if !ids.insert(id.clone()) {
            problems.add(
                "duplicate-id",
                file,
                raw.id.span(),
                ProblemCode::DisputeIdTwice,
                vec![("id", id.as_str().into())],
            );
            ok = false;
        }
        if raw.question.get_ref().trim().is_empty() {
            problems.add(
                "dispute-question",
                file,
                raw.question.span(),
                ProblemCode::DisputeEmptyQuestion,
                vec![("id", id.as_str().into())],
            );
            ok = false;
        }
        let span = raw.id.span();
        if raw.version.len() < 2 {
            problems.add(
                "dispute-versions",
                file,
                span.clone(),
                ProblemCode::DisputeTooFewVersions,
                vec![("id", id.as_str().into()), ("count", raw.version.len().into())],
            );
            ok = false;
        }
        let internal = raw.internal.as_ref().is_some_and(|i| *i.get_ref());
        let mut versions = Vec::new();
        let mut says_seen: FxHashSet<String> = FxHashSet::default();
        for version in &raw.version {
            if version.says.get_ref().trim().is_empty()
                || !says_seen.insert(version.says.get_ref().trim().to_lowercase())
            {
                problems.add(
                    "dispute-versions",
                    file,
                    version.says.span(),
                    ProblemCode::VersionSaysNothing,
                    vec![("id", id.as_str().into())],
                );
                ok = false;
            }
            if version.claims.get_ref().is_empty() {
                problems.add(
                    "dispute-versions",
                    file,
                    version.claims.span(),
                    ProblemCode::VersionWithoutClaims,
                    vec![("id", id.as_str().into())],
                );
                ok = false;
            }
            let mut reading: Option<&ReadingId> = None;
            let mut version_claims = Vec::new();
            for claim in version.claims.get_ref() {
                let claim_id = ClaimId(claim.get_ref().clone());
                let Some(&of) = reading_of.get(&claim_id) else {
                    if !claims_unread {
                        problems.add(
                            "dangling-conflict",
                            file,
                            claim.span(),
                            ProblemCode::DisputeUnknownClaim,
                            vec![("id", id.as_str().into()), ("claim", claim_id.as_str().into())],
                        );
                    }
                    ok = false;
                    continue;
                };
                if let Some(other) = disputed.insert(claim_id.0.clone(), id.clone()) {
                    problems.add(
                        "claim-in-two-disputes",
                        file,
                        claim.span(),
                        ProblemCode::ClaimInTwoDisputes,
                        vec![("claim", claim_id.as_str().into()), ("other", other.into())],
                    );
                    ok = false;
                }
                if reading.is_some_and(|r| r != of) {
                    problems.add(
                        "dispute-versions",
                        file,
                        claim.span(),
                        ProblemCode::VersionMixesReadings,
                        vec![("claim", claim_id.as_str().into())],
                    );
                    ok = false;
                }
                reading = Some(of);
                version_claims.push(claim_id);
            }
            if let Some(reading) = reading {
                versions.push(Version {
                    says: version.says.get_ref().trim().to_owned(),
                    reading: reading.clone(),
                    claims: version_claims,
                });
            }
        }
        let readings: FxHashSet<&ReadingId> = versions.iter().map(|v| &v.reading).collect();
        if ok && !internal && readings.len() < versions.len() {
            problems.add(
                "dispute-versions",
                file,
                span.clone(),
                ProblemCode::VersionsSameReading,
                vec![("id", id.as_str().into())],
            );
            ok = false;
        }
        if ok && internal && readings.len() > 1 {
            let at = raw.internal.as_ref().map_or(span.clone(), |i| i.span());
            problems.add(
                "dispute-versions",
                file,
                at,
                ProblemCode::InternalManyReadings,
                vec![("id", id.as_str().into()), ("count", readings.len().into())],
            );
            ok = false;
        }
        if ok {
            disputes.push(Dispute {
                id,
                question: raw.question.get_ref().trim().to_owned(),
                note: raw.note.filter(|n| !n.trim().is_empty()),
                internal,
                versions,
            });
        }
    }
    disputes
}

/// Each claim's fellow versions: the claims of the other versions of its dispute.
pub(super) fn rivals(disputes: &[Dispute]) -> FxHashMap<ClaimId, Vec<ClaimId>> {
    let mut rivals: FxHashMap<ClaimId, Vec<ClaimId>> = FxHashMap::default();
    for dispute in disputes {
        for (n, version) in dispute.versions.iter().enumerate() {
            for claim in &version.claims {
                let others = dispute.versions.iter().enumerate().filter(|(k, _)| *k != n);
                rivals.entry(claim.clone()).or_default().extend(others.flat_map(|(_, v)| v.claims.iter().cloned()));
            }
        }
    }
    rivals
}
