"""Imports Steppe's .apkg exports into a fresh collection with the real Anki library and checks them.

Usage: import_apkg.py FIRST.apkg FIRST.json SECOND.apkg SECOND.json
FIRST.json / SECOND.json are `steppe export --format json` of the same decks. SECOND is a later
export of the deck with some claims edited; importing it must update those notes, not add copies.
"""

import html
import json
import sqlite3
import sys
import tempfile
import zipfile
from pathlib import Path

import anki.buildinfo
import anki.lang
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from anki.utils import field_checksum, strip_html_media


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def notes_by_steppe_id(col):
    notes = {}
    for nid in col.find_notes(""):
        note = col.get_note(nid)
        notes[note["SteppeId"]] = note
    return notes


def import_package(col, path):
    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    return col.import_anki_package(request).log


def check_deck(col, deck):
    """Every note and card matches the claims of the deck (from Steppe's JSON export)."""
    claims = deck["claims"]
    with_question = [c for c in claims if c["question"]]
    basic = col.models.by_name("Steppe Basic")
    cloze = col.models.by_name("Steppe Cloze")
    check(basic is not None and cloze is not None, "both Steppe note types were imported")
    check(cloze["type"] == 1, "Steppe Cloze is a cloze note type")
    check([f["name"] for f in basic["flds"]] == ["Front", "Back", "Source", "SteppeId"], "Basic fields")
    basic_count = len(col.find_notes('"note:Steppe Basic"'))
    cloze_count = len(col.find_notes('"note:Steppe Cloze"'))
    check(basic_count == len(with_question), f"{basic_count} Basic notes, expected {len(with_question)}")
    check(cloze_count == len(claims), f"{cloze_count} Cloze notes, expected {len(claims)}")
    check(col.card_count() == len(claims) + len(with_question), f"card count {col.card_count()}")
    deck_id = col.decks.id_for_name(deck["deck"]["title"])
    check(deck_id is not None, "the deck is named after the Steppe deck's title")
    check(len(col.find_cards(f"did:{deck_id}")) == col.card_count(), "every card is in that deck")

    notes = notes_by_steppe_id(col)
    for claim in claims:
        note = notes.get(f"{claim['id']}:cloze")
        check(note is not None, f"cloze note of {claim['id']}")
        expected = claim["text"].replace(claim["answer"], "{{c1::" + claim["answer"] + "}}", 1)
        check(html.unescape(note["Text"]) == expected, f"cloze text of {claim['id']}: {note['Text']!r}")
        check(claim["quote"] in html.unescape(note["Source"]), f"source quote of {claim['id']}")
        tags = sorted(t.replace(" ", "_") for t in claim["tags"])
        check(sorted(note.tags) == tags, f"tags of {claim['id']}: {note.tags} != {tags}")
        check(len(note.cards()) == 1 and note.cards()[0].ord == 0, f"one c1 card for {claim['id']}")
        if claim["question"]:
            qa = notes.get(f"{claim['id']}:qa")
            check(qa is not None, f"Q&A note of {claim['id']}")
            check(html.unescape(qa["Front"]) == claim["question"], f"front of {claim['id']}")
            check(html.unescape(qa["Back"]) == claim["answer"], f"back of {claim['id']}")
    reading = deck["readings"][0]
    first = next(c for c in claims if c["reading_id"] == reading["id"])
    source = html.unescape(notes[f"{first['id']}:cloze"]["Source"])
    check(reading["title"] in source and reading["publisher"] in source, f"the citation is in Source: {source!r}")
    return basic_count, cloze_count


def check_raw_collection(apkg, tmp):
    """The collection.anki2 in the package as written: sort fields and checksums as Anki computes
    them, and Anki's Check Database finds nothing to fix."""
    path = Path(tmp) / "raw.anki2"
    with zipfile.ZipFile(apkg) as package:
        check(sorted(package.namelist()) == ["collection.anki2", "media"], f"members {package.namelist()}")
        path.write_bytes(package.read("collection.anki2"))
    db = sqlite3.connect(path)
    check(db.execute("PRAGMA journal_mode").fetchone()[0] == "delete", "no WAL inside the package")
    rows = db.execute("SELECT flds, sfld, csum FROM notes").fetchall()
    db.close()
    anki.lang.set_lang("en")  # strip_html_media runs in Anki's backend
    col = Collection(str(path))
    check(len(rows) == col.note_count(), "every note survives opening")
    for flds, sfld, csum in rows:
        first = strip_html_media(flds.split("\x1f")[0])
        check(str(sfld) == first, f"sort field {sfld!r} != {first!r}")
        check(csum == field_checksum(first), f"checksum of {first!r}")
    message, ok = col.fix_integrity()
    check(ok and message == "Database rebuilt and optimized.", f"Check Database: {message!r}")
    col.close()


def main():
    first_apkg, first_json, second_apkg, second_json = map(Path, sys.argv[1:5])
    first = json.loads(first_json.read_text())
    second = json.loads(second_json.read_text())
    with tempfile.TemporaryDirectory() as tmp:
        check_raw_collection(first_apkg, tmp)
        col = Collection(str(Path(tmp) / "collection.anki2"))
        log = import_package(col, first_apkg)
        check(len(log.new) == col.note_count(), "every note of the first import is new")
        basic, cloze = check_deck(col, first)
        guids = {col.get_note(n).guid for n in col.find_notes("")}

        log = import_package(col, second_apkg)
        check(len(log.new) == 0, f"a re-export adds no notes ({len(log.new)} added)")
        before = {c["id"]: c for c in first["claims"]}
        edited = [c for c in second["claims"] if c["text"] != before[c["id"]]["text"]]
        check(edited, "the second export edits some claims")
        check(len(log.updated) >= len(edited), f"{len(log.updated)} notes updated, {len(edited)} claims edited")
        check({col.get_note(n).guid for n in col.find_notes("")} == guids, "guids are stable across exports")
        check_deck(col, second)
        col.close()
    print(f"anki {anki.buildinfo.version}: "
          f"{basic} Basic and {cloze} Cloze notes imported; re-import updated {len(log.updated)}, added 0")


if __name__ == "__main__":
    main()
