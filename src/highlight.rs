//! Splitting a block's runs where claim quotes begin and end, so the UI can draw highlights
//! as plain text spans without searching text itself.

use crate::content::Run;
use crate::ids::ClaimId;
use crate::views::Segment;

/// `ranges` are byte ranges of the block's plain text (footnote references excluded).
pub fn segments(runs: &[Run], ranges: &[(usize, usize, &ClaimId)]) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut offset = 0;
    for run in runs {
        let segment = |text: &str, claims: Vec<ClaimId>| Segment {
            text: text.to_owned(),
            emphasis: run.emphasis,
            strong: run.strong,
            link: run.link.clone(),
            footnote: run.footnote.clone(),
            claims,
        };
        if run.footnote.is_some() {
            out.push(segment(&run.text, Vec::new()));
            continue;
        }
        let end = offset + run.text.len();
        let mut cuts: Vec<usize> = vec![offset, end];
        for &(a, b, _) in ranges {
            cuts.extend([a, b].into_iter().filter(|&x| x > offset && x < end));
        }
        cuts.sort_unstable();
        cuts.dedup();
        for pair in cuts.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let claims = ranges.iter().filter(|(s, e, _)| *s <= a && b <= *e).map(|(_, _, id)| (*id).clone()).collect();
            out.push(segment(&run.text[a - offset..b - offset], claims));
        }
        offset = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_quotes_split_runs_at_every_edge() {
        let runs = vec![
            Run { text: "Mongolia hosted ".into(), ..Run::default() },
            Run { text: "three rounds".into(), emphasis: true, ..Run::default() },
        ];
        let (a, b) = (ClaimId::from("a"), ClaimId::from("b"));
        let segs = segments(&runs, &[(9, 28, &a), (16, 21, &b)]);
        let view: Vec<(&str, usize)> = segs.iter().map(|s| (s.text.as_str(), s.claims.len())).collect();
        assert_eq!(view, vec![("Mongolia ", 0), ("hosted ", 1), ("three", 2), (" rounds", 1)]);
        assert!(segs[2].emphasis, "styles survive the split");
    }
}
