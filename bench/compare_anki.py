#!/usr/bin/env python3
"""Steppe and Anki side by side on the same collection, in the same run.

1. `steppe synth` writes a synthetic deck and a study database with a review history ending now.
2. The same cards (one Anki cloze note per claim, one card per Steppe card, so a claim's cards are
   siblings in both), their scheduling state (FSRS memory state, due dates, suspension) and the whole
   review log are written into a fresh Anki collection through Anki's own backend, in bulk with
   col.db.executemany (scheduler calls would take hours for a million answers).
3. Both open the collection, build today's queue, answer the same number of cards in sequence (the
   next card and the answer, each answer committed), and compute the statistics screen (Steppe's
   progress view; Anki's graphs over a year). Times are wall clock, best of --runs for open, queue
   and statistics.

Usage: .venv/bin/python bench/compare_anki.py [--claims 20000] [--reviews 1000000] [--answers 1000]
Needs the release build of `steppe` and of the bench_ops example (bench/run.sh builds both).
"""

import argparse
import datetime
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

from anki.collection import Collection
from anki.cards import Card
from anki.scheduler_pb2 import CardAnswer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
STEPPE = os.path.join(TARGET, "release", "steppe")
BENCH_OPS = os.path.join(TARGET, "release", "examples", "bench_ops")
ANKI_TYPE = {"new": 0, "learning": 1, "review": 2, "relearning": 3}
# Anki's revlog type: 0 learn, 1 review, 2 relearn.
REVLOG_TYPE = {"new": 0, "learning": 0, "review": 1, "relearning": 2}


def steppe_data(out, claims, reviews, seed, now):
    subprocess.run(
        [STEPPE, "synth", "--claims", str(claims), "--reviews", str(reviews), "--seed", str(seed),
         "--now", now.isoformat(), "--out", out],
        check=True,
    )


