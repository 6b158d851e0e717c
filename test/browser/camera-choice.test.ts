// Camera choice, picker, torch, autofocus and black or frozen frames, with navigator.mediaDevices patched:
// enumerateDevices lists made-up cameras, getUserMedia hands out canvas streams with their settings and
// capabilities. Nothing engine-specific: the same in Chromium, Firefox and WebKit.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { AxeResults } from 'axe-core';
import '../../src/components/capture/capture.js';
import '../../src/components/liveness/liveness.js';
import type { VerilockCapture } from '../../src/components/capture/capture.js';
import type { VerilockLiveness } from '../../src/components/liveness/liveness.js';
import { en } from '../../src/i18n/registry.js';
import { keepWarmStream, stopWarmStream, warmStreamHeld } from '../../src/camera/warm-stream.js';
import { loadCameraSteps } from '../../src/components/flow/loading.js';
import { StepLoader, type StepLoaderOptions } from '../../src/components/flow/step-loader.js';
import type { FlowState } from '../../src/flow/machine.js';
import { loadScript } from './helpers.js';

type Picture = 'live' | 'black' | 'frozen';

interface FakeCamera {
  deviceId: string;
  label: string;
  facing?: 'user' | 'environment';
  focusMode?: string[];
  torch?: boolean;
  picture?: Picture;
}

interface Rig {
  /** Device ids in the order they were opened. */
  opened: string[];
  /** Every getUserMedia request. */
  requests: MediaStreamConstraints[];
  /** applyConstraints calls, by device id. */
  applied: { deviceId: string; constraints: MediaTrackConstraints }[];
  live: () => number;
  restore: () => void;
}

let rig: Rig | null = null;
afterEach(() => {
  stopWarmStream();
  rig?.restore();
  rig = null;
});

/** A canvas stream drawing `picture` ten times a second until its track stops. */
function canvasTrack(picture: Picture): MediaStreamTrack {
  const canvas = document.createElement('canvas');
  canvas.width = 64;
  canvas.height = 48;
  const ctx = canvas.getContext('2d')!;
  let frame = 0;
  const draw = () => {
    frame++;
    ctx.fillStyle = picture === 'black' ? '#000' : '#808890';
    ctx.fillRect(0, 0, 64, 48);
    if (picture === 'black') return;
    ctx.fillStyle = '#f0e0c0';
    // A still picture draws the same bar each time; a live one moves it.
    ctx.fillRect(picture === 'live' ? (frame * 7) % 64 : 20, 10, 12, 28);
  };
  draw();
  const timer = setInterval(draw, 100);
  const track = canvas.captureStream(15).getVideoTracks()[0]!;
  const stop = track.stop.bind(track);
  track.stop = () => {
    clearInterval(timer);
    stop();
  };
  return track;
}

/**
 * Patches navigator.mediaDevices with these cameras. A request by facing mode gets `defaults[facing]` (as a
 * browser's own pick may be the wrong lens), else the first camera facing that way, else the first one.
 */
function fakeCameras(cameras: FakeCamera[], defaults: Partial<Record<'user' | 'environment', string>> = {}): Rig {
  const md = navigator.mediaDevices as Partial<MediaDevices>;
  const tracks: MediaStreamTrack[] = [];
  const r: Rig = {
    opened: [],
    requests: [],
    applied: [],
    live: () => tracks.filter((t) => t.readyState === 'live').length,
    restore: () => {
      delete md.enumerateDevices;
      delete md.getUserMedia;
      tracks.forEach((t) => t.stop());
    },
  };
  md.enumerateDevices = async () =>
    cameras.map(
      (c) =>
        ({
          kind: 'videoinput',
          deviceId: c.deviceId,
          groupId: '',
          label: c.label,
          getCapabilities: () => ({ facingMode: c.facing ? [c.facing] : [] }),
          toJSON: () => ({}),
        }) as unknown as MediaDeviceInfo,
    );
  md.getUserMedia = async (constraints?: MediaStreamConstraints) => {
    r.requests.push(constraints ?? {});
    const video = (constraints?.video ?? {}) as MediaTrackConstraints;
    const exact = (video.deviceId as ConstrainDOMStringParameters | undefined)?.exact as string | undefined;
    const facingMode = video.facingMode;
    const facing = (typeof facingMode === 'string' ? facingMode : (facingMode as { ideal?: string })?.ideal) as
      'user' | 'environment' | undefined;
    let cam: FakeCamera | undefined;
    if (exact) {
      cam = cameras.find((c) => c.deviceId === exact);
      if (!cam) throw new DOMException('no such camera', 'OverconstrainedError');
    } else {
      const byDefault = facing ? defaults[facing] : undefined;
      cam = cameras.find((c) => c.deviceId === byDefault) ?? cameras.find((c) => c.facing === facing) ?? cameras[0];
    }
    if (!cam) throw new DOMException('no camera', 'NotFoundError');
    const track = canvasTrack(cam.picture ?? 'live');
    const settings = track.getSettings();
    const c = cam;
    track.getSettings = () => ({ ...settings, deviceId: c.deviceId, ...(c.facing ? { facingMode: c.facing } : {}) });
    track.getCapabilities = () =>
      ({
        ...(c.facing ? { facingMode: [c.facing] } : {}),
        ...(c.focusMode ? { focusMode: c.focusMode } : {}),
        ...(c.torch ? { torch: true } : {}),
      }) as MediaTrackCapabilities;
    track.applyConstraints = async (constraints?: MediaTrackConstraints) => {
      r.applied.push({ deviceId: c.deviceId, constraints: constraints ?? {} });
    };
    tracks.push(track);
    r.opened.push(cam.deviceId);
    return new MediaStream([track]);
  };
  rig = r;
  return r;
}

