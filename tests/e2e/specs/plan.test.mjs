// Exam plans in the real window: set an exam on the progress screen, see the feasibility figures
// before saving, save, study a few cards, and see the plan's day against what was done.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, clickInView, launchApp, revealCard, screenshot, shown, textOf, useApp } from '../helpers.mjs';

useApp();

const WAIT = { timeout: 20000 };

/** A date `days` from today's study day (the day rolls over at 04:00), as YYYY-MM-DD. */
function dateIn(days) {
  const d = new Date(Date.now() - 4 * 3600 * 1000 + days * 86400 * 1000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

// The plan card is scrolled to just under the top bar (scrollBy: the bar covers the page's top).

/** Sets an input's value as typing would (a date field has no text to type into in WebKitGTK). */
async function setField(browser, testid, value) {
  const input = await shown(browser, testid);
  await browser.execute(
    (el, v) => {
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    input,
    value,
  );
}

test('set an exam, see the figures, study, see the plan against what was done', async () => {
  const browser = await launchApp();
  try {
    await (await byTestId(browser, 'library-view')).waitForDisplayed({ timeout: 30000 });
    await (await byTestId(browser, 'nav-progress')).click();
    await shown(browser, 'progress-view');
    assert.match(await textOf(browser, 'plan-none'), /No exam plan yet/);

    await clickInView(browser, 'plan-new-button');
    await shown(browser, 'plan-editor');
    await setField(browser, 'plan-name', 'Seminar test');
    await setField(browser, 'plan-date', dateIn(21));
    await (await byTestId(browser, 'plan-reading')).click();
    await browser.execute((el) => window.scrollBy(0, el.getBoundingClientRect().top - 80), await byTestId(browser, 'plan-editor'));
    await screenshot(browser, 'p00-plan-editor');
    await clickInView(browser, 'plan-check');
    const result = await shown(browser, 'plan-check-result');
    await browser.waitUntil(async () => (await textOf(browser, 'plan-minutes')).length > 0, {
      ...WAIT,
      timeoutMsg: 'the figures are shown',
    });
    assert.match(await textOf(browser, 'plan-minutes'), /^\d+ min$/);
    assert.match(await textOf(browser, 'plan-new'), /^\d+$/);
    assert.match(await textOf(browser, 'plan-recall'), /^\d+%$/);
    assert.match(await textOf(browser, 'plan-basis'), /21 study days left/);
    assert.match(await textOf(browser, 'plan-verdict'), /reach/);
    await browser.execute((el) => el.scrollIntoView({ block: 'center' }), result);
    await screenshot(browser, 'p01-plan-figures');

    await clickInView(browser, 'plan-save');
    const card = await shown(browser, 'plan-card');
    assert.match(await textOf(browser, 'plan-card'), /Seminar test/);
    await browser.execute((el) => window.scrollBy(0, el.getBoundingClientRect().top - 80), card);
    await screenshot(browser, 'p02-plan-saved');

    // Study five cards.
    await (await byTestId(browser, 'nav-review')).click();
    await shown(browser, 'review-view');
    for (let i = 0; i < 5; i++) {
      const card = await (await shown(browser, 'card')).getAttribute('data-card-id');
      await revealCard(browser);
      await browser.keys('3');
      await browser.waitUntil(
        async () => (await (await byTestId(browser, 'card')).getAttribute('data-card-id')) !== card,
        { ...WAIT, timeoutMsg: `the card after ${card} is shown` },
      );
    }

    // The plan's day now counts what was done in its scope.
    await (await byTestId(browser, 'nav-progress')).click();
    await shown(browser, 'progress-view');
    const row = await shown(browser, 'plan-day-row');
    const cells = async () => browser.execute((el) => [...el.querySelectorAll('td')].map((td) => td.textContent), row);
    await browser.waitUntil(async () => (await cells()).length === 2, { ...WAIT, timeoutMsg: 'a day row' });
    const [reviews, fresh] = await cells();
    const [doneNew, plannedNew] = /^(\d+) of (\d+)$/.exec(fresh).slice(1).map(Number);
    assert.match(reviews, /^\d+ of \d+$/);
    assert.ok(doneNew >= 1 && doneNew <= 5, `new cards of the plan's reading studied today: ${fresh}`);
    assert.ok(plannedNew > 0, fresh);
    await browser.execute((el) => window.scrollBy(0, el.getBoundingClientRect().top - 80), await byTestId(browser, 'plan-card'));
    await screenshot(browser, 'p03-plan-progress');
  } finally {
    await browser.deleteSession();
  }
});
