// Two copies of the app on one data folder: the second says Steppe is already open and quits;
// the first goes on untouched.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { byTestId, launchApp, repo, screenshot, useApp } from '../helpers.mjs';

const appBin = process.env.STEPPE_APP ? path.resolve(process.env.STEPPE_APP) : path.join(repo, 'target', 'debug', 'steppe-app');
let first;
let dir;
useApp({
  prepare: async (dataDir) => {
    dir = dataDir;
    // The first instance, started directly in the same display and data folder.
    first = spawn(appBin, [], { stdio: 'ignore' });
    process.once('exit', () => first.kill());
    // It is open once it holds the data folder's lock (flock, as Steppe takes it).
    const lock = path.join(dir, 'steppe.lock');
    for (let i = 0; i < 600; i++) {
      const probe = spawnSync('flock', ['--nonblock', '--exclusive', lock, 'true']);
      if (probe.status === 1) break;
      await new Promise((r) => setTimeout(r, 100));
    }
  },
});
after(() => first?.kill());

test('a second instance says Steppe is already open and quits', async () => {
  assert.equal(first.exitCode, null, 'the first instance is running');
  const browser = await launchApp();
  const heading = await byTestId(browser, 'recovery-heading');
  await heading.waitForDisplayed({ timeout: 30000 });
  assert.equal(await heading.getText(), 'Steppe is already open');
  assert.match(await (await byTestId(browser, 'error')).getText(), /another Steppe window or command is using/);
  assert.equal((await browser.$$('[data-testid="restore-newest"]')).length, 0, 'no recovery is offered');
  await screenshot(browser, '10-already-open');
  // The app may be gone before the click is even acknowledged.
  await (await byTestId(browser, 'quit')).click().catch(() => {});
  // The second app is gone: WebDriver can no longer reach its window.
  await browser.waitUntil(
    async () => {
      try {
        await browser.getTitle();
        return false;
      } catch {
        return true;
      }
    },
    { timeout: 15000, timeoutMsg: 'the second instance quits' },
  );
  await browser.deleteSession().catch(() => {});
  assert.equal(first.exitCode, null, 'the first instance is still running');
  const probe = spawnSync('flock', ['--nonblock', '--exclusive', path.join(dir, 'steppe.lock'), 'true']);
  assert.equal(probe.status, 1, 'the first instance still holds the data folder');
});
