import { test as base, expect, type APIRequestContext, type Locator, type Page, type Route } from '@playwright/test';
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const API_KEY = 'vlk_e2e_0123456789abcdef0123456789abcdef';
export const DOC_SELFIE_PROFILE = '7b0c3a52-3f4e-4d8a-9a61-0d5c2e8f1a02';

export interface CreatedSession {
  id: string;
  session_token: string;
  session_url: string;
}

/** Creates a session through the real seed API. */
export async function createSession(
  request: APIRequestContext,
  body: Record<string, unknown>,
): Promise<CreatedSession> {
  const res = await request.post('/api/v1/sessions', { headers: { 'X-API-Key': API_KEY }, data: body });
  if (res.status() !== 201) throw new Error(`create session: ${res.status()} ${await res.text()}`);
  return (await res.json()) as CreatedSession;
}

/**
 * A document + selfie session for Jean Dupont. With `redirectBase`, the flow ends at
 * `<redirectBase>/demo/done.html` (see `expectRedirected`); without it, the session has no redirect.
 */
export function createDocSelfieSession(request: APIRequestContext, redirectBase?: string): Promise<CreatedSession> {
  return createSession(request, {
    profile_id: DOC_SELFIE_PROFILE,
    applicant_name: 'Jean Dupont',
    ...(redirectBase === undefined ? {} : { redirect_url: `${redirectBase}/demo/done.html` }),
  });
}

export async function getSession(request: APIRequestContext, id: string): Promise<Record<string, any>> {
  // The server closes a keep-alive connection idle for 5 s; a GET sent on it just then is reset. A browser
  // sends an idempotent request again on a fresh connection; so does this one.
  const res = await request.get(`/api/v1/sessions/${id}`, { headers: { 'X-API-Key': API_KEY }, maxRetries: 2 });
  return (await res.json()) as Record<string, any>;
}

/** Kinds of the captures the server holds for a session (active ones, in its order). */
export async function capturedKinds(request: APIRequestContext, id: string): Promise<string[]> {
  return (await getSession(request, id)).captures.map((c: { kind: string }) => c.kind);
}

/** Capture rows in the backend's store for a session, superseded ones included, per kind. */
export function storedRows(sessionId: string): Record<string, number> {
  const dir = process.env.E2E_DATA_DIR;
  if (!dir) throw new Error('E2E_DATA_DIR is not set (playwright.config.ts sets it)');
  const db = new Database(join(dir, 'verilock.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare('SELECT kind, COUNT(*) AS n FROM captures WHERE session_id = ? GROUP BY kind')
      .all(sessionId) as { kind: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
  } finally {
    db.close();
  }
}

/** Saves a screenshot under test-results/screens for people to look at (never compared). */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screens', { recursive: true });
  const vp = page.viewportSize();
  await page.screenshot({ path: `test-results/screens/${name}-${vp?.width}x${vp?.height}.png`, fullPage: true });
}

/**
 * Prints the body of every refused capture upload (4xx from `/captures`) to the test's output, so a
 * walk that ends on "A photo was not accepted" says which of the server's checks refused it.
 */
export function logRefusedUploads(page: Page): void {
  page.on('response', async (r) => {
    if (r.status() < 400 || r.status() > 499 || !new URL(r.url()).pathname.endsWith('/captures')) return;
    console.log(`capture refused (HTTP ${r.status()}): ${await r.text().catch(() => '(no body)')}`);
  });
}

/** Collects requests that leave the page's origins. */
export function watchForeignRequests(page: Page, allowedOrigins: string[]): string[] {
  const foreign: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'blob:' || u.protocol === 'data:') return;
    if (!allowedOrigins.includes(u.origin)) foreign.push(r.url());
  });
  return foreign;
}

export interface RecordedEvent {
  name: string;
  detail: any;
}

/** Public events of the element (`verilock-*`), with their details, in order. */
export async function recordEvents(page: Page): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  await page.exposeFunction('__verilockEvent', (name: string, detail: any) => events.push({ name, detail }));
  await page.addInitScript(() => {
    for (const n of ['ready', 'step-change', 'capture', 'complete', 'redirect', 'error', 'cancel', 'expired'])
      document.addEventListener(`verilock-${n}`, (e) =>
        (window as any).__verilockEvent(`verilock-${n}`, JSON.parse(JSON.stringify((e as CustomEvent).detail ?? null))),
      );
  });
  return events;
}

/** How many recorded events have this name. */
export const countEvents = (events: { name: string }[], name: string): number =>
  events.filter((e) => e.name === name).length;

export interface Reached {
  kind: string;
  key: string;
  status: number;
  replayed: boolean;
}

export interface Attempt {
  /** 1-based count of POSTs to this path so far (all kinds). */
  n: number;
  /** 1-based count of POSTs of this kind so far. */
  nOfKind: number;
  kind: string;
  key: string;
  route: Route;
  /** Sends the request on to the real server and records its reply; returns the reply. */
  forward: () => ReturnType<Route['fetch']>;
}

