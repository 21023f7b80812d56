// A revealed true/false card on short windows (1100x760, 1024x640): the answer and its source
// stay clear of the sticky grade bar and of the top bar; opening the source (O) and coming back
// finds the card as the student left it, revealed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, clickInView, launchApp, screenshot, shown, useApp } from '../helpers.mjs';

useApp();

const WAIT = { timeout: 15000 };

async function cardId(browser) {
  const el = await byTestId(browser, 'card');
  return (await el.isExisting()) ? el.getAttribute('data-card-id') : null;
}

/** Suspends card after card with the Suspend button until a true/false card shows. */
async function toTrueFalse(browser) {
  for (let i = 0; i < 80; i++) {
    const card = await shown(browser, 'card');
    if ((await card.getAttribute('data-kind')) === 'true_false') return card.getAttribute('data-card-id');
    const from = await cardId(browser);
    await clickInView(browser, 'suspend');
    await browser.waitUntil(async () => (await cardId(browser)) !== from, { ...WAIT, timeoutMsg: `suspend leaves ${from}` });
  }
  assert.fail('no true/false card among the first cards');
}

/** In the page: where the answer, its source, the grade bar and the top bar are in the window. */
function placesOfAnswer() {
  const box = (selector) => {
    const el = document.querySelector(selector);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { top: Math.round(r.top), bottom: Math.round(r.bottom) };
  };
  return {
    answer: box('[data-testid="answer"]'),
    quote: box('[data-testid="source-quote"]'),
    open: box('[data-testid="open-source"]'),
    bar: box('.grade-bar'),
    topbar: box('header.topbar'),
  };
}

/** The answer, the source quote and its Open link are in view: below the top bar, above the grade bar. */
async function answerClear(browser, where) {
  await browser.execute(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const p = await browser.execute(placesOfAnswer);
  for (const name of ['answer', 'quote', 'open']) {
    assert.ok(p[name], `${where}: ${name} is drawn`);
    assert.ok(p[name].top >= p.topbar.bottom - 1, `${where}: ${name} is below the top bar ${JSON.stringify(p)}`);
    assert.ok(p[name].bottom <= p.bar.top + 1, `${where}: ${name} is above the grade bar ${JSON.stringify(p)}`);
  }
}

test('a revealed true/false card stays clear of the grade bar and comes back revealed after O', async () => {
  const browser = await launchApp();
  try {
    for (const [width, height] of [
      [1100, 760],
      [1024, 640],
    ]) {
      const size = `${width}x${height}`;
      await browser.setWindowSize(width, height);
      await (await shown(browser, 'nav-review')).click();
      const id = await toTrueFalse(browser);
      await screenshot(browser, `rr-${size}-true-false`);

      await browser.keys('t');
      await shown(browser, 'answer');
      await shown(browser, 'true-statement');
      await answerClear(browser, `${size}, revealed`);
      await screenshot(browser, `rr-${size}-true-false-revealed`);
      const chosen = await (await byTestId(browser, 'choice-0')).getAttribute('data-result');

      // O opens the source in its reading; back in Review, the card is as it was left.
      await browser.keys('o');
      await shown(browser, 'reading-view');
      await screenshot(browser, `rr-${size}-source`);
      await clickInView(browser, 'back');
      await shown(browser, 'answer');
      assert.equal(await cardId(browser), id, 'the same card');
      assert.equal(await (await byTestId(browser, 'choice-0')).getAttribute('data-result'), chosen, 'with the answer given');
      assert.ok(await (await byTestId(browser, 'grade-good')).isDisplayed(), 'and the grades');
      await answerClear(browser, `${size}, back from the source`);
      await screenshot(browser, `rr-${size}-back-from-source`);

      // Graded, the next card starts hidden.
      await browser.keys('3');
      await browser.waitUntil(async () => (await cardId(browser)) !== id, { ...WAIT, timeoutMsg: 'the next card' });
      assert.equal(await (await byTestId(browser, 'answer')).isExisting(), false, 'the next card is not revealed');
    }
  } finally {
    await browser.deleteSession();
  }
});
