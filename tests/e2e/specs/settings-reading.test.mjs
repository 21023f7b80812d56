// Settings change the look and are kept and point to the deck files in Decks; a highlight in a
// reading opens its claim panel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, launchApp, screenshot, useApp } from '../helpers.mjs';

useApp();

test('dark theme and larger text are applied and kept; a claim panel lists cards and other sources', async () => {
  let browser = await launchApp();
  try {
    await (await byTestId(browser, 'nav-settings')).click();
    await (await byTestId(browser, 'settings-view')).waitForDisplayed({ timeout: 15000 });
    await screenshot(browser, 's01-settings');
    await (await byTestId(browser, 'setting-theme')).selectByAttribute('value', 'dark');
    await (await byTestId(browser, 'settings-save')).click();
    await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.dataset.theme)) === 'dark', {
      timeout: 15000,
      timeoutMsg: 'the dark theme is applied',
    });
    await screenshot(browser, 's02-settings-dark');

    // Export and import sit under the list of decks; Settings only points there.
    assert.equal(await (await byTestId(browser, 'deck-exchange')).isExisting(), false, 'no deck files in Settings');
    await (await byTestId(browser, 'settings-to-decks')).click();
    await (await byTestId(browser, 'deck-item')).waitForDisplayed({ timeout: 30000 });
    for (const button of ['export-steppe', 'export-apkg', 'export-csv', 'import-deck']) {
      const found = await browser.$(`[data-testid="decks-view"] [data-testid="${button}"]`);
      assert.ok(await found.isDisplayed(), `${button} is shown in Decks`);
    }
    await screenshot(browser, 's02-decks-deck-files');

    await (await byTestId(browser, 'nav-library')).click();
    await (await byTestId(browser, 'open-reading')).click();
    await (await byTestId(browser, 'reading-view')).waitForDisplayed({ timeout: 15000 });
    const conflict = await browser.$('[data-testid="highlight"][data-conflict="true"]');
    await conflict.waitForDisplayed({ timeout: 15000 });
    const underline = await browser.execute(
      (el) => [getComputedStyle(el).textDecorationLine, getComputedStyle(el).textDecorationStyle],
      conflict,
    );
    assert.deepEqual(underline, ['underline', 'wavy'], 'the legend promises a wavy underline, and it is drawn');
    await conflict.click();
    const panel = await byTestId(browser, 'claim-panel');
    await panel.waitForDisplayed({ timeout: 15000 });
    const text = await panel.getText();
    assert.match(text, /Sources differ/i, 'the panel shows the other reading’s version');
    assert.match(text, /Not studied yet|new/i, 'and the state of the claim’s cards');
    await screenshot(browser, 's03-claim-panel-dark');
  } finally {
    await browser.deleteSession();
  }

  browser = await launchApp();
  try {
    await (await byTestId(browser, 'library-view')).waitForDisplayed({ timeout: 30000 });
    await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.dataset.theme)) === 'dark', {
      timeout: 15000,
      timeoutMsg: 'the theme is kept after a restart',
    });
    await screenshot(browser, 's04-library-dark-after-restart');
  } finally {
    await browser.deleteSession();
  }
});
