// <verilock-capture> reading the MRZ of a document held up to a fake camera: a canvas drawing a committed
// specimen (test/fixtures/documents/) handed out as the camera stream.
// Needs `node scripts/models/copy-assets.mjs build/mediapipe` first (the front also watches for its portrait).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/capture/capture.js';
import type { CapturedImage, VerilockCapture } from '../../src/components/capture/capture.js';

const DIR = '/test/fixtures/documents';
const ASSETS = '/build/mediapipe/';

/** Hands out a stream of a canvas showing `name` (redrawn, so every engine keeps producing frames). */
async function fakeCamera(name: string) {
  const bitmap = await createImageBitmap(await (await fetch(`${DIR}/${name}`)).blob());
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d')!;
  let tick = 0;
  // Every other frame is faintly lighter all over, as a real camera's sensor noise makes no two frames alike:
  // the camera's health check (src/camera/frame-watch.ts) samples a 32×24 thumbnail and calls a stream whose
  // thumbnail stays the same for 3 s frozen, which a change to a single pixel does not prevent (a reading slower
  // than that, on a loaded machine, then found the camera failed).
  const draw = () => {
    ctx.drawImage(bitmap, 0, 0);
    if (tick++ % 2 === 0) return;
    ctx.fillStyle = 'rgba(255, 255, 255, 0.04)';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
  };
  draw();
  const timer = setInterval(draw, 100);
  const md = navigator.mediaDevices;
  const original = md.getUserMedia.bind(md);
  const streams: MediaStream[] = [];
  md.getUserMedia = () => {
    const s = canvas.captureStream(10);
    streams.push(s);
    return Promise.resolve(s);
  };
  return {
    restore: () => {
      clearInterval(timer);
      md.getUserMedia = original;
      for (const s of streams) for (const t of s.getTracks()) t.stop();
    },
  };
}

const issueOf = (el: VerilockCapture) => el.shadowRoot!.querySelector<HTMLElement>('[part="document-issue"]');