const IPHONE: FakeCamera[] = [
  { deviceId: 'front', label: 'Front Camera', facing: 'user' },
  { deviceId: 'main', label: 'Back Camera', facing: 'environment', focusMode: ['continuous', 'manual'], torch: true },
  { deviceId: 'triple', label: 'Back Triple Camera', facing: 'environment' },
  { deviceId: 'ultra', label: 'Back Ultra Wide Camera', facing: 'environment' },
  { deviceId: 'tele', label: 'Back Telephoto Camera', facing: 'environment' },
];

const shadow = (el: Element) => el.shadowRoot!;
const picker = (el: Element) => shadow(el).querySelector<HTMLSelectElement>('select#camera-picker');
const optionTexts = (el: Element) => [...(picker(el)?.options ?? [])].map((o) => o.textContent!.trim());

async function mountCapture(kind: string, extra: { handoff?: boolean; memory?: Map<string, string> } = {}) {
  const el = await fixture<VerilockCapture>(
    html`<verilock-capture
      kind=${kind}
      .handoff=${extra.handoff ?? false}
      .cameraMemory=${extra.memory ?? new Map()}
    ></verilock-capture>`,
  );
  return el;
}

async function live(el: VerilockCapture | VerilockLiveness): Promise<void> {
  await waitUntil(() => el.camera.status === 'live', `camera live (status ${el.camera.status})`, { timeout: 10000 });
  await el.updateComplete;
}

async function choose(el: Element, deviceId: string): Promise<void> {
  const select = picker(el)!;
  select.value = deviceId;
  select.dispatchEvent(new Event('change'));
}

