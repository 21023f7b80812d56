// Issue 17: a reading is a few tab stops, with arrow keys between its highlights and a switch to
// read it plain; the claim and citation forms say their problems at the field, keep the reading
// wide at 1280x800, and put a deleted claim back on Undo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { byTestId, clickInView, launchApp, screenshot, shown, textOf, useApp } from '../helpers.mjs';

const app = useApp();

/** What has the focus: its test id, tag and text, and whether it is in the Notes. */
const focused = (browser) =>
  browser.execute(() => {
    const el = document.activeElement;
    return {
      testid: el?.dataset?.testid ?? null,
      tag: el?.tagName ?? null,
      text: (el?.textContent ?? '').trim().slice(0, 40),
      inNotes: !!el?.closest('.notes'),
    };
  });

async function openFirstReading(browser) {
  await (await byTestId(browser, 'nav-library')).click();
  await (await shown(browser, 'open-reading')).click();
  await shown(browser, 'reading-text');
}

test('a reading by keyboard, with and without highlights', async () => {
  let browser = await launchApp();
  try {
    await browser.setWindowSize(1100, 760);
    await openFirstReading(browser);
    const marks = await browser.$$('[data-testid="highlight"]');
    assert.ok(marks.length > 40, `the reading has many highlights (${marks.length})`);
    const punctuationStops = await browser.execute(() =>
      Array.from(document.querySelectorAll('[data-testid="highlight"]')).filter(
        (m) => m.tabIndex >= 0 && !/[\p{L}\p{N}]/u.test(m.textContent),
      ).length,
    );
    assert.equal(punctuationStops, 0, 'no stop on a highlight of punctuation alone');

    // Tab from the top of the view until the Notes: the highlights are one stop.
    await browser.execute(() => {
      document.activeElement?.blur();
      window.scrollTo(0, 0);
    });
    await (await byTestId(browser, 'back')).click();
    await openFirstReading(browser);
    await browser.execute(() => document.querySelector('[data-testid="back"]').focus());
    // Until the Notes, or round to the back button again when the reading has none.
    const stops = [];
    for (let i = 0; i < 120; i++) {
      await browser.keys('Tab');
      const now = await focused(browser);
      if (now.inNotes || now.testid === 'back') break;
      if (!now.testid?.startsWith('nav-')) stops.push(now);
    }
    const markStops = stops.filter((s) => s.testid === 'highlight');
    assert.equal(markStops.length, 1, `one stop for the highlights: ${JSON.stringify(stops)}`);
    assert.ok(stops.length <= 12, `${stops.length} tab stops in the reading: ${JSON.stringify(stops)}`);

    // The arrow keys go from highlight to highlight.
    await browser.execute(() => document.querySelector('[data-testid="reading-text"] [data-roving]').focus());
    const first = await focused(browser);
    await browser.keys('ArrowRight');
    const second = await focused(browser);
    assert.equal(second.testid, 'highlight');
    assert.notEqual(second.text, first.text, 'the next highlight has the focus');
    assert.ok(await (await browser.$('[role="tooltip"]')).isDisplayed(), 'its claim shows beside it');
    await screenshot(browser, 'i17-reading-arrow-keys');

    // Read without highlights; the choice holds when the reading is opened again.
    await clickInView(browser, 'highlights-toggle');
    await browser.waitUntil(async () => (await browser.$$('[data-testid="highlight"]')).length === 0, {
      timeout: 15000,
      timeoutMsg: 'the highlights are gone',
    });
    assert.equal(await (await byTestId(browser, 'highlights-toggle')).getAttribute('aria-pressed'), 'false');
    await browser.execute(() => window.scrollTo(0, 0));
    await screenshot(browser, 'i17-reading-plain');
    await (await byTestId(browser, 'back')).click();
    await openFirstReading(browser);
    assert.equal(await (await byTestId(browser, 'highlights-toggle')).getAttribute('aria-pressed'), 'false');
    assert.equal((await browser.$$('[data-testid="highlight"]')).length, 0, 'still plain when opened again');

    // The choice is one of the preferences in the data folder: it holds after a restart.
    const kept = () => {
      try {
        return JSON.parse(readFileSync(path.join(app.dataDir, 'preferences.json'), 'utf8')).reading_highlights;
      } catch {
        return null;
      }
    };
    await browser.waitUntil(async () => kept() === false, { timeout: 15000, timeoutMsg: 'kept in preferences.json' });
    await browser.deleteSession();
    browser = await launchApp();
    await browser.setWindowSize(1100, 760);
    await openFirstReading(browser);
    assert.equal(await (await byTestId(browser, 'highlights-toggle')).getAttribute('aria-pressed'), 'false');
    assert.equal((await browser.$$('[data-testid="highlight"]')).length, 0, 'still plain after a restart');
    await browser.execute(() => window.scrollTo(0, 0));
    await screenshot(browser, 'i17-reading-plain-restarted');
    await clickInView(browser, 'highlights-toggle');
    await browser.waitUntil(async () => (await browser.$$('[data-testid="highlight"]')).length === marks.length, {
      timeout: 15000,
      timeoutMsg: 'the highlights are back',
    });
    await browser.execute(() => window.scrollTo(0, 0));
    await screenshot(browser, 'i17-reading-highlights');
  } finally {
    await browser.deleteSession();
  }
});

