// Every kind of card in the real window, by keyboard, on a small deck made for it
// (fixtures/kinds-deck, previewed through STEPPE_DECK_DIR): the cards come in the order the core
// introduces them (`steppe cards` prints it), undo (Z, Ctrl+Z), suspend (S), the "Sources
// differ" panel of a disputed claim, and the two cards that teach the disagreement itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { byTestId, clickInView, launchApp, repo, revealCard, screenshot, textOf, useApp } from '../helpers.mjs';

const DECK = path.join(repo, 'tests', 'e2e', 'fixtures', 'kinds-deck');

/** The deck's cards in the order they are introduced: id, kind, options (right one marked), answer. */
function deckCards() {
  const out = execFileSync(path.join(repo, 'target', 'debug', 'steppe'), ['cards', DECK], { encoding: 'utf8' });
  const cards = [];
  for (const line of out.split('\n')) {
    const head = /^── (\S+) \((\w+)\)$/.exec(line);
    if (head) cards.push({ id: head[1], kind: head[2], choices: [], answer: '' });
    const choice = /^ {2}([*-]) (.*?)(?: {2}\[.*\])?$/.exec(line);
    if (choice && cards.length) cards.at(-1).choices.push({ text: choice[2], right: choice[1] === '*' });
    if (line.startsWith('=> ')) cards.at(-1).answer = line.slice(3);
  }
  return cards;
}

let cards;
useApp({ deckDir: DECK, prepare: () => (cards = deckCards()) });

const WAIT = { timeout: 15000 };
const card = (id) => cards.find((c) => c.id === id) ?? assert.fail(`the deck has no card ${id}`);

async function currentId(browser) {
  const el = await byTestId(browser, 'card');
  return (await el.isExisting()) ? el.getAttribute('data-card-id') : null;
}

/** Waits until the review screen shows the card with this id. */
async function cardIs(browser, id) {
  await browser.waitUntil(async () => (await currentId(browser)) === id, { ...WAIT, timeoutMsg: `expected card ${id}` });
}

/** Presses a key and waits for the card it brings. Keys pressed while a command runs are dropped. */
async function keyTo(browser, key, id) {
  await browser.keys(key);
  await cardIs(browser, id);
}

/**
 * Suspends card after card until the one with this id is shown, with the Suspend button: on a
 * typed card, S is a letter of the answer.
 */
