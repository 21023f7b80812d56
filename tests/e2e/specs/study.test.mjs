// A student's first session in the real window: library, reading, three reviews by keyboard,
// jump to the source, quit, relaunch, and the counts remember what was done.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, launchApp, revealCard, screenshot, textOf, useApp } from '../helpers.mjs';

useApp();

async function counts(browser) {
  await (await byTestId(browser, 'library-view')).waitForDisplayed({ timeout: 30000 });
  return {
    new: Number(await textOf(browser, 'count-new')),
    learning: Number(await textOf(browser, 'count-learning')),
    review: Number(await textOf(browser, 'count-review')),
  };
}

/** Reveals and grades the card on screen, then waits for the next one (keys pressed while a command runs are dropped). */
async function reviewOne(browser, key) {
  await (await byTestId(browser, 'prompt')).waitForDisplayed({ timeout: 15000 });
  const card = await (await byTestId(browser, 'card')).getAttribute('data-card-id');
  await revealCard(browser);
  await browser.keys(key);
  await browser.waitUntil(async () => (await (await byTestId(browser, 'card')).getAttribute('data-card-id')) !== card, {
    timeout: 15000,
    timeoutMsg: `the card after ${card} is shown`,
  });
}

test('review three cards by keyboard; progress survives a restart', async () => {
  let browser = await launchApp();
  try {
    assert.deepEqual(await counts(browser), { new: 20, learning: 0, review: 0 }, 'a fresh start: 20 new cards today');
    const readings = await browser.$$('[data-testid="reading-item"]');
    assert.equal(readings.length, 5, 'five readings in the library');
    await screenshot(browser, '01-library');

    await (await byTestId(browser, 'open-reading')).click();
    await (await byTestId(browser, 'reading-view')).waitForDisplayed({ timeout: 15000 });
    // The view shows "Opening the reading…" until the reading has come: wait for its text.
    await browser.waitUntil(async () => (await browser.$$('[data-testid="highlight"]')).length > 10, {
      timeout: 15000,
      timeoutMsg: 'claim passages are highlighted',
    });
    await screenshot(browser, '02-reading');

    await (await byTestId(browser, 'nav-review')).click();
    await (await byTestId(browser, 'review-view')).waitForDisplayed({ timeout: 15000 });
    await screenshot(browser, '03-review-prompt');
    await reviewOne(browser, '1'); // Again: back in 1 minute
    await reviewOne(browser, '3'); // Good: next learning step, 10 minutes
    const third = await (await byTestId(browser, 'card')).getAttribute('data-card-id');
    await revealCard(browser);
    assert.match(await textOf(browser, 'grade-easy'), /\d+(\.\d)?\s?(m|h|d|mths|yrs)/, 'each grade shows its interval');
    await screenshot(browser, '04-review-answer');
    await browser.keys('4'); // Easy: graduates for days
    // The fourth card, not the third still on screen while the answer is recorded.
    await browser.waitUntil(async () => (await (await byTestId(browser, 'card')).getAttribute('data-card-id')) !== third, {
      timeout: 15000,
      timeoutMsg: `the card after ${third} is shown`,
    });

    await revealCard(browser);
    await (await byTestId(browser, 'source-quote')).waitForDisplayed({ timeout: 15000 });
    await (await byTestId(browser, 'open-source')).click();
    const focused = await browser.$('[data-testid="highlight"][data-focused="true"]');
    await focused.waitForDisplayed({ timeout: 15000 });
    assert.ok(await focused.isDisplayed({ withinViewport: true }), 'the source passage is scrolled into view');
    await screenshot(browser, '05-reading-source');
  } finally {
    await browser.deleteSession();
  }

  browser = await launchApp();
  try {
    assert.deepEqual(
      await counts(browser),
      { new: 17, learning: 2, review: 0 },
      'after a restart: 3 new cards used, Again and Good wait in learning, Easy is days away',
    );
    await screenshot(browser, '06-library-after-restart');

    // A citation the source does not state in full carries the editor's mark and note.
    const open = await browser.$$('[data-testid="open-reading"]');
    await open[3].click();
    const note = await byTestId(browser, 'editor-note');
    await note.waitForDisplayed({ timeout: 15000 });
    assert.match(await note.getText(), /added by the editor/);
    assert.ok(await (await byTestId(browser, 'editor-added-publisher')).isDisplayed());
    await screenshot(browser, '06b-reading-editor-marks');
  } finally {
    await browser.deleteSession();
  }
});
