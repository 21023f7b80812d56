// An instructor forks the built-in deck, makes a claim from selected text, and the deck stays active.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { byTestId, clickInView, launchApp, revealCard, screenshot, textOf, useApp } from '../helpers.mjs';

const QUOTE = 'wedged between Russia and China';

const app = useApp();

const deckItem = (browser, id) => browser.$(`[data-testid="deck-item"][data-deck="${id}"]`);

/** The number of claims a deck's line in the Decks view gives. */
async function claimsOf(browser, id) {
  const text = await (await deckItem(browser, id)).getText();
  return Number(/(\d+) claims/.exec(text)[1]);
}

test('fork, switch, make a claim from a selection with preview and validation, and keep the deck after a restart', async () => {
  let browser = await launchApp();
  try {
    await (await byTestId(browser, 'nav-decks')).click();
    await (await byTestId(browser, 'decks-view')).waitForDisplayed({ timeout: 15000 });
    await (await byTestId(browser, 'deck-fork')).click();
    await (await byTestId(browser, 'deck-form-title')).setValue('Class deck');
    await (await byTestId(browser, 'deck-form-id')).setValue('class-deck');
    await screenshot(browser, 'a01-decks-fork-form');
    await (await byTestId(browser, 'deck-form-submit')).click();
    const fork = await deckItem(browser, 'class-deck');
    await fork.waitForDisplayed({ timeout: 30000 });
    const builtinClaims = await claimsOf(browser, 'mongolia-koreas');
    assert.equal(await claimsOf(browser, 'class-deck'), builtinClaims, 'the fork has every claim of the built-in deck');

    await (await fork.$('[data-testid="deck-switch"]')).click();
    await (await fork.$('[data-testid="deck-active"]')).waitForDisplayed({ timeout: 30000 });
    await screenshot(browser, 'a02-decks-fork-active');

    await (await byTestId(browser, 'nav-author')).click();
    await (await byTestId(browser, 'author-text')).waitForDisplayed({ timeout: 30000 });
    const selected = await browser.execute((quote) => {
      const root = document.querySelector('[data-testid="author-text"]');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent.indexOf(quote);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + quote.length);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        return selection.toString();
      }
      return null;
    }, QUOTE);
    assert.equal(selected, QUOTE, 'the words are selected in the reading');
    await screenshot(browser, 'a03-author-selection');
    await browser.keys('c');

    const form = await byTestId(browser, 'claim-form');
    await form.waitForDisplayed({ timeout: 15000 });
    assert.equal(await (await byTestId(browser, 'claim-quote')).getValue(), QUOTE, 'the quote is filled in');
    await (await byTestId(browser, 'claim-text')).setValue('Mongolia is wedged between Russia and China.');
    await (await byTestId(browser, 'claim-question')).setValue('Which two countries is Mongolia wedged between?');
    await (await byTestId(browser, 'claim-kind')).selectByAttribute('value', 'place');
    await (await byTestId(browser, 'claim-answer')).setValue('Russia and Japan');
    const problem = await byTestId(browser, 'problem-answer');
    await problem.waitForDisplayed({ timeout: 15000 });
    assert.match(await problem.getText(), /is not part of the claim's text/);
    await screenshot(browser, 'a04-claim-bad-answer');

    await (await byTestId(browser, 'claim-answer')).setValue('Russia and China');
    await problem.waitForDisplayed({ reverse: true, timeout: 15000 });
    await browser.waitUntil(async () => (await browser.$$('[data-testid="preview-card"]')).length >= 3, {
      timeout: 15000,
      timeoutMsg: 'the preview shows the claim’s cards',
    });
    const kinds = await browser.execute(() =>
      Array.from(document.querySelectorAll('[data-testid="preview-card"]')).map((c) => c.dataset.kind),
    );
    assert.ok(kinds.includes('cloze') && kinds.includes('qa') && kinds.includes('typed'), `preview: ${kinds}`);
    await browser.execute(() => document.querySelector('[data-testid="claim-preview"]').scrollIntoView({ block: 'end' }));
    await screenshot(browser, 'a05-claim-preview');

    await clickInView(browser, 'claim-save');
    assert.match(await textOf(browser, 'toast'), /Saved claim/);
    await screenshot(browser, 'a06-claim-saved');
    const claims = readFileSync(path.join(app.dataDir, 'decks', 'class-deck', 'claims', '001-breakthrough-2015.toml'), 'utf8');
    assert.match(claims, /quote = "wedged between Russia and China"\ntext = "Mongolia is wedged between Russia and China\."/);

    // The edited deck is the one studied: it goes on at once, in every view.
    await (await byTestId(browser, 'nav-review')).click();
    for (let i = 0; i < 3; i++) {
      const card = await (await byTestId(browser, 'card')).getAttribute('data-card-id');
      await revealCard(browser);
      await browser.keys('3');
      await browser.waitUntil(async () => (await (await byTestId(browser, 'card')).getAttribute('data-card-id')) !== card, {
        timeout: 15000,
        timeoutMsg: `the card after ${card} comes`,
      });
    }
    assert.match(await textOf(browser, 'session-progress-label'), /^3 answered/, 'three answers counted');
    await (await byTestId(browser, 'nav-library')).click();
    await (await byTestId(browser, 'library-view')).waitForDisplayed({ timeout: 15000 });
    await (await byTestId(browser, 'reading-item')).waitForDisplayed({ timeout: 15000 });
    await (await byTestId(browser, 'nav-progress')).click();
    await (await byTestId(browser, 'progress-view')).waitForDisplayed({ timeout: 15000 });
    assert.equal(await (await byTestId(browser, 'error')).isExisting(), false, 'no view reports an error');
    await screenshot(browser, 'a06b-progress-after-edit');
    await (await byTestId(browser, 'nav-author')).click();
    await (await byTestId(browser, 'author-text')).waitForDisplayed({ timeout: 30000 });

    await clickInView(browser, 'author-tab-coverage');
    assert.match(await textOf(browser, 'coverage-summary'), /\d+ of \d+ sentences are quoted by a claim/);
    await screenshot(browser, 'a07-coverage');

    await (await byTestId(browser, 'nav-decks')).click();
    await (await deckItem(browser, 'class-deck')).waitForDisplayed({ timeout: 15000 });
    assert.equal(await claimsOf(browser, 'class-deck'), builtinClaims + 1, 'the new claim is in the deck');
  } finally {
    await browser.deleteSession();
  }

  browser = await launchApp();
  try {
    await (await byTestId(browser, 'library-view')).waitForDisplayed({ timeout: 30000 });
    await (await byTestId(browser, 'nav-decks')).click();
    const fork = await deckItem(browser, 'class-deck');
    await (await fork.$('[data-testid="deck-active"]')).waitForDisplayed({ timeout: 30000 });
    await screenshot(browser, 'a08-decks-after-restart');
  } finally {
    await browser.deleteSession();
  }
});