async function suspendUntil(browser, id) {
  for (let i = 0; i < cards.length && (await currentId(browser)) !== id; i++) {
    const from = await currentId(browser);
    await clickInView(browser, 'suspend');
    await browser.waitUntil(async () => (await currentId(browser)) !== from, { ...WAIT, timeoutMsg: `S leaves ${from}` });
  }
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

/** Checks the options of a revealed choice card: the right one marked right, the chosen one wrong unless it is right. */
async function optionsMarked(browser, expected, chosen) {
  for (const [i, option] of expected.choices.entries()) {
    assert.ok((await textOf(browser, `choice-${i}`)).includes(option.text), `option ${i} reads “${option.text}”`);
    const result = await attr(browser, `choice-${i}`, 'data-result');
    if (option.right) assert.equal(result, 'right', `option ${i} is the right one`);
    else if (i === chosen) assert.equal(result, 'wrong', `option ${i} was chosen and is wrong`);
  }
}

test('every kind of card by keyboard; undo, suspend, sources differ and the disagreement cards', async () => {
  const leads = cards.slice(0, 8).map((c) => c.id);
  assert.deepEqual(
    [...new Set(cards.slice(0, 8).map((c) => c.kind))].sort(),
    ['cloze', 'multiple_choice', 'qa', 'true_false'],
    'new claims are introduced by cards of several kinds',
  );
  const browser = await launchApp();
  try {
    await (await byTestId(browser, 'library-view')).waitForDisplayed({ timeout: 30000 });
    await (await byTestId(browser, 'nav-review')).click();
    await (await byTestId(browser, 'review-view')).waitForDisplayed(WAIT);

    // Cloze, then undo: the card and the counts come back.
    await cardIs(browser, leads[0]);
    assert.equal((await progress(browser)).done, 0);
    const fresh = await textOf(browser, 'count-new');
    await screenshot(browser, 'k01-cloze-prompt');
    await browser.keys(' ');
    await (await byTestId(browser, 'answer')).waitForDisplayed(WAIT);
    await keyTo(browser, '4', leads[1]);
    assert.equal(Number(await textOf(browser, 'count-new')), Number(fresh) - 1);
    assert.equal((await progress(browser)).done, 1);

    await keyTo(browser, 'z', leads[0]);
    await toastSays(browser, /^Undid: /);
    assert.equal(await textOf(browser, 'count-new'), fresh, 'the undone answer gives the new card back');
    assert.equal((await progress(browser)).done, 0);
    assert.equal(await (await byTestId(browser, 'answer')).isExisting(), false, 'the card comes back unanswered');
    await screenshot(browser, 'k02-undo');

    await browser.keys(' ');
    await (await byTestId(browser, 'answer')).waitForDisplayed(WAIT);
    await keyTo(browser, '4', leads[1]);
    await keyTo(browser, ['Control', 'z'], leads[0]);
    assert.equal((await progress(browser)).done, 0, 'Ctrl+Z undoes too');
    await browser.keys('z');
    await toastSays(browser, 'Nothing to undo');

    // Suspend: the next claim's first card comes up, a question.
    await keyTo(browser, 's', leads[1]);
    await toastSays(browser, 'Card suspended');
    assert.equal(card(leads[1]).kind, 'qa');
    assert.match(await textOf(browser, 'card-kind'), /^question$/i);
    await screenshot(browser, 'k03-suspended-qa');

    // Multiple choice: 1 picks the first option.
    await keyTo(browser, 's', leads[2]);
    const mc = card(leads[2]);
    assert.equal(mc.kind, 'multiple_choice');
    for (let i = 0; i < 4; i++) assert.ok(await (await byTestId(browser, `choice-${i}`)).isDisplayed());
    await screenshot(browser, 'k04-multiple-choice');
    await browser.keys('1');
    await (await byTestId(browser, 'answer')).waitForDisplayed(WAIT);
    assert.equal(await textOf(browser, 'answer'), mc.answer);
    await optionsMarked(browser, mc, 0);
    await waitFocused(browser, mc.choices[0].right ? 'grade-good' : 'grade-again');
    await screenshot(browser, 'k05-multiple-choice-answered');
    await keyTo(browser, '4', leads[3]);

    // True or false: T judges it true; Enter takes the suggested grade.
    const tf = card(leads[3]);
    assert.equal(tf.kind, 'true_false');
    assert.match(await textOf(browser, 'choice-0'), /True/);
    assert.match(await textOf(browser, 'choice-1'), /False/);
    await screenshot(browser, 'k06-true-false');
    await browser.keys('t');
    await (await byTestId(browser, 'true-statement')).waitForDisplayed(WAIT);
    assert.equal(await textOf(browser, 'answer'), tf.answer);
    assert.equal(await attr(browser, 'choice-0', 'data-result'), tf.answer === 'True' ? 'right' : 'wrong');
    await waitFocused(browser, tf.answer === 'True' ? 'grade-good' : 'grade-again');
    await screenshot(browser, 'k07-true-false-answered');
    await keyTo(browser, 'Enter', leads[4]);

    // A claim of a disagreement: the other reading's version shows once the answer does.
    await keyTo(browser, 's', leads[5]);
    assert.ok(leads[5].startsWith('early-cattle:'), leads[5]);
    assert.equal(await (await byTestId(browser, 'sources-differ')).isExisting(), false, 'not before the answer');
    await revealCard(browser);
    const differ = await byTestId(browser, 'sources-differ');
    await differ.waitForDisplayed(WAIT);
    assert.equal(await textOf(browser, 'conflict-question'), 'When did the first cattle leave Mongolia for North Korea?');
    assert.equal(await textOf(browser, 'conflict-reading'), 'Late (2019)');
    assert.equal(await textOf(browser, 'conflict-says'), 'December 2014');
    assert.match(await textOf(browser, 'conflict-note'), /different ministry statements/);
    await browser.execute((el) => el.scrollIntoView({ block: 'center' }), differ);
    await screenshot(browser, 'k08-sources-differ');
    // Suspended rather than graded, so the disagreement's own cards are not buried today.
    await keyTo(browser, 's', leads[6]);

    // Typed: the field has the keys, so a number types; Enter checks.
    await suspendUntil(browser, 'wedged:typed');
    await waitFocused(browser, 'typed-input');
    await browser.keys('3');
    const input = await byTestId(browser, 'typed-input');
    assert.equal(await input.getValue(), '3', 'a number key types into the field');
    assert.equal(await (await byTestId(browser, 'answer')).isExisting(), false, 'and does not grade');
    await input.setValue('Rusia and China');
    await screenshot(browser, 'k09-typed');
    await browser.keys('Enter');
    await (await byTestId(browser, 'typed-outcome')).waitForDisplayed(WAIT);
    assert.match(await textOf(browser, 'typed-outcome'), /^Close/);
    assert.equal(await textOf(browser, 'typed-diff'), 'Russia and China');
    // One command at a time: WebKitWebDriver drops the session on concurrent requests.
    const added = await browser.execute(() =>
      Array.from(document.querySelectorAll('[data-testid="typed-diff"] .added'), (a) => a.textContent),
    );
    assert.deepEqual(added, ['s'], 'the missing letter is marked');
    await waitFocused(browser, 'grade-hard');
    await screenshot(browser, 'k10-typed-close');
    const before = await progress(browser);
    await browser.keys('3'); // grades now that the answer is checked
    await browser.waitUntil(async () => (await progress(browser)).done === before.done + 1, WAIT);

    // The disagreement itself: which reading says it, then every version.
    await suspendUntil(browser, 'dispute:first-cattle:sources');
    const sources = card('dispute:first-cattle:sources');
    assert.match(await textOf(browser, 'card-kind'), /who says it/i);
    assert.match(await textOf(browser, 'prompt'), /^The readings disagree\. .* Which reading says “.+”\?$/);
    assert.deepEqual(sources.choices.map((c) => c.text).sort(), ['Early (2015)', 'Late (2019)']);
    await screenshot(browser, 'k11-sources');
    const right = sources.choices.findIndex((c) => c.right);
    await browser.keys(String(right + 1));
    await (await byTestId(browser, 'answer')).waitForDisplayed(WAIT);
    await optionsMarked(browser, sources, right);
    await screenshot(browser, 'k12-sources-right');
    await keyTo(browser, 's', 'dispute:first-cattle:versions');
    assert.match(await textOf(browser, 'prompt'), /What does each say\?$/);
    await browser.keys(' ');
    await (await byTestId(browser, 'answer')).waitForDisplayed(WAIT);
    assert.equal(await textOf(browser, 'answer'), 'Early (2015): January 2015\nLate (2019): December 2014');
    await screenshot(browser, 'k13-versions');
  } finally {
    await browser.deleteSession();
  }
});