describe('camera choice on a phone (iPhone labels)', () => {
  it('documents: the browser’s own pick was the ultra-wide; the main rear camera is opened instead, one stream at a time', async () => {
    const r = fakeCameras(IPHONE, { environment: 'ultra' });
    const el = await mountCapture('document_front');
    await live(el);
    expect(r.opened).to.deep.equal(['ultra', 'main']);
    expect(r.live()).to.equal(1);
    expect(el.camera.deviceId).to.equal('main');
    // Every rear camera is offered, the main one first and selected; the front camera is not.
    expect(optionTexts(el)).to.deep.equal([
      'Back Camera',
      'Back Triple Camera',
      'Back Ultra Wide Camera',
      'Back Telephoto Camera',
    ]);
    expect(picker(el)!.value).to.equal('main');
    const label = shadow(el).querySelector('label[for="camera-picker"]')!;
    expect(label.textContent!.trim()).to.equal(en.cameraPickerLabel);
    // With a picker there is no separate switch button.
    expect([...shadow(el).querySelectorAll('button')].map((b) => b.textContent!.trim())).to.not.include(
      en.switchCamera,
    );
    el.remove();
    expect(r.live()).to.equal(0);
  });

  it('a camera picked in the picker is opened, and kept for the next step of the session', async () => {
    const r = fakeCameras(IPHONE, { environment: 'main' });
    const memory = new Map<string, string>();
    const front = await mountCapture('document_front', { memory });
    await live(front);
    expect(r.opened).to.deep.equal(['main']);
    await choose(front, 'triple');
    await waitUntil(() => front.camera.deviceId === 'triple' && front.camera.status === 'live', 'picked camera live');
    expect(r.live()).to.equal(1);
    await front.updateComplete;
    expect(picker(front)!.value).to.equal('triple');
    front.remove();

    // The back of the document: the pick is opened directly, by its id.
    r.opened.length = 0;
    r.requests.length = 0;
    const back = await mountCapture('document_back', { memory });
    await live(back);
    expect(r.opened).to.deep.equal(['triple']);
    expect(JSON.stringify(r.requests[0])).to.include('"exact":"triple"');
    back.remove();
    expect(r.live()).to.equal(0);
  });

  it('selfie: the front camera, and no picker when it is the only one', async () => {
    const r = fakeCameras(IPHONE);
    const el = await mountCapture('selfie');
    await live(el);
    expect(el.camera.deviceId).to.equal('front');
    expect(r.opened).to.deep.equal(['front']);
    expect(picker(el)).to.equal(null);
    el.remove();
  });

  it('continuous autofocus is turned on where the camera has it; the torch toggle switches the torch', async () => {
    const r = fakeCameras(IPHONE, { environment: 'main' });
    const el = await mountCapture('document_front');
    await live(el);
    await waitUntil(() => r.applied.length > 0, 'autofocus applied');
    expect(r.applied[0]).to.deep.equal({ deviceId: 'main', constraints: { advanced: [{ focusMode: 'continuous' }] } });
    const torch = shadow(el).querySelector<HTMLButtonElement>('button[part="torch-button"]')!;
    expect(torch.textContent!.trim()).to.equal(en.torch);
    expect(torch.getAttribute('aria-pressed')).to.equal('false');
    torch.click();
    await waitUntil(() => el.camera.torch === true, 'torch on');
    await el.updateComplete;
    expect(torch.getAttribute('aria-pressed')).to.equal('true');
    expect(r.applied[r.applied.length - 1]!.constraints).to.deep.equal({
      advanced: [{ torch: true, focusMode: 'continuous' }],
    });
    torch.click();
    await waitUntil(() => el.camera.torch === false, 'torch off');
    // A camera without a torch (the telephoto) has no toggle.
    await choose(el, 'tele');
    await waitUntil(() => el.camera.deviceId === 'tele' && el.camera.status === 'live');
    await el.updateComplete;
    expect(shadow(el).querySelector('button[part="torch-button"]')).to.equal(null);
    el.remove();
  });

  it('a face step never offers the torch', async () => {
    fakeCameras([{ deviceId: 'f', label: 'Front Camera', facing: 'user', torch: true }]);
    const el = await mountCapture('selfie');
    await live(el);
    expect(shadow(el).querySelector('button[part="torch-button"]')).to.equal(null);
    el.remove();
  });
});

describe('a camera remembered from earlier in the session', () => {
  it('that is gone (unplugged) falls back to the facing mode, and is forgotten', async () => {
    const r = fakeCameras(IPHONE, { environment: 'main' });
    const memory = new Map<string, string>([['environment', 'usb-unplugged']]);
    const el = await mountCapture('document_back', { memory });
    await live(el);
    expect(r.opened).to.deep.equal(['main']);
    expect(JSON.stringify(r.requests[0])).to.include('"exact":"usb-unplugged"');
    expect(memory.get('environment')).to.equal('main');
    el.remove();
  });
});

