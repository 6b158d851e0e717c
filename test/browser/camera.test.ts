import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { CameraController } from '../../src/controllers/camera-controller.js';
import { cameraErrorCode } from '../../src/controllers/camera-errors.js';
import '../../src/components/capture/capture.js';
import type { VerilockCapture, CapturedImage } from '../../src/components/capture/capture.js';
import { stopWarmStream, warmStreamHeld } from '../../src/camera/warm-stream.js';

const env = { secureContext: true, hasMediaDevices: true, policyAllowsCamera: true };

describe('camera error mapping', () => {
  const table: [string, string][] = [
    ['NotAllowedError', 'camera_not_allowed'],
    ['SecurityError', 'camera_not_allowed'],
    ['NotFoundError', 'camera_not_found'],
    ['NotReadableError', 'camera_in_use'],
    ['AbortError', 'camera_in_use'],
    ['OverconstrainedError', 'constraints_unsatisfiable'],
  ];
  for (const [name, code] of table) {
    it(`${name} → ${code}`, () => {
      expect(cameraErrorCode(new DOMException('x', name), env)).to.equal(code);
    });
  }
  it('a permissions policy that forbids the camera means the embed lacks allow="camera"', () => {
    expect(cameraErrorCode(new DOMException('x', 'NotAllowedError'), { ...env, policyAllowsCamera: false })).to.equal(
      'camera_blocked_by_embed',
    );
  });
  it('no secure context, no camera API', () => {
    expect(cameraErrorCode(new TypeError(), { ...env, secureContext: false })).to.equal('insecure_context');
    expect(cameraErrorCode(new TypeError(), { ...env, hasMediaDevices: false })).to.equal('camera_not_found');
  });
});

/** Replaces getUserMedia for one test, recording every stream handed out. */
function patchGetUserMedia(impl?: (c: MediaStreamConstraints) => Promise<MediaStream>) {
  const md = navigator.mediaDevices;
  const original = md.getUserMedia.bind(md);
  const streams: MediaStream[] = [];
  const calls: MediaStreamConstraints[] = [];
  md.getUserMedia = async (c?: MediaStreamConstraints) => {
    calls.push(c ?? {});
    const s = await (impl ? impl(c ?? {}) : original(c));
    streams.push(s);
    return s;
  };
  return {
    streams,
    calls,
    restore: () => {
      md.getUserMedia = original;
    },
    live: () => streams.flatMap((s) => s.getTracks()).filter((t) => t.readyState === 'live').length,
  };
}

const title = (el: VerilockCapture) => el.shadowRoot!.querySelector('.problem h3')?.textContent ?? '';

describe('<verilock-capture> camera failures', () => {
  const names: [string, string][] = [
    ['NotAllowedError', 'Camera access is blocked'],
    ['NotFoundError', 'No camera found'],
    ['NotReadableError', 'The camera is busy'],
    ['OverconstrainedError', 'The camera cannot be used'],
  ];
  for (const [name, expected] of names) {
    it(`${name} shows "${expected}" with a way on`, async () => {
      const gum = patchGetUserMedia(() => Promise.reject(new DOMException('denied', name)));
      try {
        const codes: string[] = [];
        const listener = (e: Event) => codes.push((e as CustomEvent<{ code: string }>).detail.code);
        document.addEventListener('vl-camera-error', listener);
        const el = await fixture<VerilockCapture>(html`<verilock-capture kind="document_front"></verilock-capture>`);
        await waitUntil(() => el.camera.status === 'error', 'camera error', { timeout: 5000 });
        document.removeEventListener('vl-camera-error', listener);
        expect(codes).to.have.length(1);
        await el.updateComplete;
        expect(title(el)).to.equal(expected);
        expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
        // Documents can always be uploaded from a file instead.
        expect(el.shadowRoot!.querySelector('input[type="file"]')).to.exist;
        if (name === 'OverconstrainedError') expect(gum.calls.length, 'retried without constraints').to.equal(2);
      } finally {
        gum.restore();
      }
    });
  }

  it('retries once without constraints after an OverconstrainedError, then goes live', async () => {
    let first = true;
    const gum = patchGetUserMedia(() => {
      if (first) {
        first = false;
        return Promise.reject(new DOMException('too big', 'OverconstrainedError'));
      }
      return navigator.mediaDevices.enumerateDevices().then(() => new MediaStream(createCanvasTrack()));
    });
    try {
      const el = await fixture<VerilockCapture>(html`<verilock-capture kind="selfie"></verilock-capture>`);
      await waitUntil(() => el.camera.status === 'live', 'live after retry', { timeout: 5000 });
      expect(gum.calls).to.have.length(2);
      expect(JSON.stringify(gum.calls[1])).to.not.include('ideal');
      el.remove();
      expect(gum.live()).to.equal(0);
    } finally {
      gum.restore();
    }
  });
});

function createCanvasTrack(): MediaStreamTrack[] {
  const c = document.createElement('canvas');
  c.width = 64;
  c.height = 48;
  const ctx = c.getContext('2d')!;
  ctx.fillRect(0, 0, 64, 48);
  const tracks = c.captureStream(5).getVideoTracks();
  // A canvas stream carries a frame only when the canvas is painted (WebKit sends none before the first
  // paint after capture starts): keep painting, as a camera keeps sending frames, until the track ends.
  const timer = setInterval(() => {
    if (tracks.every((t) => t.readyState === 'ended')) clearInterval(timer);
    else ctx.fillRect(0, 0, 64, 48);
  }, 100);
  return tracks;
}

