// A data folder holding a file that is not Steppe's database: the window says so and the file
// is left exactly as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { byTestId, launchApp, screenshot, useApp } from '../helpers.mjs';

let dbFile;
useApp({
  prepare: (dir) => {
    mkdirSync(dir, { recursive: true });
    dbFile = path.join(dir, 'steppe.sqlite');
    writeFileSync(dbFile, 'my thesis notes, not a database');
  },
});

test('a foreign file in place of the database is refused with a clear message', async () => {
  const browser = await launchApp();
  try {
    const error = await byTestId(browser, 'error');
    await error.waitForDisplayed({ timeout: 30000 });
    assert.match(await error.getText(), /is not a Steppe study database: it is not a database file at all .*Steppe leaves it untouched/);
    await screenshot(browser, '07-foreign-database');
  } finally {
    await browser.deleteSession();
  }
  assert.equal(readFileSync(dbFile, 'utf8'), 'my thesis notes, not a database', 'the file is not overwritten');
});
