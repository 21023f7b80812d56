// The interface in Mongolian and in Korean, as a student who chose it sees it at 1024x640: every
// view, a revealed review card, a reading and a quiz question, with no sideways overflow and the
// document's language set, so fonts and screen readers follow. Screenshots: target/e2e/i18n-*.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  answerQuizQuestion,
  byTestId,
  clickInView,
  launchApp,
  revealCard,
  screenshot,
  shown,
  sticksOut,
  useApp,
  views,
} from '../helpers.mjs';

const app = useApp();

// What the top bar's Review button says in each language (locales/*/app.ftl).
const languages = [
  ['mn', 'Давтлага'],
  ['ko', '복습'],
];

/** Fails when the page is wider than the window or something sticks out of the view's column. */
async function fits(browser, view, where) {
  const { scroll, client } = await browser.execute(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `${where}: content ${scroll}px wide in a ${client}px window`);
  assert.deepEqual(await browser.execute(sticksOut, view), [], `${where}: past the column's right edge`);
}

for (const [language, review] of languages) {
  test(`every view in ${language} at 1024x640`, async () => {
    // The language is an app-wide preference, as Settings saves it.
    mkdirSync(app.dataDir, { recursive: true });
    writeFileSync(path.join(app.dataDir, 'preferences.json'), JSON.stringify({ language }));
    const browser = await launchApp();
    try {
      await browser.setWindowSize(1024, 640);
      await shown(browser, 'library-view');
      await browser.waitUntil(async () => (await (await byTestId(browser, 'nav-review')).getText()) === review, {
        timeout: 15000,
        timeoutMsg: `the top bar speaks ${language}`,
      });
      assert.equal(await browser.execute(() => document.documentElement.lang), language);

      for (const [nav, view, loaded] of views) {
        await (await byTestId(browser, nav)).click();
        await (await byTestId(browser, view)).waitForDisplayed({ timeout: 15000 });
        await (await browser.$(loaded)).waitForDisplayed({ timeout: 30000 });
        await fits(browser, view, `${view} in ${language}`);
        await screenshot(browser, `i18n-${language}-${view}`);
      }

      await (await byTestId(browser, 'nav-review')).click();
      await revealCard(browser);
      await fits(browser, 'review-view', `revealed card in ${language}`);
      await screenshot(browser, `i18n-${language}-review-answer`);

      await (await byTestId(browser, 'nav-library')).click();
      await clickInView(browser, 'open-reading');
      await shown(browser, 'reading-view');
      await fits(browser, 'reading-view', `reading in ${language}`);
      await screenshot(browser, `i18n-${language}-reading`);

      await (await byTestId(browser, 'nav-quiz')).click();
      await (await browser.$('[data-testid="quiz-reading-select"]:enabled')).waitForDisplayed({ timeout: 30000 });
      await clickInView(browser, 'quiz-start');
      await answerQuizQuestion(browser);
      await fits(browser, 'quiz-view', `quiz feedback in ${language}`);
      await screenshot(browser, `i18n-${language}-quiz-feedback`);
    } finally {
      await browser.deleteSession();
    }
  });
}
