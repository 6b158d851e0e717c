import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import type { DocumentType } from '../../api/schemas.js';
import type { DocumentReadIssue } from '../../document/assess.js';
import { DocumentReaderClient } from '../../document/reader-client.js';
import type { DocumentScan } from '../../document/reader-protocol.js';
import { DocumentReadingController, type DocumentReader } from './document-reading-controller.js';

const DIR = '/test/fixtures/documents';
const NOW = new Date('2026-12-01T12:00:00Z');

const host = { addController() {} } as unknown as ReactiveControllerHost;

/** A canvas showing a specimen, as a live preview would. */
async function preview(name: string): Promise<HTMLCanvasElement> {
  const bitmap = await createImageBitmap(await (await fetch(`${DIR}/${name}`)).blob());
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0);
  return canvas;
}

function controller(choice: { type: DocumentType | null; country: string | null }, reader?: () => DocumentReader) {
  const seen = { valid: [] as DocumentScan[], issues: [] as DocumentReadIssue[] };
  const ctl = new DocumentReadingController(host, {
    ready: () => true,
    choice: () => choice,
    onValid: (r) => seen.valid.push(r),
    onIssue: (issue) => seen.issues.push(issue),
    now: () => NOW,
    intervalMs: 60,
    ...(reader ? { createReader: reader } : {}),
  });
  return { ctl, seen };
}

describe('DocumentReadingController (specimens, reader worker)', () => {
  it('a valid passport read from the preview is taken once, with its reading', async () => {
    const { ctl, seen } = controller({ type: 'passport', country: null });
    try {
      ctl.start(await preview('td3valid-clean.jpg'));
      await waitUntil(() => seen.valid.length > 0, 'valid reading', { timeout: 15000 });
      expect(ctl.running).to.equal(false);
      expect(seen.issues).to.deep.equal([]);
      expect(seen.valid[0]!.reading).to.include({
        source: 'mrz',
        format: 'TD3',
        number: 'L898902C3',
        expiry: '2034-04-15',
        check_digits_valid: true,
      });
      expect(ctl.latest).to.equal(seen.valid[0]);
    } finally {
      ctl.hostDisconnected();
    }
  });

  it('an expired passport is explained, not taken', async () => {
    const { ctl, seen } = controller({ type: 'passport', country: null });
    try {
      ctl.start(await preview('td3-photo.jpg'));
      await waitUntil(() => seen.issues.length > 0, 'explained', { timeout: 15000 });
      expect(seen.issues).to.deep.equal(['document_expired']);
      expect(seen.valid).to.deep.equal([]);
      expect(ctl.running).to.equal(false);
    } finally {
      ctl.hostDisconnected();
    }
  });

  it('a card read where a passport was chosen is explained as the wrong type', async () => {
    const { ctl, seen } = controller({ type: 'passport', country: null });
    try {
      const result = await ctl.readImage(await (await fetch(`${DIR}/td1-clean.jpg`)).blob());
      expect(result!.reading!.format).to.equal('TD1');
      expect(ctl.assess(result)).to.deep.equal({ kind: 'explain', issue: 'document_type_mismatch' });
      expect(seen.valid).to.deep.equal([]);
    } finally {
      ctl.hostDisconnected();
    }
  });

  it('a page without an MRZ reads nothing and leaves the step to the quality path', async () => {
    let reads = 0;
    const { ctl, seen } = controller({ type: 'passport', country: null }, () => {
      const real = new DocumentReaderClient();
      return { read: (i, n) => (reads++, real.read(i, n)), close: () => real.close() };
    });
    try {
      ctl.start(await preview('nomrz-photo.jpg'));
      await waitUntil(() => reads >= 3, 'three readings', { timeout: 20000 });
      expect(seen.valid).to.deep.equal([]);
      expect(seen.issues).to.deep.equal([]);
      expect(ctl.latest).to.equal(null);
      expect(ctl.running).to.equal(true);
      expect(ctl.assess(null, 5000)).to.deep.equal({ kind: 'quality' });
      expect(await ctl.readImage(await (await fetch(`${DIR}/nomrz-clean.jpg`)).blob())).to.equal(null);
    } finally {
      ctl.hostDisconnected();
    }
  });

  it('never has two readings in flight, and creates no reader before the first reading', async () => {
    let created = 0;
    let inFlight = 0;
    let most = 0;
    let calls = 0;
    const { ctl } = controller({ type: 'passport', country: null }, () => {
      created++;
      return {
        read: async (image) => {
          calls++;
          inFlight++;
          most = Math.max(most, inFlight);
          if (image instanceof ImageBitmap) image.close();
          await new Promise((r) => setTimeout(r, 250)); // slower than the sampling interval
          inFlight--;
          return null;
        },
        close: () => {},
      };
    });
    const canvas = await preview('nomrz-clean.jpg');
    expect(created).to.equal(0);
    try {
      ctl.start(canvas);
      await waitUntil(() => calls >= 3, 'three readings', { timeout: 10000 });
      expect(most).to.equal(1);
      expect(created).to.equal(1);
    } finally {
      ctl.hostDisconnected();
    }
  });
});

describe('DocumentReadingController (a stuck reader)', () => {
  it('starts a new reader when the one it had was closed (a stuck worker), and reads on', async () => {
    const made: DocumentReaderClient[] = [];
    const silent = { postMessage() {}, terminate() {} } as unknown as Worker;
    const { ctl, seen } = controller({ type: 'passport', country: null }, () => {
      // The first reader's worker never answers; the next one is the real worker.
      const client = made.length === 0 ? new DocumentReaderClient(silent, 100) : new DocumentReaderClient();
      made.push(client);
      return client;
    });
    try {
      ctl.start(await preview('td3valid-clean.jpg'));
      await waitUntil(() => seen.valid.length > 0, 'valid reading after a stuck worker', { timeout: 15000 });
      expect(made.length).to.equal(2);
      expect(made[0]!.closed).to.equal(true);
    } finally {
      ctl.hostDisconnected();
    }
  });
});
