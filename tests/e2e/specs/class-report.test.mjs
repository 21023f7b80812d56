// The class report in the real window at 1024x640. Three students' progress reports are made by
// the command line from real study data (drilled answers on the built-in deck); the app reads
// them and a broken file, and the figures it shows are checked against the same class read by
// the command line (`steppe report class --json`). A native dialog cannot be driven through
// WebDriver, so the debug app answers the report dialogs from $STEPPE_TEST_OPEN_FILES and
// $STEPPE_TEST_SAVE_DIR (src-tauri/src/dialogs.rs). Also the student's side: the export in the
// Progress view, read back by the command line. Screenshots: target/e2e/class-*.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { byTestId, clickInView, launchApp, repo, screenshot, shown, sticksOut, useApp } from '../helpers.mjs';

const cli = path.join(repo, 'target', 'debug', 'steppe');
let classView = null;
let saveDir = null;

const app = useApp({
  prepare: (dir) => {
    // The app's own data: some answers, so the Progress view has charts above the export.
    execFileSync(cli, ['drill', '--answers', '20', '--data-dir', dir]);
    const out = mkdtempSync(path.join(os.tmpdir(), 'steppe-e2e-reports-'));
    // Enough answers that some claims are answered three times or more across the class, so
    // the most-missed list is not empty whatever the deck's cards (at half these, one seed set
    // out of three gave none).
    const students = [
      ['ana', '1', '120', 'Ana Bat'],
      ['bo', '2', '90', null],
      ['chen', '3', '160', 'Цэцэгмаа Батболдын охин Чэнь'],
    ];
    const files = students.map(([who, seed, answers, name]) => {
      const data = path.join(out, who);
      execFileSync(cli, ['drill', '--answers', answers, '--seed', seed, '--data-dir', data]);
      const file = path.join(out, `${who}.json`);
      execFileSync(cli, ['report', 'student', '--out', file, '--data-dir', data, ...(name ? ['--name', name] : [])]);
      return file;
    });
    const broken = path.join(out, 'notes-from-class.json');
    writeFileSync(broken, '{"format": "something else"}');
    classView = JSON.parse(execFileSync(cli, ['report', 'class', '--json', ...files, broken], { encoding: 'utf8' }));
    // What the dialogs answer (inherited by the app through tauri-driver).
    process.env.STEPPE_TEST_OPEN_FILES = [...files, broken].join(path.delimiter);
    saveDir = path.join(out, 'saved');
    mkdirSync(saveDir);
    process.env.STEPPE_TEST_SAVE_DIR = saveDir;
  },
});

