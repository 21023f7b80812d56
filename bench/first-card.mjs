// Time from launching the app to the first review card on screen, over several cold starts.
// Usage (from tests/e2e, under Xvfb): STEPPE_APP=target/release/steppe-app node ../../bench/first-card.mjs [runs]
import { byTestId, freshDataDir, launchApp, startTauriDriver } from '../tests/e2e/helpers.mjs';

const runs = Number(process.argv[2] ?? 5);
freshDataDir();
const driver = await startTauriDriver();
const times = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  const browser = await launchApp();
  await (await byTestId(browser, 'nav-review')).click();
  await (await byTestId(browser, 'prompt')).waitForDisplayed({ timeout: 30000 });
  times.push(performance.now() - start);
  await browser.deleteSession();
}
driver.kill();
times.sort((a, b) => a - b);
const ms = (x) => `${Math.round(x)} ms`;
console.log(`launch to first card, ${runs} runs: median ${ms(times[Math.floor(runs / 2)])}, min ${ms(times[0])}, max ${ms(times[runs - 1])}`);
