// Every view fits a small laptop screen and a large monitor without sideways scrolling, and nothing
// in a view sticks out of its column.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, launchApp, screenshot, useApp } from '../helpers.mjs';

useApp();

// Each view's button, the view, and what shows once it has loaded (views that list decks or
// readings load after they appear; measuring them while they say "Loading…" would prove nothing).
const views = [
  ['nav-library', 'library-view', '[data-testid="library-view"]'],
  ['nav-review', 'review-view', '[data-testid="review-view"]'],
  ['nav-quiz', 'quiz-view', '[data-testid="quiz-reading-select"]:enabled'],
  ['nav-progress', 'progress-view', '[data-testid="progress-view"]'],
  ['nav-settings', 'settings-view', '[data-testid="settings-view"]'],
  ['nav-decks', 'decks-view', '[data-testid="deck-item"]'],
  ['nav-author', 'author-view', '[data-testid="author-readonly"]'],
];

/**
 * Runs in the page: the elements of the view that reach past the right edge of its content box,
 * as `tag.class (testid): N px`. What sits inside a box that scrolls or clips is that box's
 * business and is not counted; neither is anything not drawn or fixed to the window.
 */
function sticksOut(viewId) {
  const view = document.querySelector(`[data-testid="${viewId}"]`);
  const edge = view.getBoundingClientRect().right - parseFloat(getComputedStyle(view).paddingRight);
  const found = [];
  const visit = (element) => {
    for (const child of element.children) {
      const style = getComputedStyle(child);
      const rect = child.getBoundingClientRect();
      if (style.position === 'fixed' || (rect.width === 0 && rect.height === 0)) continue;
      const past = rect.right - edge;
      if (past > 1) {
        const name = [child.tagName.toLowerCase(), ...child.classList].join('.');
        const testid = child.dataset.testid ? ` (${child.dataset.testid})` : '';
        found.push(`${name}${testid}: ${Math.round(past)} px`);
      }
      if (style.overflowX === 'visible') visit(child);
    }
  };
  visit(view);
  return found;
}

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
