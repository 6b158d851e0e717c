// FaceDetectionController on the fake camera (default clip: the astronaut photo, zooming and
// swaying), with guidance, auto-capture and liveness fed from the real detector/landmarker.
// Needs `node scripts/models/copy-assets.mjs build/mediapipe` first.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FaceDetectionController, type FaceFrameResult } from '../../src/controllers/face-detection-controller.js';
import { FaceGuidance } from '../../src/vision/face-guidance.js';
import { LivenessSession } from '../../src/vision/liveness.js';

const ASSETS = '/build/mediapipe/';

class VisionTestHost extends LitElement {
  override render() {
    return html`<video muted playsinline></video>`;
  }
}
customElements.define('vision-test-host', VisionTestHost);

async function startCamera(host: VisionTestHost): Promise<HTMLVideoElement> {
  const video = host.renderRoot.querySelector('video')!;
  video.srcObject = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 } });
  await video.play();
  return video;
}

function stopCamera(video: HTMLVideoElement): void {
  (video.srcObject as MediaStream | null)?.getTracks().forEach((t) => t.stop());
}

/** Collects results until `done` says so (or the timeout passes). */
function collect(
  make: (onResult: (r: FaceFrameResult) => void) => FaceDetectionController,
  done: (all: FaceFrameResult[]) => boolean,
  timeoutMs = 20000,
) {
  const all: FaceFrameResult[] = [];
  let controller!: FaceDetectionController;
  const finished = new Promise<FaceFrameResult[]>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`timed out after ${all.length} results (status ${controller.status})`)),
      timeoutMs,
    );
    controller = make((r) => {
      all.push(r);
      if (done(all)) {
        clearTimeout(timer);
        resolve(all);
      }
    });
  });
  return { controller, finished };
}

