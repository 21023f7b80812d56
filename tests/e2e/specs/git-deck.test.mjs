// A deck from a git repository in the real window at 1024x640: added by its folder in the Decks
// view ("Add from git"), with what it holds shown before it is installed; then the instructor
// commits a new version and the student's Update lists the claims added, removed and changed
// before installing it. The app reads the repository with its own git library; only this test
// makes the repository, with the git command. Screenshots (light and dark): target/e2e/git-*.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { byTestId, clickInView, launchApp, screenshot, shown, useApp } from '../helpers.mjs';

const deckToml = (version) =>
  `id = "class-deck"\ntitle = "Class deck"\nversion = "${version}"\nreadings = ["r1"]\n`;
const reading =
  '+++\nid = "r1"\ntitle = "Reading One"\npublisher = "P"\npublished = "2015-03-02"\n+++\n\n' +
  'Mongolia hosted three rounds of talks in 2007–2012.\n\nNorth Korea’s embassy opened in 1948.\n';
const claim = (id, quote, text, answer, extra = '') =>
  `[[claim]]\nid = "${id}"\nquote = "${quote}"\ntext = "${text}"\nanswer = "${answer}"\n${extra}\n`;
const v1Claims =
  'reading = "r1"\n\n' +
  claim('rounds', 'hosted three rounds of talks', 'Mongolia hosted three rounds of talks.', 'three rounds', 'kind = "number"\n') +
  claim('embassy', "North Korea's embassy opened in 1948", "North Korea's embassy in Mongolia opened in 1948.", '1948', 'kind = "date"\ndate = "1948"\n') +
  claim('period', '2007-2012', 'The talks took place in 2007–2012.', '2007–2012', 'kind = "date"\n');
const v2Claims =
  'reading = "r1"\n\n' +
  claim('rounds', 'hosted three rounds of talks', 'Mongolia hosted three rounds of six-party talks.', 'three rounds', 'kind = "number"\n') +
  claim('embassy', "North Korea's embassy opened in 1948", "North Korea's embassy in Mongolia opened in 1948.", '1948', 'kind = "date"\ndate = "1948"\n') +
  claim('opened', 'embassy opened in 1948', 'The embassy opened in 1948.', '1948', 'kind = "date"\ndate = "1948"\n');

let repoDir = null;

/** Commits the deck files at `version` with `claims` on the repository's main branch. */
function commitVersion(version, claims) {
  mkdirSync(path.join(repoDir, 'readings'), { recursive: true });
  mkdirSync(path.join(repoDir, 'claims'), { recursive: true });
  writeFileSync(path.join(repoDir, 'deck.toml'), deckToml(version));
  writeFileSync(path.join(repoDir, 'readings', '001-r1.md'), reading);
  writeFileSync(path.join(repoDir, 'claims', '001-r1.toml'), claims);
  const git = (...args) =>
    execFileSync('git', ['-C', repoDir, '-c', 'user.name=Instructor', '-c', 'user.email=i@example.org', ...args]);
  git('add', '-A');
  git('commit', '-q', '-m', `version ${version}`);
}

useApp({
  prepare: () => {
    repoDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'steppe-e2e-git-')), 'class-deck');
    mkdirSync(repoDir);
    execFileSync('git', ['init', '-q', '-b', 'main', repoDir]);
    commitVersion('1', v1Claims);
  },
});

async function inTheme(browser, theme) {
  await browser.execute((t) => (document.documentElement.dataset.theme = t), theme);
}

test('a deck added from a git folder, then updated with its changes shown first', async () => {
  const browser = await launchApp();
  try {
    await browser.setWindowSize(1024, 640);
    await (await byTestId(browser, 'nav-decks')).click();
    await (await browser.$('[data-testid="deck-item"]')).waitForDisplayed({ timeout: 30000 });

    await (await shown(browser, 'git-url')).setValue(repoDir);
    await clickInView(browser, 'git-check');
    const summary = await shown(browser, 'git-summary');
    assert.match(await summary.getText(), /^“Class deck” 1 \(commit [0-9a-f]{10}\) has 3 claims\.$/);
    assert.equal((await browser.$$('[data-testid="deck-item"]')).length, 1, 'nothing installed before Install');
    await browser.execute((el) => el.scrollIntoView({ block: 'center' }), await byTestId(browser, 'git-add'));
    await screenshot(browser, 'git-add-light');
    await inTheme(browser, 'dark');
    await screenshot(browser, 'git-add-dark');
    await inTheme(browser, 'light');

    await clickInView(browser, 'git-install');
    assert.equal(await (await shown(browser, 'git-message')).getText(), 'Added “Class deck” 1.');
    const item = await browser.$('[data-testid="deck-item"][data-deck="class-deck"]');
    await item.waitForDisplayed({ timeout: 15000 });
    assert.match(await (await item.$('[data-testid="git-source"]')).getText(), new RegExp(`^From ${repoDir}$`));

    // The instructor commits version 2; the student updates.
    commitVersion('2', v2Claims);
    const update = await item.$('[data-testid="git-update-check"]');
    await browser.execute((el) => el.scrollIntoView({ block: 'center' }), update);
    await update.click();
    const diff = await item.$('[data-testid="git-summary"]');
    await diff.waitForDisplayed({ timeout: 15000 });
    assert.match(
      await diff.getText(),
      /^“Class deck” can be updated from 1 to 2 \(commit [0-9a-f]{10}\): 1 claim added, 1 removed, 1 changed\.$/,
    );
    assert.equal(await (await item.$('[data-testid="git-added"]')).getText(), 'Added: opened');
    assert.equal(await (await item.$('[data-testid="git-removed"]')).getText(), 'Removed: period');
    assert.equal(await (await item.$('[data-testid="git-changed"]')).getText(), 'Changed: rounds');
    await browser.execute((el) => el.scrollIntoView({ block: 'center' }), item);
    await screenshot(browser, 'git-update-light');
    await inTheme(browser, 'dark');
    await screenshot(browser, 'git-update-dark');
    await inTheme(browser, 'light');

    await (await item.$('[data-testid="git-install"]')).click();
    const done = await browser.$('[data-testid="git-update-message"]');
    await done.waitForDisplayed({ timeout: 15000 });
    assert.equal(await done.getText(), 'Updated “Class deck” to 2.');
    const updated = await browser.$('[data-testid="deck-item"][data-deck="class-deck"]');
    await browser.waitUntil(async () => (await updated.getText()).includes('version 2'), { timeout: 15000 });
    const { scroll, client } = await browser.execute(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    assert.ok(scroll <= client, `content ${scroll}px wide in a ${client}px window`);
  } finally {
    await browser.deleteSession();
  }
});
