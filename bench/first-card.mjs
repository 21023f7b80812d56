// Time from launching the app to the first review card on screen, over several cold starts, and
// the peak resident memory (VmHWM) of the app process.
// Usage (from tests/e2e, under Xvfb): STEPPE_APP=target/release/steppe-app node ../../bench/first-card.mjs [runs]
// With STEPPE_BENCH_DATA=<folder holding steppe.sqlite>, the runs study a copy of that database
// (for instance one written by `steppe synth`). With STEPPE_BENCH_DECK=<deck folder> as well, the app
// opens that deck (STEPPE_DECK_DIR) instead of the built-in one, and the copy is the deck's study data.
// All runs share one data folder, made before the first: each is a cold start of the app on data
// that is already there, as when a student opens Steppe again.
import { copyFileSync, readFileSync, readdirSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { byTestId, launchApp, openReview, startDriver } from './start.mjs';

const runs = Number(process.argv[2] ?? 5);

/** VmHWM in kB of every running steppe-app process. */
function appPeakMemory() {
  const peaks = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0].endsWith('steppe-app')) continue;
      const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmHWM:'));
      peaks.push(Number(line.split(/\s+/)[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  return peaks;
}

/** The folder the app keeps the study data of the deck it opens in. */
function studyDir(dataDir) {
  const deck = process.env.STEPPE_BENCH_DECK;
  if (!deck) return dataDir;
  process.env.STEPPE_DECK_DIR = path.resolve(deck);
  const id = readFileSync(path.join(deck, 'deck.toml'), 'utf8').match(/^id\s*=\s*"([^"]+)"/m)[1];
  return path.join(dataDir, 'preview', id);
}

const driver = await startDriver((dataDir) => {
  if (!process.env.STEPPE_BENCH_DATA) return;
  const study = studyDir(dataDir);
  mkdirSync(study, { recursive: true });
  copyFileSync(path.join(process.env.STEPPE_BENCH_DATA, 'steppe.sqlite'), path.join(study, 'steppe.sqlite'));
});
const times = [];
const peaks = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  const browser = await launchApp();
  await openReview(browser);
  await (await byTestId(browser, 'prompt')).waitForDisplayed({ timeout: 30000 });
  times.push(performance.now() - start);
  peaks.push(...appPeakMemory());
  await browser.deleteSession();
}
driver.kill();
times.sort((a, b) => a - b);
const ms = (x) => `${Math.round(x)} ms`;
console.log(`launch to first card, ${runs} runs: median ${ms(times[Math.floor(runs / 2)])}, min ${ms(times[0])}, max ${ms(times[runs - 1])}`);
console.log(`app peak resident memory (VmHWM): max ${Math.round(Math.max(...peaks) / 1024)} MB over ${peaks.length} samples`);
