// The kinds of card in the real window, by keyboard: a fresh deck gives one cloze card per claim a
// day, and suspending a claim's card (S) brings up its next kind, so each claim is walked to the
// kind under test. Also undo (Z, Ctrl+Z), the session's progress and the "Sources differ" panel.
// Timeline cards come after the first reading's 31 claims and are covered by Vitest only.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, freshDataDir, launchApp, screenshot, startTauriDriver, textOf } from '../helpers.mjs';

let driver;
before(async () => {
  freshDataDir();
  driver = await startTauriDriver();
});
after(() => driver?.kill());

const WAIT = { timeout: 15000 };

/** Waits until the review screen shows the card with this id. */
async function cardIs(browser, id) {
  await browser.waitUntil(
    async () => {
      const card = await byTestId(browser, 'card');
      return (await card.isExisting()) && (await card.getAttribute('data-card-id')) === id;
    },
    { ...WAIT, timeoutMsg: `expected card ${id}` },
  );
}

/** Presses a key and waits for the card it brings. Keys pressed while a command runs are dropped. */
async function keyTo(browser, key, id) {
  await browser.keys(key);
  await cardIs(browser, id);
}

const focused = (browser) => browser.execute(() => document.activeElement?.getAttribute('data-testid') ?? null);

async function waitFocused(browser, testid) {
  await browser.waitUntil(async () => (await focused(browser)) === testid, {
    ...WAIT,
    timeoutMsg: `expected focus on ${testid}`,
  });
}

async function attr(browser, testid, name) {
  const el = await byTestId(browser, testid);
  await el.waitForExist(WAIT);
  return el.getAttribute(name);
}

async function progress(browser) {
  const bar = await byTestId(browser, 'session-progress');
  return { done: Number(await bar.getProperty('value')), total: Number(await bar.getProperty('max')) };
}

async function toastSays(browser, text) {
  const matches = (toast) => (text instanceof RegExp ? text.test(toast) : toast === text);
  await browser.waitUntil(async () => matches(await textOf(browser, 'toast')), {
    ...WAIT,
    timeoutMsg: `expected the toast “${text}”`,
  });
}