describe('camera choice on a laptop', () => {
  const LAPTOP: FakeCamera[] = [
    { deviceId: 'ir', label: 'Integrated IR Camera (04f2:b6da)' },
    { deviceId: 'builtin', label: 'Integrated Camera (04f2:b6d9)' },
    { deviceId: 'brio', label: 'Logitech BRIO (046d:085e)' },
  ];

  it('the system’s default infrared camera is left for a real one; the webcams are offered, not the IR one', async () => {
    const r = fakeCameras(LAPTOP, { user: 'ir' });
    const el = await mountCapture('selfie');
    await live(el);
    expect(r.opened).to.deep.equal(['ir', 'builtin']);
    expect(optionTexts(el)).to.deep.equal(['Integrated Camera', 'Logitech BRIO']);
    el.remove();
  });

  it('liveness offers the picker too, and uses the webcam picked earlier in the session', async () => {
    const r = fakeCameras(LAPTOP, { user: 'builtin', environment: 'builtin' });
    const memory = new Map<string, string>();
    const doc = await mountCapture('document_front', { memory });
    await live(doc);
    await choose(doc, 'brio');
    await waitUntil(() => doc.camera.deviceId === 'brio' && doc.camera.status === 'live');
    doc.remove();
    r.opened.length = 0;
    const el = await fixture<VerilockLiveness>(
      html`<verilock-liveness .cameraMemory=${memory} .challenges=${['blink']}></verilock-liveness>`,
    );
    await live(el);
    expect(el.camera.deviceId).to.equal('brio');
    expect(r.live()).to.equal(1);
    expect(optionTexts(el)).to.deep.equal(['Logitech BRIO', 'Integrated Camera']);
    el.remove();
    expect(r.live()).to.equal(0);
  });
});

describe('cameras plugged in and out', () => {
  it('a webcam plugged in while the camera is live appears in the picker', async () => {
    const cameras: FakeCamera[] = [{ deviceId: 'builtin', label: 'FaceTime HD Camera' }];
    fakeCameras(cameras);
    const el = await mountCapture('selfie');
    await live(el);
    expect(picker(el)).to.equal(null);
    cameras.push({ deviceId: 'brio', label: 'Logitech BRIO (046d:085e)' });
    navigator.mediaDevices.dispatchEvent(new Event('devicechange'));
    await waitUntil(() => picker(el) !== null, 'picker after devicechange');
    expect(optionTexts(el)).to.deep.equal(['FaceTime HD Camera', 'Logitech BRIO']);
    el.remove();
  });

  it('the webcam in use is unplugged: the step goes on with the camera that is left', async () => {
    const cameras: FakeCamera[] = [
      { deviceId: 'builtin', label: 'FaceTime HD Camera' },
      { deviceId: 'brio', label: 'Logitech BRIO' },
    ];
    const r = fakeCameras(cameras);
    const errors: string[] = [];
    const el = await mountCapture('selfie');
    el.addEventListener('vl-camera-error', (e) => errors.push((e as CustomEvent<{ code: string }>).detail.code));
    await live(el);
    await choose(el, 'brio');
    await waitUntil(() => el.camera.deviceId === 'brio' && el.camera.status === 'live');
    const track = el.camera.stream!.getVideoTracks()[0]!;
    cameras.splice(1, 1);
    track.dispatchEvent(new Event('ended'));
    await waitUntil(() => el.camera.deviceId === 'builtin' && el.camera.status === 'live', 'on the other camera');
    expect(errors).to.deep.equal([]);
    expect(r.live()).to.equal(1);
    el.remove();
  });

  it('a camera taken away while still plugged in (another app) is a busy camera', async () => {
    fakeCameras([{ deviceId: 'builtin', label: 'FaceTime HD Camera' }]);
    const el = await mountCapture('selfie');
    await live(el);
    el.camera.stream!.getVideoTracks()[0]!.dispatchEvent(new Event('ended'));
    await waitUntil(() => el.camera.status === 'error', 'error');
    expect(el.camera.error).to.equal('camera_in_use');
    el.remove();
  });
});

