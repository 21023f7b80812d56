"""Imports a `steppe export --format apkg --with-progress` file into a fresh collection with the
real Anki library, scheduling included, and checks every studied card against Steppe's state.

Usage: import_progress.py FILE.apkg EXPECTED.tsv
EXPECTED.tsv has a line per studied card: Steppe card id, phase (Review, Learning, Relearning),
reps, lapses, interval in days, days from now until due (rounded down), due time (Unix seconds).
Every card not listed must arrive new.
"""

import sys
import tempfile
import time
from pathlib import Path

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

# Anki's card type and queue for each Steppe phase.
TYPE_QUEUE = {"Review": (2, 2), "Learning": (1, 1), "Relearning": (3, 1)}


def main():
    apkg, expected_file = sys.argv[1], sys.argv[2]
    expected = {}
    for line in Path(expected_file).read_text().splitlines():
        card_id, phase, reps, lapses, ivl, days, due = line.split("\t")
        expected[card_id] = (phase, int(reps), int(lapses), int(ivl), int(days), int(due))
    with tempfile.TemporaryDirectory() as tmp:
        col = Collection(str(Path(tmp) / "collection.anki2"))
        options = ImportAnkiPackageOptions(with_scheduling=True)
        col.import_anki_package(ImportAnkiPackageRequest(package_path=apkg, options=options))
        today = col.sched.today
        seen = set()
        problems = []
        for nid in col.find_notes(""):
            note = col.get_note(nid)
            steppe_id = note["SteppeId"]
            card = note.cards()[0]
            if steppe_id not in expected:
                if card.type != 0:
                    problems.append(f"{steppe_id} is new in Steppe, not type {card.type}")
                continue
            seen.add(steppe_id)
            phase, reps, lapses, ivl, days, due = expected[steppe_id]
            got = (card.type, card.queue)
            if got != TYPE_QUEUE[phase]:
                problems.append(f"{steppe_id}: {phase} arrives as type/queue {got}")
            if (card.reps, card.lapses) != (reps, lapses):
                problems.append(f"{steppe_id}: reps/lapses {(card.reps, card.lapses)}, Steppe {(reps, lapses)}")
            if card.memory_state is None:
                problems.append(f"{steppe_id}: FSRS memory state lost")
            if phase == "Review":
                if card.ivl != ivl:
                    problems.append(f"{steppe_id}: interval {card.ivl} days, Steppe {ivl}")
                # Day boundaries (Anki's and Steppe's rollover) may differ by one day, no more.
                if abs((card.due - today) - days) > 1:
                    problems.append(f"{steppe_id}: due in {card.due - today} days, Steppe {days}")
            else:
                # Learning cards are due at a time; an overdue one may be moved up to now.
                if abs(card.due - due) > 60 and not (due < time.time() and card.due <= time.time() + 60):
                    problems.append(f"{steppe_id}: due at {card.due}, Steppe {due}")
        missing = set(expected) - seen
        if missing:
            problems.append(f"missing {sorted(missing)}")
        col.close()
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print(f"{len(expected)} studied cards imported as they stand")


if __name__ == "__main__":
    main()
