#!/usr/bin/env python3
"""What a student feels, measured from outside the window, on an X display (Xvfb).

- Grade key to the next card on screen: the card is revealed, the screen left to settle, then the
  grade key (3, Good) is sent through XTEST and a strip of the card is read from the screen
  (XGetImage) until its pixels change. Over many answers of the built-in deck's mixed kinds; with
  `--anki`, the same beside Anki desktop (aqt) in the same run, on a collection of as many cloze
  notes of about the same length.
- Launch: process start (just before the process is spawned) to the library drawn, that is the
  first moment the library's screen regions hold the pixels they settle on (fonts swapped in), over
  warm launches sharing one data folder.

Usage, from the repository root, with python-xlib (`pip install python-xlib`, for instance in
~/.cache/steppe-bench-venv):
  xvfb-run -a -s '-screen 0 1920x1080x24' ~/.cache/steppe-bench-venv/bin/python bench/key_to_pixels.py \
      [--app target/release/steppe-app] [--answers 200] [--launches 10] [--compositing auto|on|off] \
      [--anki ~/.cache/steppe-aqt-venv/bin/python] [--deck DIR --data DIR]
With `--deck`/`--data` (as written by `steppe synth --out S`: S/deck and S/data) the app opens that
deck with a copy of its study data, for the launch at 100k cards (`--answers 0`).
`--compositing on|off` sets WEBKIT_DISABLE_COMPOSITING_MODE to 0 or 1 for the app; `auto` leaves it
unset, so the app chooses (src-tauri/src/rendering.rs). `--trace` runs the timed launches with
STEPPE_TRACE_START set to the spawn time, so the app prints each launch step (src-tauri/src/trace.rs:
main, the data folder opened, window and web view, the page's script, commands, the library's data,
DOM and frame), and prints each step's median ms from the spawn beside the screen's first pixels and
library drawn. Prints one JSON object per measurement.
"""

import argparse
import hashlib
import json
import os
import re
import select
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time

from Xlib import X, XK, display
from Xlib.ext import damage, xtest

DPY = display.Display()
ROOT = DPY.screen().root

# The app's window is 1100x760 at the top left (no window manager on Xvfb).
NAV_REVIEW = (255, 25)
# A point of the window where nothing is (right of the card).
BLANK = (1000, 600)
# Strips of the card: its kind label and the first lines of its prompt, and the counts above it.
CARD_STRIPS = [(240, 70, 620, 30), (250, 160, 600, 120)]
# The whole page under the top bar: the answer appears somewhere in it when a card is revealed.
PAGE = [(230, 60, 640, 690)]
# Strips of the library: the deck's title, today's counts, the first reading's title.
LIBRARY_STRIPS = [(230, 85, 640, 40), (240, 285, 480, 40), (240, 490, 620, 50)]


class ScreenChanges:
    """Tells when anything is drawn on the screen (the X DAMAGE extension, on the root window), so
    that a launch is watched without reading the screen over and over: reading three strips every
    2 ms kept the X server and a core busy during the very launch being timed (about 150 MB/s of
    pixels), which made the launch itself slower."""

    def __init__(self):
        DPY.damage_query_version()
        self.damage = ROOT.damage_create(damage.DamageReportNonEmpty)
        DPY.sync()

    def wait(self, timeout):
        """Waits up to `timeout` seconds for something to be drawn; True if it was. What was drawn
        is taken off, so the next drawing is told again."""
        end = time.monotonic() + timeout
        while True:
            while DPY.pending_events():
                if DPY.next_event().type == DPY.extension_event.DamageNotify:
                    DPY.damage_subtract(self.damage)
                    DPY.sync()
                    # Drain what else came meanwhile: one grab covers it.
                    while DPY.pending_events():
                        DPY.next_event()
                    return True
            left = end - time.monotonic()
            if left <= 0:
                return False
            select.select([DPY.fileno()], [], [], left)


def grab(strips):
    return b''.join(ROOT.get_image(x, y, w, h, X.ZPixmap, 0xFFFFFFFF).data for x, y, w, h in strips)