describe('black or frozen camera (3 s)', () => {
  it('black frames: a camera problem with the picker, the file and the phone; another camera then works', async () => {
    const r = fakeCameras(
      [
        { deviceId: 'shut', label: 'Integrated Camera', picture: 'black' },
        { deviceId: 'usb', label: 'HD Pro Webcam C920' },
      ],
      { environment: 'shut' },
    );
    const errors: string[] = [];
    const el = await mountCapture('document_front', { handoff: true });
    el.addEventListener('vl-camera-error', (e) => errors.push((e as CustomEvent<{ code: string }>).detail.code));
    await live(el);
    await waitUntil(() => el.camera.status === 'error', 'black frames reported', { timeout: 10000 });
    await el.updateComplete;
    expect(errors).to.deep.equal(['camera_black']);
    expect(r.live(), 'the black stream is released').to.equal(0);
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(alert.querySelector('h3')!.textContent).to.equal(en.errors.camera_black.title);
    expect(alert.querySelector('select#camera-picker'), 'picker in the problem panel').to.not.equal(null);
    expect(alert.querySelector('[part="handoff-button"]'), 'the phone').to.not.equal(null);
    expect(shadow(el).querySelector('input[type="file"]'), 'the file').to.not.equal(null);
    expect(shadow(el).querySelector<HTMLButtonElement>('button[part="shutter"]')!.hidden, 'no shutter').to.equal(true);
    await axeClean(el, 'black camera problem with the picker');

    await choose(el, 'usb');
    await live(el);
    expect(el.camera.deviceId).to.equal('usb');
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
    el.remove();
  });

  it('frozen frames: reported as frozen (liveness too), and Try again reopens the camera', async () => {
    const r = fakeCameras([{ deviceId: 'stuck', label: 'Front Camera', facing: 'user', picture: 'frozen' }]);
    const el = await fixture<VerilockLiveness>(html`<verilock-liveness .challenges=${['blink']}></verilock-liveness>`);
    await live(el);
    await waitUntil(() => el.camera.status === 'error', 'frozen frames reported', { timeout: 10000 });
    expect(el.camera.error).to.equal('camera_frozen');
    await el.updateComplete;
    expect(shadow(el).querySelector('[role="alert"] h3')!.textContent).to.equal(en.errors.camera_frozen.title);
    [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === en.retry)!.click();
    await live(el);
    expect(r.opened).to.deep.equal(['stuck', 'stuck']);
    el.remove();
  });

  it('a live picture is never a camera problem', async () => {
    fakeCameras([{ deviceId: 'ok', label: 'Back Camera', facing: 'environment' }]);
    const el = await mountCapture('document_front');
    await live(el);
    const started = performance.now();
    await waitUntil(() => performance.now() - started > 4500 || el.camera.status !== 'live', '', { timeout: 8000 });
    expect(el.camera.status).to.equal('live');
    el.remove();
  });
});

