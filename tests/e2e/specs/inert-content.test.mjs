// A deck folder opened with STEPPE_DECK_DIR whose title, reading, claims and questions carry
// <script>, <img onerror> and javascript: links: the real window shows them as plain text and
// none of them runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { byTestId, launchApp, repo, revealCard, screenshot, textOf, useApp } from '../helpers.mjs';

const app = useApp({ deckDir: path.join(repo, 'tests', 'e2e', 'fixtures', 'hostile-deck') });

/** Nothing the content carries has run, made an element, or become a link. */
async function assertInert(browser, where) {
  const found = await browser.execute(() => ({
    pwned: window.__pwned ?? null,
    images: document.querySelectorAll('img[src="x"]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent.includes('__pwned')).length,
    jsLinks: [...document.querySelectorAll('[href]')].filter((a) => /^\s*javascript:/i.test(a.getAttribute('href'))).length,
  }));
  assert.deepEqual(found, { pwned: null, images: 0, scripts: 0, jsLinks: 0 }, where);
}

test('script tags, onerror images and javascript: links in a deck render as inert text', async () => {
  const browser = await launchApp();
  try {
    await (await byTestId(browser, 'library-view')).waitForDisplayed({ timeout: 30000 });
    const library = await (await byTestId(browser, 'library-view')).getText();
    assert.match(library, /Hostile deck <script>window\.__pwned = 'title'<\/script>/, 'the deck title, literally');
    await assertInert(browser, 'library');

    await (await byTestId(browser, 'open-reading')).click();
    const view = await byTestId(browser, 'reading-view');
    await view.waitForDisplayed({ timeout: 15000 });
    await browser.waitUntil(async () => (await view.getText()).includes('points nowhere'), {
      timeout: 15000,
      timeoutMsg: 'the reading has come',
    });
    const reading = await view.getText();
    assert.ok(reading.includes(`Before <script>window.__pwned = 'script'</script> after`), reading);
    assert.ok(reading.includes(`An image <img src=x onerror="window.__pwned = 'img'"> sits here`), reading);
    assert.ok(reading.includes('harmless looking link'), 'the link text is shown');
    assert.ok(!reading.includes('javascript:'), 'the link target is not part of the text');
    await screenshot(browser, '11-inert-reading');
    await assertInert(browser, 'reading');

    await (await byTestId(browser, 'nav-review')).click();
    const prompt = await byTestId(browser, 'prompt');
    await prompt.waitForDisplayed({ timeout: 15000 });
    assert.match(await prompt.getText(), /<script>|<img src=x/, 'a claim with markup is the first card, as text');
    await revealCard(browser);
    await screenshot(browser, '12-inert-card');
    await assertInert(browser, 'review');
  } finally {
    await browser.deleteSession();
  }
  assert.ok(existsSync(path.join(app.dataDir, 'preview', 'hostile', 'steppe.sqlite')), 'the previewed deck has its own study folder');
  assert.ok(!existsSync(path.join(app.dataDir, 'steppe.sqlite')), "the built-in deck's database is not touched");
});
