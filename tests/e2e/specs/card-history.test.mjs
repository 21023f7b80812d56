// A card's history in the real window: opened from a reading's claim panel after an answer and
// from Review after the answer shows, inside the window, holding the focus, closed by Escape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, clickInView, launchApp, revealCard, screenshot, shown, useApp } from '../helpers.mjs';

useApp();

/** Where the dialog sits, whether it fits the window, and whether anything in it sticks out sideways. */
function dialogLayout() {
  const dialog = document.querySelector('[data-testid="card-history"]');
  const rect = dialog.getBoundingClientRect();
  return {
    inWindow: rect.left >= 0 && rect.top >= 0 && rect.right <= innerWidth && rect.bottom <= innerHeight,
    sideways: dialog.scrollWidth > dialog.clientWidth + 1,
    focused: dialog.contains(document.activeElement),
  };
}

test('card history from the claim panel and from Review', async () => {
  const browser = await launchApp();
  try {
    await browser.setWindowSize(1024, 640);
    await (await shown(browser, 'nav-review')).click();
    const card = await shown(browser, 'card');
    const cardId = await card.getAttribute('data-card-id');
    await revealCard(browser);
    // Review: H after the answer shows.
    await browser.keys('h');
    const dialog = await shown(browser, 'card-history');
    await browser.waitUntil(async () => (await dialog.getText()).includes('Not studied yet'), {
      timeout: 15000,
      timeoutMsg: 'the history of the card not yet answered',
    });
    assert.deepEqual(await browser.execute(dialogLayout), { inWindow: true, sideways: false, focused: true });
    await screenshot(browser, 'card-history-review');
    await browser.keys('Escape');
    await dialog.waitForExist({ reverse: true, timeout: 15000 });
    assert.equal(await (await byTestId(browser, 'card')).getAttribute('data-card-id'), cardId, 'still on the card');

    // Answer it Good, then open its history from its claim's panel in the reading.
    await browser.keys('3');
    await browser.waitUntil(async () => (await (await byTestId(browser, 'card')).getAttribute('data-card-id')) !== cardId, {
      timeout: 15000,
      timeoutMsg: 'the answer is recorded',
    });
    const claim = cardId.split(':')[0];
    await (await shown(browser, 'nav-library')).click();
    await clickInView(browser, 'open-reading');
    const mark = await browser.$(`[data-testid="highlight"][data-claims~="${claim}"]`);
    await mark.waitForDisplayed({ timeout: 15000 });
    await browser.execute((m) => m.scrollIntoView({ block: 'center' }), mark);
    await mark.click();
    const panel = await shown(browser, 'claim-panel');
    const opener = await panel.$(`[data-card-id="${cardId}"] [data-testid="open-card-history"]`);
    await opener.click();
    const history = await shown(browser, 'card-history');
    await browser.waitUntil(async () => (await browser.$$('[data-testid="history-answer"]')).length === 1, {
      timeout: 15000,
      timeoutMsg: 'one answer in the table',
    });
    assert.match(await (await byTestId(browser, 'history-answer')).getText(), /Good/);
    await (await shown(browser, 'history-curve')).waitForDisplayed();
    assert.deepEqual(await browser.execute(dialogLayout), { inWindow: true, sideways: false, focused: true });
    await screenshot(browser, 'card-history-reading');
    // The table of answers, at the bottom of the dialog's own scroll.
    await browser.execute(() => {
      const d = document.querySelector('[data-testid="card-history"]');
      d.scrollTop = d.scrollHeight;
    });
    await screenshot(browser, 'card-history-reading-answers');
    await browser.keys('Escape');
    await history.waitForExist({ reverse: true, timeout: 15000 });
    assert.ok(await (await byTestId(browser, 'claim-panel')).isDisplayed(), 'Escape closes the history, not the panel');
  } finally {
    await browser.deleteSession();
  }
});
