/**
 * Continue on a phone: a desktop without a camera hands the session to a phone (a second browser
 * context with the fake camera) by QR code; the phone walks the flow, the desktop follows along and
 * ends by itself (complete event, redirect). A used link is refused with a clear page.
 */
import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import {
  capturedKinds,
  countEvents,
  createDocSelfieSession,
  DOC_SELFIE_KINDS,
  expectRedirected,
  getSession,
  recordEvents,
  SIDES,
  shootAndConfirm,
  shot,
  startToDocument,
} from './helpers.js';

/** Draws the QR code's SVG on a canvas in the page and decodes its pixels here. */
async function decodeQr(page: Page): Promise<string | null> {
  const pixels = await page.evaluate(async () => {
    const flow = document.querySelector('verilock-flow')!;
    const handoff = flow.shadowRoot!.querySelector('verilock-handoff')!;
    const svgEl = handoff.shadowRoot!.querySelector('svg.qr')!;
    const clone = svgEl.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    const size = 400;
    clone.setAttribute('width', String(size));
    clone.setAttribute('height', String(size));
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, size, size);
    ctx.drawImage(img, 0, 0, size, size);
    const data = ctx.getImageData(0, 0, size, size).data;
    let binary = '';
    for (let i = 0; i < data.length; i += 8192) binary += String.fromCharCode(...data.subarray(i, i + 8192));
    return { size, base64: btoa(binary) };
  });
  const data = new Uint8ClampedArray(Buffer.from(pixels.base64, 'base64'));
  return jsQR(data, pixels.size, pixels.size)?.data ?? null;
}

