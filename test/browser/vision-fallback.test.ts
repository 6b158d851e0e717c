// Every way on-device vision can fail ends in a usable step, and the liveness step offers its one-photo
// fallback when the applicant cannot pass. Real MediaPipe on the fake camera (the astronaut photo, swaying:
// it can hold still for a baseline but cannot blink, turn or smile). Failures are injected the way devices
// produce them. Needs `node scripts/models/copy-assets.mjs build/mediapipe` first.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FaceDetector } from '@mediapipe/tasks-vision';
import { FaceDetectionController } from '../../src/controllers/face-detection-controller.js';
import type { VerilockLiveness } from '../../src/components/liveness/liveness.component.js';
import '../../src/components/liveness/liveness.js';
import type { CapturedImage } from '../../src/components/capture/capture.component.js';
import type { VisionLoadError } from '../../src/vision/mediapipe.js';
import { mediapipeUsesOffscreenCanvas } from '../../src/vision/support.js';

const ASSETS = '/build/mediapipe/';

class FallbackTestHost extends LitElement {
  override render() {
    return html`<video muted playsinline></video>`;
  }
}
customElements.define('fallback-test-host', FallbackTestHost);

async function startCamera(host: FallbackTestHost): Promise<HTMLVideoElement> {
  const video = host.renderRoot.querySelector('video')!;
  video.srcObject = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 } });
  await video.play();
  return video;
}

function stopCamera(video: HTMLVideoElement): void {
  (video.srcObject as MediaStream | null)?.getTracks().forEach((t) => t.stop());
}

/** Replaces `obj[key]` until the returned function is called. */
function patch<T extends object, K extends keyof T>(obj: T, key: K, value: T[K]): () => void {
  const original = Object.getOwnPropertyDescriptor(obj, key)!;
  Object.defineProperty(obj, key, { ...original, value });
  return () => Object.defineProperty(obj, key, original);
}

/** WebGL context creation fails on both canvas kinds, as on devices without it. */
function withoutWebGl(): () => void {
  const restores = [HTMLCanvasElement.prototype, OffscreenCanvas.prototype].map((proto) => {
    const original = proto.getContext as (...args: unknown[]) => unknown;
    return patch(proto, 'getContext', function (this: unknown, type: string, ...rest: unknown[]) {
      return type === 'webgl' || type === 'webgl2' ? null : original.call(this, type, ...rest);
    } as never);
  });
  return () => restores.forEach((r) => r());
}

/** Runs a controller in `detect` mode until it reports an error (or the test times out). */
async function failure(
  assetsBase: string,
  options: { resultTimeoutMs?: number } = {},
): Promise<{ error: VisionLoadError; errors: number; results: number; fetched: string[] }> {
  const fetched: string[] = [];
  const observer = new PerformanceObserver((list) =>
    list.getEntries().forEach((e) => e.name.includes('/mediapipe/') && fetched.push(e.name)),
  );
  observer.observe({ type: 'resource' });
  const host = await fixture<FallbackTestHost>(html`<fallback-test-host></fallback-test-host>`);
  const video = await startCamera(host);
  let errors = 0;
  let results = 0;
  const controller = new FaceDetectionController(host, {
    assetsBase,
    mode: 'detect',
    ...options,
    onResult: () => results++,
    onError: () => errors++,
  });
  try {
    controller.attach(video);
    await waitUntil(() => controller.status === 'error', 'vision error', { timeout: 20000 });
    await new Promise((r) => setTimeout(r, 300)); // nothing more comes after the error
    return { error: controller.error!, errors, results, fetched };
  } finally {
    observer.disconnect();
    controller.detach();
    stopCamera(video);
  }
}

describe('vision failures end in a usable step', function () {
  this.timeout(60000);

  it('MediaPipe draws on an OffscreenCanvas except in Safari before 17 (the canvas the WebGL probe checks)', () => {
    const chrome = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36';
    const safari16 =
      'Mozilla/5.0 (iPhone; CPU iPhone OS 16_3 like Mac OS X) AppleWebKit/605.1.15 Version/16.3 Safari/604.1';
    const safari17 =
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.4 Safari/605.1.15';
    const firefox = 'Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0';
    expect(mediapipeUsesOffscreenCanvas(chrome, true)).to.equal(true);
    expect(mediapipeUsesOffscreenCanvas(firefox, true)).to.equal(true);
    expect(mediapipeUsesOffscreenCanvas(safari17, true)).to.equal(true);
    expect(mediapipeUsesOffscreenCanvas(safari16, true)).to.equal(false);
    expect(mediapipeUsesOffscreenCanvas(chrome, false)).to.equal(false);
  });

  it('no WebGL: an unsupported error before anything is downloaded', async () => {
    const restore = withoutWebGl();
    try {
      const { error, errors, results, fetched } = await failure(ASSETS);
      expect(error.kind).to.equal('unsupported');
      expect(error.reason).to.equal('no_webgl');
      expect(errors).to.equal(1);
      expect(results).to.equal(0);
      expect(fetched).to.deep.equal([]);
    } finally {
      restore();
    }
  });

  it('an exception inside the detect call: an inference error, reported once, the loop stopped', async () => {
    let calls = 0;
    const restore = patch(FaceDetector.prototype, 'detectForVideo', function () {
      calls++;
      throw new TypeError('GLctx is undefined');
    } as never);
    try {
      const { error, errors, results } = await failure(ASSETS);
      expect(error.kind).to.equal('inference');
      expect(String((error.cause as Error).message)).to.equal('GLctx is undefined');
      expect(errors).to.equal(1);
      expect(results).to.equal(0);
      expect(calls).to.equal(1);
    } finally {
      restore();
    }
  });

  it('no result after the task is ready: a stalled error', async () => {
    const restore = patch(HTMLVideoElement.prototype, 'requestVideoFrameCallback', (() => 1) as never);
    try {
      const { error, errors, results } = await failure(ASSETS, { resultTimeoutMs: 1000 });
      expect(error.kind).to.equal('stalled');
      expect(errors).to.equal(1);
      // The frame the video showed when the task was ready went through at once; no frame came after it.
      expect(results).to.be.at.most(1);
    } finally {
      restore();
    }
  });

  it('without requestVideoFrameCallback, animation frames with a new video frame are processed', async () => {
    const restores = [
      patch(HTMLVideoElement.prototype, 'requestVideoFrameCallback', undefined as never),
      patch(HTMLVideoElement.prototype, 'cancelVideoFrameCallback', undefined as never),
    ];
    const host = await fixture<FallbackTestHost>(html`<fallback-test-host></fallback-test-host>`);
    const video = await startCamera(host);
    let faces = 0;
    let results = 0;
    const controller = new FaceDetectionController(host, {
      assetsBase: ASSETS,
      mode: 'detect',
      onResult: (r) => {
        results++;
        faces += r.faces.length;
      },
    });
    try {
      controller.attach(video);
      await waitUntil(() => results >= 20, 'results', { timeout: 20000 });
      expect(controller.status).to.equal('ready');
      expect(faces).to.be.greaterThan(10);
      expect(controller.stats.offered).to.be.at.least(controller.stats.processed);
    } finally {
      controller.detach();
      stopCamera(video);
      restores.forEach((r) => r());
    }
  });
});

