// The quiz and the progress screen in the real window: a fresh deck's progress (empty states), a
// five-question quiz of the first reading answered whatever each question's kind, its results, and
// the progress screen again, now with a history of reviews (quiz misses are logged as Again).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerQuizQuestion as answer, byTestId, launchApp, screenshot, shown, textOf, useApp } from '../helpers.mjs';

useApp();

const WAIT = { timeout: 15000 };

/** Whether a chart has been drawn: ECharts puts a canvas with a size into its box. */
async function drawn(browser, testid) {
  return browser.execute((id) => {
    const canvas = document.querySelector(`[data-testid="${id}"] canvas`);
    return canvas !== null && canvas.width > 0 && canvas.height > 0;
  }, testid);
}

test('progress starts empty; a quiz of the first reading; its misses show up in progress', async () => {
  const browser = await launchApp();
  try {
    await (await byTestId(browser, 'library-view')).waitForDisplayed({ timeout: 30000 });

    // A fresh deck: nothing studied, so the history, forecast, retention and mastery say what to do.
    await (await byTestId(browser, 'nav-progress')).click();
    await shown(browser, 'progress-view');
    assert.match(await textOf(browser, 'empty-heatmap'), /No reviews yet — study a few cards/);
    await shown(browser, 'empty-forecast');
    await shown(browser, 'empty-retention');
    await shown(browser, 'empty-mastery');
    assert.equal(await (await byTestId(browser, 'chart-heatmap')).isExisting(), false, 'no heatmap yet');
    await shown(browser, 'chart-states');
    await browser.waitUntil(() => drawn(browser, 'chart-states'), { ...WAIT, timeoutMsg: 'card states drawn' });
    assert.match(await (await byTestId(browser, 'chart-states')).getAttribute('aria-label'), /\d+ new/);
    await screenshot(browser, 'q01-progress-empty');

    // Set up a quiz of five questions from the first reading.
    await (await byTestId(browser, 'nav-quiz')).click();
    await shown(browser, 'quiz-setup');
    const select = await shown(browser, 'quiz-reading-select');
    await browser.waitUntil(async () => (await select.getValue()) !== '', { ...WAIT, timeoutMsg: 'readings listed' });
    const firstReading = await select.getValue();
    await (await (await byTestId(browser, 'quiz-scope-reading')).parentElement()).click();
    await (await (await byTestId(browser, 'quiz-length-5')).parentElement()).click();
    assert.equal(await (await byTestId(browser, 'quiz-length-5')).isSelected(), true);
    assert.equal(await (await byTestId(browser, 'quiz-scope-reading')).isSelected(), true);
    await screenshot(browser, 'q02-quiz-setup');
    await (await byTestId(browser, 'quiz-start')).click();

    // Answer every question, whatever its kind; Enter goes on to the next.
    const kinds = [];
    for (let i = 1; i <= 5; i++) {
      await browser.waitUntil(async () => (await textOf(browser, 'quiz-position')) === `Question ${i} of 5`, {
        ...WAIT,
        timeoutMsg: `expected question ${i}`,
      });
      assert.ok((await textOf(browser, 'quiz-prompt')).length > 0, 'each question has a prompt');
      await screenshot(browser, `q03-quiz-question-${i}`);
      kinds.push(await answer(browser));
      assert.equal(Number(await (await byTestId(browser, 'quiz-progress')).getAttribute('aria-valuenow')), i);
      const source = await textOf(browser, 'quiz-source');
      assert.ok(source.includes('From'), 'the feedback names its source');
      await screenshot(browser, `q04-quiz-feedback-${i}`);
      const next = await shown(browser, 'quiz-next');
      if (i < 5) {
        assert.match(await next.getText(), /Next question/);
        await browser.keys('Enter');
      } else {
        assert.match(await next.getText(), /See results/);
        await next.click();
      }
    }
    assert.ok(!kinds.includes('qa'), 'Q&A cards never appear in quizzes');

    // The results: the score and every miss with the answer given, the right one and its source.
    await shown(browser, 'quiz-results');
    const score = await textOf(browser, 'quiz-score');
    const match = /^(\d+) \/ 5$/.exec(score);
    assert.ok(match, `a score out of five: ${score}`);
    const misses = await browser.$$('[data-testid="quiz-miss"]');
    assert.equal(misses.length, 5 - Number(match[1]), 'every question not right is listed as a miss');
    assert.ok(misses.length > 0, `answering "x" and option 0 misses something (kinds: ${kinds.join(', ')})`);
    const miss = misses[0];
    assert.ok((await (await miss.$('[data-testid="quiz-miss-given"]')).getText()).length > 0);
    assert.ok((await (await miss.$('[data-testid="quiz-miss-correct"]')).getText()).length > 0);
    assert.match(await (await miss.$('[data-testid="quiz-miss-source"]')).getText(), /From/);
    await screenshot(browser, 'q05-quiz-results');
    assert.ok(firstReading, 'the first reading was quizzed');

    // "Review these now" opens Review, where the misses are due again.
    await (await byTestId(browser, 'quiz-review-misses')).click();
    await shown(browser, 'review-view');

    // The misses were logged as Again reviews: the progress screen now has a history.
    await (await byTestId(browser, 'nav-progress')).click();
    await shown(browser, 'progress-view');
    await shown(browser, 'chart-heatmap');
    await browser.waitUntil(() => drawn(browser, 'chart-heatmap'), { ...WAIT, timeoutMsg: 'heatmap drawn' });
    assert.match(
      await (await byTestId(browser, 'chart-heatmap')).getAttribute('aria-label'),
      new RegExp(`Today: ${misses.length} review`),
      'today’s misses are today’s reviews',
    );
    assert.equal(await (await byTestId(browser, 'empty-heatmap')).isExisting(), false);
    await screenshot(browser, 'q06-progress-after-quiz');

    // Further down: the forecast and the mastery of the quizzed reading.
    const mastery = await shown(browser, 'chart-mastery');
    await browser.waitUntil(() => drawn(browser, 'chart-mastery'), { ...WAIT, timeoutMsg: 'mastery drawn' });
    await browser.execute((el) => el.scrollIntoView({ block: 'end' }), mastery);
    await screenshot(browser, 'q07-progress-mastery');
  } finally {
    await browser.deleteSession();
  }
});