def build_anki(path, steppe_db):
    """A new Anki collection holding the Steppe database's cards and review log."""
    src = sqlite3.connect(steppe_db)
    col = Collection(path)
    now = int(time.time())
    today = col.sched.today
    day_start = col.sched.day_cutoff - 86400
    cloze = col.models.by_name("Cloze")
    deck_id = 1

    cards = src.execute(
        "SELECT id, claim_id, position, phase, due, stability, difficulty, reps, lapses, last_review,"
        " suspended, archived FROM card ORDER BY position"
    ).fetchall()
    note_of, siblings = {}, {}
    for card in cards:
        siblings.setdefault(card[1], []).append(card[0])
    notes = []
    for n, (claim, ids) in enumerate(siblings.items(), start=1):
        text = " ".join(f"{{{{c{i + 1}::{claim} {i}}}}}" for i in range(len(ids)))
        csum = int(hashlib.sha1(text.encode()).hexdigest()[:8], 16)
        notes.append((n, f"steppe{n}", cloze["id"], now, -1, "", text + "\x1f", text, csum, 0, ""))
        for ord_, card_id in enumerate(ids):
            note_of[card_id] = (n, ord_)

    anki_id, rows = {}, []
    for cid, (card_id, _claim, position, phase, due, s, d, reps, lapses, last, suspended, archived) in enumerate(
            cards, start=1):
        anki_id[card_id] = cid
        nid, ord_ = note_of[card_id]
        ctype = ANKI_TYPE[phase]
        if ctype == 0:
            queue, anki_due, ivl = 0, position, 0
        elif ctype == 2:
            queue, anki_due = 2, today + (due - day_start) // 86400
            ivl = max(1, (due - last) // 86400)
        else:
            queue = 1 if due < day_start + 86400 else 3
            anki_due = due if queue == 1 else today + (due - day_start) // 86400
            ivl = 0
        if suspended or archived:
            queue = -1
        data = {} if s is None else {"s": round(s, 4), "d": round(d, 3), "dr": 0.9, "lrt": last}
        rows.append((cid, nid, deck_id, ord_, now, -1, ctype, queue, anki_due, ivl, 2500, reps, lapses,
                     1 if ctype in (1, 3) else 0, 0, 0, 0, json.dumps(data) if data else ""))
    revlog, last_id = [], 0
    for card_id, at, rating, phase in src.execute(
            "SELECT card_id, reviewed_at, rating, phase FROM review_log ORDER BY reviewed_at, id"):
        last_id = max(at, last_id + 1)  # revlog ids are unique milliseconds
        revlog.append((last_id, anki_id[card_id], -1, rating, 0, 0, 2500, 5000, REVLOG_TYPE[phase]))

    def insert():
        col.db.executemany("INSERT INTO notes VALUES (?,?,?,?,?,?,?,?,?,?,?)", notes)
        col.db.executemany("INSERT INTO cards VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
        for at in range(0, len(revlog), 100_000):
            col.db.executemany("INSERT INTO revlog VALUES (?,?,?,?,?,?,?,?,?)", revlog[at:at + 100_000])

    # One transaction: outside one, every row is committed (and synced) on its own.
    col.db.transact(insert)

    col.set_config("fsrs", True)
    conf = col.decks.config_dict_for_deck_id(deck_id)
    conf["new"]["perDay"], conf["rev"]["perDay"] = 20, 200
    conf["new"]["bury"], conf["rev"]["bury"] = True, True
    col.decks.update_config(conf)
    col.close()


def set_limits(col, new, review):
    conf = col.decks.config_dict_for_deck_id(1)
    conf["new"]["perDay"], conf["rev"]["perDay"] = new, review
    col.decks.update_config(conf)


def time_anki(path, answers, runs):
    """Times of Anki's backend on the collection at `path` (changed: answers are recorded)."""
    opens, queues, stats = [], [], []
    for _ in range(runs):
        start = time.perf_counter()
        col = Collection(path)
        opens.append(time.perf_counter() - start)
        start = time.perf_counter()
        col.sched.counts()
        col.sched.get_queued_cards(fetch_limit=1)
        queues.append(time.perf_counter() - start)
        start = time.perf_counter()
        col._backend.graphs(search="", days=365)
        stats.append(time.perf_counter() - start)
        col.close()
    col = Collection(path)
    set_limits(col, 500, 5000)
    trips = []
    for i in range(answers):
        start = time.perf_counter()
        queued = col.sched.get_queued_cards(fetch_limit=1)
        if not queued.cards:
            break
        top = queued.cards[0]
        card = Card(col, backend_card=top.card)
        card.start_timer()
        rating = CardAnswer.AGAIN if i % 10 == 0 else CardAnswer.GOOD
        col.sched.answer_card(col.sched.build_answer(card=card, states=top.states, rating=rating))
        trips.append(time.perf_counter() - start)
    synchronous = col.db.scalar("pragma synchronous")
    journal = col.db.scalar("pragma journal_mode")
    col.close()
    return {
        "open_ms": min(opens) * 1000,
        "queue_ms": min(queues) * 1000,
        "stats_ms": min(stats) * 1000,
        "answers": len(trips),
        "trips_ms": [t * 1000 for t in trips],
        "sqlite": f"journal_mode={journal}, synchronous={synchronous}",
    }


def time_steppe(deck_dir, data_dir, answers, runs, now):
    best = None
    for run in range(runs):
        work = tempfile.mkdtemp(prefix="steppe-bench-")
        shutil.copy(os.path.join(data_dir, "steppe.sqlite"), work)
        # Let the copy reach the disk first, as Anki's copy has long before its timings.
        os.sync()
        out = subprocess.run([BENCH_OPS, deck_dir, work, str(answers if run == 0 else 0), now.isoformat()],
                             check=True, capture_output=True, text=True)
        shutil.rmtree(work)
        result = json.loads(out.stdout)
        if best is None:
            best = result
        else:
            for key in ("open_ms", "queue_ms", "progress_ms"):
                best[key] = min(best[key], result[key])
    return best


def percentile(values, share):
    values = sorted(values)
    return values[round((len(values) - 1) * share)] if values else float("nan")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=20_000, help="about five cards each (default 20000)")
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--answers", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", help="folder to keep the data in (default: a temporary one); "
                        "data made there the same day is used again")
    args = parser.parse_args()

    root = args.keep or tempfile.mkdtemp(prefix="steppe-vs-anki-")
    now = datetime.datetime.now().astimezone().replace(microsecond=0)
    anki_made = os.path.join(root, "anki", "collection.anki2")
    if not os.path.exists(anki_made):
        start = time.perf_counter()
        # The history stops a week ago (a week off), so that a thousand cards are due now.
        steppe_data(root, args.claims, args.reviews, args.seed, now - datetime.timedelta(days=7))
        print(f"steppe synth: {time.perf_counter() - start:.1f} s", file=sys.stderr)
        start = time.perf_counter()
        building = os.path.join(root, "anki-build")
        os.makedirs(building, exist_ok=True)
        build_anki(os.path.join(building, "collection.anki2"), os.path.join(root, "data", "steppe.sqlite"))
        os.rename(building, os.path.dirname(anki_made))
        print(f"anki collection built: {time.perf_counter() - start:.1f} s", file=sys.stderr)
    # Answering changes a collection: each run works on a copy.
    anki_path = os.path.join(root, "anki-run", "collection.anki2")
    shutil.rmtree(os.path.dirname(anki_path), ignore_errors=True)
    shutil.copytree(os.path.dirname(anki_made), os.path.dirname(anki_path))

    steppe = time_steppe(os.path.join(root, "deck"), os.path.join(root, "data"), args.answers, args.runs, now)
    anki = time_anki(anki_path, args.answers, args.runs)
    trips = anki["trips_ms"]
    rows = [
        ("open collection", steppe["open_ms"], anki["open_ms"]),
        ("today's queue (first card and counts)", steppe["queue_ms"], anki["queue_ms"]),
        (f"answer + next card, p50 ({min(steppe['answers'], anki['answers'])} in sequence)",
         steppe["answer_p50_ms"], percentile(trips, 0.5)),
        ("answer + next card, p99", steppe["answer_p99_ms"], percentile(trips, 0.99)),
        ("answer + next card, all", steppe["answer_total_ms"], sum(trips)),
        ("statistics (Steppe progress, Anki graphs, 1 year)", steppe["progress_ms"], anki["stats_ms"]),
    ]
    print(f"{steppe['cards']} cards, {steppe['reviews']} review log rows; Anki {anki['sqlite']}")
    print("| operation | Steppe (ms) | Anki (ms) | Steppe/Anki |")
    print("|---|---:|---:|---:|")
    for name, ours, theirs in rows:
        print(f"| {name} | {ours:.3f} | {theirs:.3f} | {ours / theirs:.2f} |")
    if not args.keep:
        shutil.rmtree(root)


if __name__ == "__main__":
    main()