/**
 * Returns true when it answered the route itself (or means never to answer it); false lets the request
 * through to the server.
 */
export type Fault = (a: Attempt) => Promise<boolean> | boolean;

export interface Interceptor {
  /** Every POST that reached the real server, with its reply. */
  reached: Reached[];
  /** Every POST the page made (reached the server or not), in order. */
  attempts: { kind: string; key: string }[];
}

/** The `kind` field of a multipart capture upload. */
function kindOf(body: Buffer | null): string {
  return body?.toString('latin1').match(/name="kind"\r\n\r\n([a-z_]+)/)?.[1] ?? '?';
}

/**
 * Puts a recorder (and optionally a fault injector) in front of `POST /api/v1/flow/<endpoint>`; every
 * other request passes untouched. Only an intercepted request exposes its multipart body (the kind).
 */
export async function intercept(
  page: Page,
  endpoint: 'captures' | 'complete',
  fault: Fault = () => false,
): Promise<Interceptor> {
  const log: Interceptor = { reached: [], attempts: [] };
  const perKind = new Map<string, number>();
  await page.route(`**/api/v1/flow/${endpoint}`, async (route) => {
    const req = route.request();
    if (req.method() !== 'POST') return route.continue();
    const kind = endpoint === 'captures' ? kindOf(req.postDataBuffer()) : 'complete';
    const key = req.headers()['idempotency-key'] ?? '';
    log.attempts.push({ kind, key });
    perKind.set(kind, (perKind.get(kind) ?? 0) + 1);
    const forward = async () => {
      const res = await route.fetch();
      log.reached.push({ kind, key, status: res.status(), replayed: res.headers()['idempotent-replayed'] === 'true' });
      return res;
    };
    const attempt: Attempt = { n: log.attempts.length, nOfKind: perKind.get(kind)!, kind, key, route, forward };
    if (await fault(attempt)) return;
    await route.fulfill({ response: await forward() });
  });
  return log;
}

/**
 * Takes the photo with the manual shutter — unless on-device auto-capture got there first (the selfie
 * step captures by itself when it sees a good, steady face). Until the review is up, clicks the shutter
 * whenever it is there and enabled (the camera may take a while to start; a click lost on a loaded
 * machine is tried again, and one made while a photo is being taken is ignored by the step). Either way,
 * ends on the review screen.
 */
export async function takePhoto(flow: Locator, reviewHeading: string): Promise<void> {
  const review = flow.getByRole('heading', { name: reviewHeading });
  const shutter = flow.getByRole('button', { name: 'Take photo' });
  await expect
    .poll(
      async () => {
        if (await review.isVisible()) return true;
        const handle = await shutter.elementHandle({ timeout: 100 }).catch(() => null);
        if (handle && (await handle.isEnabled().catch(() => false)))
          await handle.click({ timeout: 2_000 }).catch(() => {
            /* detached by auto-capture, or not clickable yet: looked at again on the next round */
          });
        return review.isVisible();
      },
      { timeout: 30_000, intervals: [250, 500, 1_000, 2_000] },
    )
    .toBe(true);
}

/**
 * Playwright's `test` with two fixtures: `session`, a document + selfie session that ends at the demo's
 * redirect page (see `expectRedirected`), and `events`, the element's public events recorded from the
 * first page load on (see `recordEvents`).
 */
export const test = base.extend<{ session: CreatedSession; events: RecordedEvent[] }>({
  session: async ({ request, baseURL }, use) => {
    await use(await createDocSelfieSession(request, baseURL));
  },
  events: async ({ page }, use) => {
    await use(await recordEvents(page));
  },
});

/** Capture screens: heading of the camera screen, heading of the review screen. */
export const SIDES = {
  document_front: ['Front of your document', 'Check the front'],
  document_back: ['Back of your document', 'Check the back'],
  selfie: ['Take a selfie', 'Check your selfie'],
} as const;

export type CaptureKind = keyof typeof SIDES;

/**
 * What the valid specimen passport (`td3valid` in test/fixtures/documents/specimens.json: a photo, a HEIC, a
 * camera clip) reads as, stored under the session's document step with the applicant (Anna Eriksson, born
 * 1974-08-12) compared with it.
 */
export const VALID_PASSPORT_READING = {
  source: 'mrz',
  format: 'TD3',
  number: 'L898902C3',
  country: 'UTO',
  expiry: '2034-04-15',
  birth_date: '1974-08-12',
  names: { surname: 'ERIKSSON', given: 'ANNA MARIA' },
  check_digits_valid: true,
  kind: 'document_front',
  applicant_match: { surname: 'match', given_names: 'match', birth_date: 'match' },
} as const;

export const DOC_SELFIE_KINDS: readonly CaptureKind[] = ['document_front', 'document_back', 'selfie'];

/** On the document choice screen: French identity card, then "Continue". */
export async function chooseFrenchIdCard(
  flow: Locator,
  onChosen: () => Promise<void> = async () => undefined,
): Promise<void> {
  await expect(flow.getByRole('heading', { name: 'Choose your document' })).toBeVisible();
  await flow.getByLabel('Issuing country').selectOption('FR');
  await flow.getByLabel('Identity card').check();
  await onChosen();
  await flow.getByRole('button', { name: 'Continue' }).click();
}