describe('<verilock-capture> reads the document', function () {
  this.timeout(90000); // the first test loads the face detector and the reader worker
  it('a valid passport is taken by itself, with what was read in the capture', async () => {
    const cam = await fakeCamera('td3valid-clean.jpg');
    try {
      const el = await fixture<VerilockCapture>(
        html`<verilock-capture
          kind="document_front"
          .documentType=${'passport'}
          .assetsBase=${ASSETS}
        ></verilock-capture>`,
      );
      const { detail } = (await oneEvent(el, 'vl-captured')) as CustomEvent<CapturedImage>;
      expect(detail.source).to.equal('camera');
      expect(detail.document).to.include({ source: 'mrz', format: 'TD3', number: 'L898902C3', country: 'UTO' });
      expect(detail.document).to.include({ expiry: '2034-04-15', check_digits_valid: true });
      expect(detail.document!.names).to.deep.equal({ surname: 'ERIKSSON', given: 'ANNA MARIA' });
    } finally {
      cam.restore();
    }
  });

  it('an expired passport is explained before anything is sent, with retake and choose again', async () => {
    const cam = await fakeCamera('td3-photo.jpg');
    try {
      let captured = 0;
      const el = await fixture<VerilockCapture>(
        html`<verilock-capture
          kind="document_front"
          .documentType=${'passport'}
          .assetsBase=${ASSETS}
          @vl-captured=${() => captured++}
        ></verilock-capture>`,
      );
      await waitUntil(() => issueOf(el), 'explanation', { timeout: 20000 });
      const issue = issueOf(el)!;
      expect(issue.dataset.issue).to.equal('document_expired');
      expect(issue.getAttribute('role')).to.equal('alert');
      expect(issue.textContent).to.contain('This document has expired');
      expect(captured).to.equal(0);
      const [retake, choose] = [...issue.querySelectorAll('button')];
      setTimeout(() => choose!.click());
      await oneEvent(el, 'vl-choose-document');
      retake!.click();
      await el.updateComplete;
      expect(issueOf(el)).to.equal(null);
      // Read again from the preview: still expired, still explained, still nothing sent.
      await waitUntil(() => issueOf(el), 'explained again', { timeout: 40000 });
      expect(captured).to.equal(0);
    } finally {
      cam.restore();
    }
  });

  it('a page without an MRZ goes through the usual path: the shutter takes it, with nothing read', async () => {
    const cam = await fakeCamera('nomrz-photo.jpg');
    try {
      const el = await fixture<VerilockCapture>(
        html`<verilock-capture kind="document_front" .documentType=${'passport'}></verilock-capture>`,
      );
      await waitUntil(() => el.camera.status === 'live' && (el.video?.videoWidth ?? 0) > 0, 'live', { timeout: 10000 });
      setTimeout(() => void el.shoot());
      const { detail } = (await oneEvent(el, 'vl-captured')) as CustomEvent<CapturedImage>;
      expect(detail.source).to.equal('camera');
      expect(detail.document).to.equal(undefined);
      expect(issueOf(el)).to.equal(null);
    } finally {
      cam.restore();
    }
  });

  it('a chosen file of an expired passport is explained; a valid one carries its reading', async () => {
    const cam = await fakeCamera('nomrz-clean.jpg');
    try {
      const el = await fixture<VerilockCapture>(
        html`<verilock-capture kind="document_front" .documentType=${'passport'}></verilock-capture>`,
      );
      const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
      const choose = async (name: string) => {
        const blob = await (await fetch(`${DIR}/${name}`)).blob();
        const dt = new DataTransfer();
        dt.items.add(new File([blob], name, { type: 'image/jpeg' }));
        input.files = dt.files;
        input.dispatchEvent(new Event('change'));
      };
      let captured = 0;
      el.addEventListener('vl-captured', () => captured++);
      await choose('td3-clean.jpg');
      await waitUntil(() => issueOf(el), 'explanation', { timeout: 20000 });
      expect(issueOf(el)!.dataset.issue).to.equal('document_expired');
      expect(captured).to.equal(0);
      issueOf(el)!.querySelector('button')!.click();
      await el.updateComplete;
      const next = oneEvent(el, 'vl-captured');
      await choose('td3valid-clean.jpg');
      const { detail } = (await next) as CustomEvent<CapturedImage>;
      expect(detail.source).to.equal('file');
      expect(detail.document).to.include({ number: 'L898902C3', check_digits_valid: true });
    } finally {
      cam.restore();
    }
  });

  // The back's own auto-capture (steadiness) is off (`visionFailed`): only the barcode reading can take it.
  it("a driving licence's back is taken once its PDF417 reads, with the AAMVA fields in the capture", async () => {
    const cam = await fakeCamera('dl-photo.jpg');
    try {
      const el = await fixture<VerilockCapture>(
        html`<verilock-capture
          kind="document_back"
          .documentType=${'drivers_license'}
          .country=${'US'}
          .assetsBase=${ASSETS}
          .visionFailed=${true}
        ></verilock-capture>`,
      );
      const { detail } = (await oneEvent(el, 'vl-captured')) as CustomEvent<CapturedImage>;
      expect(detail.source).to.equal('camera');
      expect(detail.document).to.deep.equal({
        source: 'pdf417',
        format: 'AAMVA',
        number: 'D1234567',
        country: 'USA',
        expiry: '2031-03-07',
        birth_date: '1985-03-07',
        names: { surname: 'SPECIMEN', given: 'JANE QUINN' },
        check_digits_valid: true,
      });
    } finally {
      cam.restore();
    }
  });

  it("an expired licence's barcode is explained before anything is sent", async () => {
    const cam = await fakeCamera('dlexpired-clean.jpg');
    try {
      let captured = 0;
      const el = await fixture<VerilockCapture>(
        html`<verilock-capture
          kind="document_back"
          .documentType=${'drivers_license'}
          .assetsBase=${ASSETS}
          .visionFailed=${true}
          @vl-captured=${() => captured++}
        ></verilock-capture>`,
      );
      await waitUntil(() => issueOf(el), 'explanation', { timeout: 20000 });
      expect(issueOf(el)!.dataset.issue).to.equal('document_expired');
      expect(captured).to.equal(0);
    } finally {
      cam.restore();
    }
  });
});