describe('liveness: the accessible way forward', function () {
  this.timeout(90000);

  async function liveness(config: VerilockLiveness['livenessConfig']): Promise<VerilockLiveness> {
    const el = await fixture<VerilockLiveness>(
      html`<verilock-liveness
        .challenges=${['blink', 'turn_left']}
        .assetsBase=${ASSETS}
        .livenessConfig=${config}
      ></verilock-liveness>`,
    );
    await waitUntil(() => el.camera.status === 'live', 'camera live', { timeout: 20000 });
    return el;
  }

  const button = (el: VerilockLiveness, text: string): HTMLButtonElement | undefined =>
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes(text));

  async function takeFallbackPhoto(el: VerilockLiveness): Promise<CapturedImage> {
    await waitUntil(() => !button(el, 'Take one photo for review')?.disabled, 'photo button', { timeout: 20000 });
    const captured = oneEvent(el, 'vl-captured') as Promise<CustomEvent<CapturedImage>>;
    button(el, 'Take one photo for review')!.click();
    return (await captured).detail;
  }

  it('after two failed runs, one photo for review with the last run’s failed log', async () => {
    const el = await liveness({ challengeTimeoutMs: 800, retries: 0 });
    el.start();
    await waitUntil(() => el.phase === 'failed', 'first run failed', { timeout: 30000 });
    expect(button(el, 'Take one photo for review')).to.equal(undefined); // one failure: try again first
    expect(button(el, 'I can’t do these movements')).to.not.equal(undefined);
    button(el, 'Try again')!.click();
    await waitUntil(() => el.phase === 'fallback', 'second run failed: fallback', { timeout: 30000 });
    expect(el.fallbackReason).to.equal('challenge_failed');
    expect(el.shadowRoot!.textContent).to.include('The movements were not recognised');
    const detail = await takeFallbackPhoto(el);
    expect(detail.livenessMode).to.equal('photo');
    expect(detail.fallbackReason).to.equal('challenge_failed');
    expect(detail.blob.size).to.be.greaterThan(1000);
    expect(detail.liveness).to.have.length(1); // retries 0: the first challenge's one failed attempt
    expect(detail.liveness![0]).to.include({ challenge: 'blink', passed: false });
    expect(detail.liveness![0]!.ended_at).to.be.at.least(detail.liveness![0]!.started_at);
  });

  it('no baseline within the time allowed: one photo for review with an empty log', async () => {
    // A face the baseline never accepts (frontal yaw bound below zero: nothing is frontal enough).
    const el = await liveness({ baselineTimeoutMs: 1500, frontalYaw: -1 });
    el.start();
    await waitUntil(() => el.phase === 'fallback', 'fallback', { timeout: 30000 });
    expect(el.fallbackReason).to.equal('no_baseline');
    expect(button(el, 'Try again')).to.not.equal(undefined);
    const detail = await takeFallbackPhoto(el);
    expect(detail).to.include({ livenessMode: 'photo', fallbackReason: 'no_baseline' });
    expect(detail.liveness).to.deep.equal([]);
  });

  it('the applicant can say at once that they cannot do the movements', async () => {
    const el = await liveness({});
    button(el, 'I can’t do these movements')!.click();
    await el.updateComplete;
    expect(el.fallbackReason).to.equal('applicant_choice');
    const detail = await takeFallbackPhoto(el);
    expect(detail).to.include({ livenessMode: 'photo', fallbackReason: 'applicant_choice' });
    expect(detail.liveness).to.deep.equal([]);
  });

  it('vision failing during the check: the fallback, reported once', async () => {
    const el = await liveness({});
    const reported: unknown[] = [];
    el.addEventListener('vl-vision-error', (e) => reported.push((e as CustomEvent).detail.error));
    el.assetsBase = '/missing/';
    el.start();
    await waitUntil(() => el.phase === 'fallback', 'fallback', { timeout: 20000 });
    expect(el.fallbackReason).to.equal('vision_unavailable');
    expect(reported).to.have.length(1);
    expect(button(el, 'Try again')).to.equal(undefined);
    const detail = await takeFallbackPhoto(el);
    expect(detail).to.include({ livenessMode: 'photo', fallbackReason: 'vision_unavailable' });
  });
});
