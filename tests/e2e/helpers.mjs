// Launches the built app through tauri-driver with a fresh data folder, and saves screenshots.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { remote } from 'webdriverio';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repo = path.resolve(here, '../..');
export const screenshotDir = path.join(repo, 'target', 'e2e');
const app = process.env.STEPPE_APP ? path.resolve(process.env.STEPPE_APP) : path.join(repo, 'target', 'debug', 'steppe-app');
const driverBin = process.env.TAURI_DRIVER ?? path.join(os.homedir(), '.cargo', 'bin', 'tauri-driver');
/**
 * A time zone (a POSIX TZ string, which needs no zone files) in which it is now about noon. The
 * study day turns over at 04:00 local time: a run near that hour would see a card due in ten
 * minutes fall on tomorrow, so the app always runs at midday, whatever the machine's clock says.
 */
function middayZone(now = new Date()) {
  const ahead = ((12 - now.getUTCHours() + 36) % 24) - 12;
  // POSIX offsets count hours west of Greenwich.
  return `STEPPE${ahead >= 0 ? '-' : '+'}${Math.abs(ahead)}`;
}
// The app inherits it through tauri-driver.
process.env.TZ = middayZone();

// Another run on the same machine may hold the default ports; STEPPE_E2E_PORT moves both.
// A driver started again after the app died takes the next two ports (see `launchApp`).
let port = Number(process.env.STEPPE_E2E_PORT ?? 4444);

/** A new, empty data folder for the app (inherited through tauri-driver). */
export function freshDataDir() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'steppe-e2e-'));
  process.env.STEPPE_DATA_DIR = path.join(dir, 'data');
  process.env.XDG_DATA_HOME = path.join(dir, 'xdg-data');
  process.env.XDG_CONFIG_HOME = path.join(dir, 'xdg-config');
  process.env.XDG_CACHE_HOME = path.join(dir, 'xdg-cache');
  return process.env.STEPPE_DATA_DIR;
}

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.end(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/**
 * The tauri-driver of this spec file. It runs in a process group of its own, and `stopDriver`
 * ends the whole group: an app window whose session was lost (a retried session request) would
 * otherwise outlive the test file, holding the data folder and the test runner's output open.
 * The app's standard error reaches us through it, passed on as it comes; `onPanic`, while set,
 * is told when the app reports a panic.
 */
let driver = null;

function stopDriver() {
  if (!driver) return;
  try {
    process.kill(-driver.child.pid, 'SIGKILL');
  } catch {
    // the group is already gone
  }
  driver = null;
}
process.once('exit', stopDriver);

/** Starts tauri-driver on `port` (WebKitWebDriver on the next one) and waits until it listens. */
export async function startTauriDriver() {
  stopDriver();
  const args = ['--port', String(port), '--native-port', String(port + 1)];
  const child = spawn(driverBin, args, { stdio: ['ignore', 'inherit', 'pipe'], detached: true });
  const started = { child, onPanic: null };
  let tail = '';
  child.stderr.on('data', (chunk) => {
    process.stderr.write(chunk);
    // A line may arrive in two pieces: keep the end of the last chunk.
    const text = tail + chunk.toString('utf8');
    const panic = text.match(/panicked at[^\n]*\n?[^\n]*/);
    if (panic) started.onPanic?.(panic[0].trim());
    tail = text.slice(-200);
  });
  driver = started;
  for (let i = 0; i < 100; i++) {
    if (await portOpen(port)) return { kill: stopDriver };
    await new Promise((r) => setTimeout(r, 100));
  }
  stopDriver();
  throw new Error(`tauri-driver did not start listening on port ${port}`);
}

/**
 * The hooks every spec shares: a fresh data folder (made ready by `prepare`, which may be async),
 * an optional deck folder previewed in place of the built-in deck, and tauri-driver, stopped at
 * the end. The object returned holds `dataDir` once the spec has begun.
 */
export function useApp({ deckDir, prepare } = {}) {
  const app = { dataDir: null, driver: null };
  before(async () => {
    app.dataDir = freshDataDir();
    if (deckDir) process.env.STEPPE_DECK_DIR = deckDir;
    else delete process.env.STEPPE_DECK_DIR;
    await prepare?.(app.dataDir);
    app.driver = await startTauriDriver();
  });
  after(() => app.driver?.kill());
  return app;
}

const openSession = () =>
  remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'warn',
    connectionRetryCount: 5,
    capabilities: {
      'tauri:options': { application: app },
      'wdio:enforceWebDriverClassic': true,
    },
  });

/**
 * Opens the app in a new WebDriver session. Now and then, on a loaded machine, the app dies as it
 * starts (GTK fails to initialise); WebKitWebDriver would then hold the session request for two
 * minutes. A panic while the session opens restarts tauri-driver and launches the app once more.
 */
export async function launchApp() {
  for (let attempt = 1; ; attempt++) {
    const started = driver;
    const panicked = new Promise((resolve) => {
      started.onPanic = resolve;
    });
    const session = openSession();
    const outcome = await Promise.race([
      session.then((browser) => ({ browser })),
      panicked.then((panic) => ({ panic })),
    ]).finally(() => {
      started.onPanic = null;
    });
    if (outcome.browser) return outcome.browser;
    // The pending request fails once its driver is gone, and retries on its own port: the new
    // driver listens on the next ones, so that no retry opens a second window.
    session.catch(() => {});
    port += 2;
    await startTauriDriver();
    if (attempt === 2) throw new Error(`the app died twice while starting: ${outcome.panic}`);
    console.log(`e2e: the app died while starting (${outcome.panic}); launching it once more`);
  }
}