def uniform(data):
    """Whether an image is one colour (nothing drawn on it)."""
    return data == data[:4] * (len(data) // 4)


def digest(strips):
    return hashlib.blake2b(grab(strips), digest_size=16).digest()


def keycode(name):
    return DPY.keysym_to_keycode(XK.string_to_keysym(name))


def press(name):
    code = keycode(name)
    xtest.fake_input(DPY, X.KeyPress, code)
    DPY.sync()
    xtest.fake_input(DPY, X.KeyRelease, code)
    DPY.sync()


def click(x, y):
    xtest.fake_input(DPY, X.MotionNotify, x=x, y=y)
    xtest.fake_input(DPY, X.ButtonPress, 1)
    xtest.fake_input(DPY, X.ButtonRelease, 1)
    DPY.sync()


def focus_window(title):
    """Gives the keyboard to the top-level window called `title` (there is no window manager)."""
    for window in ROOT.query_tree().children:
        try:
            name = window.get_wm_name()
        except Exception:
            continue
        if name == title:
            window.set_input_focus(X.RevertToParent, X.CurrentTime)
            DPY.sync()
            return True
    return False


def settle(strips, quiet=0.25, limit=5.0):
    """Waits until `strips` stay the same for `quiet` seconds; returns their digest."""
    end = time.monotonic() + limit
    last, since = digest(strips), time.monotonic()
    while time.monotonic() < end:
        time.sleep(0.01)
        now = digest(strips)
        if now != last:
            last, since = now, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return last
    return last


def key_to_change(name, strips, timeout=2.0):
    """Sends key `name` and returns the ms until `strips` change on screen (None on timeout)."""
    before = grab(strips)
    code = keycode(name)
    start = time.perf_counter()
    xtest.fake_input(DPY, X.KeyPress, code)
    DPY.sync()
    elapsed = None
    while time.perf_counter() - start < timeout:
        if grab(strips) != before:
            elapsed = (time.perf_counter() - start) * 1000
            break
        time.sleep(0.001)
    xtest.fake_input(DPY, X.KeyRelease, code)
    DPY.sync()
    return elapsed


def shot(name):
    """With K2P_SHOTS=<folder>, saves the screen there (to see why a step did not happen)."""
    if os.environ.get('K2P_SHOTS'):
        subprocess.run(['import', '-window', 'root', '-crop', '1100x760+0+0', f"{os.environ['K2P_SHOTS']}/{name}.png"])


def summary(name, times, extra):
    times = sorted(times)
    pct = lambda p: times[min(len(times) - 1, int(round(p / 100 * (len(times) - 1))))]
    load = os.getloadavg()
    result = {
        'measure': name,
        'n': len(times),
        'median_ms': round(statistics.median(times), 1),
        'p95_ms': round(pct(95), 1),
        'min_ms': round(times[0], 1),
        'max_ms': round(times[-1], 1),
        'load': [round(v, 2) for v in load],
        **extra,
    }
    print(json.dumps(result), flush=True)
    return result


class Steppe:
    def __init__(self, app, compositing, deck=None, data=None):
        self.app = os.path.abspath(app)
        self.home = tempfile.mkdtemp(prefix='steppe-k2p-')
        self.env = dict(os.environ)
        for var in ('DATA', 'CONFIG', 'CACHE'):
            self.env[f'XDG_{var}_HOME'] = os.path.join(self.home, var.lower())
        self.env.pop('STEPPE_DATA_DIR', None)
        self.env.pop('STEPPE_DECK_DIR', None)
        self.study_dir = os.path.join(self.home, 'data', 'dev.steppe.app')
        if deck:
            # A deck folder opened in place of the built-in deck, its study data a copy of `data`.
            self.env['STEPPE_DECK_DIR'] = os.path.abspath(deck)
            with open(os.path.join(deck, 'deck.toml')) as f:
                deck_id = re.search(r'^id\s*=\s*"([^"]+)"', f.read(), re.M).group(1)
            self.study_dir = os.path.join(self.study_dir, 'preview', deck_id)
        if data:
            os.makedirs(self.study_dir, exist_ok=True)
            shutil.copy(os.path.join(data, 'steppe.sqlite'), self.study_dir)
        self.env.pop('WEBKIT_DISABLE_COMPOSITING_MODE', None)
        self.env.pop('TAURI_WEBVIEW_AUTOMATION', None)
        if compositing != 'auto':
            self.env['WEBKIT_DISABLE_COMPOSITING_MODE'] = '0' if compositing == 'on' else '1'
        self.proc = None

    def launch(self, trace=None):
        """Starts the app; returns ms from process start to the library settled on screen. With
        `trace` (a list), the app's launch steps (`STEPPE_TRACE_START`, ms from the spawn) are
        appended to it as a dict step -> ms."""
        blank = digest(LIBRARY_STRIPS)
        env = self.env
        log = os.path.join(self.home, 'app.log')
        if trace is not None:
            env = {**self.env, 'STEPPE_TRACE_START': f'{time.time() * 1000:.3f}'}
            log = os.path.join(self.home, 'trace.log')
        changes = ScreenChanges()
        start = time.perf_counter()
        self.proc = subprocess.Popen([self.app], env=env, stdout=subprocess.DEVNULL, stderr=open(log, 'w' if trace is not None else 'a'))
        seen = []  # (ms, digest) of every change
        last = blank
        quiet_since = None
        while time.perf_counter() - start < 30:
            # The strips are read when something was drawn (and every 100 ms, to see the quiet).
            changes.wait(0.1)
            strips = [ROOT.get_image(x, y, w, h, X.ZPixmap, 0xFFFFFFFF).data for x, y, w, h in LIBRARY_STRIPS]
            now = hashlib.blake2b(b''.join(strips), digest_size=16).digest()
            t = (time.perf_counter() - start) * 1000
            if now != last:
                seen.append((t, now))
                last, quiet_since = now, t
            # Drawn: every strip has something on it (not the loading screen), and has stayed so.
            elif quiet_since is not None and t - quiet_since > 1500 and all(not uniform(d) for d in strips):
                break
        DPY.damage_destroy(changes.damage)
        DPY.sync()
        if not seen:
            raise RuntimeError('the library never appeared')
        final = seen[-1][1]
        # The first time the strips held their final pixels (they may flicker through it before).
        drawn = next(t for t, d in seen if d == final)
        if trace is not None:
            steps = {}
            with open(log) as f:
                for line in f:
                    m = re.match(r'steppe start (-?[\d.]+) (.+)', line.strip())
                    if m:
                        steps.setdefault(m.group(2), float(m.group(1)))
            steps['screen: first pixels'] = seen[0][0]
            steps['screen: library drawn'] = drawn
            trace.append(steps)
        return drawn, seen[0][0]

    def quit(self):
        if self.proc:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None
            time.sleep(0.3)

    def allow_many_new_cards(self):
        db = os.path.join(self.study_dir, 'steppe.sqlite')
        with sqlite3.connect(db) as conn:
            conn.execute(
                "INSERT INTO setting (key, value) VALUES ('settings', ?) "
                'ON CONFLICT (key) DO UPDATE SET value = excluded.value',
                (json.dumps({'new_per_day': 500, 'reviews_per_day': 5000}),),
            )

    def open_review(self):
        click(*NAV_REVIEW)
        settle(CARD_STRIPS)
        # The keys go to the page, not to the Review button just clicked (Enter would press it).
        click(*BLANK)
        focus_window('Steppe')
        return settle(CARD_STRIPS)

    def reveal(self):
        """Shows the answer, whatever the card's kind: Space or Enter for most, an option's
        number for a choice, an answer typed and Enter for a typed card, Enter for a timeline."""
        before = settle(PAGE, quiet=0.3)
        for keys in (['Return'], ['1'], ['x', 'Return']):
            for k in keys:
                press(k)
            # A busy machine may take a while to show it; a key that does nothing changes nothing.
            end = time.monotonic() + 2.0
            while time.monotonic() < end:
                if digest(PAGE) != before:
                    settle(PAGE, quiet=0.3)
                    return True
                time.sleep(0.01)
        return False


def bench_steppe(args):
    s = Steppe(args.app, args.compositing, args.deck, args.data)
    # A first launch makes the data folder; the new-card limit is then raised for the answers.
    s.launch()
    s.quit()
    s.allow_many_new_cards()
    launches, first_pixels, traces = [], [], []
    for _ in range(args.launches):
        drawn, first = s.launch(traces if args.trace else None)
        launches.append(drawn)
        first_pixels.append(first)
        s.quit()
    extra = {'compositing': args.compositing, 'app': args.app, 'deck': args.deck or 'built-in'}
    if launches:
        summary('steppe launch to library drawn', launches, extra)
        summary('steppe launch to first pixels', first_pixels, extra)
    if traces:
        # Each step's median over the launches, in the order of those medians.
        steps = {name for t in traces for name in t}
        medians = {name: statistics.median([t[name] for t in traces if name in t]) for name in steps}
        for name in sorted(steps, key=medians.get):
            seen_in = sum(name in t for t in traces)
            print(f'  {medians[name]:8.1f} ms  {name}' + (f'  ({seen_in} of {len(traces)})' if seen_in < len(traces) else ''))
    if not args.answers:
        shutil.rmtree(s.home, ignore_errors=True)
        return
    s.launch()
    s.open_review()
    times, missed = [], 0
    while len(times) < args.answers:
        if not s.reveal():
            shot(f'steppe-unrevealed-{missed}')
            missed += 1
            if missed > 10:
                break
            continue
        settle(CARD_STRIPS, quiet=0.3)
        ms = key_to_change('3', CARD_STRIPS)
        if ms is None:
            shot(f'steppe-ungraded-{missed}')
            missed += 1
            if missed > 10:
                break
            continue
        times.append(ms)
    s.quit()
    shutil.rmtree(s.home, ignore_errors=True)
    summary('steppe grade key to next card on screen', times, {**extra, 'missed': missed})


# Anki's window opens at the top left too; its card (the question's first lines).
ANKI_CARD = (20, 75, 640, 60)
# The deck overview's Study Now button.
ANKI_STUDY_NOW = (439, 177)

# Anki desktop: a profile with a collection of as many cloze notes as answers, then Space to
# show the answer and 3 (Good) to grade, the reviewer's card area polled.
ANKI_SETUP = r'''
import os, sys
from pathlib import Path
from aqt.profiles import ProfileManager
from anki.collection import Collection
# The profile list, with the language chosen and the first run done, so no dialog opens.
pm = ProfileManager(Path(sys.argv[1]).parent.parent)
pm.setupMeta()
pm.setLang('en_US')
pm.meta['firstRun'] = False
pm.create('User 1')
pm.db.execute('update profiles set data = ? where name = ?', pm._pickle(pm.meta), '_global')
pm.db.commit()
os.makedirs(os.path.dirname(sys.argv[1]), exist_ok=True)
col = Collection(sys.argv[1])
model = col.models.by_name('Cloze')
deck = col.decks.id('Default')
for i in range(int(sys.argv[2])):
    note = col.new_note(model)
    note['Text'] = f'Claim {i}: Mongolia takes {{{{c1::a neutral position {i}}}}} between North and South Korea, says source {i}.'
    col.add_note(note, deck)
conf = col.decks.config_dict_for_deck_id(deck)
conf['new']['perDay'] = 9999
col.decks.save(conf)
col.close()
'''


def bench_anki(args):
    base = tempfile.mkdtemp(prefix='anki-k2p-')
    profile = os.path.join(base, 'User 1')
    subprocess.run([args.anki, '-c', ANKI_SETUP, os.path.join(profile, 'collection.anki2'), str(args.answers + 20)],
                   check=True)
    env = dict(os.environ, QTWEBENGINE_CHROMIUM_FLAGS='--no-sandbox', QT_QPA_PLATFORM='xcb')
    anki = os.path.join(os.path.dirname(args.anki), 'anki')
    proc = subprocess.Popen([anki, '-b', base, '-p', 'User 1'], env=env,
                            stdout=open(os.path.join(base, 'anki.log'), 'w'), stderr=subprocess.STDOUT)
    try:
        time.sleep(args.anki_wait)
        # Study the default deck (the main window's shortcut), and click into the card so that
        # the reviewer has the keyboard.
        click(300, 300)
        time.sleep(0.3)
        press('s')
        time.sleep(2)
        click(*ANKI_STUDY_NOW)
        time.sleep(2)
        click(333, 300)
        time.sleep(0.5)
        shot('anki-reviewer')
        strips = [ANKI_CARD]
        times, missed = [], 0
        while len(times) < args.answers and missed < 10:
            before = settle(strips, quiet=0.3)
            press('space')
            # The answer shows (on a busy machine, after a while).
            end = time.monotonic() + 2.0
            while time.monotonic() < end and digest(strips) == before:
                time.sleep(0.01)
            settle(strips, quiet=0.3)
            ms = key_to_change('3', strips)
            if ms is None:
                missed += 1
                continue
            times.append(ms)
        summary('anki grade key to next card on screen', times, {'missed': missed})
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(base, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--app', default='target/release/steppe-app')
    parser.add_argument('--answers', type=int, default=200)
    parser.add_argument('--no-steppe', action='store_true', help='measure Anki only')
    parser.add_argument('--launches', type=int, default=10)
    parser.add_argument(
        '--trace', action='store_true', help="print the app's launch steps (STEPPE_TRACE_START), median ms from the spawn"
    )
    parser.add_argument('--deck', help='a deck folder to open instead of the built-in deck (STEPPE_DECK_DIR)')
    parser.add_argument('--data', help="a folder whose steppe.sqlite is copied in as the deck's study data")
    parser.add_argument('--compositing', choices=['auto', 'on', 'off'], default='auto')
    parser.add_argument('--anki', help="python of a venv with aqt (Anki desktop); Anki is skipped without it")
    parser.add_argument('--anki-wait', type=float, default=10.0, help='seconds for Anki to open')
    args = parser.parse_args()
    if 'DISPLAY' not in os.environ:
        sys.exit('needs an X display: run under xvfb-run -a -s "-screen 0 1920x1080x24"')
    if not args.no_steppe:
        bench_steppe(args)
    if args.anki:
        bench_anki(args)


if __name__ == '__main__':
    main()
