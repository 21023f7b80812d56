// Every view fits a small laptop screen and a large monitor without sideways scrolling, and nothing
// in a view sticks out of its column; at larger text sizes (Settings → Text size) and with the
// longer Mongolian labels the top bar wraps or shrinks but never clips a label.
// Screenshots: target/e2e/l-*.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { byTestId, clickInView, launchApp, screenshot, shown, sticksOut, useApp, views } from '../helpers.mjs';

const app = useApp();

/** Checks the view on screen fits the window, after saving its screenshot as `name`. */
async function fits(browser, view, name, where) {
  await screenshot(browser, name);
  const { scroll, client } = await browser.execute(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `${view} ${where}: content ${scroll}px wide in a ${client}px window`);
  const outside = await browser.execute(sticksOut, view);
  assert.deepEqual(outside, [], `${view} ${where}: past the column's right edge`);
  assert.deepEqual(await browser.execute(topBarClipped), [], `top bar on ${view} ${where}: clipped`);
}

/** Opens each view in turn and checks it fits the window; `name` prefixes the screenshots. */
async function everyViewFits(browser, name, where) {
  for (const [nav, view, loaded] of views) {
    await (await byTestId(browser, nav)).click();
    await (await byTestId(browser, view)).waitForDisplayed({ timeout: 15000 });
    await (await browser.$(loaded)).waitForDisplayed({ timeout: 30000 });
    await fits(browser, view, `${name}-${view}`, where);
  }
}

/**
 * Runs in the page: what of the top bar is cut off, as `testid: how`. Every button lies wholly
 * inside the bar and the window, shows its whole label (no text cut at its edge), and nothing
 * under the bar hides behind it (the page starts below the bar, however tall it has grown).
 */
function topBarClipped() {
  const bar = document.querySelector('header.topbar');
  const box = bar.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const found = [];
  if (bar.scrollWidth > bar.clientWidth + 1) found.push(`bar: content ${bar.scrollWidth}px in ${bar.clientWidth}px`);
  for (const el of [bar.querySelector('.brand'), ...bar.querySelectorAll('button')]) {
    const name = el.dataset.testid ?? el.className;
    const r = el.getBoundingClientRect();
    if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
      found.push(`${name}: outside the bar`);
    }
    if (r.left < -1 || r.right > width + 1) found.push(`${name}: outside the window`);
    if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) found.push(`${name}: label cut`);
  }
  const main = document.querySelector('main').getBoundingClientRect();
  if (main.top + window.scrollY < box.bottom - 1) found.push(`main starts ${Math.round(box.bottom - main.top)}px under the bar`);
  // What sticks below the bar (a reading's toolbar, toasts) is placed by its real height.
  const offset = getComputedStyle(document.documentElement).getPropertyValue('--topbar-height').trim();
  if (offset !== `${bar.offsetHeight}px`) found.push(`--topbar-height is ${offset}, the bar ${bar.offsetHeight}px tall`);
  return found;
}

/** Writes the app-wide preferences, as Settings saves them, before the app starts. */
function preferences(dataDir, values) {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(path.join(dataDir, 'preferences.json'), JSON.stringify(values));
}

test('no view overflows sideways at 1024x640 or 1920x1080', async () => {
  const browser = await launchApp();
  try {
    for (const [width, height] of [[1024, 640], [1920, 1080]]) {
      await browser.setWindowSize(width, height);
      await everyViewFits(browser, `l-${width}x${height}`, `at ${width}x${height}`);
    }
  } finally {
    await browser.deleteSession();
  }
});

// The text sizes Settings offers above 100%, and the top bar's longest labels (Mongolian) at the
// largest of them.
for (const [prefs, label] of [
  [{ font_scale: 1.2 }, '120'],
  [{ font_scale: 1.6 }, '160'],
  [{ language: 'mn', font_scale: 1.6 }, 'mn-160'],
]) {
  test(`no view overflows sideways at 1024x640 with ${label}% text`, async () => {
    preferences(app.dataDir, prefs);
    const browser = await launchApp();
    try {
      await browser.setWindowSize(1024, 640);
      await shown(browser, 'library-view');
      const size = `${Math.round(prefs.font_scale * 100)}%`;
      await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.style.fontSize)) === size, {
        timeout: 15000,
        timeoutMsg: `the text size ${size} applies`,
      });
      if (prefs.language) {
        await browser.waitUntil(async () => (await browser.execute(() => document.documentElement.lang)) === prefs.language, {
          timeout: 15000,
          timeoutMsg: `the interface speaks ${prefs.language}`,
        });
      }
      await everyViewFits(browser, `l-1024x640-${label}`, `at 1024x640 with ${label}% text`);
      // A reading, opened from the library, below the taller bar.
      await (await byTestId(browser, 'nav-library')).click();
      await clickInView(browser, 'open-reading');
      await shown(browser, 'reading-view');
      await fits(browser, 'reading-view', `l-1024x640-${label}-reading-view`, `at 1024x640 with ${label}% text`);
    } finally {
      await browser.deleteSession();
    }
  });
}
