// Latin, Cyrillic and Hangul text is drawn with the faces bundled in the app, none fetched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, launchApp, screenshot, useApp } from '../helpers.mjs';

useApp();

// What the page knows of its fonts once the text on screen has been laid out.
function fontReport(samples) {
  return document.fonts.ready.then(() => {
    const loaded = [...document.fonts]
      .filter((face) => face.status === 'loaded')
      .map((face) => ({ family: face.family.replace(/["']/g, ''), range: face.unicodeRange }));
    const canvas = document.createElement('canvas').getContext('2d');
    const rendered = samples.map(({ testid, text }) => {
      const element = document.querySelector(`[data-testid="${testid}"]`);
      const style = getComputedStyle(element);
      const font = `${style.fontSize} ${style.fontFamily}`;
      canvas.font = font;
      // The same number of characters that no font has (private use): each drawn as a missing glyph.
      const missing = '\uE000'.repeat([...text].length);
      return {
        testid,
        shown: element.textContent.includes(text),
        check: document.fonts.check(font, text),
        width: canvas.measureText(text).width,
        missingWidth: canvas.measureText(missing).width,
      };
    });
    // Every font file, script and stylesheet the page names, resolved against the page.
    const urls = [];
    for (const sheet of document.styleSheets) {
      if (sheet.href) urls.push(sheet.href);
      for (const rule of sheet.cssRules) {
        if (!(rule instanceof CSSFontFaceRule)) continue;
        for (const match of rule.style.getPropertyValue('src').matchAll(/url\(["']?([^"')]+)["']?\)/g)) {
          urls.push(new URL(match[1], sheet.href ?? location.href).href);
        }
      }
    }
    document.querySelectorAll('script[src], link[href], img[src]').forEach((el) => urls.push(el.src || el.href));
    // Not URL.origin: it is "null" for the app's own tauri: scheme.
    const placeOf = (url) => {
      const parsed = new URL(url);
      return `${parsed.protocol}//${parsed.host}`;
    };
    const origins = urls.map(placeOf);
    return { loaded, rendered, pageOrigin: placeOf(location.href), origins };
  });
}

test('the Settings text sample shows Latin, Cyrillic and Hangul in the bundled faces', async () => {
  const browser = await launchApp();
  try {
    await (await byTestId(browser, 'nav-settings')).click();
    await (await byTestId(browser, 'text-sample')).waitForDisplayed({ timeout: 15000 });
    const samples = [
      { testid: 'sample-latin', text: 'Ulaanbaatar' },
      { testid: 'sample-cyrillic', text: 'Улаанбаатар' },
      { testid: 'sample-hangul', text: '대한민국' },
    ];
    // A face starts loading only once text needing it is laid out, which can come after the
    // fonts the page already asked for are ready: wait (a while) for all three to have loaded.
    let report = await browser.execute(fontReport, samples);
    const loadedFamilies = () => new Set(report.loaded.map((face) => face.family));
    await browser
      .waitUntil(
        async () => {
          report = await browser.execute(fontReport, samples);
          return ['Steppe Sans', 'Steppe Serif', 'Steppe Sans KR'].every((f) => loadedFamilies().has(f));
        },
        { timeout: 10000, interval: 250 },
      )
      .catch(() => {});
    await screenshot(browser, 'f01-settings-text-sample');

    const families = loadedFamilies();
    for (const family of ['Steppe Sans', 'Steppe Serif', 'Steppe Sans KR']) {
      assert.ok(families.has(family), `${family} is loaded for the text on screen (loaded: ${[...families]})`);
    }
    const serifRanges = report.loaded.filter((face) => face.family === 'Steppe Serif').map((face) => face.range);
    assert.ok(serifRanges.some((range) => /U\+0*400-0*45F/i.test(range)), `the Cyrillic subset is among ${serifRanges}`);

    for (const sample of report.rendered) {
      assert.ok(sample.shown, `${sample.testid} is on screen`);
      assert.ok(sample.check, `${sample.testid}: every face its text needs is loaded`);
      assert.ok(
        Math.abs(sample.width - sample.missingWidth) > 1,
        `${sample.testid} is drawn with real glyphs (${sample.width}px), not missing-glyph boxes (${sample.missingWidth}px)`,
      );
    }
    assert.ok(report.origins.length >= 9, `the page names its scripts, styles and nine font files (${report.origins.length})`);
    for (const origin of report.origins) {
      assert.equal(origin, report.pageOrigin, 'every asset comes from the app itself');
    }
  } finally {
    await browser.deleteSession();
  }
});