/** Fails when the page is wider than the window or something sticks out of the view's column. */
async function fits(browser, view, where) {
  const { scroll, client } = await browser.execute(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(scroll <= client, `${where}: content ${scroll}px wide in a ${client}px window`);
  assert.deepEqual(await browser.execute(sticksOut, view), [], `${where}: past the column's right edge`);
}

async function scrollTo(browser, testid) {
  const el = await shown(browser, testid);
  await browser.execute((target) => target.scrollIntoView({ block: 'start' }), el);
  // The sticky top bar covers the top of the window: leave the part shown below it.
  await browser.execute(() => window.scrollBy(0, -110));
}

async function showClass(browser) {
  await (await byTestId(browser, 'nav-decks')).click();
  await (await browser.$('[data-testid="deck-item"]')).waitForDisplayed({ timeout: 30000 });
  await clickInView(browser, 'class-report-open');
  await shown(browser, 'class-report-summary');
}

test('the class from three students’ reports, in the Decks view at 1024x640', async () => {
  assert.equal(classView.class.students.length, 3, 'three reports read');
  assert.equal(classView.skipped.length, 1, 'the broken file skipped');
  const browser = await launchApp();
  try {
    await browser.setWindowSize(1024, 640);
    await showClass(browser);
    assert.match(await (await byTestId(browser, 'class-report-summary')).getText(), /^3 students' reports on “/);
    const rows = await browser.$$('[data-testid="class-report-student"]');
    assert.equal(rows.length, 3);
    assert.match(await rows[0].getText(), /^Ana Bat/);
    assert.match(await rows[1].getText(), /^Anonymous \([0-9a-f]{16}\)/);
    assert.match(
      await (await byTestId(browser, 'class-report-skipped')).getText(),
      /notes-from-class\.json is not a Steppe progress report/,
    );
    const missed = await browser.$$('[data-testid="class-report-missed-claim"]');
    assert.ok(classView.most_missed.length > 0, 'the class has claims it missed');
    assert.equal(missed.length, classView.most_missed.length);
    // The same figures as the command line's.
    const first = classView.class.students[0];
    const cells = await rows[0].$$('td');
    assert.equal(await cells[1].getText(), first.answers.toLocaleString('en'));
        const readings = await browser.$$('[data-testid="class-report-reading"]');
    assert.equal(readings.length, classView.class.readings.length);
    // The readings chart is drawn on its canvas, its numbers in its label.
    const chart = await shown(browser, 'chart-class-readings');
    await (await chart.$('canvas')).waitForExist({ timeout: 15000 });
    assert.match(await chart.getAttribute('aria-label'), /claims seen/);
    await fits(browser, 'decks-view', 'class report');

    await scrollTo(browser, 'class-report');
    await screenshot(browser, 'class-01-students');
    await scrollTo(browser, 'class-report-missed');
    await screenshot(browser, 'class-02-most-missed');
    if (classView.class.disputes.length > 0) {
      await scrollTo(browser, 'class-report-dispute');
      await screenshot(browser, 'class-03-disputes');
    }
    await scrollTo(browser, 'chart-class-readings');
    await screenshot(browser, 'class-04-readings');

    // The class's table, saved where the save dialog answers.
    await clickInView(browser, 'class-report-csv');
    const csvSaved = await shown(browser, 'class-report-message');
    assert.match(await csvSaved.getText(), /^Saved mongolia-koreas-class\.csv: one row per claim/);
    const table = readFileSync(path.join(saveDir, 'mongolia-koreas-class.csv'), 'utf8');
    assert.ok(table.startsWith('\ufeffclaim,reading,dispute,students,'), table.slice(0, 80));

    // A reading shaded by the class: each paragraph by the share of answers the class recalled.
    const answered = classView.class.readings.findIndex((r) => r.answers > 0);
    const shade = (await browser.$$('[data-testid="class-report-shade"]'))[answered];
    await browser.execute((target) => target.scrollIntoView({ block: 'center' }), shade);
    await shade.click();
    assert.match(await (await shown(browser, 'fading-legend')).getText(), /how often the 3 students recalled its claims/);
    const tinted = await browser.$$('[data-testid="reading-text"] .tinted');
    assert.ok(tinted.length > 0, 'paragraphs the class answered on are tinted');
    assert.match(await tinted[0].getAttribute('title'), /^Recalled by the class: \d+%$/);
    // A tinted paragraph's box reaches a little into the column's padding by design: only the
    // window must not scroll sideways.
    const { scroll, client } = await browser.execute(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    assert.ok(scroll <= client, `the shaded reading is ${scroll}px wide in a ${client}px window`);
    await browser.execute((target) => target.scrollIntoView({ block: 'center' }), tinted[0]);
    await screenshot(browser, 'class-08-shaded-reading');
    // Back in Decks, the same class, without opening the files again.
    await clickInView(browser, 'back');
    assert.match(await (await shown(browser, 'class-report-summary')).getText(), /^3 students' reports on “/);

    // The student's side: the export, with its explanation and the optional name.
    await (await byTestId(browser, 'nav-progress')).click();
    await shown(browser, 'progress-view');
    const name = await shown(browser, 'report-name');
    await browser.execute((target) => target.scrollIntoView({ block: 'center' }), name);
    await name.setValue('  Dorj  ');
    await clickInView(browser, 'report-export-button');
    const exported = await shown(browser, 'report-export-message');
    const match = /^Saved (mongolia-koreas-progress-[0-9a-f]{16}\.json): your answers on (\d+) claims?\.$/.exec(
      await exported.getText(),
    );
    assert.ok(match, await exported.getText());
    await browser.execute((target) => target.scrollIntoView({ block: 'center' }), exported);
    await fits(browser, 'progress-view', 'progress report export');
    await screenshot(browser, 'class-05-student-export');
    // The file handed in, as the instructor's Steppe reads it: the name trimmed, every claim.
    const saved = path.join(saveDir, match[1]);
    assert.ok(existsSync(saved));
    const read = JSON.parse(execFileSync(cli, ['report', 'class', '--json', saved], { encoding: 'utf8' }));
    assert.equal(read.class.students[0].name, 'Dorj');
    assert.equal(read.class.students[0].claims_seen, Number(match[2]));
  } finally {
    await browser.deleteSession();
  }
});

test('the class report in Mongolian at 1024x640', async () => {
  mkdirSync(app.dataDir, { recursive: true });
  writeFileSync(path.join(app.dataDir, 'preferences.json'), JSON.stringify({ language: 'mn' }));
  const browser = await launchApp();
  try {
    await browser.setWindowSize(1024, 640);
    await shown(browser, 'library-view');
    await showClass(browser);
    assert.match(await (await byTestId(browser, 'class-report-summary')).getText(), /3 суралцагчийн тайланг уншлаа/);
    await fits(browser, 'decks-view', 'class report in Mongolian');
    await scrollTo(browser, 'class-report');
    await screenshot(browser, 'class-06-mn-students');
    await scrollTo(browser, 'chart-class-readings');
    await screenshot(browser, 'class-07-mn-readings');
  } finally {
    await browser.deleteSession();
  }
});
