// End-to-end in Firefox and WebKit: the whole demo session (intro, consent, identity card front and
// back, selfie, liveness) against the built widget and the reference backend, up to the redirect, with
// every capture stored on the server. Engine-neutral (test/engines/drivers.mjs); the Chromium walks
// are Playwright's (test/e2e/). The camera is the test-only clip camera, injected by the proxy
// (test/engines/proxy.mjs), which also collects the page's uncaught errors: any one fails the walk. It
// plays the live head (test/media/render-head.mjs) where vision runs, the committed face clip elsewhere
// (in WebKit the document shot with the head clip never reached its review: open).
//
// Needs `npm run build`. TEST_ENGINES picks engines (firefox, webkit); E2E_PORT (proxy) and
// E2E_PORT+1 (backend) are the ports.
import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fixture } from '../browser-launch.mjs';
import { renderHeadClip } from '../media/render-head.mjs';
import { openEngine } from './drivers.mjs';
import { selectedEngines } from './engines.mjs';
import { startProxy } from './proxy.mjs';

const API_KEY = 'vlk_e2e_0123456789abcdef0123456789abcdef';
const E2E_PORT = Number(process.env.E2E_PORT ?? 8797);
const BACKEND = `http://127.0.0.1:${E2E_PORT + 1}`;
const SCREENS = 'test-results/screens';

/**
 * What each engine does with the live head, as configured in engines.mjs: whether on-device vision runs
 * (WebGL 2 in software on the virtual display), hence whether the selfie takes itself and liveness is
 * the active check, or the selfie needs the shutter and liveness the one-photo fallback.
 */
const VISION = { firefox: true, webkit: false };

const engines = selectedEngines().filter((e) => e !== 'chromium');
let dataDir = '';
let clipDir = '';
let headClip = '';
let backend;
let proxy;