/** From the intro: "Start", "I agree", French identity card; ends as the first capture screen opens. */
export async function startToDocument(flow: Locator): Promise<void> {
  await flow.getByRole('button', { name: 'Start' }).click();
  await flow.getByRole('button', { name: 'I agree' }).click();
  await chooseFrenchIdCard(flow);
}

/** Opens the session's page and walks intro → consent → French identity card; ends on the front capture screen. */
export async function openToFront(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  const flow = page.locator('verilock-flow');
  await startToDocument(flow);
  await expect(flow.getByRole('heading', { name: SIDES.document_front[0] })).toBeVisible();
  return flow;
}

/**
 * On the capture screen of `kind`: takes the photo (see `takePhoto`), then "Use this photo". Auto-capture
 * may already have left the capture screen for this kind's review by the time it looks: either will do.
 */
export async function shootAndConfirm(flow: Locator, kind: CaptureKind): Promise<void> {
  const [title, check] = SIDES[kind];
  const capture = flow.getByRole('heading', { name: title });
  await expect(capture.or(flow.getByRole('heading', { name: check })).first()).toBeVisible();
  await takePhoto(flow, check);
  await flow.getByRole('button', { name: 'Use this photo' }).click();
}

/** Front, back and selfie in turn, each shot and confirmed. */
export async function shootAll(flow: Locator): Promise<void> {
  for (const kind of DOC_SELFIE_KINDS) await shootAndConfirm(flow, kind);
}

/** The page ended at the demo's redirect page with the session id and status `processing`. */
export async function expectRedirected(page: Page, sessionId: string): Promise<void> {
  await page.waitForURL(/\/demo\/done\.html/, { timeout: 30_000 });
  const url = new URL(page.url());
  expect(url.searchParams.get('verilock_session_id')).toBe(sessionId);
  expect(url.searchParams.get('verilock_status')).toBe('processing');
}

/**
 * Walks intro → consent → document choice (French identity card) → front → back → selfie, confirming
 * each photo. `onScreen` is called on each screen once it is up (e.g. to take a screenshot).
 */
export async function walkDocumentAndSelfie(
  flow: Locator,
  onScreen: (name: string) => Promise<void> = async () => undefined,
): Promise<void> {
  await expect(flow.getByRole('heading', { name: /verify your identity/i })).toBeVisible();
  await onScreen('01-intro');
  await flow.getByRole('button', { name: 'Start' }).click();
  await expect(flow.getByRole('heading', { name: 'Your consent' })).toBeVisible();
  await onScreen('02-consent');
  await flow.getByRole('button', { name: 'I agree' }).click();
  await chooseFrenchIdCard(flow, () => onScreen('03-document-select'));
  for (const [kind, name] of [
    ['document_front', 'front'],
    ['document_back', 'back'],
    ['selfie', 'selfie'],
  ] as const) {
    const [side, check] = SIDES[kind];
    await expect(flow.getByRole('heading', { name: side })).toBeVisible();
    await onScreen(`04-capture-${name}`);
    await takePhoto(flow, check);
    await expect(flow.getByRole('img')).toBeVisible();
    await onScreen(`05-review-${name}`);
    await flow.getByRole('button', { name: 'Use this photo' }).click();
  }
}

/**
 * The file fallback's walk on the hosted page without a camera (getUserMedia refused, so the applicant picks
 * files): records CSP violations, requests to other origins and the paths requested that match `watch`.
 */
export interface FileWalk {
  violations: string[];
  foreign: string[];
  requested: string[];
}

export function watchFileWalk(page: Page, baseURL: string, watch: RegExp): FileWalk {
  const walk: FileWalk = {
    violations: [],
    foreign: watchForeignRequests(page, [new URL(baseURL).origin]),
    requested: [],
  };
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) walk.violations.push(msg.text());
  });
  page.on('request', (req) => {
    const path = new URL(req.url()).pathname;
    if (watch.test(path)) walk.requested.push(path);
  });
  return walk;
}

/** Refuses the camera (getUserMedia rejects with NotAllowedError) on every page load. */
export async function denyCamera(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const deny = () => Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
    Object.defineProperty(navigator.mediaDevices, 'getUserMedia', { value: deny, configurable: true });
  });
}

/** Opens a document-only session and chooses `country` and `documentLabel` ('Passport', 'Driving licence', …). */
export async function openDocumentStep(
  page: Page,
  url: string,
  country: string,
  documentLabel: string,
): Promise<Locator> {
  await page.goto(url);
  const flow = page.locator('verilock-flow');
  await flow.getByRole('button', { name: 'Start' }).click();
  await flow.getByLabel('Issuing country').selectOption(country);
  await flow.getByLabel(documentLabel).check();
  await flow.getByRole('button', { name: 'Continue' }).click();
  await expect(flow.getByRole('heading', { name: SIDES.document_front[0] })).toBeVisible();
  return flow;
}
