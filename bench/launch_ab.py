#!/usr/bin/env python3
"""Launch of several app builds or environments, compared in one run, their launches interleaved.

Each variant is a name, an app binary and optional environment variables; every round launches
each variant once, in turn (each round starting with the next variant), so that the machine's
load falls on all of them alike. A launch is
timed as in key_to_pixels.py (from just before the process is spawned to the library drawn on
screen, built-in deck, warm: each variant's data folder is made by one launch before the rounds),
with STEPPE_TRACE_START set, so the app's own steps (src-tauri/src/trace.rs) are read too. Prints,
per variant, the median and spread of the library drawn and first pixels, and the median of each
launch step; then one JSON object per variant.

Usage, from the repository root (python-xlib as for key_to_pixels.py):
  xvfb-run -a -s '-screen 0 1920x1080x24' ~/.cache/steppe-bench-venv/bin/python bench/launch_ab.py \
      --rounds 10 'before=/tmp/app-before' 'after=target/release/steppe-app' \
      'after-no-a11y=target/release/steppe-app:NO_AT_BRIDGE=1,GTK_A11Y=none'
A variable given as `NAME=` (empty) is removed from the app's environment.
"""

import argparse
import json
import os
import shutil
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import key_to_pixels as k2p  # noqa: E402

# The steps printed for each variant, in launch order (the rest are in the JSON).
STEPS = [
    'main',
    'workspace opened',
    'window created',
    'screen: first pixels',
    'page: navigation start',
    'page: script: modules evaluated',
    'page: app: mounted',
    'page: library: asked',
    'page: library: data',
    'page: library: in DOM',
    'page: library: drawn',
    'screen: library drawn',
    'cpu: app and children, ms',
]


def _between(start, end):
    def of(trace):
        if start in trace and end in trace:
            return trace[end] - trace[start]
        return None
    return of


# Paired differences printed against the first variant: the whole launch, and the page's part
# alone (from its navigation to the library drawn), which leaves out GTK's and WebKit's start.
PAIRED = [
    ('screen: library drawn', lambda t: t.get('screen: library drawn')),
    ('page: navigation start to library drawn', _between('page: navigation start', 'page: library: drawn')),
    ('page: navigation start to modules evaluated', _between('page: navigation start', 'page: script: modules evaluated')),
    ('cpu: app and children, ms', lambda t: t.get('cpu: app and children, ms')),
]


def cpu_ms(pid):
    """CPU time (user + system) so far of process `pid` and its child processes, in ms."""
    tick = os.sysconf('SC_CLK_TCK')
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f'/proc/{p}/stat') as f:
                fields = f.read().rsplit(')', 1)[1].split()
            total += int(fields[11]) + int(fields[12])
            for task in os.listdir(f'/proc/{p}/task'):
                with open(f'/proc/{p}/task/{task}/children') as f:
                    todo += [int(c) for c in f.read().split()]
        except OSError:
            pass
    return total * 1000 / tick


def parse_variant(text):
    name, _, rest = text.partition('=')
    app, _, env_text = rest.partition(':')
    env = {}
    for pair in filter(None, env_text.split(',')):
        key, _, value = pair.partition('=')
        env[key] = value
    return name, app, env


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('variants', nargs='+', help='name=app[:VAR=value,...]')
    parser.add_argument('--rounds', type=int, default=10)
    parser.add_argument('--compositing', choices=['auto', 'on', 'off'], default='auto')
    args = parser.parse_args()
    if 'DISPLAY' not in os.environ:
        sys.exit('needs an X display: run under xvfb-run -a -s "-screen 0 1920x1080x24"')
    runs = []
    for text in args.variants:
        name, app, env = parse_variant(text)
        s = k2p.Steppe(app, args.compositing)
        for key, value in env.items():
            if value:
                s.env[key] = value
            else:
                s.env.pop(key, None)
        # The first launch makes the data folder.
        s.launch()
        s.quit()
        runs.append({'name': name, 'app': app, 'env': env, 'steppe': s, 'traces': []})
    loads = []
    for round_ in range(args.rounds):
        # Each round starts with the next variant, so that none always follows the same one.
        for run in runs[round_ % len(runs):] + runs[:round_ % len(runs)]:
            run['steppe'].launch(run['traces'])
            # The CPU the app and its web processes used up to the library settled on screen.
            run['traces'][-1]['cpu: app and children, ms'] = cpu_ms(run['steppe'].proc.pid)
            run['steppe'].quit()
        loads.append(os.getloadavg()[0])
    print(f'load average (1 min) over the rounds: {min(loads):.2f} to {max(loads):.2f}, median {statistics.median(loads):.2f}')
    header = f'{"ms from spawn, median":32}' + ''.join(f'{run["name"]:>16}' for run in runs)
    print(header)
    medians = []
    for run in runs:
        traces = run['traces']
        names = {n for t in traces for n in t}
        medians.append({n: statistics.median([t[n] for t in traces if n in t]) for n in names})
    for step in STEPS:
        print(f'{step:32}' + ''.join(f'{m.get(step, float("nan")):16.1f}' for m in medians))
    # Launches of one round ran side by side in time: their differences, round by round, are
    # steadier than the difference of two medians when the machine's speed drifts.
    base = runs[0]
    for run in runs[1:]:
        print(f'{run["name"]} - {base["name"]}, median (min to max) of the rounds\' differences, ms:')
        for label, of in PAIRED:
            diffs = sorted(
                of(a) - of(b)
                for a, b in zip(run['traces'], base['traces'])
                if of(a) is not None and of(b) is not None
            )
            if diffs:
                print(f'  {label:44}{statistics.median(diffs):+8.1f}  ({diffs[0]:+.1f} to {diffs[-1]:+.1f})')
    for run, m in zip(runs, medians):
        drawn = sorted(t['screen: library drawn'] for t in run['traces'])
        print(json.dumps({
            'variant': run['name'], 'app': run['app'], 'env': run['env'], 'n': len(drawn),
            'library_drawn_median_ms': round(statistics.median(drawn), 1),
            'min_ms': round(drawn[0], 1), 'max_ms': round(drawn[-1], 1),
            'first_pixels_median_ms': round(m['screen: first pixels'], 1),
            'loads': [round(v, 2) for v in loads],
            'steps': {k: round(v, 1) for k, v in sorted(m.items(), key=lambda kv: kv[1])},
        }), flush=True)
    for run in runs:
        shutil.rmtree(run['steppe'].home, ignore_errors=True)


if __name__ == '__main__':
    main()
