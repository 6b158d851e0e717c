import { expect } from '@open-wc/testing';
import { barcodeWasmUrl, carriesBarcode } from './barcode-side.js';

describe('carriesBarcode', () => {
  it("reads a driving licence's back, and a US or Canadian identity card's", () => {
    expect(carriesBarcode('document_back', 'drivers_license', null)).to.equal(true);
    expect(carriesBarcode('document_back', 'drivers_license', 'DE')).to.equal(true);
    expect(carriesBarcode('document_back', 'id_card', 'US')).to.equal(true);
    expect(carriesBarcode('document_back', 'id_card', 'ca')).to.equal(true);
  });

  it('loads no decoder for fronts, passports, other cards, an unchosen type or a selfie', () => {
    expect(carriesBarcode('document_front', 'drivers_license', 'US')).to.equal(false);
    expect(carriesBarcode('document_back', 'id_card', 'FR')).to.equal(false);
    expect(carriesBarcode('document_back', 'id_card', null)).to.equal(false);
    expect(carriesBarcode('document_back', 'passport', 'US')).to.equal(false);
    expect(carriesBarcode('document_back', 'residence_permit', 'US')).to.equal(false);
    expect(carriesBarcode('document_back', null, 'US')).to.equal(false);
    expect(carriesBarcode('selfie', 'drivers_license', 'US')).to.equal(false);
  });

  it('finds the decoder beside MediaPipe under assets-base, with or without its slash', () => {
    expect(barcodeWasmUrl('/sdk/mediapipe/')).to.equal(`${location.origin}/sdk/mediapipe/wasm/zxing_reader.wasm`);
    expect(barcodeWasmUrl('https://cdn.example/a')).to.equal('https://cdn.example/a/wasm/zxing_reader.wasm');
  });
});
