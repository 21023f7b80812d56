// A damaged database in the real window: the app says so, restores the newest backup on a click,
// keeps the damaged file aside, and studying works again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, truncateSync, statSync } from 'node:fs';
import path from 'node:path';
import { byTestId, launchApp, repo, revealCard, screenshot, textOf, useApp } from '../helpers.mjs';

const cli = path.join(repo, 'target', 'debug', 'steppe');
let dir;
useApp({
  prepare: (dataDir) => {
    dir = dataDir;
    // Three answers, then a reopening that makes the day's backup, then two answers more.
  execFileSync(cli, ['drill', '--answers', '3', '--data-dir', dir]);
  execFileSync(cli, ['stats', '--data-dir', dir]);
  execFileSync(cli, ['drill', '--answers', '2', '--seed', '1', '--data-dir', dir]);
  assert.ok(readdirSync(path.join(dir, 'backups')).some((n) => n.endsWith('-daily.sqlite.zst')), 'a daily backup exists');
  // Cut the database to a third of its size: a damaged file.
  const db = path.join(dir, 'steppe.sqlite');
  for (const wal of ['-wal', '-shm']) rmSync(db + wal, { force: true });
    truncateSync(db, Math.floor(statSync(db).size / 3));
  },
});

test('a damaged database is refused, the newest backup restored, and studying goes on', async () => {
  const damaged = readFileSync(path.join(dir, 'steppe.sqlite'));
  const browser = await launchApp();
  try {
    const heading = await byTestId(browser, 'recovery-heading');
    await heading.waitForDisplayed({ timeout: 30000 });
    assert.equal(await heading.getText(), 'Your study data could not be opened');
    assert.match(await textOf(browser, 'error'), /is damaged .*Steppe leaves it untouched/);
    assert.match(
      await (await byTestId(browser, 'recovery')).getText(),
      /The damaged file is kept aside as steppe\.sqlite\.damaged-<time>/,
    );
    await screenshot(browser, '08-damaged-database');

    await (await byTestId(browser, 'restore-newest')).click();
    await (await byTestId(browser, 'library-view')).waitForDisplayed({ timeout: 30000 });
    await (await byTestId(browser, 'nav-review')).click();
    const prompt = await byTestId(browser, 'prompt');
    await prompt.waitForDisplayed({ timeout: 15000 });
    assert.match(await textOf(browser, 'session-progress-label'), /^3 answered/, "the backup's three answers of today are back");
    await revealCard(browser);
    await browser.keys('3');
    await browser.waitUntil(async () => /^4 answered/.test(await textOf(browser, 'session-progress-label')), {
      timeout: 15000,
      timeoutMsg: 'the answer after the restore is counted',
    });
    await screenshot(browser, '09-restored-studying');
  } finally {
    await browser.deleteSession();
  }
  const kept = readdirSync(dir).filter((n) => n.startsWith('steppe.sqlite.damaged-') && !/-(wal|shm)$/.test(n));
  assert.equal(kept.length, 1, `the damaged file is kept aside: ${readdirSync(dir)}`);
  assert.deepEqual(readFileSync(path.join(dir, kept[0])), damaged, 'byte for byte as it was');
  // The restored database holds the backup's three answers and the one given after the restore.
  const stats = execFileSync(cli, ['stats', '--data-dir', dir], { encoding: 'utf8' });
  assert.match(stats, /reviews: +\d+ today, 4 in all/, stats);
  assert.ok(existsSync(path.join(dir, 'steppe.sqlite')));
});
