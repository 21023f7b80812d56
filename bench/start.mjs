// The start-up the app benches share: a fresh data folder made ready before tauri-driver starts,
// and the click that opens Review once the app has loaded its deck.
// Runs from tests/e2e (where webdriverio is installed), under Xvfb; see each bench for its usage.
import { byTestId, freshDataDir, startTauriDriver } from '../tests/e2e/helpers.mjs';

export { byTestId, launchApp, revealCard } from '../tests/e2e/helpers.mjs';

/**
 * Makes a fresh data folder, hands its path to `prepare` (which may be async), then starts
 * tauri-driver: the app takes its environment from tauri-driver, so the folder is chosen first.
 */
export async function startDriver(prepare) {
  const dataDir = freshDataDir();
  await prepare?.(dataDir);
  return startTauriDriver();
}

/**
 * Opens Review from the top bar. The bar is drawn again once the deck has loaded, so a button
 * found before may go stale: it is found again until a click holds.
 */
export async function openReview(browser) {
  for (let attempt = 0; ; attempt++) {
    try {
      await (await byTestId(browser, 'nav-review')).click();
      return;
    } catch (e) {
      if (attempt === 20) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}
