// Backups in the real window: a backup made in Settings is listed compressed with its size, and
// restoring it brings back the answers it holds while studying goes on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { byTestId, clickInView, launchApp, repo, revealCard, screenshot, shown, textOf, useApp } from '../helpers.mjs';

const cli = path.join(repo, 'target', 'debug', 'steppe');
useApp({
  prepare: (dir) => {
    execFileSync(cli, ['drill', '--answers', '3', '--data-dir', dir]);
  },
});

test('a backup made in Settings is listed with its size and restores the answers it holds', async () => {
  const browser = await launchApp();
  try {
    await (await byTestId(browser, 'nav-settings')).click();
    await shown(browser, 'settings-view');
    await clickInView(browser, 'backup-now');
    // The day's backup, made in the background at start, may be listed too.
    const manualItem = async () => {
      for (const item of await browser.$$('[data-testid="backup-item"]')) {
        if ((await item.getText()).includes('-manual.sqlite.zst')) return item;
      }
      return null;
    };
    await browser.waitUntil(async () => (await manualItem()) !== null, {
      timeout: 30000,
      timeoutMsg: 'the backup made by hand is listed',
    });
    const listed = await (await manualItem()).getText();
    assert.match(listed, /steppe-\d{8}T\d{6}-manual\.sqlite\.zst/, listed);
    assert.match(listed, /\d+(\.\d+)?\s*(KB|MB|kB|B)/, `the size is shown: ${listed}`);
    await screenshot(browser, 'b01-settings-backups');

    // One answer more, then the backup brings the data back to three answers.
    await (await byTestId(browser, 'nav-review')).click();
    await shown(browser, 'prompt');
    assert.match(await textOf(browser, 'session-progress-label'), /^3 answered/);
    await revealCard(browser);
    await browser.keys('3');
    await browser.waitUntil(async () => /^4 answered/.test(await textOf(browser, 'session-progress-label')), {
      timeout: 15000,
      timeoutMsg: 'the fourth answer is counted',
    });

    await (await byTestId(browser, 'nav-settings')).click();
    await shown(browser, 'settings-view');
    await browser.execute(() => {
      window.confirm = () => true;
    });
    await browser.waitUntil(async () => (await manualItem()) !== null, { timeout: 15000 });
    await (await (await manualItem()).$('[data-testid="restore-backup"]')).click();
    await browser.waitUntil(async () => (await (await browser.$('[role="status"]')).getText()) === 'Backup restored', {
      timeout: 30000,
      timeoutMsg: 'the restore is reported',
    });
    await screenshot(browser, 'b02-settings-restored');

    await (await byTestId(browser, 'nav-review')).click();
    await shown(browser, 'prompt');
    assert.match(await textOf(browser, 'session-progress-label'), /^3 answered/, "the backup's three answers");
  } finally {
    await browser.deleteSession();
  }
});
