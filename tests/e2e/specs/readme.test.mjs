// The README's pictures of the app, as a student first sees it at 1100x760: a review card with
// its answer and grade buttons, and the card's source passage in its reading. Saved as
// target/e2e/readme-*.png; `make docs-images` reduces them into docs/images/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, launchApp, revealCard, screenshot, shown, sticksOut, useApp } from '../helpers.mjs';

useApp();

async function fits(browser, view) {
  const { scroll, client } = await browser.execute(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `${view}: content ${scroll}px wide in a ${client}px window`);
  assert.deepEqual(await browser.execute(sticksOut, view), [], `${view}: past the column's right edge`);
}

test('the README screenshots: a revealed review card and its source', async () => {
  const browser = await launchApp();
  try {
    await browser.setWindowSize(1100, 760);
    await shown(browser, 'library-view');
    await (await byTestId(browser, 'nav-review')).click();
    await shown(browser, 'review-view');
    await revealCard(browser);
    for (const grade of ['again', 'hard', 'good', 'easy']) await shown(browser, `grade-${grade}`);
    await shown(browser, 'source-quote');
    await fits(browser, 'review-view');
    await browser.execute(() => window.scrollTo(0, 0));
    await screenshot(browser, 'readme-review');

    await (await byTestId(browser, 'open-source')).click();
    const focused = await browser.$('[data-testid="highlight"][data-focused="true"]');
    await focused.waitForDisplayed({ timeout: 15000 });
    assert.ok(await focused.isDisplayed({ withinViewport: true }), 'the source passage is in view');
    await fits(browser, 'reading-view');
    // The pointer rests where the link was, over a highlight: move it off the text so that no
    // claim's popover covers the passage.
    await (await browser.$('header .brand')).moveTo();
    await (await byTestId(browser, 'claim-popover')).waitForDisplayed({ reverse: true, timeout: 15000 });
    await screenshot(browser, 'readme-reading');
  } finally {
    await browser.deleteSession();
  }
});
