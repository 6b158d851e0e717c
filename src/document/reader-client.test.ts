import { expect } from '@open-wc/testing';
import { barcodeWasmUrl } from './barcode-side.js';
import type { MrzResult } from './read-mrz.js';
import { DocumentReaderClient } from './reader-client.js';

const DIR = '/test/fixtures/documents';

async function bitmapOf(path: string): Promise<ImageBitmap> {
  return createImageBitmap(await (await fetch(path)).blob());
}

function pixelsOf(bitmap: ImageBitmap): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(bitmap, 0, 0);
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

describe('DocumentReaderClient (worker)', () => {
  it('reads an MRZ off the main thread, from pixels and from a bitmap', async () => {
    const specimens = (await (await fetch(`${DIR}/specimens.json`)).json()) as Record<string, string[]>;
    const client = new DocumentReaderClient();
    try {
      const bitmap = await bitmapOf(`${DIR}/td3-photo.jpg`);
      const pixels = pixelsOf(bitmap);
      const fromPixels = await client.read(pixels, new Date('2026-12-01'));
      expect(fromPixels).to.include({ source: 'mrz' });
      expect((fromPixels as MrzResult).lines).to.deep.equal(specimens.td3);
      expect(fromPixels!.reading).to.include({ format: 'TD3', expiry: '2012-04-15', check_digits_valid: true });
      expect(pixels.data.length).to.equal(pixels.width * pixels.height * 4); // copied, not transferred
      const fromBitmap = await client.read(bitmap);
      expect((fromBitmap as MrzResult).lines).to.deep.equal(specimens.td3);
      expect(client.busy).to.equal(0);
    } finally {
      client.close();
    }
  });

  it('answers null for a photo without an MRZ, and rejects pending reads when closed', async () => {
    const client = new DocumentReaderClient();
    const bitmap = await bitmapOf('/test/fixtures/jscanify_test10_form.jpg');
    expect(await client.read(pixelsOf(bitmap))).to.equal(null);
    const pending = client.read(bitmap);
    client.close();
    let error: unknown = null;
    await pending.catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('closed');
  });

  it('reads a licence back for its barcode only when asked, loading the decoder then', async () => {
    const payloads = (await (await fetch(`${DIR}/barcodes.json`)).json()) as Record<string, string>;
    const client = new DocumentReaderClient();
    try {
      const bitmap = await bitmapOf(`${DIR}/dl-photo.jpg`);
      expect(await client.read(pixelsOf(bitmap), new Date('2026-12-01'))).to.equal(null); // MRZ only
      const both = { mrz: true, barcodes: barcodeWasmUrl('/build/mediapipe/') };
      const result = await client.read(bitmap, new Date('2026-12-01'), both);
      expect(result).to.include({ source: 'barcode', format: 'PDF417', text: payloads.dl });
      expect(result!.reading).to.include({ source: 'pdf417', number: 'D1234567', expiry: '2031-03-07' });
      // Both asked of a passport page: its MRZ is read.
      const page = await client.read(await bitmapOf(`${DIR}/td3valid-clean.jpg`), new Date('2026-12-01'), both);
      expect(page).to.include({ source: 'mrz' });
    } finally {
      client.close();
    }
  });

  it('a live frame of a card held askew gets one retry angle per frame, a photo taken every one', async () => {
    const payloads = (await (await fetch(`${DIR}/barcodes.json`)).json()) as Record<string, string>;
    const photo = await bitmapOf(`${DIR}/dl-clean.jpg`);
    const canvas = document.createElement('canvas');
    canvas.width = photo.width;
    canvas.height = photo.height;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.translate(canvas.width / 2, canvas.height / 2);
    ctx.rotate((-8 * Math.PI) / 180);
    ctx.drawImage(photo, -photo.width / 2, -photo.height / 2);
    const askew = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const live = { mrz: false, barcodes: barcodeWasmUrl('/build/mediapipe/') };
    const client = new DocumentReaderClient();
    try {
      const texts: (string | null)[] = [];
      for (let i = 0; i < 4; i++) {
        const result = await client.read(askew, new Date('2026-12-01'), live);
        texts.push(result && 'text' in result ? result.text : null);
      }
      // Angles +4°, −4°, +8°, −8° in turn: only +8° turns −8° back within the decoder's 2°.
      expect(texts).to.deep.equal([null, null, payloads.dl, null]);
      const once = await client.read(askew, new Date('2026-12-01'), { ...live, everyAngle: true });
      expect(once).to.include({ text: payloads.dl });
    } finally {
      client.close();
    }
  });
});

describe('DocumentReaderClient (a stuck worker)', () => {
  it('rejects a reading that never comes back, terminates the worker and refuses further readings', async () => {
    let terminated = 0;
    const silent = { postMessage() {}, terminate: () => terminated++ } as unknown as Worker;
    const client = new DocumentReaderClient(silent, 50);
    const pixels = { data: new Uint8ClampedArray(4), width: 1, height: 1 };
    let error: unknown = null;
    await client.read(pixels).catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('timed out');
    expect([client.closed, client.busy, terminated]).to.deep.equal([true, 0, 1]);
    error = null;
    await client.read(pixels).catch((e: unknown) => (error = e));
    expect(String(error)).to.contain('closed');
  });
});