/** Saves a screenshot of the window once the last change has been painted. */
export async function screenshot(browser, name) {
  mkdirSync(screenshotDir, { recursive: true });
  await browser.execute(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await browser.saveScreenshot(path.join(screenshotDir, `${name}.png`));
}

export const byTestId = (browser, id) => browser.$(`[data-testid="${id}"]`);

export async function textOf(browser, id) {
  const el = await byTestId(browser, id);
  await el.waitForDisplayed({ timeout: 15000 });
  return (await el.getText()).trim();
}

/** Waits until the element is shown and gives it. */
export async function shown(browser, testid) {
  const el = await byTestId(browser, testid);
  await el.waitForDisplayed({ timeout: 15000, timeoutMsg: `expected ${testid} to be shown` });
  return el;
}

/**
 * Clicks an element after scrolling it to the middle of the window. WebDriver scrolls an element
 * only to the window's edge, where the sticky top bar can cover it, and then retries the
 * intercepted click for seconds before scrolling it clear.
 */
export async function clickInView(browser, testid) {
  const el = await shown(browser, testid);
  await browser.execute((target) => target.scrollIntoView({ block: 'center' }), el);
  await el.click();
}

/**
 * Runs in the page: whether the revealed answer is where Review puts it, a few frames after it
 * appears (once the sticky grade bar is measured): scrolled as `scrollIntoView({ block:
 * 'nearest' })` leaves it with the bar's height as its bottom margin. A box that fits the room
 * above the bar sits wholly in it; a taller one starts at the window's top or above.
 */
export function answerPlaced() {
  const box = document.querySelector('.answer-box')?.getBoundingClientRect();
  const bar = document.querySelector('.grade-bar')?.getBoundingClientRect();
  if (!box || !bar || bar.height === 0) return false;
  return box.height > bar.top ? box.top <= 1 : box.top >= -1 && box.bottom <= bar.top + 1;
}

/**
 * Reveals the answer of the review card on screen, whatever its kind: Space where the student
 * answers in their head, option 1 of a choice, "x" typed, or the order as shown. Gives its kind
 * once the answer has been scrolled into place: a click aimed before then (at the source's Open
 * link, say) lands where the link was.
 */
export async function revealCard(browser) {
  const card = await shown(browser, 'card');
  const kind = await card.getAttribute('data-kind');
  switch (kind) {
    case 'multiple_choice':
    case 'true_false':
    case 'sources':
      await browser.keys('1');
      break;
    case 'typed': {
      const input = await shown(browser, 'typed-input');
      await input.setValue('x');
      await browser.keys('Enter');
      break;
    }
    case 'timeline':
      await clickInView(browser, 'check-order');
      break;
    default:
      await browser.keys(' ');
  }
  await shown(browser, 'answer');
  await browser.waitUntil(() => browser.execute(answerPlaced), {
    timeout: 15000,
    timeoutMsg: 'the revealed answer is scrolled into place above the grade bar',
  });
  return kind;
}

/** Answers the question on screen by its kind: option 0, "x", or the order as shown. */
export async function answerQuizQuestion(browser) {
  const question = await shown(browser, 'quiz-question');
  const kind = await question.getAttribute('data-kind');
  switch (kind) {
    case 'multiple_choice':
    case 'true_false':
    case 'sources':
      await clickInView(browser, 'quiz-choice-0');
      break;
    case 'cloze':
    case 'typed': {
      const input = await shown(browser, 'quiz-input');
      await input.setValue('x');
      await browser.keys('Enter');
      break;
    }
    case 'timeline':
      assert.ok((await browser.$$('[data-testid="quiz-timeline-item"]')).length >= 4, 'a timeline has items to order');
      await clickInView(browser, 'quiz-check-order');
      break;
    default:
      assert.fail(`a quiz never asks a ${kind} question`);
  }
  await shown(browser, 'quiz-feedback');
  return kind;
}

// Each view's button, the view, and what shows once it has loaded (views that list decks or
// readings load after they appear; measuring them while they say "Loading…" would prove nothing).
export const views = [
  ['nav-library', 'library-view', '[data-testid="library-view"]'],
  ['nav-review', 'review-view', '[data-testid="review-view"]'],
  ['nav-quiz', 'quiz-view', '[data-testid="quiz-reading-select"]:enabled'],
  ['nav-progress', 'progress-view', '[data-testid="progress-view"]'],
  ['nav-settings', 'settings-view', '[data-testid="settings-view"]'],
  ['nav-decks', 'decks-view', '[data-testid="deck-item"]'],
  ['nav-author', 'author-view', '[data-testid="author-readonly"]'],
];

/**
 * Runs in the page: the elements of the view that reach past the right edge of its content box,
 * as `tag.class (testid): N px`. What sits inside a box that scrolls or clips is that box's
 * business and is not counted; neither is anything not drawn or fixed to the window.
 */
export function sticksOut(viewId) {
  const view = document.querySelector(`[data-testid="${viewId}"]`);
  const edge = view.getBoundingClientRect().right - parseFloat(getComputedStyle(view).paddingRight);
  const found = [];
  const visit = (element) => {
    for (const child of element.children) {
      const style = getComputedStyle(child);
      const rect = child.getBoundingClientRect();
      if (style.position === 'fixed' || (rect.width === 0 && rect.height === 0)) continue;
      const past = rect.right - edge;
      if (past > 1) {
        const name = [child.tagName.toLowerCase(), ...child.classList].join('.');
        const testid = child.dataset.testid ? ` (${child.dataset.testid})` : '';
        found.push(`${name}${testid}: ${Math.round(past)} px`);
      }
      if (style.overflowX === 'visible') visit(child);
    }
  };
  visit(view);
  return found;
}
