// Settings: the workload chart beside the desired-retention slider follows the slider, and
// lighter days of the week are marked and kept with the deck's study settings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byTestId, clickInView, launchApp, screenshot, shown, sticksOut, useApp } from '../helpers.mjs';

useApp();

test('the workload chart follows the retention slider; easy days are saved and kept', async () => {
  let browser = await launchApp();
  try {
    await (await byTestId(browser, 'nav-settings')).click();
    await shown(browser, 'settings-view');
    const chart = await shown(browser, 'chart-workload');
    await browser.execute((el) => el.scrollIntoView({ block: 'center' }), chart);
    const before = await (await shown(browser, 'workload-summary')).getText();
    assert.match(before, /At 90% desired retention/, before);
    await screenshot(browser, 'w01-settings-workload');

    // The slider moves the summary (and the chart's mark) without saving.
    const slider = await byTestId(browser, 'setting-retention');
    await browser.execute((el) => {
      el.value = '0.97';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, slider);
    await browser.waitUntil(async () => /At 97% desired retention/.test(await (await byTestId(browser, 'workload-summary')).getText()), {
      timeout: 15000,
      timeoutMsg: 'the summary follows the slider',
    });

    const days = await browser.$$('[data-testid="easy-day"]');
    assert.equal(days.length, 7, 'a box for each day of the week');
    await browser.execute((el) => el.scrollIntoView({ block: 'center' }), days[5]);
    await days[5].click();
    await days[6].click();
    assert.deepEqual(await browser.execute(sticksOut, 'settings-view'), [], 'nothing reaches past the view');
    await screenshot(browser, 'w02-settings-easy-days');
    await clickInView(browser, 'settings-save');
    await shown(browser, 'settings-saved');
  } finally {
    await browser.deleteSession();
  }

  browser = await launchApp();
  try {
    await (await byTestId(browser, 'nav-settings')).click();
    await shown(browser, 'settings-view');
    const checked = await browser.execute(() =>
      Array.from(document.querySelectorAll('[data-testid="easy-day"]')).map((box) => box.checked),
    );
    assert.deepEqual(checked, [false, false, false, false, false, true, true], 'Saturday and Sunday are kept lighter');
  } finally {
    await browser.deleteSession();
  }
});
