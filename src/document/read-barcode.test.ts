import { expect } from '@open-wc/testing';
import { barcodeWasmUrl } from './barcode-side.js';
import { readBarcode } from './read-barcode.js';

const DIR = '/test/fixtures/documents';
// Needs `node scripts/models/copy-assets.mjs build/mediapipe` first (it places the decoder's wasm there).
const WASM = barcodeWasmUrl('/build/mediapipe/');

/** The photo's pixels, turned by `degrees` about its centre (a card held askew). */
async function pixelsOf(name: string, degrees = 0): Promise<ImageData> {
  const bitmap = await createImageBitmap(await (await fetch(`${DIR}/${name}`)).blob());
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.translate(canvas.width / 2, canvas.height / 2);
  ctx.rotate((degrees * Math.PI) / 180);
  ctx.drawImage(bitmap, -bitmap.width / 2, -bitmap.height / 2);
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

describe('readBarcode (zxing-wasm, the committed licence backs)', function () {
  this.timeout(60000);
  let payloads: Record<string, string>;
  before(async () => {
    payloads = (await (await fetch(`${DIR}/barcodes.json`)).json()) as Record<string, string>;
  });

  for (const variant of ['clean', 'blur', 'perspective', 'jpeg', 'small', 'photo']) {
    it(`reads the AAMVA PDF417 of a licence back (${variant})`, async () => {
      const result = (await readBarcode(await pixelsOf(`dl-${variant}.jpg`), WASM))!;
      expect(result).to.include({ source: 'barcode', format: 'PDF417', countryIso2: 'US' });
      expect(result.text).to.equal(payloads.dl); // control characters and all
      expect(result.reading).to.include({ source: 'pdf417', number: 'D1234567', check_digits_valid: true });
    });
  }

  it('reads a licence held askew (8° and −9°: turned back before decoding)', async () => {
    for (const degrees of [8, -9]) {
      const result = await readBarcode(await pixelsOf('dl-clean.jpg', degrees), WASM);
      expect(result?.text, `${degrees}°`).to.equal(payloads.dl);
    }
  });

  it('reads QR and Aztec codes, and nothing on a passport data page', async () => {
    expect(await readBarcode(await pixelsOf('qr-clean.jpg'), WASM)).to.include({ format: 'QRCode', text: payloads.qr });
    expect(await readBarcode(await pixelsOf('aztec-clean.jpg'), WASM)).to.include({
      format: 'Aztec',
      text: payloads.aztec,
    });
    expect(await readBarcode(await pixelsOf('td3-clean.jpg'), WASM)).to.equal(null);
  });

  it('loads its wasm from assets-base, never from a CDN', () => {
    expect(WASM).to.equal(`${location.origin}/build/mediapipe/wasm/zxing_reader.wasm`);
    const fetched = performance.getEntriesByType('resource').map((e) => e.name);
    expect(fetched.filter((u) => u.endsWith('.wasm'))).to.deep.equal([WASM]);
    expect(fetched.filter((u) => new URL(u).origin !== location.origin)).to.deep.equal([]);
  });
});