test('every kind a fresh deck reaches, by keyboard; undo, suspend and sources differ', async () => {
  const browser = await launchApp();
  try {
    await (await byTestId(browser, 'library-view')).waitForDisplayed({ timeout: 30000 });
    await (await byTestId(browser, 'nav-review')).click();
    await (await byTestId(browser, 'review-view')).waitForDisplayed(WAIT);

    // Cloze, then undo: the card and the counts come back.
    await cardIs(browser, 'bt-middle-road:cloze');
    assert.deepEqual(await progress(browser), { done: 0, total: 20 }, 'nothing done of 20 new cards');
    await screenshot(browser, 'k01-cloze-prompt');
    await browser.keys(' ');
    await (await byTestId(browser, 'answer')).waitForDisplayed(WAIT);
    await keyTo(browser, '4', 'bt-north-long-standing-relations:cloze');
    assert.equal(await textOf(browser, 'count-new'), '19');
    assert.deepEqual(await progress(browser), { done: 1, total: 20 });

    await keyTo(browser, 'z', 'bt-middle-road:cloze');
    await toastSays(browser, /^Undid: .*Mongolia/);
    assert.equal(await textOf(browser, 'count-new'), '20', 'the undone answer gives the new card back');
    assert.deepEqual(await progress(browser), { done: 0, total: 20 });
    assert.equal(await (await byTestId(browser, 'answer')).isExisting(), false, 'the card comes back unanswered');
    await screenshot(browser, 'k02-undo');

    await browser.keys(' ');
    await (await byTestId(browser, 'answer')).waitForDisplayed(WAIT);
    await keyTo(browser, '4', 'bt-north-long-standing-relations:cloze');
    await keyTo(browser, ['Control', 'z'], 'bt-middle-road:cloze');
    assert.deepEqual(await progress(browser), { done: 0, total: 20 }, 'Ctrl+Z undoes too');
    await browser.keys('z');
    await toastSays(browser, 'Nothing to undo');

    // Suspend: the claim's next kind comes up, a question.
    await keyTo(browser, 's', 'bt-middle-road:qa');
    await toastSays(browser, 'Card suspended');
    assert.match(await textOf(browser, 'card-kind'), /^question$/i);
    assert.equal(await textOf(browser, 'count-new'), '20', 'the claim still has new cards');
    await screenshot(browser, 'k03-suspended-qa');

    // Multiple choice: 1 picks the first option, which is wrong; Again is suggested.
    await keyTo(browser, 's', 'bt-middle-road:multiple_choice');
    for (let i = 0; i < 4; i++) assert.ok(await (await byTestId(browser, `choice-${i}`)).isDisplayed());
    await screenshot(browser, 'k04-multiple-choice');
    await browser.keys('1');
    await (await byTestId(browser, 'answer')).waitForDisplayed(WAIT);
    assert.equal(await textOf(browser, 'answer'), 'a resolutely middle road');
    assert.equal(await attr(browser, 'choice-0', 'data-result'), 'wrong');
    assert.equal(await attr(browser, 'choice-3', 'data-result'), 'right');
    await waitFocused(browser, 'grade-again');
    assert.equal(await attr(browser, 'grade-again', 'data-suggested'), 'true');
    await screenshot(browser, 'k05-multiple-choice-wrong');
    await keyTo(browser, '4', 'bt-north-long-standing-relations:cloze');

    // True or false: T judges it true (right); Enter takes the suggested Good.
    await keyTo(browser, 's', 'bt-north-long-standing-relations:qa');
    await keyTo(browser, 's', 'bt-north-long-standing-relations:multiple_choice');
    await keyTo(browser, 's', 'bt-north-long-standing-relations:true_false');
    assert.match(await textOf(browser, 'choice-0'), /True/);
    assert.match(await textOf(browser, 'choice-1'), /False/);
    await screenshot(browser, 'k06-true-false');
    await browser.keys('t');
    await (await byTestId(browser, 'true-statement')).waitForDisplayed(WAIT);
    assert.equal(await attr(browser, 'choice-0', 'data-result'), 'right');
    assert.equal(await textOf(browser, 'true-statement'), 'Mongolia values its long-standing relations with North Korea.');
    assert.equal(await textOf(browser, 'answer'), 'True');
    await waitFocused(browser, 'grade-good');
    await screenshot(browser, 'k07-true-false-right');
    await keyTo(browser, 'Enter', 'bt-strategic-partnership-south:cloze');
    assert.equal(await textOf(browser, 'count-learning'), '1', 'Good on a new card: back in minutes');

    // The third claim: another reading tells it otherwise.
    assert.equal(await (await byTestId(browser, 'sources-differ')).isExisting(), false, 'not before the answer');
    await browser.keys(' ');
    const differ = await byTestId(browser, 'sources-differ');
    await differ.waitForDisplayed(WAIT);
    assert.match(await differ.getText(), /Sources differ/);
    const readings = await browser.$$('[data-testid="conflict-reading"]');
    assert.equal(readings.length, 2, 'two claims of another reading');
    assert.equal(await readings[0].getText(), 'Why the Yoon administration sees a powerful partner in Mongolia');
    assert.match(await textOf(browser, 'conflict-text'), /strategic partnership/);
    await browser.execute((el) => el.scrollIntoView({ block: 'center' }), differ);
    await screenshot(browser, 'k08-sources-differ');
    await keyTo(browser, '4', 'bt-wedged-russia-china:cloze');

    // Typed: the field has the keys, so a number types; Enter checks.
    for (const next of ['qa', 'multiple_choice', 'true_false', 'typed']) {
      await keyTo(browser, 's', `bt-wedged-russia-china:${next}`);
    }
    await waitFocused(browser, 'typed-input');
    await browser.keys('3');
    const input = await byTestId(browser, 'typed-input');
    assert.equal(await input.getValue(), '3', 'a number key types into the field');
    assert.equal(await (await byTestId(browser, 'answer')).isExisting(), false, 'and does not grade');
    await input.setValue('Rusia and Chna');
    await screenshot(browser, 'k09-typed');
    await browser.keys('Enter');
    await (await byTestId(browser, 'typed-outcome')).waitForDisplayed(WAIT);
    assert.match(await textOf(browser, 'typed-outcome'), /^Close/);
    assert.equal(await textOf(browser, 'typed-diff'), 'Russia and China');
    // One command at a time: WebKitWebDriver drops the session on concurrent requests.
    const added = await browser.execute(() =>
      Array.from(document.querySelectorAll('[data-testid="typed-diff"] .added'), (a) => a.textContent),
    );
    assert.deepEqual(added, ['s', 'i'], 'the missing letters are marked');
    await waitFocused(browser, 'grade-hard');
    await screenshot(browser, 'k10-typed-close');
    const before = await progress(browser);
    await browser.keys('3'); // grades now that the answer is checked
    await browser.waitUntil(async () => (await progress(browser)).done === before.done + 1, WAIT);
    assert.notEqual(await attr(browser, 'card', 'data-card-id'), 'bt-wedged-russia-china:typed');
    await screenshot(browser, 'k11-after-typed');
  } finally {
    await browser.deleteSession();
  }
});
