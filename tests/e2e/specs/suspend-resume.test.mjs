// Cards taken out of study come back from the library's list; a quiz left open when the app
// closed is offered again after a restart, resumed where it stopped, or abandoned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  answerQuizQuestion,
  byTestId,
  launchApp,
  screenshot,
  shown,
  textOf,
  useApp,
} from '../helpers.mjs';

useApp();

const WAIT = { timeout: 15000 };

async function cardId(browser) {
  return (await shown(browser, 'card')).getAttribute('data-card-id');
}

/** Focuses an element and presses Enter on it, as a keyboard user would. */
async function pressEnterOn(browser, element) {
  await browser.execute((el) => el.focus(), element);
  await browser.keys('Enter');
}

test('a suspended card is listed in the library and comes back by keyboard', async () => {
  const browser = await launchApp();
  try {
    await shown(browser, 'library-view');
    assert.equal(await (await byTestId(browser, 'suspended-list')).isExisting(), false, 'nothing suspended yet');
    await (await byTestId(browser, 'nav-review')).click();
    const first = await cardId(browser);
    await browser.keys('s');
    await browser.waitUntil(async () => (await cardId(browser)) !== first, { ...WAIT, timeoutMsg: 'the card left' });

    await (await byTestId(browser, 'nav-library')).click();
    await shown(browser, 'suspended-list');
    const items = await browser.$$('[data-testid="suspended-item"]');
    assert.equal(items.length, 1, 'one card is suspended');
    assert.equal(await items[0].getAttribute('data-card'), first);
    await (await byTestId(browser, 'suspended-list')).scrollIntoView();
    await screenshot(browser, 'u01-library-suspended');

    await pressEnterOn(browser, await byTestId(browser, 'unsuspend'));
    await browser.waitUntil(async () => !(await (await byTestId(browser, 'suspended-list')).isExisting()), {
      ...WAIT,
      timeoutMsg: 'the list empties',
    });
    assert.match(await textOf(browser, 'suspended-status'), /^Back in study: /);
    await screenshot(browser, 'u02-library-unsuspended');

    await (await byTestId(browser, 'nav-review')).click();
    await browser.waitUntil(async () => (await cardId(browser)) === first, {
      ...WAIT,
      timeoutMsg: 'the card is studied first again',
    });
  } finally {
    await browser.deleteSession();
  }
});

/** Starts a five-question quiz on the deck's north-korea tag, picked from the list of tags. */
async function startTagQuiz(browser) {
  await shown(browser, 'quiz-setup');
  const tags = await shown(browser, 'quiz-tag');
  await browser.waitUntil(async () => (await tags.getValue()) !== '', { ...WAIT, timeoutMsg: 'tags listed' });
  assert.match(await tags.getText(), /north-korea \(\d+ claims\)/, 'each tag shows its number of claims');
  await tags.selectByAttribute('value', 'north-korea');
  assert.equal(await (await byTestId(browser, 'quiz-scope-tag')).isSelected(), true, 'picking a tag chooses the tag scope');
  await (await byTestId(browser, 'quiz-length-5')).click();
  await (await byTestId(browser, 'quiz-start')).click();
  await shown(browser, 'quiz-question');
}

test('a quiz left open is resumed after a restart, and another is abandoned', async () => {
  let browser = await launchApp();
  try {
    await shown(browser, 'library-view');
    await (await byTestId(browser, 'nav-quiz')).click();
    await startTagQuiz(browser);
    assert.equal(await textOf(browser, 'quiz-position'), 'Question 1 of 5');
    await answerQuizQuestion(browser);
    await screenshot(browser, 'u03-quiz-one-answered');
  } finally {
    await browser.deleteSession(); // the app closes mid-quiz
  }

  browser = await launchApp();
  try {
    await shown(browser, 'library-view');
    await (await byTestId(browser, 'nav-quiz')).click();
    assert.match(await textOf(browser, 'quiz-resume-text'), /stopped after 1 of 5 questions/);
    await screenshot(browser, 'u04-quiz-resume-offered');
    await pressEnterOn(browser, await byTestId(browser, 'quiz-resume-go'));
    await browser.waitUntil(async () => (await textOf(browser, 'quiz-position')) === 'Question 2 of 5', {
      ...WAIT,
      timeoutMsg: 'the quiz goes on at its second question',
    });
    assert.equal(await (await byTestId(browser, 'quiz-progress')).getAttribute('aria-valuenow'), '1');
    await answerQuizQuestion(browser);
    await (await byTestId(browser, 'quiz-finish')).click();
    const score = await textOf(browser, 'quiz-score');
    assert.match(score, /\/ 5$/, `the results count all five questions: ${score}`);

    await screenshot(browser, 'u05-quiz-resumed-results');

    // A second quiz, left open and then abandoned after a restart.
    await (await byTestId(browser, 'quiz-new')).click();
    await startTagQuiz(browser);
  } finally {
    await browser.deleteSession();
  }

  browser = await launchApp();
  try {
    await shown(browser, 'library-view');
    await (await byTestId(browser, 'nav-quiz')).click();
    assert.match(await textOf(browser, 'quiz-resume-text'), /stopped after 0 of 5 questions/);
    await (await byTestId(browser, 'quiz-abandon')).click();
    await browser.waitUntil(async () => !(await (await byTestId(browser, 'quiz-resume')).isExisting()), {
      ...WAIT,
      timeoutMsg: 'the offer goes',
    });
    await shown(browser, 'quiz-setup');
  } finally {
    await browser.deleteSession();
  }

  browser = await launchApp();
  try {
    await shown(browser, 'library-view');
    await (await byTestId(browser, 'nav-quiz')).click();
    await shown(browser, 'quiz-setup');
    await shown(browser, 'quiz-tag');
    assert.equal(await (await byTestId(browser, 'quiz-resume')).isExisting(), false, 'an abandoned quiz stays closed');
  } finally {
    await browser.deleteSession();
  }
});
