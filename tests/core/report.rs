//! Class reports: a student's report from a real study database, and the class figures from
//! three synthetic students checked against values worked out by hand.

use steppe::Collection;
use steppe::content::Deck;
use steppe::report::{
    ClaimProgress, FORMAT, MAX_REPORT_BYTES, ReportError, StudentReport, VERSION, class_report, read_report,
};
use steppe::schedule::Rating;

use crate::{clock, no_fuzz, small_deck};

fn report(student: &str, made_at: &str, claims: &[(&str, u32, u32)]) -> StudentReport {
    StudentReport {
        format: FORMAT.into(),
        version: VERSION,
        deck_id: "mongolia-koreas".into(),
        deck_version: "1.0.0".into(),
        student: student.into(),
        name: None,
        made_at: made_at.into(),
        claims: claims
            .iter()
            .map(|&(claim, answers, recalled)| ClaimProgress { claim: claim.into(), answers, recalled })
            .collect(),
    }
}

/// The first claim of each version of the dispute over the Ulaanbaatar Dialogue's track.
fn dispute_claims(deck: &Deck) -> (String, [String; 3]) {
    let dispute = deck.disputes.iter().find(|d| d.versions.len() == 3).expect("a dispute with three versions");
    let first = |i: usize| dispute.versions[i].claims[0].as_str().to_owned();
    (dispute.id.clone(), [first(0), first(1), first(2)])
}

#[test]
fn the_class_figures_match_the_ones_worked_out_by_hand() {
    let deck = Deck::builtin().unwrap();
    let (dispute, [x, y, z]) = dispute_claims(&deck);
    let mut ana = report("aaa", "2026-01-10T10:00:00+08:00", &[(&x, 4, 3), (&y, 2, 0)]);
    ana.name = Some("Ana".into());
    let bo = report("bbb", "2026-01-11T10:00:00+08:00", &[(&x, 1, 1), (&z, 5, 4)]);
    let chen_old = report("ccc", "2026-01-01T10:00:00+08:00", &[(&x, 10, 0)]);
    let chen = report("ccc", "2026-01-12T10:00:00+08:00", &[(&y, 3, 1), ("a-claim-since-removed", 2, 2)]);
    let class = class_report(&deck, vec![chen_old, ana, bo, chen]);

    // Chen's newer report replaces the older: three students, in the order first given.
    let students: Vec<_> = class
        .students
        .iter()
        .map(|s| (s.student.as_str(), s.name.as_deref(), s.claims_seen, s.answers, s.recalled))
        .collect();
    assert_eq!(students, [("ccc", None, 1, 3, 1), ("aaa", Some("Ana"), 2, 6, 3), ("bbb", None, 2, 6, 5)]);
    assert_eq!(class.students[1].recall, Some(0.5));
    assert_eq!(class.unknown_claims, 1, "the removed claim is counted, not shown");

    let claim = |id: &str| class.claims.iter().find(|c| c.claim == id).unwrap();
    // x: Ana 4/3 and Bo 1/1 → seen by 2, 5 answers, 4 recalled, 80%.
    assert_eq!((claim(&x).seen_by, claim(&x).answers, claim(&x).recalled, claim(&x).recall), (2, 5, 4, Some(0.8)));
    // y: Ana 2/0 and Chen 3/1 → 5 answers, 1 recalled, 20%.
    assert_eq!((claim(&y).seen_by, claim(&y).answers, claim(&y).recalled, claim(&y).recall), (2, 5, 1, Some(0.2)));
    // z: Bo 5/4.
    assert_eq!((claim(&z).seen_by, claim(&z).answers, claim(&z).recalled), (1, 5, 4));
    assert_eq!(claim(&x).dispute.as_deref(), Some(dispute.as_str()));
    let untouched = class.claims.iter().filter(|c| c.answers == 0).count();
    assert_eq!(untouched, deck.claims.len() - 3);
    assert!(class.claims.iter().filter(|c| c.answers == 0).all(|c| c.recall.is_none() && c.seen_by == 0));

    // Worst first; x and z tie at 80% with five answers each and keep deck order.
    let missed: Vec<_> = class.most_missed(1, 10).into_iter().map(|c| c.claim.clone()).collect();
    let mut tied = [x.clone(), z.clone()];
    tied.sort_by_key(|id| deck.claims.iter().position(|c| c.id.as_str() == id));
    assert_eq!(missed, [y.clone(), tied[0].clone(), tied[1].clone()]);
    assert!(class.most_missed(6, 10).is_empty(), "no claim has six answers");

    // Each version of the dispute as its claims were recalled: 80%, 20%, 80%.
    let versions = &class.disputes.iter().find(|d| d.dispute == dispute).unwrap().versions;
    let figures: Vec<_> = versions.iter().map(|v| (v.answers, v.recalled)).collect();
    assert_eq!(figures, [(5, 4), (5, 1), (5, 4)]);

    // Per reading: the answers of its claims added up.
    for r in &class.readings {
        let of: Vec<_> = class.claims.iter().filter(|c| c.reading == r.reading).collect();
        assert_eq!(r.claims as usize, of.len());
        assert_eq!(r.answers, of.iter().map(|c| c.answers).sum::<u32>());
        assert_eq!(r.claims_seen as usize, of.iter().filter(|c| c.seen_by > 0).count());
    }
    assert_eq!(class.readings.iter().map(|r| r.answers).sum::<u32>(), 15);
}

