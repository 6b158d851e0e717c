import { expect } from '@open-wc/testing';
import { barcodeResult, bestBarcode } from './barcode.js';

const payloads = async () =>
  (await (await fetch('/test/fixtures/documents/barcodes.json')).json()) as Record<string, string>;

describe('barcodeResult (what a decoded barcode means)', () => {
  it("a licence's PDF417 carries its AAMVA fields, with the country as ISO alpha-2", async () => {
    const { dl } = await payloads();
    const result = barcodeResult('PDF417', dl!)!;
    expect(result).to.include({ source: 'barcode', format: 'PDF417', text: dl, countryIso2: 'US' });
    expect(result.reading).to.deep.equal({
      source: 'pdf417',
      format: 'AAMVA',
      number: 'D1234567',
      country: 'USA',
      expiry: '2031-03-07',
      birth_date: '1985-03-07',
      names: { surname: 'SPECIMEN', given: 'JANE QUINN' },
      check_digits_valid: true,
    });
  });

  it('a QR or Aztec code, or a PDF417 that is not AAMVA, decodes without document fields', async () => {
    const { qr, aztec } = await payloads();
    expect(barcodeResult('QRCode', qr!)).to.deep.equal({
      source: 'barcode',
      format: 'QRCode',
      text: qr,
      reading: null,
      countryIso2: null,
    });
    expect(barcodeResult('Aztec', aztec!)!.reading).to.equal(null);
    expect(barcodeResult('PDF417', 'hello')!.reading).to.equal(null);
  });

  it('symbologies not read on documents are ignored', () => {
    expect(barcodeResult('EAN13', '4006381333931')).to.equal(null);
    expect(barcodeResult('DataMatrix', 'x')).to.equal(null);
  });

  it('of several barcodes, a complete AAMVA payload wins, then any AAMVA, then PDF417', async () => {
    const { dl, qr } = await payloads();
    const full = barcodeResult('PDF417', dl!)!;
    const partial = barcodeResult('PDF417', dl!.replace(/DBB\d+\n/, ''))!;
    const plain = barcodeResult('PDF417', 'hello')!;
    const code = barcodeResult('QRCode', qr!)!;
    expect(partial.reading!.check_digits_valid).to.equal(false);
    expect(bestBarcode([code, plain, partial, full])).to.equal(full);
    expect(bestBarcode([code, plain, partial])).to.equal(partial);
    expect(bestBarcode([code, plain])).to.equal(plain);
    expect(bestBarcode([code])).to.equal(code);
    expect(bestBarcode([])).to.equal(null);
  });
});
