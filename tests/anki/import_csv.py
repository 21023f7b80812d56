"""Imports Steppe's .csv export into a fresh collection with the real Anki library, with the
defaults Anki's import screen offers, and checks that Anki reads its header lines (the comma
separator, the column names, the Cloze note type, the deck, the guid and tags columns) and makes one
useful note per claim: the claim with its answer as the gap in Text, the quote and the citation in
Back Extra.

Usage: import_csv.py FILE.csv FILE.json
FILE.json is `steppe export --format json` of the same deck.
"""

import csv
import io
import json
import sys
import tempfile
from pathlib import Path

import anki.buildinfo
from anki.collection import Collection
from anki.import_export_pb2 import CsvMetadata, ImportCsvRequest

COLUMNS = [
    "id", "guid", "reading", "text", "answer", "question", "kind", "date", "quote", "prefix",
    "suffix", "conflicts_with", "role", "event", "distractors", "false", "typed", "Text", "Back Extra", "tags",
]


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def main():
    table, deck_json = sys.argv[1], sys.argv[2]
    deck = json.loads(Path(deck_json).read_text(encoding="utf-8"))
    claims = {c["id"]: c for c in deck["claims"]}
    with tempfile.TemporaryDirectory() as tmp:
        col = Collection(str(Path(tmp) / "collection.anki2"))
        # As Anki's import screen does: the file's own header lines decide, nothing is guessed.
        metadata = col.get_csv_metadata(table, None)
        check(metadata.delimiter == CsvMetadata.Delimiter.COMMA, f"separator {metadata.delimiter}")
        check(list(metadata.column_labels) == COLUMNS, f"columns {list(metadata.column_labels)}")
        check(metadata.deck_name == deck["deck"]["id"], f"deck {metadata.deck_name!r}")
        check(metadata.guid_column == 2, f"guid column {metadata.guid_column}")
        check(metadata.tags_column == len(COLUMNS), f"tags column {metadata.tags_column}")
        check(not metadata.is_html, "fields are plain text")
        cloze = col.models.by_name("Cloze")
        check(metadata.global_notetype.id == cloze["id"], "the file names Anki's Cloze note type")
        # Anki maps the columns to the note type's fields by name: Text and Back Extra.
        fields = [f["name"] for f in cloze["flds"]]
        mapped = [COLUMNS[c - 1] if c > 0 else None for c in metadata.global_notetype.field_columns]
        check(mapped == fields, f"fields {fields} take the columns {mapped}")
        # The preview rows are the first claims, split at the commas outside quotes only.
        first = list(metadata.preview[0].vals)
        check(len(first) == len(COLUMNS), f"{len(first)} fields in the first row")
        check(first[0] in claims, f"the first row starts with a claim id: {first[0]!r}")

        log = col.import_csv(ImportCsvRequest(path=table, metadata=metadata)).log
        check(len(log.new) == len(claims), f"{len(log.new)} notes imported of {len(claims)} claims")
        nids = col.find_notes("")
        check(len(nids) == len(claims), f"{len(nids)} notes in the collection")
        names = {col.decks.name(col.get_card(col.get_note(nid).card_ids()[0]).did) for nid in nids}
        check(names == {deck["deck"]["id"]}, f"decks {names}")
        guids = {col.get_note(nid).guid for nid in nids}
        check(len(guids) == len(claims), "every note keeps its own guid from the guid column")
        # Every note as a student would see it: the claim with its answer as the gap, the quote and
        # the reading's title on the back.
        titles = {r["id"]: r["title"] for r in deck["readings"]}
        body = Path(table).read_text(encoding="utf-8-sig").split("\n#columns:", 1)[1].split("\n", 1)[1]
        claim_of_guid = {row[1]: row[0] for row in csv.reader(io.StringIO(body)) if row}
        for nid in nids:
            note = col.get_note(nid)
            claim = claims[claim_of_guid[note.guid]]
            gap = "{{c1::" + claim["answer"] + "}}"
            check(note["Text"].replace(gap, claim["answer"], 1) == claim["text"] and gap in note["Text"],
                  f"Text of {claim['id']}: {note['Text']!r}")
            check(note["Back Extra"].startswith(f"“{claim['quote']}”") and titles[claim["reading_id"]] in note["Back Extra"],
                  f"Back Extra of {claim['id']}: {note['Back Extra']!r}")
            check(len(note.cards()) == 1, f"{claim['id']} makes one cloze card")
        tagged = [nid for nid in nids if col.get_note(nid).tags]
        check(len(tagged) == len([c for c in claims.values() if c["tags"]]), "tags come from the tags column")
        # Importing the same file again finds the notes by guid instead of adding copies.
        again = col.import_csv(ImportCsvRequest(path=table, metadata=metadata)).log
        check(len(again.new) == 0, f"{len(again.new)} notes added twice")
        check(len(col.find_notes("")) == len(claims), "no duplicates after a second import")
        col.close()
    print(f"anki {anki.buildinfo.version}: {len(claims)} cloze notes imported from the comma-separated table")


if __name__ == "__main__":
    main()
