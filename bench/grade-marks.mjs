// Where the time goes between the grade key and the next card, read from the page's own marks
// (ui/src/lib/marks.ts): the keydown's timestamp to the answer's reply, to the next card in the
// DOM, to the frame that paints it (its requestAnimationFrame) and to the frame after.
// Usage (from tests/e2e, under Xvfb): STEPPE_APP=../../target/release/steppe-app node ../../bench/grade-marks.mjs [answers]
// Runs through WebDriver, so the app keeps compositing on unless WEBKIT_DISABLE_COMPOSITING_MODE is
// set (WebKit's WebDriver screenshots hang with it off; none are taken here).
import { byTestId, launchApp, openReview, revealCard, startDriver } from './start.mjs';

const answers = Number(process.argv[2] ?? 100);

const driver = await startDriver();
const browser = await launchApp();
try {
  // Enough new cards for the run: settings as the Settings view saves them.
  await browser.waitUntil(() => browser.execute(() => !!window.__TAURI_INTERNALS__), { timeout: 30000 });
  await browser.execute(async () => {
    const invoke = window.__TAURI_INTERNALS__.invoke;
    const settings = await invoke('settings');
    await invoke('set_settings', { settings: { ...settings, new_per_day: 500, reviews_per_day: 5000 } });
  });
  await openReview(browser);
  const kinds = {};
  for (let i = 0; i < answers; i++) {
    const card = await byTestId(browser, 'card');
    await card.waitForDisplayed({ timeout: 10000 });
    const id = await card.getAttribute('data-card-id');
    const kind = await revealCard(browser);
    kinds[kind] = (kinds[kind] ?? 0) + 1;
    // Let the answer settle (its 160 ms appearance), as a student reads it.
    await new Promise((r) => setTimeout(r, 300));
    await browser.keys('3');
    await browser.waitUntil(async () => (await (await byTestId(browser, 'card')).getAttribute('data-card-id')) !== id, {
      timeout: 10000,
    });
  }
  await new Promise((r) => setTimeout(r, 200));
  const measures = await browser.execute(() =>
    performance.getEntriesByType('measure').map((m) => [m.name, m.duration]),
  );
  const byName = {};
  for (const [name, duration] of measures) (byName[name] ??= []).push(duration);
  const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.round((p / 100) * (xs.length - 1)))];
  for (const [name, xs] of Object.entries(byName)) {
    xs.sort((a, b) => a - b);
    const r = (x) => Math.round(x * 10) / 10;
    console.log(
      JSON.stringify({ measure: name, n: xs.length, median_ms: r(pct(xs, 50)), p95_ms: r(pct(xs, 95)), max_ms: r(xs.at(-1)) }),
    );
  }
  console.log(JSON.stringify({ kinds }));
} finally {
  await browser.deleteSession();
  driver.kill();
}
