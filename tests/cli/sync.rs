//! `steppe sync`: progress merged between two data folders through a shared folder, the folder
//! remembered, a foreign file refused with its name, and the one-off file that moves progress.

use predicates::prelude::*;

use super::steppe;

/// `steppe stats` without its first line (which names the data folder).
fn stats(data: &std::path::Path) -> String {
    let out = steppe(data).arg("stats").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap().lines().skip(1).collect::<Vec<_>>().join("\n")
}

#[test]
fn sync_merges_two_data_folders_through_a_shared_folder_and_refuses_a_foreign_file() {
    let root = tempfile::tempdir().unwrap();
    let (a, b, shared) = (root.path().join("a"), root.path().join("b"), root.path().join("shared"));
    std::fs::create_dir_all(&shared).unwrap();
    let drill = steppe(&a).args(["drill", "--answers", "12", "--seed", "3"]).output().unwrap();
    assert!(drill.status.success(), "{}", String::from_utf8_lossy(&drill.stderr));
    let shared_arg = shared.to_str().unwrap();
    // A study setting changed on A travels with its answers, and B's sync counts it.
    {
        let clock = Box::new(|| Box::new(steppe::clock::SystemClock) as Box<dyn steppe::clock::Clock>);
        let mut on_a = steppe::workspace::Workspace::open_as(&a, None, clock).into_collection().unwrap();
        let s = on_a.settings().clone();
        on_a.set_settings(steppe::settings::Settings { new_per_day: 7, ..s }).unwrap();
    }

    steppe(&a)
        .args(["sync", "--folder", shared_arg])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("Synced with 0 other devices: 0 new answers"));
    steppe(&b)
        .args(["sync", "--folder", shared_arg])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("Synced with 1 other device: 12 new answers"))
        .stdout(predicate::str::contains(", 1 settings change received;"));
    assert_eq!(stats(&a), stats(&b), "both folders hold the same progress");
    // The folder is remembered; a second sync finds nothing new.
    steppe(&b).arg("sync").assert().success().stdout(
        predicate::str::contains(": 0 new answers").and(predicate::str::contains("0 settings changes received")),
    );

    let deck_dir = std::fs::read_dir(shared.join("steppe-sync")).unwrap().next().unwrap().unwrap().path();
    let foreign = deck_dir.join("ffffffffffffffffffffffffffffffff.log");
    std::fs::write(&foreign, "not a sync file\n").unwrap();
    steppe(&b)
        .arg("sync")
        .assert()
        .code(3)
        .stderr(predicate::str::contains(foreign.to_str().unwrap()).and(predicate::str::contains("line 1")))
        .stderr(predicate::str::contains("Nothing was merged"));
    std::fs::remove_file(&foreign).unwrap();

    let gone = root.path().join("unplugged");
    steppe(&b)
        .args(["sync", "--folder", gone.to_str().unwrap()])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("cannot be reached").and(predicate::str::contains("Nothing was changed")));
    steppe(&root.path().join("c")).arg("sync").assert().code(2).stderr(predicate::str::contains("--folder"));
}

#[test]
fn sync_export_and_import_move_progress_to_another_computer() {
    let root = tempfile::tempdir().unwrap();
    let (a, b) = (root.path().join("a"), root.path().join("b"));
    let drill = steppe(&a).args(["drill", "--answers", "9", "--seed", "4"]).output().unwrap();
    assert!(drill.status.success(), "{}", String::from_utf8_lossy(&drill.stderr));
    let file = root.path().join("progress.log");
    steppe(&a)
        .args(["sync", "--export", file.to_str().unwrap()])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("Wrote 9 events of progress to"));
    steppe(&b)
        .args(["sync", "--import", file.to_str().unwrap()])
        .assert()
        .success()
        .stdout(predicate::str::contains(": 9 new answers"));
    assert_eq!(stats(&a), stats(&b));
    steppe(&b)
        .env("LANG", "ko_KR.UTF-8")
        .args(["sync", "--import", file.to_str().unwrap()])
        .assert()
        .success()
        .stdout(predicate::str::contains("새 답 0개"));
}
