/**
 * Auto-capture through the whole widget for a person (or a card) held by a hand: Chromium's fake camera
 * plays clips rendered at test time (test/media/motion-clip.ts, cached under .cache/clips) from
 * committed photos moved by the motion profiles of src/vision/testing/motion-profiles.ts. Hand tremor
 * is captured by itself; a shaking camera and a jerky hand are not, and the shutter still works.
 * Needs Chromium's fake-camera file, hence Chromium only.
 */
import { chromium, expect, test, type Browser, type Locator } from '@playwright/test';
// @ts-expect-error -- plain ESM helper shared with the component tests
import { launchOptions } from '../browser-launch.mjs';
import { motionClip, type ClipScene } from '../media/motion-clip.js';
import { createSession } from './helpers.js';

const WOMAN: ClipScene = {
  kind: 'photo',
  photo: 'test/fixtures/faceapi_sample3.jpg',
  cx: 793,
  cy: 250,
  cropWidth: 400,
};
const ASTRONAUT: ClipScene = { kind: 'photo', photo: 'test/fixtures/astronaut.jpg', cx: 225, cy: 150, cropWidth: 400 };
const CARD: ClipScene = {
  kind: 'card',
  card: 'test/fixtures/jscanify_test10_form.jpg',
  cardRect: [130, 260, 520, 328],
  table: 'test/fixtures/coffee.jpg',
};

test.describe.configure({ timeout: 120_000 });

async function open(clip: string, url: string, baseURL: string): Promise<{ browser: Browser; flow: Locator }> {
  const browser = await chromium.launch(launchOptions(clip));
  const page = await (
    await browser.newContext({ baseURL, permissions: ['camera'], viewport: { width: 375, height: 812 } })
  ).newPage();
  await page.goto(url);
  return { browser, flow: page.locator('verilock-flow') };
}

async function toSelfie(flow: Locator): Promise<void> {
  await flow.getByRole('button', { name: 'Start' }).click();
  await flow.getByRole('button', { name: 'I agree' }).click();
  await expect(flow.getByRole('heading', { name: 'Take a selfie' })).toBeVisible();
}

async function toBack(flow: Locator): Promise<void> {
  await flow.getByRole('button', { name: 'Start' }).click();
  await flow.getByLabel('Issuing country').selectOption('PT');
  await flow.getByLabel('Identity card').check();
  await flow.getByRole('button', { name: 'Continue' }).click();
  // The card's front has no portrait: it is taken with the shutter.
  await flow.getByRole('button', { name: 'Take photo' }).click();
  await flow.getByRole('button', { name: 'Use this photo' }).click();
  await expect(flow.getByRole('heading', { name: 'Back of your document' })).toBeVisible();
}

const selfieSession = (request: import('@playwright/test').APIRequestContext) =>
  createSession(request, { type: 'kyc', steps: ['selfie'], applicant: { first_name: 'Ana', last_name: 'Silva' } });
const documentSession = (request: import('@playwright/test').APIRequestContext) =>
  createSession(request, { type: 'kyc', steps: ['document'], applicant: { first_name: 'Ana', last_name: 'Silva' } });

test('Chromium fake camera: a selfie held with hand tremor is taken by itself', async ({ request, baseURL }) => {
  const clip = await motionClip({ scene: WOMAN, profile: 'tremor', seed: 4 });
  const session = await selfieSession(request);
  const { browser, flow } = await open(clip, session.session_url, baseURL!);
  try {
    await toSelfie(flow);
    await expect(flow.getByRole('heading', { name: 'Check your selfie' })).toBeVisible({ timeout: 30_000 });
  } finally {
    await browser.close();
  }
});

test('Chromium fake camera: a shaking camera keeps the selfie on "Hold still…"; the shutter still works', async ({
  request,
  baseURL,
}) => {
  const clip = await motionClip({ scene: ASTRONAUT, profile: 'shake', seed: 1 });
  const session = await selfieSession(request);
  const { browser, flow } = await open(clip, session.session_url, baseURL!);
  try {
    await toSelfie(flow);
    // The face is found and well framed, but never steady.
    await expect(flow.locator('verilock-capture').getByText('Hold still…')).toBeVisible({ timeout: 30_000 });
    await flow.page().waitForTimeout(4000);
    await expect(flow.getByRole('heading', { name: 'Take a selfie' })).toBeVisible();
    await flow.getByRole('button', { name: 'Take photo' }).click();
    await expect(flow.getByRole('heading', { name: 'Check your selfie' })).toBeVisible();
  } finally {
    await browser.close();
  }
});

test('Chromium fake camera: a document back held with hand tremor is taken by itself', async ({ request, baseURL }) => {
  const clip = await motionClip({ scene: CARD, profile: 'tremor', seed: 5 });
  const session = await documentSession(request);
  const { browser, flow } = await open(clip, session.session_url, baseURL!);
  try {
    await toBack(flow);
    await expect(flow.getByRole('heading', { name: 'Check the back' })).toBeVisible({ timeout: 30_000 });
  } finally {
    await browser.close();
  }
});

test('Chromium fake camera: a document back moved every 0.8 s is never taken by itself', async ({
  request,
  baseURL,
}) => {
  const clip = await motionClip({ scene: CARD, profile: 'jerky', seed: 5 });
  const session = await documentSession(request);
  const { browser, flow } = await open(clip, session.session_url, baseURL!);
  try {
    await toBack(flow);
    await expect(flow.getByRole('button', { name: 'Take photo' })).toBeEnabled();
    await flow.page().waitForTimeout(5000); // the clip's 3.4 s loop and more
    await expect(flow.getByRole('heading', { name: 'Back of your document' })).toBeVisible();
    await flow.getByRole('button', { name: 'Take photo' }).click();
    await expect(flow.getByRole('heading', { name: 'Check the back' })).toBeVisible();
  } finally {
    await browser.close();
  }
});
