import { expect } from '@open-wc/testing';
import { visionAssetUrls } from './mediapipe.js';
import { networkHints, prefetchPlan } from './prefetch.js';

const urls = visionAssetUrls('/assets/');

describe('prefetchPlan', () => {
  it('fetches the runtime and the detector first, the landmarker after them and only with liveness', () => {
    expect(prefetchPlan(urls, { detector: true, landmarker: true })).to.deep.equal([
      [...urls.wasm, urls.faceDetector],
      [urls.faceLandmarker],
    ]);
    expect(prefetchPlan(urls, { detector: true, landmarker: false })).to.deep.equal([
      [...urls.wasm, urls.faceDetector],
    ]);
  });

  it('fetches no detector for a liveness-only session', () => {
    expect(prefetchPlan(urls, { detector: false, landmarker: true })).to.deep.equal([urls.wasm, [urls.faceLandmarker]]);
  });

  it('fetches nothing without a camera step that needs vision, or when the browser asks to save data', () => {
    expect(prefetchPlan(urls, { detector: false, landmarker: false })).to.deep.equal([]);
    expect(prefetchPlan(urls, { detector: true, landmarker: true }, { saveData: true })).to.deep.equal([]);
    expect(prefetchPlan(urls, { detector: true, landmarker: true }, { saveData: false })).to.have.length(2);
  });

  it('reads save-data from navigator.connection where there is one', () => {
    expect(networkHints({ connection: { saveData: true } } as unknown as Navigator)).to.deep.equal({ saveData: true });
    expect(networkHints({} as Navigator)).to.deep.equal({});
  });
});
