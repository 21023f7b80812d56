// Browse in the real window on a synthetic deck of 20,000 claims (about 75k cards) with a
// review history: search, see the counts, select rows with the keyboard, suspend them and see it
// take effect; the table draws only the rows in view and nothing sticks out sideways at 1024x640.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { byTestId, launchApp, repo, screenshot, shown, textOf, useApp } from '../helpers.mjs';

const work = mkdtempSync(path.join(os.tmpdir(), 'steppe-browse-'));
const synth = path.join(work, 'synth');
const steppe = process.env.STEPPE_CLI ?? path.join(repo, 'target', 'debug', 'steppe');

useApp({
  deckDir: path.join(synth, 'deck'),
  prepare(dataDir) {
    execFileSync(steppe, ['synth', '--claims', '20000', '--reviews', '30000', '--seed', '7', '--out', synth], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    // A previewed deck studies in its own folder of the data folder.
    const study = path.join(dataDir, 'preview', 'synthetic');
    mkdirSync(study, { recursive: true });
    copyFileSync(path.join(synth, 'data', 'steppe.sqlite'), path.join(study, 'steppe.sqlite'));
  },
});

/** The table's shape: rows drawn, whether the page sticks out sideways, the grid's height. */
function tableLayout() {
  const grid = document.querySelector('[data-testid="browse-grid"]');
  return {
    drawn: document.querySelectorAll('[data-testid="browse-row"]').length,
    sideways: document.documentElement.scrollWidth > innerWidth + 1,
    gridInWindow: grid.getBoundingClientRect().bottom <= innerHeight + 1,
    gridHeight: grid.clientHeight,
  };
}

async function countText(browser) {
  return textOf(browser, 'browse-count');
}

async function search(browser, query) {
  const before = await countText(browser).catch(() => '');
  const input = await shown(browser, 'browse-query');
  await input.setValue(query);
  await browser.keys('Enter');
  await browser.waitUntil(async () => {
    const error = await byTestId(browser, 'browse-error');
    if (await error.isExisting()) return true;
    const now = await countText(browser).catch(() => '');
    return now !== '' && now !== before;
  }, { timeout: 30000, timeoutMsg: `the results of ${query}` });
}

/** The number of cards in the count line ("1,234 cards of …"). */
const cardsIn = (text) => Number(text.split(' ')[0].replace(/[^0-9]/g, ''));

test('browse a 20k-claim deck: search, select, suspend', async () => {
  const browser = await launchApp();
  try {
    await browser.setWindowSize(1024, 640);
    await (await shown(browser, 'nav-browse')).click();
    await browser.waitUntil(async () => (await countText(browser).catch(() => '')).includes('74,702 cards'), {
      timeout: 120000,
      timeoutMsg: 'every card of the deck counted',
    });
    assert.match(await countText(browser), /^74,702 cards of 20,000 claims/);
    const all = await browser.execute(tableLayout);
    assert.equal(all.sideways, false, 'nothing sticks out sideways');
    assert.ok(all.gridInWindow, 'the table ends inside the window');
    assert.ok(all.drawn > 5 && all.drawn < 60, `only the rows in view are drawn (${all.drawn})`);
    await screenshot(browser, 'browse-all');

    // The syntax help.
    await (await byTestId(browser, 'browse-help')).$('summary').click();
    await screenshot(browser, 'browse-help');
    await (await byTestId(browser, 'browse-help')).$('summary').click();

    // The end of 75k rows: End in the table, still only the rows in view.
    const grid = await shown(browser, 'browse-grid');
    await grid.click();
    await browser.keys('End');
    await browser.waitUntil(
      async () => (await browser.$('[data-index="74701"]').isExisting()) && !(await browser.$('[data-index="74701"]').getText()).startsWith('…'),
      { timeout: 30000, timeoutMsg: 'the last row drawn and loaded' },
    );
    assert.ok((await browser.execute(tableLayout)).drawn < 60);
    await screenshot(browser, 'browse-end');

    // A search: reviewed cards with lapses, by recall.
    await search(browser, 'is:review lapses>2');
    const found = cardsIn(await countText(browser));
    assert.ok(found > 3 && found < 74702, `some cards found (${found})`);
    await (await shown(browser, 'sort-recall')).click();
    await browser.pause(300);
    const suspendedBefore = await (async () => {
      await search(browser, 'is:suspended');
      const empty = await byTestId(browser, 'browse-empty');
      return (await empty.isExisting()) ? 0 : cardsIn(await countText(browser));
    })();
    await search(browser, 'is:review lapses>2 -is:suspended');
    const unsuspended = cardsIn(await countText(browser));
    await screenshot(browser, 'browse-search');

    // Select three rows with the keyboard and suspend them.
    await (await shown(browser, 'browse-grid')).click();
    await browser.keys('Home');
    await browser.keys(' ');
    await browser.keys(['Shift', 'ArrowDown']);
    await browser.keys(['Shift', 'ArrowDown']);
    assert.equal(await textOf(browser, 'browse-selected'), '3 selected');
    await screenshot(browser, 'browse-selected');
    await (await shown(browser, 'bulk-suspend')).click();
    await browser.waitUntil(async () => (await textOf(browser, 'browse-notice').catch(() => '')) === '3 cards suspended.', {
      timeout: 30000,
      timeoutMsg: 'the suspension reported',
    });
    // The search runs again: the suspended cards leave this result.
    await browser.waitUntil(async () => (await textOf(browser, 'browse-selected')) === '0 selected', {
      timeout: 30000,
      timeoutMsg: 'the search run again',
    });
    assert.equal(cardsIn(await countText(browser)), unsuspended - 3);
    await screenshot(browser, 'browse-suspended');

    // They are suspended now: the suspended search finds three more.
    await search(browser, 'is:suspended');
    assert.equal(cardsIn(await countText(browser)), suspendedBefore + 3);
    await screenshot(browser, 'browse-suspended-search');
    const states = await browser.execute(() =>
      Array.from(document.querySelectorAll('[data-testid="row-state"]'), (cell) => cell.textContent.trim()),
    );
    assert.ok(states.length >= 3 && states.every((s) => s === 'Suspended' || s === 'Leech'), states.join(', '));

    // A query that cannot be read shows where.
    await search(browser, 'tag:energy is:sleeping');
    const error = await shown(browser, 'browse-error');
    assert.match(await error.getText(), /character 15/);
    await screenshot(browser, 'browse-error');
    assert.equal((await browser.execute(() => document.documentElement.scrollWidth > innerWidth + 1)), false);
  } finally {
    await browser.deleteSession();
  }
});
