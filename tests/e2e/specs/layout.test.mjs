// Every view fits a small laptop screen and a large monitor without sideways scrolling, and nothing
// in a view sticks out of its column.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, launchApp, screenshot, sticksOut, useApp, views } from '../helpers.mjs';

useApp();

test('no view overflows sideways at 1024x640 or 1920x1080', async () => {
  const browser = await launchApp();
  try {
    for (const [width, height] of [[1024, 640], [1920, 1080]]) {
      await browser.setWindowSize(width, height);
      for (const [nav, view, loaded] of views) {
        await (await byTestId(browser, nav)).click();
        await (await byTestId(browser, view)).waitForDisplayed({ timeout: 15000 });
        await (await browser.$(loaded)).waitForDisplayed({ timeout: 30000 });
        const { scroll, client } = await browser.execute(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        assert.ok(scroll <= client, `${view} at ${width}x${height}: content ${scroll}px wide in a ${client}px window`);
        const outside = await browser.execute(sticksOut, view);
        assert.deepEqual(outside, [], `${view} at ${width}x${height}: past the column's right edge`);
        await screenshot(browser, `l-${width}x${height}-${view}`);
      }
    }
  } finally {
    await browser.deleteSession();
  }
});