test.describe('continue on your phone', () => {
  test('desktop without a camera → QR → phone completes → desktop ends and redirects by itself', async ({
    browser,
    baseURL,
  }) => {
    const desktopCtx = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 } });
    const phoneCtx = await browser.newContext({
      baseURL,
      permissions: ['camera'],
      viewport: { width: 375, height: 812 },
    });
    const otherCtx = await browser.newContext({ baseURL });
    try {
      const request = desktopCtx.request;
      const session = await createDocSelfieSession(request, baseURL);

      // The desktop has no camera.
      await desktopCtx.addInitScript(() => {
        const noCamera = () => Promise.reject(new DOMException('Requested device not found', 'NotFoundError'));
        if (navigator.mediaDevices) navigator.mediaDevices.getUserMedia = noCamera;
      });
      const desktop = await desktopCtx.newPage();
      const events = await recordEvents(desktop);

      await desktop.goto(session.session_url);
      const flow = desktop.locator('verilock-flow');
      await expect(flow.getByRole('heading', { name: /verify your identity/i })).toBeVisible();
      // Offered on the intro already; here the applicant tries the camera first.
      await expect(flow.getByRole('button', { name: 'Continue on your phone' })).toBeVisible();
      await startToDocument(flow);
      await expect(flow.getByRole('heading', { name: SIDES.document_front[0] })).toBeVisible();
      await expect(flow.getByRole('alert')).toContainText(/camera/i);
      await shot(desktop, '20-desktop-no-camera');
      await flow.getByRole('button', { name: 'Continue on your phone' }).click();

      await expect(flow.getByRole('heading', { name: 'Continue on your phone' })).toBeVisible();
      const linkField = flow.getByRole('textbox', { name: 'Link for your phone' });
      await expect(linkField).toHaveValue(/\/handoff\//);
      const link = await linkField.inputValue();
      expect(link).not.toContain(session.session_token);
      expect(link).not.toContain(session.session_token.slice(4));
      await expect(flow.getByRole('img', { name: 'QR code of the link for your phone' })).toBeVisible();
      await shot(desktop, '21-desktop-qr');
      const decoded = await decodeQr(desktop);
      expect(decoded).toBe(link);
      await expect(flow.getByText('Waiting for your phone…')).toBeVisible();

      // The phone opens the link: a page with one button (opening the link alone redeems nothing, so
      // link previewers can't use it up), then the hosted page with its own token.
      const phone = await phoneCtx.newPage();
      await phone.goto(decoded!);
      await expect(phone.getByRole('heading', { name: 'Continue on this phone' })).toBeVisible();
      await shot(phone, '20b-phone-continue');
      await phone.getByRole('button', { name: 'Continue on this phone' }).click();
      await phone.waitForURL(/\/verify\/vft_/);
      expect(phone.url()).toMatch(/\/verify\/vft_/);
      expect(phone.url()).not.toContain(session.session_token);
      const pflow = phone.locator('verilock-flow');
      await expect(pflow.getByRole('heading', { name: /verify your identity/i })).toBeVisible();
      await expect(pflow.getByRole('button', { name: 'Continue on your phone' })).toHaveCount(0);
      await expect(flow.getByText('Your phone is connected.')).toBeVisible({ timeout: 20_000 });

      await startToDocument(pflow);
      for (const kind of DOC_SELFIE_KINDS) {
        // The selfie may take itself (on-device face detection) before or as the shutter is pressed.
        await shootAndConfirm(pflow, kind);
        if (kind === 'document_back') {
          // The desktop follows: the phone's step and the photos it received.
          const said = flow.getByRole('paragraph');
          await expect(said.filter({ hasText: /Photos received: [123] of 3/ })).toBeVisible({ timeout: 20_000 });
          await expect(
            said.filter({ hasText: /On your phone: (Back of your document|Take a selfie|sending)/ }),
          ).toBeVisible({ timeout: 20_000 });
          await shot(desktop, '22-desktop-progress');
        }
      }

      // The phone sends the applicant back; it never redirects.
      await expect(pflow.getByRole('heading', { name: 'Return to your computer' })).toBeVisible({ timeout: 30_000 });
      await shot(phone, '23-phone-return');
      // The desktop ends by itself, exactly as a local completion.
      await expectRedirected(desktop, session.id);
      expect(countEvents(events, 'verilock-complete')).toBe(1);
      expect(countEvents(events, 'verilock-redirect')).toBeGreaterThan(0);
      expect(countEvents(events, 'verilock-cancel')).toBe(0);
      await phone.waitForTimeout(1500);
      expect(phone.url()).toMatch(/\/verify\/vft_/);

      expect((await getSession(request, session.id)).status).toBe('processing');
      expect((await capturedKinds(request, session.id)).sort()).toEqual(['document_back', 'document_front', 'selfie']);

      // The used link, opened again, is refused with a clear page.
      const again = await otherCtx.newPage();
      const res = await again.goto(link);
      expect(res?.status()).toBe(410);
      await expect(again.getByRole('heading', { name: 'This link was already used' })).toBeVisible();
      await shot(again, '24-link-used');
    } finally {
      await Promise.all([desktopCtx.close(), phoneCtx.close(), otherCtx.close()]);
    }
  });

  test('the language chosen on the computer opens the phone in it, over the phone’s own languages', async ({
    browser,
    baseURL,
  }) => {
    const desktopCtx = await browser.newContext({ baseURL, locale: 'en-US' });
    const phoneCtx = await browser.newContext({ baseURL, locale: 'en-US', viewport: { width: 375, height: 812 } });
    try {
      const session = await createDocSelfieSession(desktopCtx.request, baseURL);
      const desktop = await desktopCtx.newPage();
      await desktop.goto(session.session_url);
      const flow = desktop.locator('verilock-flow');
      await expect(flow.getByRole('heading', { name: /verify your identity/i })).toBeVisible();
      await flow.getByLabel('Language').selectOption('de');
      await expect(flow.getByRole('heading', { name: /bestätigen Sie jetzt Ihre Identität/ })).toBeVisible();
      await flow.getByRole('button', { name: 'Auf dem Smartphone fortfahren' }).click();
      const link = await flow.getByRole('textbox', { name: 'Link für Ihr Smartphone' }).inputValue();
      expect(link).toMatch(/\/handoff\//);

      const phone = await phoneCtx.newPage();
      await phone.goto(link);
      // The link's own page already speaks it.
      await expect(phone.getByRole('heading', { name: 'Auf diesem Smartphone fortfahren' })).toBeVisible();
      await phone.getByRole('button', { name: 'Auf diesem Smartphone fortfahren' }).click();
      await phone.waitForURL(/\/verify\/vft_/);
      await expect(phone.locator('html')).toHaveAttribute('lang', 'de');
      const pflow = phone.locator('verilock-flow');
      await expect(pflow).toHaveAttribute('lang', 'de');
      await expect(pflow.getByRole('heading', { name: /bestätigen Sie jetzt Ihre Identität/ })).toBeVisible();
      // Chosen once, on the computer: the phone has no switcher to undo it.
      await expect(pflow.getByLabel('Sprache')).toHaveCount(0);
      await shot(phone, '25-phone-in-chosen-language');
      // The computer itself is as it was: no language fixed by the session.
      expect((await getSession(desktopCtx.request, session.id)).locale ?? null).toBeNull();
    } finally {
      await Promise.all([desktopCtx.close(), phoneCtx.close()]);
    }
  });
});