async function waitHealthy(url, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'verilock-walk-data-'));
  clipDir = mkdtempSync(join(tmpdir(), 'verilock-walk-clip-'));
  headClip = join(clipDir, 'head.mjpeg');
  if (engines.some((e) => VISION[e])) await renderHeadClip(headClip);
  else headClip = fixture('face.mjpeg');
  if (
    await fetch(`${BACKEND}/healthz`).then(
      () => true,
      () => false,
    )
  )
    throw new Error(`port ${E2E_PORT + 1} already answers: stop that server or set E2E_PORT`);
  backend = spawn(process.execPath, ['--import', 'tsx', 'demo/server/start.ts'], {
    env: {
      ...process.env,
      PORT: String(E2E_PORT + 1),
      HOST: '127.0.0.1',
      PUBLIC_URL: `http://127.0.0.1:${E2E_PORT}`,
      DEMO_EMBED_PORT: '0',
      VERILOCK_API_KEYS: API_KEY,
      VERILOCK_DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitHealthy(`${BACKEND}/healthz`, 60_000);
  if (backend.exitCode !== null)
    throw new Error(`the backend exited (${backend.exitCode}): is port ${E2E_PORT + 1} taken?`);
  proxy = await startProxy({ target: BACKEND, port: E2E_PORT, clip: headClip });
});

after(async () => {
  await proxy?.close();
  if (backend && backend.exitCode === null) {
    const gone = new Promise((r) => backend.once('exit', r));
    backend.kill('SIGTERM');
    await gone;
  }
  for (const dir of [dataDir, clipDir]) if (dir) rmSync(dir, { recursive: true, force: true });
});

async function api(method, path, body) {
  const res = await fetch(`${BACKEND}${path}`, {
    method,
    headers: { 'X-API-Key': API_KEY, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** Polls `check` (run in the page) until it returns something truthy. */
async function waitInPage(driver, what, ms, check, ...args) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await driver.evaluate(check, ...args).catch(() => null);
    if (value) return value;
    if (Date.now() > end) throw new Error(`${driver.engine}: no ${what} within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Which of these headings/buttons is on screen now (the first found), or null. Runs in the page. */
function onScreen(wanted) {
  const all = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  const clean = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  for (const [kind, name] of wanted) {
    const hit = all.find((el) => {
      const isHeading = /^H[1-6]$/.test(el.tagName);
      const isButton = el.tagName === 'BUTTON';
      const isSelect = el.tagName === 'SELECT';
      if (kind === 'heading' ? !isHeading : kind === 'select' ? !isSelect : !isButton) return false;
      const label = isSelect
        ? clean(el.labels?.[0]?.textContent)
        : clean(el.getAttribute('aria-label')) || clean(el.textContent);
      return label === name && visible(el) && !(isButton && el.disabled);
    });
    if (hit) return `${kind}:${name}`;
  }
  return null;
}

const waitFor = (driver, ms, ...wanted) =>
  waitInPage(driver, wanted.map((w) => w.join(' ')).join(' or '), ms, onScreen, wanted);

/** The server holds exactly these captures (kinds, sorted) and the session has this status. */
async function expectStored(sessionId, kinds, status) {
  const stored = await api('GET', `/api/v1/sessions/${sessionId}`);
  assert.equal(stored.status, status);
  assert.deepEqual(stored.captures.map((c) => c.kind).sort(), kinds);
}

/** The liveness fallback's button, as the built widget labels it (English). */
const PHOTO_FALLBACK = 'Take one photo for review';

/** Whether the built hosted widget offers the one-photo liveness fallback. */
function builtWithPhotoFallback() {
  const dir = 'dist/hosted';
  if (!existsSync(dir)) return false;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .some((f) => readFileSync(join(dir, f), 'utf8').includes(PHOTO_FALLBACK));
}

function storedLiveness(sessionId) {
  const db = new Database(join(dataDir, 'verilock.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare("SELECT meta FROM captures WHERE session_id = ? AND kind = 'liveness' AND superseded = 0")
      .get(sessionId);
    return row ? JSON.parse(row.meta) : null;
  } finally {
    db.close();
  }
}

/**
 * Presses the shutter until the review (`reviewHeading`) is up, as a person would press again when
 * nothing happened: a shutter may be re-rendered (or auto-capture may win) between finding and clicking.
 */
async function takePhoto(driver, reviewHeading, ms = 30_000) {
  const end = Date.now() + ms;
  for (;;) {
    const state = await driver
      .evaluate(onScreen, [
        ['heading', reviewHeading],
        ['button', 'Take photo'],
      ])
      .catch(() => null);
    if (state === `heading:${reviewHeading}`) return;
    if (state === 'button:Take photo') await driver.click('button', 'Take photo').catch(() => undefined);
    if (Date.now() > end)
      throw new Error(`${driver.engine}: no "${reviewHeading}" within ${ms} ms of pressing the shutter`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

/**
 * Walks the session in `driver` from the intro as far as the page lets it; returns how the selfie and
 * the liveness capture were made (`none`: without vision, a build with no fallback ends at the selfie).
 */
async function walkSession(driver, sessionUrl, { vision, fallback }) {
  const screen = (n) => driver.screenshot(join(SCREENS, `${driver.engine}-${n}.png`));
  await driver.goto(sessionUrl);
  await waitFor(driver, 30_000, ['button', 'Start']);
  // The language switcher loads just after the first screen: every engine must show it.
  await waitFor(driver, 10_000, ['select', 'Language']);
  await screen('01-intro');
  await driver.click('button', 'Start');
  await waitFor(driver, 10_000, ['button', 'I agree']);
  await driver.click('button', 'I agree');
  await waitFor(driver, 10_000, ['heading', 'Choose your document']);
  await driver.select('Issuing country', 'US');
  await driver.click('control', 'Identity card');
  await screen('02-document-choice');
  await driver.click('button', 'Continue');
  for (const [camera, review, n] of [
    ['Front of your document', 'Check the front', '03-document-front'],
    ['Back of your document', 'Check the back', '05-document-back'],
  ]) {
    await waitFor(driver, 30_000, ['heading', camera], ['heading', review]);
    // The live head is (rightly) never taken as a card's portrait: the sides are shot by hand.
    await waitFor(driver, 30_000, ['heading', review], ['button', 'Take photo']);
    if (n === '03-document-front') await screen(n);
    await takePhoto(driver, review);
    if (n === '03-document-front') await screen('04-document-review');
    await driver.click('button', 'Use this photo');
  }
  await waitFor(driver, 30_000, ['heading', 'Take a selfie'], ['heading', 'Check your selfie']);
  await screen('06-selfie');
  if (!fallback) return { selfieBy: 'none', livenessBy: 'none' };
  let selfieBy;
  if (vision) {
    await waitFor(driver, 40_000, ['heading', 'Check your selfie']);
    selfieBy = 'auto-capture';
  } else {
    await takePhoto(driver, 'Check your selfie');
    selfieBy = 'shutter';
  }
  await screen('07-selfie-review');
  await driver.click('button', 'Use this photo');
  let step = await waitFor(driver, 30_000, ['button', 'Start the check'], ['button', PHOTO_FALLBACK]);
  await screen('08-liveness');
  if (step === 'button:Start the check') {
    await driver.click('button', 'Start the check');
    step = await waitFor(driver, 60_000, ['heading', 'Check complete'], ['button', PHOTO_FALLBACK]);
  }
  let livenessBy = 'active';
  if (step !== 'heading:Check complete') {
    await driver.click('button', PHOTO_FALLBACK);
    const taken = await waitFor(driver, 30_000, ['button', 'Use this photo'], ['button', 'Take photo']);
    if (taken === 'button:Take photo') await driver.click('button', 'Take photo');
    await waitFor(driver, 15_000, ['button', 'Use this photo']);
    // Not a finished check: the review says a person will look at the photo.
    await waitFor(driver, 5_000, ['heading', 'Check your photo']);
    livenessBy = 'photo';
  }
  await screen('09-liveness-done');
  await driver.click('button', 'Use this photo');
  const deadline = Date.now() + 30_000;
  while (!(await driver.url().catch(() => '')).includes('/demo/done.html')) {
    if (Date.now() > deadline) throw new Error(`${driver.engine}: no redirect to /demo/done.html`);
    await new Promise((r) => setTimeout(r, 250));
  }
  await screen('10-done');
  return { selfieBy, livenessBy };
}

for (const engine of engines) {
  describe(engine, () => {
    const vision = VISION[engine];
    // Without vision the liveness step can only go on through the one-photo fallback. A build that
    // does not offer it stops there: the walk then ends at the liveness step, and its name says so.
    const fallback = vision || builtWithPhotoFallback();
    const name = vision
      ? 'the whole demo session completes: document by shutter, selfie and active liveness by themselves, redirect, four captures stored'
      : fallback
        ? 'the whole demo session completes without on-device vision (no WebGL): document and selfie by shutter, liveness by the one-photo fallback, redirect, four captures stored'
        : 'the demo session runs up to the selfie without on-device vision (no WebGL): both document sides by shutter, stored; this build has no one-photo liveness fallback without WebGL, so the walk ends at the selfie step';
    test(name, { timeout: 300_000 }, async () => {
      const session = await api('POST', '/api/v1/sessions', {
        type: 'kyc',
        steps: ['document', 'selfie', 'face_match', 'liveness'],
        redirect_url: `${proxy.origin}/demo/done.html`,
        applicant: { first_name: 'Eileen', last_name: 'Collins' },
      });
      // The live head where vision runs (the liveness check needs it); the committed face clip elsewhere.
      proxy.setClip(vision ? headClip : fixture('face.mjpeg'));
      const errorsBefore = proxy.pageErrors.length;
      const driver = await openEngine(engine);
      let result;
      try {
        result = await walkSession(driver, session.session_url, { vision, fallback });
      } finally {
        await driver.close();
      }
      assert.deepEqual(proxy.pageErrors.slice(errorsBefore), [], 'uncaught page errors');
      // The path each engine takes is fixed by its configuration (VISION above).
      if (!fallback) {
        await expectStored(session.id, ['document_back', 'document_front'], 'in_progress');
        return;
      }
      assert.equal(result.selfieBy, vision ? 'auto-capture' : 'shutter');
      assert.equal(result.livenessBy, vision ? 'active' : 'photo');
      await expectStored(session.id, ['document_back', 'document_front', 'liveness', 'selfie'], 'processing');
      assert.equal(storedLiveness(session.id)?.liveness_mode ?? 'active', result.livenessBy);
    });
  });
}