describe('camera tracks end on every exit path (real fake camera)', () => {
  let gum: ReturnType<typeof patchGetUserMedia>;
  beforeEach(() => {
    gum = patchGetUserMedia();
  });
  afterEach(() => {
    stopWarmStream();
    gum.restore();
  });

  async function liveCapture(kind = 'document_front'): Promise<VerilockCapture> {
    const el = await fixture<VerilockCapture>(html`<verilock-capture kind=${kind}></verilock-capture>`);
    await waitUntil(() => el.camera.status === 'live', 'camera live', { timeout: 10000 });
    expect(gum.live()).to.equal(1);
    return el;
  }

  it('shutter: a JPEG without metadata, then the camera is handed over for the next step, and stops when unused', async () => {
    const el = await liveCapture('selfie');
    await waitUntil(() => (el.video?.videoWidth ?? 0) > 0);
    const captured = oneEvent(el, 'vl-captured');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="shutter"]')!.click();
    const { detail } = (await captured) as CustomEvent<CapturedImage>;
    expect(detail.blob.type).to.equal('image/jpeg');
    expect(detail.source).to.equal('camera');
    const bytes = new Uint8Array(await detail.blob.arrayBuffer());
    expect([bytes[0], bytes[1]]).to.deep.equal([0xff, 0xd8]);
    expect(new TextDecoder('latin1').decode(bytes.slice(0, 4096))).to.not.include('Exif');
    expect(el.camera.stream).to.equal(null);
    expect(el.video!.srcObject).to.equal(null);
    expect(warmStreamHeld()).to.equal(true);
    el.remove();
    stopWarmStream(); // what the flow does on any screen but a review or a camera step
    expect(gum.live()).to.equal(0);
  });

  it('documents: preview frames are measured off the main thread; the capture carries the metrics', async () => {
    const el = await liveCapture('document_front');
    await waitUntil(() => el.guidance !== null, 'quality guidance shown', { timeout: 10000 });
    expect(['good', 'too_dark', 'too_blurry', 'glare']).to.include(el.guidance);
    const captured = oneEvent(el, 'vl-captured');
    await el.shoot();
    const { detail } = (await captured) as CustomEvent<CapturedImage>;
    expect(detail.quality).to.have.keys(['brightness', 'glare', 'sharpness']);
    expect(detail.quality!.sharpness).to.be.greaterThan(0);
    expect(Math.max(detail.width, detail.height), 'the camera gives 640 px; never upscaled').to.be.at.most(2048);
  });

  it('element removed (step exit or disconnect)', async () => {
    const el = await liveCapture();
    el.remove();
    expect(gum.live()).to.equal(0);
  });

  it('page hidden, then shown again: released and re-acquired, never two at once', async () => {
    const el = await liveCapture();
    const desc = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState')!;
    try {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
      expect(gum.live()).to.equal(0);
      expect(el.camera.status).to.equal('paused');
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(() => el.camera.status === 'live', 're-acquired', { timeout: 10000 });
      expect(gum.live()).to.equal(1);
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
      Object.defineProperty(Document.prototype, 'visibilityState', desc);
    }
    el.remove();
    expect(gum.live()).to.equal(0);
  });

  it('pagehide', async () => {
    const el = await liveCapture();
    window.dispatchEvent(new Event('pagehide'));
    expect(gum.live()).to.equal(0);
    el.remove();
  });

  it('switching camera stops the first stream before the second starts', async () => {
    const el = await liveCapture();
    await el.camera.switchCamera();
    await waitUntil(() => el.camera.status === 'live');
    expect(gum.streams).to.have.length(2);
    expect(gum.live()).to.equal(1);
    el.remove();
    expect(gum.live()).to.equal(0);
  });
});

class Host extends LitElement {}
customElements.define('test-camera-host', Host);

describe('CameraController permission prompt', () => {
  it('shows help when the prompt is not answered in time', async () => {
    let release: (s: MediaStream) => void = () => undefined;
    const pending = new Promise<MediaStream>((r) => (release = r));
    const host = await fixture<Host>(html`<test-camera-host></test-camera-host>`);
    const cam = new CameraController(host, {
      facing: 'user',
      promptHelpAfterMs: 50,
      mediaDevices: { getUserMedia: () => pending, enumerateDevices: async () => [] },
    });
    const video = document.createElement('video');
    const started = cam.start(video);
    await waitUntil(() => cam.promptSlow, 'prompt help shown');
    expect(cam.status).to.equal('requesting');
    const tracks = createCanvasTrack();
    release(new MediaStream(tracks));
    await started;
    expect(cam.status).to.equal('live');
    expect(cam.promptSlow).to.equal(false);
    host.remove();
    expect(tracks[0]!.readyState).to.equal('ended');
  });

  it('a stream granted after the step ended is stopped at once', async () => {
    let release: (s: MediaStream) => void = () => undefined;
    const pending = new Promise<MediaStream>((r) => (release = r));
    const host = await fixture<Host>(html`<test-camera-host></test-camera-host>`);
    const cam = new CameraController(host, {
      facing: 'user',
      mediaDevices: { getUserMedia: () => pending, enumerateDevices: async () => [] },
    });
    const started = cam.start(document.createElement('video'));
    cam.stop();
    const tracks = createCanvasTrack();
    release(new MediaStream(tracks));
    await started;
    expect(tracks[0]!.readyState).to.equal('ended');
    expect(cam.stream).to.equal(null);
  });
});
