// The self-built models load from our own assets and find faces; nothing leaves the page's origin.
// Needs `node scripts/models/copy-assets.mjs build/mediapipe` (builds the models when missing) first.
import { expect } from '@open-wc/testing';
import type { FaceDetector, FaceLandmarker } from '@mediapipe/tasks-vision';
import { loadFaceDetector, loadFaceLandmarker, VisionLoadError } from '../../src/vision/mediapipe.js';

const ASSETS = '/build/mediapipe/';

async function imageCanvas(src: string): Promise<HTMLCanvasElement> {
  const img = new Image();
  img.src = src;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  canvas.getContext('2d')!.drawImage(img, 0, 0);
  return canvas;
}

async function cameraVideo(): Promise<HTMLVideoElement> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 } });
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  await video.play();
  return video;
}

function stopVideo(video: HTMLVideoElement): void {
  (video.srcObject as MediaStream | null)?.getTracks().forEach((t) => t.stop());
  video.srcObject = null;
}

describe('vision models (self-built, self-hosted)', function () {
  this.timeout(60000);
  let detector: FaceDetector;
  let landmarker: FaceLandmarker;

  before(async () => {
    detector = await loadFaceDetector(ASSETS, { runningMode: 'IMAGE' });
    landmarker = await loadFaceLandmarker(ASSETS, { runningMode: 'IMAGE' });
  });
  after(() => {
    detector?.close();
    landmarker?.close();
  });

  it('FaceDetector finds exactly one face on the astronaut photo, score > 0.8', async () => {
    const result = detector.detect(await imageCanvas('/test/fixtures/astronaut.jpg'));
    expect(result.detections).to.have.length(1);
    expect(result.detections[0]!.categories[0]!.score).to.be.greaterThan(0.8);
  });

  it('FaceDetector finds no face on a paper form or a blank frame', async () => {
    expect(detector.detect(await imageCanvas('/test/fixtures/jscanify_test10_form.jpg')).detections).to.have.length(0);
    const blank = document.createElement('canvas');
    blank.width = 640;
    blank.height = 480;
    const ctx = blank.getContext('2d')!;
    ctx.fillStyle = '#777';
    ctx.fillRect(0, 0, 640, 480);
    expect(detector.detect(blank).detections).to.have.length(0);
  });

  it('FaceLandmarker gives 478 landmarks on the astronaut, eyes and irises on the face', async () => {
    const result = landmarker.detect(await imageCanvas('/test/fixtures/astronaut.jpg'));
    expect(result.faceLandmarks).to.have.length(1);
    const lm = result.faceLandmarks[0]!;
    expect(lm).to.have.length(478);
    const xs = lm.map((p) => p.x);
    const ys = lm.map((p) => p.y);
    // The face sits at about x 0.34..0.54, y 0.14..0.36 of the 512×512 photo.
    expect(Math.min(...xs)).to.be.within(0.28, 0.4);
    expect(Math.max(...xs)).to.be.within(0.48, 0.6);
    // Iris centres (468, 473) lie between the eye corners (33/133 and 362/263).
    const between = (v: number, a: number, b: number): boolean => v > Math.min(a, b) && v < Math.max(a, b);
    expect(between(lm[468]!.x, lm[33]!.x, lm[133]!.x)).to.equal(true);
    expect(between(lm[473]!.x, lm[362]!.x, lm[263]!.x)).to.equal(true);
    expect(Math.min(...ys)).to.be.greaterThan(0.05);
  });

  it('FaceDetector in VIDEO mode finds one face in the fake camera frames', async () => {
    const video = await cameraVideo();
    const vd = await loadFaceDetector(ASSETS);
    try {
      let t = performance.now();
      const counts: number[] = [];
      const scores: number[] = [];
      for (let i = 0; i < 10; i++) {
        await new Promise((r) => video.requestVideoFrameCallback(r));
        t = Math.max(t + 1, performance.now());
        const res = vd.detectForVideo(video, t);
        counts.push(res.detections.length);
        for (const d of res.detections) scores.push(d.categories[0]!.score);
      }
      expect(
        counts.every((c) => c === 1),
        `faces per frame ${counts.join(',')}`,
      ).to.equal(true);
      expect(Math.min(...scores)).to.be.greaterThan(0.8);
    } finally {
      vd.close();
      stopVideo(video);
    }
  });

  it('a missing model is a typed VisionLoadError', async () => {
    let error: unknown;
    try {
      await loadFaceDetector('/no-such-assets/', { runningMode: 'IMAGE' });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(VisionLoadError);
    expect((error as VisionLoadError).kind).to.equal('model');
  });

  it('no request left the page origin', () => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    expect(entries.length).to.be.greaterThan(0);
    const foreign = entries.map((e) => e.name).filter((url) => new URL(url).origin !== location.origin);
    expect(foreign).to.deep.equal([]);
    const loaded = entries.map((e) => new URL(e.name).pathname);
    expect(loaded).to.include('/build/mediapipe/wasm/vision_wasm_internal.wasm');
    expect(loaded).to.include('/build/mediapipe/models/face_landmarker.task');
  });
});
