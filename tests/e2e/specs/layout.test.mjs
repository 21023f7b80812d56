// Every view fits a small laptop screen and a large monitor without sideways scrolling.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, freshDataDir, launchApp, screenshot, startTauriDriver } from '../helpers.mjs';

let driver;
before(async () => {
  freshDataDir();
  driver = await startTauriDriver();
});
after(() => driver?.kill());

const views = [
  ['nav-library', 'library-view'],
  ['nav-review', 'review-view'],
  ['nav-quiz', 'quiz-view'],
  ['nav-progress', 'progress-view'],
  ['nav-settings', 'settings-view'],
  ['nav-decks', 'decks-view'],
  ['nav-author', 'author-view'],
];

test('no view overflows sideways at 1024x640 or 1920x1080', async () => {
  const browser = await launchApp();
  try {
    for (const [width, height] of [[1024, 640], [1920, 1080]]) {
      await browser.setWindowSize(width, height);
      for (const [nav, view] of views) {
        await (await byTestId(browser, nav)).click();
        await (await byTestId(browser, view)).waitForDisplayed({ timeout: 15000 });
        const { scroll, client } = await browser.execute(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        assert.ok(scroll <= client, `${view} at ${width}x${height}: content ${scroll}px wide in a ${client}px window`);
        await screenshot(browser, `l-${width}x${height}-${view}`);
      }
    }
  } finally {
    await browser.deleteSession();
  }
});