test('claim and citation forms at 1280x800: problems at their field, a wide reading, Undo after Delete', async () => {
  const browser = await launchApp();
  try {
    await browser.setWindowSize(1280, 800);
    // A deck of one's own to edit: a fork of the built-in one, made active.
    await (await byTestId(browser, 'nav-decks')).click();
    await (await shown(browser, 'deck-fork')).click();
    await (await byTestId(browser, 'deck-form-title')).setValue('Class deck');
    await (await byTestId(browser, 'deck-form-id')).setValue('class-deck');
    await (await byTestId(browser, 'deck-form-submit')).click();
    const fork = await browser.$('[data-testid="deck-item"][data-deck="class-deck"]');
    await fork.waitForDisplayed({ timeout: 30000 });
    await (await fork.$('[data-testid="deck-switch"]')).click();
    await (await fork.$('[data-testid="deck-active"]')).waitForDisplayed({ timeout: 30000 });
    await (await byTestId(browser, 'nav-author')).click();
    await shown(browser, 'author-text');

    // A new claim from selected words: nothing is said to be wrong before anything is typed.
    await browser.execute(() => {
      const root = document.querySelector('[data-testid="author-text"]');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const node = walker.nextNode();
      const range = document.createRange();
      range.setStart(node, 0);
      range.setEnd(node, Math.min(12, node.textContent.length));
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
    });
    await browser.keys('c');
    await shown(browser, 'claim-form');
    await browser.waitUntil(async () => !/Checking/.test(await textOf(browser, 'claim-preview')), {
      timeout: 15000,
      timeoutMsg: 'the new claim is checked',
    });
    assert.equal((await browser.$$('[data-testid="problem-answer"]')).length, 0, 'no problem on the empty answer');
    const widths = await browser.execute(() => ({
      main: document.querySelector('.author .main').getBoundingClientRect().width,
      form: document.querySelector('.author .form').getBoundingClientRect().width,
      page: document.documentElement.scrollWidth,
      window: window.innerWidth,
    }));
    assert.ok(widths.main >= 560, `the reading keeps its width beside the form: ${JSON.stringify(widths)}`);
    assert.ok(widths.page <= widths.window, `no sideways scroll: ${JSON.stringify(widths)}`);
    await screenshot(browser, 'i17-claim-form-1280x800');

    // Saving the empty claim: the first problem's field gets the focus, in view.
    await clickInView(browser, 'claim-save');
    await shown(browser, 'problem-answer');
    // The claim is checked afresh before the focus moves.
    await browser.waitUntil(
      () => browser.execute(() => document.activeElement?.closest('[data-testid="claim-form"] .field') !== null && document.activeElement?.closest('[data-testid="claim-form"] .field') !== undefined),
      { timeout: 15000, timeoutMsg: 'a field of the claim gets the focus' },
    );
    const active = await browser.execute(() => {
      const el = document.activeElement;
      const box = el.getBoundingClientRect();
      return {
        testid: el.dataset.testid ?? null,
        top: box.top,
        bottom: box.bottom,
        height: window.innerHeight,
        inView: box.top >= 0 && box.bottom <= window.innerHeight,
      };
    });
    assert.equal(active.inView, true, `the focused field is in view: ${JSON.stringify(active)}`);
    assert.ok(active.testid?.startsWith('claim-'), `a field of the claim has the focus: ${active.testid}`);
    await screenshot(browser, 'i17-claim-first-problem');
    await clickInView(browser, 'claim-close');

    // Delete a saved claim, then put it back.
    const claimId = await textOf(browser, 'author-claim');
    const before = (await browser.$$('[data-testid="author-claim"]')).length;
    await clickInView(browser, 'author-claim');
    await shown(browser, 'claim-form');
    await clickInView(browser, 'claim-delete');
    assert.match(await textOf(browser, 'claim-deleted'), new RegExp(`Deleted claim ${claimId}`));
    // Once the claims are listed again, Undo gets the focus.
    await browser.waitUntil(
      () => browser.execute(() => document.activeElement?.dataset?.testid === 'claim-undo-delete'),
      { timeout: 15000, timeoutMsg: 'Undo gets the focus' },
    );
    const undo = await browser.execute(() => {
      const button = document.querySelector('[data-testid="claim-undo-delete"]');
      const box = button.getBoundingClientRect();
      return { focused: document.activeElement === button, inView: box.top >= 60 && box.bottom <= window.innerHeight };
    });
    assert.deepEqual(undo, { focused: true, inView: true }, 'Undo is in view with the focus');
    await browser.waitUntil(async () => (await browser.$$('[data-testid="author-claim"]')).length === before - 1, {
      timeout: 15000,
      timeoutMsg: 'the claim is gone from the list',
    });
    await screenshot(browser, 'i17-claim-deleted-undo');
    await clickInView(browser, 'claim-undo-delete');
    await browser.waitUntil(async () => (await browser.$$('[data-testid="author-claim"]')).length === before, {
      timeout: 15000,
      timeoutMsg: 'the claim is back in the list',
    });
    const ids = await browser.execute(() =>
      Array.from(document.querySelectorAll('[data-testid="author-claim"]')).map((b) => b.textContent.trim()),
    );
    assert.ok(ids.includes(claimId), `${claimId} is back: ${ids}`);

    // A bad citation date is said at the Published field, which gets the focus on save.
    await clickInView(browser, 'author-tab-citation');
    const published = await shown(browser, 'reading-published');
    await published.setValue('spring 2015');
    await clickInView(browser, 'reading-save');
    const problem = await shown(browser, 'reading-problem');
    assert.match(await problem.getText(), /is not a date/);
    const where = await browser.execute(() => {
      const field = document.querySelector('[data-testid="reading-published"]');
      const said = document.querySelector('[data-testid="reading-problem"]');
      const box = said.getBoundingClientRect();
      return {
        focused: document.activeElement === field,
        atField: field.closest('.field').contains(said),
        inView: box.top >= 0 && box.bottom <= window.innerHeight,
      };
    });
    assert.deepEqual(where, { focused: true, atField: true, inView: true });
    await screenshot(browser, 'i17-citation-bad-date');
  } finally {
    await browser.deleteSession();
  }
});
