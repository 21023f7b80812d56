// Sync in the real window: another device's answers, left in the shared folder by the command
// line, arrive in the app (it syncs soon after opening), and Settings shows the folder, this
// device and Sync now.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { byTestId, clickInView, launchApp, repo, screenshot, shown, useApp } from '../helpers.mjs';

const work = mkdtempSync(path.join(os.tmpdir(), 'steppe-sync-'));
const shared = path.join(work, 'shared');
const other = path.join(work, 'other-device');
const steppe = process.env.STEPPE_CLI ?? path.join(repo, 'target', 'debug', 'steppe');
const run = (dataDir, args) =>
  execFileSync(steppe, args, { env: { ...process.env, STEPPE_DATA_DIR: dataDir, LANG: 'C.UTF-8' }, stdio: 'pipe' });

useApp({
  prepare(dataDir) {
    mkdirSync(shared, { recursive: true });
    mkdirSync(dataDir, { recursive: true });
    // This device points at the folder; the other studies 20 cards and syncs through it.
    run(dataDir, ['sync', '--folder', shared]);
    run(other, ['drill', '--answers', '20', '--seed', '9']);
    run(other, ['sync', '--folder', shared]);
  },
});

const sideways = () => document.documentElement.scrollWidth > innerWidth + 1;

test("another device's answers arrive, and Settings shows the sync folder", async () => {
  const browser = await launchApp();
  try {
    await browser.setWindowSize(1024, 640);
    await (await shown(browser, 'nav-progress')).click();
    await browser.waitUntil(
      async () => {
        await (await shown(browser, 'nav-library')).click();
        await (await shown(browser, 'nav-progress')).click();
        const total = await byTestId(browser, 'stat-reviews-total');
        return (await total.isExisting()) && (await total.getText()).trim() === '20';
      },
      { timeout: 30000, interval: 1500, timeoutMsg: "the other device's 20 answers arrive" },
    );

    await (await shown(browser, 'nav-settings')).click();
    const section = await shown(browser, 'sync-settings');
    await browser.execute((el) => el.scrollIntoView({ block: 'start' }), section);
    assert.ok((await (await byTestId(browser, 'sync-folder')).getText()).includes(shared));
    await clickInView(browser, 'sync-now');
    await shown(browser, 'sync-message');
    assert.equal(await browser.execute(sideways), false);
    await screenshot(browser, 'sync-settings');
  } finally {
    await browser.deleteSession();
  }
});