describe('the stream a step hands over to the next camera step', () => {
  const WEBCAM: FakeCamera[] = [{ deviceId: 'cam', label: 'Integrated Camera (04f2:b6d9)' }];

  /** Takes the photo with the shutter path and removes the step, as the flow does for its review. */
  async function shootAndLeave(el: VerilockCapture): Promise<void> {
    await el.shoot();
    el.remove();
  }

  it('a laptop’s only webcam: the selfie after the document uses the document’s stream, opened once', async () => {
    const r = fakeCameras(WEBCAM);
    const memory = new Map<string, string>();
    const doc = await mountCapture('document_back', { memory });
    await live(doc);
    const track = doc.camera.stream!.getVideoTracks()[0]!;
    await shootAndLeave(doc);
    expect(warmStreamHeld(), 'held over the review').to.equal(true);
    expect(r.live(), 'still open').to.equal(1);

    let listed = 0;
    const enumerate = navigator.mediaDevices.enumerateDevices.bind(navigator.mediaDevices);
    navigator.mediaDevices.enumerateDevices = () => (listed++, enumerate());
    const selfie = await mountCapture('selfie', { memory });
    await live(selfie);
    expect(r.requests, 'no second getUserMedia').to.have.length(1);
    expect(listed, 'the cameras came with the stream').to.equal(0);
    expect(selfie.camera.deviceId).to.equal('cam');
    expect(selfie.camera.stream!.getVideoTracks()[0]).to.equal(track);
    expect(warmStreamHeld()).to.equal(false);
    expect(selfie.video!.srcObject).to.equal(selfie.camera.stream);
    selfie.remove();
    expect(r.live(), 'a step left without a photo stops it').to.equal(0);
  });

  it('a retake on a phone reuses the rear camera, with the torch turned off when handed over', async () => {
    const r = fakeCameras(IPHONE, { environment: 'main' });
    const memory = new Map<string, string>();
    const first = await mountCapture('document_front', { memory });
    await live(first);
    await first.camera.setTorch(true);
    await shootAndLeave(first);
    expect(r.applied.at(-1)).to.deep.equal({ deviceId: 'main', constraints: { advanced: [{ torch: false }] } });

    const retake = await mountCapture('document_front', { memory });
    await live(retake);
    expect(r.opened).to.deep.equal(['main']);
    expect(r.live()).to.equal(1);
    retake.remove();
  });

  it('another camera wanted (the selfie on a phone): the held stream is stopped before the front camera opens', async () => {
    const r = fakeCameras(IPHONE, { environment: 'main' });
    const liveAtRequest: number[] = [];
    const gum = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices);
    navigator.mediaDevices.getUserMedia = (c) => (liveAtRequest.push(r.live()), gum(c));
    const memory = new Map<string, string>();
    const doc = await mountCapture('document_front', { memory });
    await live(doc);
    await shootAndLeave(doc);
    const selfie = await mountCapture('selfie', { memory });
    await live(selfie);
    expect(r.opened).to.deep.equal(['main', 'front']);
    expect(liveAtRequest, 'never two streams at once').to.deep.equal([0, 0]);
    expect(r.live()).to.equal(1);
    selfie.remove();
  });

  it('a step asking for a larger picture than the held stream was opened for opens its own', async () => {
    const r = fakeCameras(WEBCAM);
    const held = await navigator.mediaDevices.getUserMedia({ video: true });
    keepWarmStream({ stream: held, deviceId: 'cam', askedPixels: 1280 * 720 }); // as liveness asks
    const doc = await mountCapture('document_front'); // asks for 1920×1080
    await live(doc);
    expect(r.requests).to.have.length(2);
    expect(held.getVideoTracks()[0]!.readyState).to.equal('ended');
    expect(r.live()).to.equal(1);
    doc.remove();
  });

  it('is stopped when nobody takes it in time, when the page is left, and when the camera ends', async () => {
    const r = fakeCameras(WEBCAM);
    const open = async () => {
      const stream = await navigator.mediaDevices.getUserMedia({ video: true });
      return { stream, track: stream.getVideoTracks()[0]! };
    };
    const a = await open();
    keepWarmStream({ stream: a.stream, deviceId: 'cam', askedPixels: 1 }, 50);
    await waitUntil(() => a.track.readyState === 'ended', 'stopped when not taken in time');
    expect(warmStreamHeld()).to.equal(false);

    const b = await open();
    keepWarmStream({ stream: b.stream, deviceId: 'cam', askedPixels: 1 });
    window.dispatchEvent(new Event('pagehide'));
    expect(b.track.readyState).to.equal('ended');
    expect(warmStreamHeld()).to.equal(false);

    const c = await open();
    keepWarmStream({ stream: c.stream, deviceId: 'cam', askedPixels: 1 });
    c.track.dispatchEvent(new Event('ended'));
    expect(warmStreamHeld()).to.equal(false);
    expect(r.live()).to.equal(0);
  });

  it('the flow keeps it over the review of a photo and stops it on any other screen', async () => {
    const r = fakeCameras(WEBCAM);
    await loadCameraSteps();
    const host = Object.assign(new EventTarget(), {
      requestUpdate: () => undefined,
      updateComplete: Promise.resolve(true),
      addController: () => undefined,
      removeController: () => undefined,
      localize: { lang: 'en' },
    });
    const steps = new StepLoader(
      host as unknown as ConstructorParameters<typeof StepLoader>[0],
      { drawn: () => undefined } as unknown as StepLoaderOptions,
    );
    const at = (screen: FlowState['screen']) => ({ screen, kind: 'selfie', config: null }) as unknown as FlowState;
    const stream = await navigator.mediaDevices.getUserMedia({ video: true });
    keepWarmStream({ stream, deviceId: 'cam', askedPixels: 1 });
    steps.enter(at('capture'), at('review'), '/');
    steps.enter(at('review'), at('capture'), '/');
    expect(warmStreamHeld(), 'review and camera steps keep it').to.equal(true);
    steps.enter(at('review'), at('uploading'), '/');
    expect(warmStreamHeld()).to.equal(false);
    expect(r.live()).to.equal(0);
  });
});

describe('camera picker accessibility', () => {
  it('the picker has a visible label and passes axe, in the camera view', async () => {
    fakeCameras(IPHONE, { environment: 'main' });
    const el = await mountCapture('document_front');
    await live(el);
    const select = picker(el)!;
    select.focus();
    expect(shadow(el).activeElement).to.equal(select);
    await axeClean(el, 'camera view with the picker and the torch');
    el.remove();
  });
});

async function axeClean(el: Element, what: string): Promise<void> {
  await loadScript('/node_modules/axe-core/axe.min.js');
  const axe = (window as unknown as { axe: { run(e: Element, o: object): Promise<AxeResults> } }).axe;
  const res = await axe.run(el, { resultTypes: ['violations'] });
  const bad = res.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${what}: ${v.id} ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  expect(bad).to.deep.equal([]);
}
