"""Imports a `steppe export --format apkg --with-progress` file into a fresh collection with the
real Anki library, scheduling included, and checks which cards arrive as review cards.

Usage: import_progress.py FILE.apkg REVIEWED_CARD_ID...
The listed Steppe card ids were answered Easy (so they are review cards); every other card is new.
"""

import sys
import tempfile
from pathlib import Path

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest


def main():
    apkg, reviewed = sys.argv[1], set(sys.argv[2:])
    with tempfile.TemporaryDirectory() as tmp:
        col = Collection(str(Path(tmp) / "collection.anki2"))
        options = ImportAnkiPackageOptions(with_scheduling=True)
        col.import_anki_package(ImportAnkiPackageRequest(package_path=apkg, options=options))
        seen = set()
        for nid in col.find_notes(""):
            note = col.get_note(nid)
            card = note.cards()[0]
            steppe_id = note["SteppeId"]
            if steppe_id in reviewed:
                seen.add(steppe_id)
                assert card.type == 2 and card.queue == 2, f"{steppe_id}: type {card.type} queue {card.queue}"
                assert card.ivl >= 1 and card.reps == 1, f"{steppe_id}: ivl {card.ivl} reps {card.reps}"
                assert card.memory_state is not None, f"{steppe_id}: FSRS memory state kept"
            else:
                assert card.type == 0, f"{steppe_id} is new, not type {card.type}"
        assert seen == reviewed, f"missing {reviewed - seen}"
        col.close()
    print(f"{len(reviewed)} review cards imported with their intervals")


if __name__ == "__main__":
    main()