#[test]
fn the_class_table_opens_in_a_spreadsheet_one_row_per_claim() {
    let deck = Deck::builtin().unwrap();
    let (_, [x, ..]) = dispute_claims(&deck);
    let class = class_report(&deck, vec![report("aaa", "2026-01-10T10:00:00+08:00", &[(&x, 4, 3)])]);
    let csv_text = class.claims_csv();
    assert!(csv_text.starts_with("\u{feff}claim,reading,dispute,students,seen_by,answers,recalled,recall,text\n"));
    let mut reader = csv::Reader::from_reader(csv_text.trim_start_matches('\u{feff}').as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), deck.claims.len());
    let row = rows.iter().find(|r| &r[0] == x.as_str()).unwrap();
    assert_eq!((&row[3], &row[4], &row[5], &row[6], &row[7]), ("1", "1", "4", "3", "0.750"));
    assert!(rows.iter().all(|r| !r[8].starts_with(['=', '+', '-', '@'])), "no cell a spreadsheet would run");
}

#[test]
fn report_files_that_are_not_reports_are_refused_with_their_name() {
    let good = serde_json::to_vec(&report("aaa", "2026-01-10T10:00:00+08:00", &[("x", 2, 1)])).unwrap();
    assert!(read_report("ana.json", &good, "mongolia-koreas").is_ok());
    // A byte order mark, as a Windows editor saves it, is fine.
    let with_bom = [b"\xef\xbb\xbf".as_slice(), &good].concat();
    assert!(read_report("ana.json", &with_bom, "mongolia-koreas").is_ok());

    let err = |bytes: &[u8]| read_report("ana.json", bytes, "mongolia-koreas").unwrap_err();
    assert!(matches!(err(b"\x00\x01garbage"), ReportError::NotAReport { .. }));
    assert!(matches!(err(br#"{"format":"something-else"}"#), ReportError::NotAReport { .. }));
    assert!(matches!(
        err(br#"{"format":"steppe-progress-report","version":9}"#),
        ReportError::Version { found: 9, .. }
    ));
    assert!(matches!(read_report("ana.json", &good, "another-deck").unwrap_err(), ReportError::OtherDeck { .. }));
    let twice = serde_json::to_vec(&report("aaa", "t", &[("x", 2, 1), ("x", 1, 1)])).unwrap();
    assert!(matches!(err(&twice), ReportError::ClaimTwice { .. }));
    let impossible = serde_json::to_vec(&report("aaa", "t", &[("x", 1, 2)])).unwrap();
    assert!(matches!(err(&impossible), ReportError::MoreRecalledThanAnswers { .. }));
    let huge = vec![b' '; MAX_REPORT_BYTES + 1];
    assert!(matches!(err(&huge), ReportError::TooLarge { .. }));
    let mut named = report("aaa", "t", &[]);
    named.name = Some("x".repeat(500));
    assert!(matches!(err(&serde_json::to_vec(&named).unwrap()), ReportError::BadName { .. }));
    for e in [err(b"{}"), err(&huge)] {
        assert_eq!(e.file(), "ana.json");
        assert!(e.to_string().starts_with("ana.json: "), "{e}");
    }
}

#[test]
fn a_students_report_counts_the_answers_in_the_study_database() {
    let dir = tempfile::tempdir().unwrap();
    let clock = clock();
    let mut c =
        Collection::open_with(dir.path(), small_deck(), Box::new(clock.clone()), no_fuzz()).expect("collection opens");
    c.answer(&"rounds:cloze".into(), Rating::Good).unwrap();
    clock.advance(chrono::Duration::minutes(10));
    c.answer(&"rounds:cloze".into(), Rating::Again).unwrap();
    c.answer(&"embassy:cloze".into(), Rating::Easy).unwrap();

    let first = c.progress_report(Some("  Ana B.  ")).unwrap();
    assert_eq!((first.format.as_str(), first.version, first.deck_id.as_str()), (FORMAT, VERSION, "t"));
    assert_eq!(first.name.as_deref(), Some("Ana B."));
    let claims: Vec<_> = first.claims.iter().map(|p| (p.claim.as_str(), p.answers, p.recalled)).collect();
    assert_eq!(claims, [("rounds", 2, 1), ("embassy", 1, 1)], "deck order; a claim never answered is left out");
    assert_eq!(first.student.len(), 16);

    let second = c.progress_report(Some("   ")).unwrap();
    assert_eq!(second.student, first.student, "the same random id on every report from this folder");
    assert_eq!(second.name, None, "no name unless one is typed");
    // Written and read back as the instructor reads it.
    let bytes = serde_json::to_vec_pretty(&first).unwrap();
    assert_eq!(read_report("ana.json", &bytes, "t").unwrap(), first);
}

#[test]
fn the_app_reads_report_files_and_lists_each_skipped_one_with_its_code() {
    let deck = Deck::builtin().unwrap();
    let (_, [x, y, _]) = dispute_claims(&deck);
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let mut ana = report("aaa", "2026-01-10T10:00:00+08:00", &[(&x, 4, 1), (&y, 1, 1)]);
    ana.name = Some("Ana".into());
    let ana = ana.save(&dir.path().join("ana.json")).unwrap();
    assert_eq!((ana.file.as_str(), ana.claims), ("ana.json", 2));
    let bo = write("bo.json", &serde_json::to_vec(&report("bbb", "2026-01-11T10:00:00+08:00", &[(&x, 2, 0)])).unwrap());
    let mut other = report("ccc", "t", &[]);
    other.deck_id = "another-deck".into();
    let other = write("other.json", &serde_json::to_vec(&other).unwrap());
    let garbage = write("notes.json", b"not json");
    let missing = dir.path().join("gone.json");
    let huge = write("huge.json", &vec![b' '; MAX_REPORT_BYTES + 10]);

    let files = [ana.path.clone().into(), bo, other, garbage, missing, huge];
    let view = steppe::report::class_from_files(&deck, &files);
    assert_eq!(view.class.students.len(), 2);
    assert_eq!(view.min_answers, 3);
    // x: 6 answers, 1 recalled; y has one answer only, too few to count.
    let missed: Vec<_> = view.most_missed.iter().map(|c| (c.claim.as_str(), c.answers, c.recalled)).collect();
    assert_eq!(missed, [(x.as_str(), 6, 1)]);

    let codes: Vec<_> = view.skipped.iter().map(|e| serde_json::to_value(e).unwrap()).collect();
    assert_eq!(
        codes[0],
        serde_json::json!({ "code": "other_deck", "file": "other.json", "found": "another-deck", "expected": "mongolia-koreas" })
    );
    assert_eq!((codes[1]["code"].as_str(), codes[1]["file"].as_str()), (Some("not_a_report"), Some("notes.json")));
    assert_eq!((codes[2]["code"].as_str(), codes[2]["file"].as_str()), (Some("unreadable"), Some("gone.json")));
    assert_eq!(codes[3]["code"], "too_large", "a huge file is refused after reading only a little past the limit");
    assert_eq!(codes.len(), 4);

    // The class's table, written whole, one row per claim.
    let saved = view.class.save_csv(&dir.path().join("class.csv")).unwrap();
    assert_eq!(saved.claims as usize, deck.claims.len());
    assert_eq!(std::fs::read_to_string(&saved.path).unwrap(), view.class.claims_csv());
    // A folder that does not exist: an error, and nothing written.
    assert!(view.class.save_csv(&dir.path().join("no/such/class.csv")).is_err());
}

#[test]
fn a_students_report_is_saved_whole_under_a_name_that_tells_files_apart() {
    let dir = tempfile::tempdir().unwrap();
    let mut c = Collection::open_with(dir.path(), small_deck(), Box::new(clock()), no_fuzz()).unwrap();
    c.answer(&"rounds:cloze".into(), Rating::Good).unwrap();
    let report = c.progress_report(None).unwrap();
    assert_eq!(report.file_name(), format!("t-progress-{}.json", report.student));
    let path = dir.path().join(report.file_name());
    let saved = report.save(&path).unwrap();
    assert_eq!((saved.claims, saved.file.as_str()), (1, report.file_name().as_str()));
    assert_eq!(read_report("x", &std::fs::read(&path).unwrap(), "t").unwrap(), report);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary file left: {leftovers:?}");
}

#[test]
fn a_reading_is_shaded_by_the_share_the_class_recalled_of_each_paragraphs_claims() {
    let deck = Deck::builtin().unwrap();
    // Two claims quoted in one paragraph and one in another paragraph of the same reading.
    let reading = &deck.readings[0].citation.id;
    let of_reading: Vec<_> = deck.claims.iter().filter(|c| &c.reading == reading).collect();
    let (p, q) = of_reading
        .iter()
        .enumerate()
        .find_map(|(i, a)| of_reading[i + 1..].iter().find(|b| b.anchor.block == a.anchor.block).map(|b| (*a, *b)))
        .expect("a paragraph with two claims");
    let r = of_reading.iter().find(|c| c.anchor.block != p.anchor.block).expect("a claim in another paragraph");
    let ana = report("aaa", "2026-01-10T10:00:00+08:00", &[(p.id.as_str(), 4, 3), (q.id.as_str(), 2, 0)]);
    let bo = report("bbb", "2026-01-11T10:00:00+08:00", &[(r.id.as_str(), 5, 4)]);
    let class = class_report(&deck, vec![ana, bo]);

    let dir = tempfile::tempdir().unwrap();
    let c = Collection::open_with(dir.path(), deck.clone(), Box::new(clock()), no_fuzz()).expect("collection opens");
    let own = c.reading(reading).unwrap();
    assert!(own.blocks.iter().all(|b| b.recall.is_none()), "the instructor has studied nothing");
    let shaded = class.shade(own);
    // p and q: 3 of 6 answers recalled; r: 4 of 5 (its paragraph's other claims unanswered).
    assert_eq!(shaded.blocks[p.anchor.block].recall, Some(0.5));
    assert_eq!(shaded.blocks[r.anchor.block].recall, Some(0.8));
    let shaded_blocks = shaded.blocks.iter().filter(|b| b.recall.is_some()).count();
    assert_eq!(shaded_blocks, 2, "no answer, no shade");
}
