// Re-reading in the real window, on the built-in deck with two years of synthetic history: a card
// in review answered Again brings the paragraph of its quote before the next card, and Space goes
// on; a reading can be tinted by what is fading.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { byTestId, clickInView, launchApp, repo, revealCard, screenshot, shown, useApp } from '../helpers.mjs';

const work = mkdtempSync(path.join(os.tmpdir(), 'steppe-reread-'));
const steppe = process.env.STEPPE_CLI ?? path.join(repo, 'target', 'debug', 'steppe');

useApp({
  prepare(dataDir) {
    const out = path.join(work, 'synth');
    execFileSync(steppe, ['synth', '--builtin-deck', '--reviews', '4000', '--seed', '3', '--out', out], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    mkdirSync(dataDir, { recursive: true });
    copyFileSync(path.join(out, 'data', 'steppe.sqlite'), path.join(dataDir, 'steppe.sqlite'));
  },
});

/** Whether the page sticks out sideways. */
const sideways = () => document.documentElement.scrollWidth > innerWidth + 1;

test('a lapse offers its paragraph; a reading shades what is fading', async () => {
  const browser = await launchApp();
  try {
    await browser.setWindowSize(1024, 640);
    await (await shown(browser, 'nav-review')).click();
    // Again on cards until one in review lapses (new and learning cards bring nothing).
    let panel = null;
    for (let i = 0; i < 40 && !panel; i++) {
      const card = await shown(browser, 'card');
      const id = await card.getAttribute('data-card-id');
      await revealCard(browser);
      await shown(browser, 'grade-again');
      await browser.keys('1');
      await browser.waitUntil(
        async () =>
          (await byTestId(browser, 'reread').isExisting()) ||
          (await (await byTestId(browser, 'card')).getAttribute('data-card-id')) !== id,
        { timeout: 15000, timeoutMsg: 'the answer is recorded' },
      );
      if (await byTestId(browser, 'reread').isExisting()) panel = await byTestId(browser, 'reread');
    }
    assert.ok(panel, 'a card in review lapsed within 40 answers');
    const quote = await (await shown(browser, 'reread-quote')).getText();
    const passage = await (await byTestId(browser, 'reread-passage')).getText();
    assert.ok(passage.includes(quote) && passage.length > quote.length, 'the whole paragraph, the quote marked in it');
    assert.equal(await browser.execute(() => document.activeElement?.dataset.testid), 'reread-continue');
    assert.equal(await browser.execute(sideways), false);
    await screenshot(browser, 'reread-after-lapse');
    await browser.keys(' ');
    await panel.waitForExist({ reverse: true, timeout: 15000 });
    await shown(browser, 'card');

    // A studied reading, tinted by what is fading.
    await (await shown(browser, 'nav-library')).click();
    await clickInView(browser, 'open-reading');
    await clickInView(browser, 'fading-toggle');
    await shown(browser, 'fading-legend');
    const tinted = await browser.execute(() => document.querySelectorAll('[data-testid="reading-text"] .tinted').length);
    assert.ok(tinted > 0, 'some paragraphs are tinted');
    assert.equal(await browser.execute(sideways), false);
    await screenshot(browser, 'reread-reading-fading');
  } finally {
    await browser.deleteSession();
  }
});
