import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const API_KEY = 'vlk_e2e_0123456789abcdef0123456789abcdef';
export const DOC_SELFIE_PROFILE = '7b0c3a52-3f4e-4d8a-9a61-0d5c2e8f1a02';

export interface CreatedSession {
  id: string;
  session_token: string;
  session_url: string;
}

/** Creates a session through the real seed API. */
export async function createSession(request: APIRequestContext, body: Record<string, unknown>): Promise<CreatedSession> {
  const res = await request.post('/api/v1/sessions', { headers: { 'X-API-Key': API_KEY }, data: body });
  if (res.status() !== 201) throw new Error(`create session: ${res.status()} ${await res.text()}`);
  return (await res.json()) as CreatedSession;
}

export async function getSession(request: APIRequestContext, id: string): Promise<Record<string, any>> {
  const res = await request.get(`/api/v1/sessions/${id}`, { headers: { 'X-API-Key': API_KEY } });
  return (await res.json()) as Record<string, any>;
}

/** Saves a screenshot under test-results/screens for people to look at (never compared). */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screens', { recursive: true });
  const vp = page.viewportSize();
  await page.screenshot({ path: `test-results/screens/${name}-${vp?.width}x${vp?.height}.png`, fullPage: true });
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

/**
 * Takes the photo with the manual shutter — unless on-device auto-capture got there first (the selfie
 * step captures by itself when it sees a good, steady face). Either way, ends on the review screen.
 */
export async function takePhoto(flow: Locator, reviewHeading: string): Promise<void> {
  const review = flow.getByRole('heading', { name: reviewHeading });
  const shutter = flow.getByRole('button', { name: 'Take photo' });
  await expect(shutter.or(review)).toBeVisible();
  if (!(await review.isVisible())) {
    try {
      await shutter.click({ timeout: 5_000 });
    } catch {
      /* auto-capture won the race */
    }
  }
  await expect(review).toBeVisible();
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
  await expect(flow.getByRole('heading', { name: 'Choose your document' })).toBeVisible();
  await flow.getByLabel('Issuing country').selectOption('FR');
  await flow.getByLabel('Identity card').check();
  await onScreen('03-document-select');
  await flow.getByRole('button', { name: 'Continue' }).click();
  for (const [side, check, name] of [
    ['Front of your document', 'Check the front', 'front'],
    ['Back of your document', 'Check the back', 'back'],
    ['Take a selfie', 'Check your selfie', 'selfie'],
  ] as const) {
    await expect(flow.getByRole('heading', { name: side })).toBeVisible();
    await onScreen(`04-capture-${name}`);
    await takePhoto(flow, check);
    await expect(flow.getByRole('img')).toBeVisible();
    await onScreen(`05-review-${name}`);
    await flow.getByRole('button', { name: 'Use this photo' }).click();
  }
}
