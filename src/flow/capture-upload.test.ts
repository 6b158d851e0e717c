import { expect } from '@open-wc/testing';
import type { CapturedImage } from '../components/capture/capture.component.js';
import { captureUpload } from './capture-upload.js';
import { initialState, type FlowState } from './machine.js';

const image = (over: Partial<CapturedImage> = {}): CapturedImage => ({
  blob: new Blob([new Uint8Array(1234)], { type: 'image/jpeg' }),
  width: 1600,
  height: 1000,
  source: 'camera',
  ...over,
});

const reviewing = (over: Partial<FlowState>): FlowState => ({
  ...initialState,
  screen: 'review',
  documentType: 'passport',
  country: 'FR',
  ...over,
});

describe('captureUpload', () => {
  it('a document carries its type, country and attempt', () => {
    const up = captureUpload(
      image({ quality: { sharpness: 120, brightness: 130, glare: 0.01 } }),
      reviewing({ kind: 'document_front', attempts: { document_front: 2 } }),
    )!;
    expect(up.kind).to.equal('document_front');
    expect(up.meta).to.deep.equal({
      source: 'camera',
      width: 1600,
      height: 1000,
      attempt: 2,
      document_type: 'passport',
      country: 'FR',
      quality: { sharpness: 120, brightness: 130, glare: 0.01 },
    });
    expect(up.event).to.deep.equal({
      kind: 'document_front',
      attempt: 2,
      bytes: 1234,
      quality: { sharpness: 120, brightness: 130, glare: 0.01 },
    });
    expect(up.files).to.have.length(1);
  });

  it('a selfie never carries the document’s type or country; a first attempt is 1', () => {
    const box = { x: 1, y: 2, width: 300, height: 400, score: 0.9 };
    const up = captureUpload(image({ source: 'file', faceBox: box }), reviewing({ kind: 'selfie' }))!;
    expect(up.meta).to.deep.equal({ source: 'file', width: 1600, height: 1000, attempt: 1, face_box: box });
    expect(up.event).to.deep.equal({ kind: 'selfie', attempt: 1, bytes: 1234 });
  });

  it('liveness sends its extra frames after the photo, with its mode and fallback reason', () => {
    const extra = [new Blob(['a']), new Blob(['b'])];
    const main = image({ livenessMode: 'photo', fallbackReason: 'applicant_choice', extraFiles: extra });
    const up = captureUpload(main, reviewing({ kind: 'liveness' }))!;
    expect(up.files).to.deep.equal([main.blob, ...extra]);
    expect(up.meta).to.include({ liveness_mode: 'photo', fallback_reason: 'applicant_choice' });
    expect(up.meta).to.not.have.property('document_type');
  });

  it('nothing is sent outside the review screen', () => {
    expect(captureUpload(image(), reviewing({ kind: 'selfie', screen: 'capture' }))).to.equal(null);
    expect(captureUpload(image(), reviewing({ kind: null }))).to.equal(null);
  });
});