describe('FaceDetectionController', function () {
  this.timeout(60000);

  it('detects one face per frame, counts frames, skips rather than queues, and closes on detach', async () => {
    const host = await fixture<VisionTestHost>(html`<vision-test-host></vision-test-host>`);
    const video = await startCamera(host);
    const guidance = new FaceGuidance();
    let goodFrames = 0;
    let captureAfter: number | null = null;
    const { controller, finished } = collect(
      (onResult) =>
        new FaceDetectionController(host, {
          assetsBase: ASSETS,
          mode: 'detect',
          onResult: (r) => {
            const g = guidance.update({
              t: r.t,
              faces: r.faces,
              width: r.width,
              height: r.height,
              brightness: r.brightness,
              thumb: r.thumb,
            });
            if (g.state === 'good' || g.state === 'hold_still') goodFrames++;
            if (g.capture && captureAfter === null) captureAfter = goodFrames;
            onResult(r);
          },
        }),
      (all) => all.length >= 60,
    );
    controller.attach(video);
    expect(controller.status).to.equal('loading');
    const results = await finished;
    expect(controller.status).to.equal('ready');
    const warm = results.slice(5);
    expect(warm.every((r) => r.faces.length === 1)).to.equal(true);
    expect(Math.min(...warm.map((r) => r.faces[0]!.score))).to.be.greaterThan(0.8);
    expect(warm[0]!.width).to.equal(640);
    // The detector is given a copy of the frame (halved when large); its boxes are in the frame's pixels (the face is ~120 px wide).
    const box = warm[0]!.faces[0]!;
    expect(box.width).to.be.within(90, 170);
    expect(box.x + box.width).to.be.within(box.width, 640);
    expect(warm[0]!.brightness).to.be.within(40, 220);
    const stats = controller.stats;
    expect(stats.processed).to.be.at.least(60);
    expect(stats.offered).to.be.at.least(stats.processed);
    expect(stats.medianLatencyMs).to.be.greaterThan(0);
    // Auto-capture fired on the real detections (face and frame steadiness), within 45 processed frames
    // (1.5 s at 30 fps) of the first well-framed one.
    expect(captureAfter, 'auto-capture').to.not.equal(null);
    expect(captureAfter!).to.be.at.most(45);
    expect(warm[0]!.thumb).to.include({ width: 64, height: 48 });
    console.log(
      `detect: offered ${stats.offered}, processed ${stats.processed}, median ${stats.medianLatencyMs.toFixed(1)} ms, p90 ${stats.p90LatencyMs.toFixed(1)} ms, load ${stats.loadMs.toFixed(0)} ms, box ${JSON.stringify(warm[0]!.faces[0])}, auto-capture after ${captureAfter} frames`,
    );

    controller.detach();
    expect(controller.status).to.equal('idle');
    const count = results.length;
    await new Promise((r) => setTimeout(r, 300));
    expect(results.length).to.equal(count);
    stopCamera(video);
  });

  it('landmarks mode gives 478 points; the swaying photo clip cannot pass a turn or a blink', async () => {
    const host = await fixture<VisionTestHost>(html`<vision-test-host></vision-test-host>`);
    const video = await startCamera(host);
    const session = new LivenessSession(['turn_left', 'blink'], { challengeTimeoutMs: 2500, retries: 0 });
    const { controller, finished } = collect(
      (onResult) =>
        new FaceDetectionController(host, {
          assetsBase: ASSETS,
          mode: 'landmarks',
          onResult: (r) => {
            session.push({ t: r.t, landmarks: r.landmarks, aspect: r.width / r.height });
            onResult(r);
          },
        }),
      () => session.result.phase === 'failed' || session.result.phase === 'passed',
      30000,
    );
    controller.attach(video);
    const results = await finished;
    const withFace = results.filter((r) => r.landmarks);
    expect(withFace.length).to.be.greaterThan(results.length * 0.9);
    expect(withFace[0]!.landmarks).to.have.length(478);
    const r = session.result;
    console.log(
      `landmarks: median ${controller.stats.medianLatencyMs.toFixed(1)} ms over ${controller.stats.processed} frames; photo clip: ${r.phase} (${r.failure}), shape variation ${session.shapeVariation.toFixed(4)}, log ${JSON.stringify(r.log)}`,
    );
    expect(r.phase).to.equal('failed');
    expect(r.log.every((e) => !e.passed)).to.equal(true);
    host.remove(); // hostDisconnected closes the task
    expect(controller.status).to.equal('idle');
    stopCamera(video);
  });

  it('with the task lent warm, the frame the video shows goes through at once, before the next is presented', async () => {
    const host = await fixture<VisionTestHost>(html`<vision-test-host></vision-test-host>`);
    const video = await startCamera(host);
    // A first step creates the task and gives it back (it stays warm for the page).
    const first = collect(
      (onResult) => new FaceDetectionController(host, { assetsBase: ASSETS, mode: 'detect', onResult }),
      (all) => all.length >= 1,
    );
    first.controller.attach(video);
    await first.finished;
    first.controller.detach();

    // The next step: its first result comes before any frame is presented or painted after attach().
    const order: string[] = [];
    let statsAtFirst: { offered: number; processed: number } | null = null;
    const next: FaceDetectionController = new FaceDetectionController(host, {
      assetsBase: ASSETS,
      mode: 'detect',
      onResult: (r) => {
        if (order.length === 0) statsAtFirst = { offered: next.stats.offered, processed: next.stats.processed };
        order.push(r.faces.length === 1 ? 'result with a face' : 'result');
      },
    });
    // Asked for before attach(): without the frame taken at once, these would come before any result.
    const painted = new Promise<void>((resolve) => {
      if (typeof video.requestVideoFrameCallback === 'function')
        video.requestVideoFrameCallback(() => order.push('next video frame'));
      requestAnimationFrame(() => {
        order.push('animation frame');
        resolve();
      });
    });
    next.attach(video);
    await painted;
    expect(order[0]).to.equal('result with a face');
    // The frame taken at once counts as one offered and processed.
    expect(statsAtFirst).to.deep.equal({ offered: 1, processed: 1 });
    next.detach();
    stopCamera(video);
  });

  it('a missing model ends in status error with a VisionLoadError (manual capture then)', async () => {
    const host = await fixture<VisionTestHost>(html`<vision-test-host></vision-test-host>`);
    const video = await startCamera(host);
    let reported: unknown = null;
    const controller = new FaceDetectionController(host, {
      assetsBase: '/missing/',
      mode: 'detect',
      onResult: () => {},
      onError: (e) => (reported = e),
    });
    controller.attach(video);
    // Waited for, not slept on: the 404 comes back in milliseconds, a loaded machine may take seconds.
    await waitUntil(() => reported !== null, 'error reported', { timeout: 20000 });
    expect(controller.status).to.equal('error');
    expect(controller.error?.kind).to.equal('model');
    expect(reported).to.equal(controller.error);
    controller.detach();
    stopCamera(video);
  });
});
