// One vision runtime per page: camera steps and retakes borrow the page's MediaPipe tasks instead of
// creating (and compiling the wasm for) their own. Counts the wasm compilations and the model downloads
// across steps on the fake camera. Needs `node scripts/models/copy-assets.mjs build/mediapipe` first.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FaceDetectionController, type FaceDetectionMode } from '../../src/controllers/face-detection-controller.js';
import { closeVisionTasks, leaseVisionTask, visionTasksCreated } from '../../src/vision/vision-runtime.js';

const ASSETS = '/build/mediapipe/';

class RuntimeTestStep extends LitElement {
  override render() {
    return html`<video muted playsinline></video>`;
  }
}
customElements.define('runtime-test-step', RuntimeTestStep);

/** Counts every WebAssembly compilation the page starts (MediaPipe's loader uses one of these). */
const compilations = { count: 0 };
for (const name of ['instantiate', 'instantiateStreaming', 'compile', 'compileStreaming'] as const) {
  const original = WebAssembly[name] as (...args: unknown[]) => Promise<unknown>;
  (WebAssembly as unknown as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
    // instantiate(module) only instantiates what was compiled already.
    if (!(name === 'instantiate' && args[0] instanceof WebAssembly.Module)) compilations.count++;
    return original.apply(this, args);
  };
}

const downloads = (part: string) =>
  performance.getEntriesByType('resource').filter((e) => e.name.includes(part)).length;

let stream: MediaStream;

/** A camera step: a new element with its own controller, shown until its first vision result. */
async function runStep(
  mode: FaceDetectionMode,
): Promise<{ host: RuntimeTestStep; controller: FaceDetectionController }> {
  const host = await fixture<RuntimeTestStep>(html`<runtime-test-step></runtime-test-step>`);
  const video = host.renderRoot.querySelector('video')!;
  video.srcObject = stream;
  await video.play();
  let controller!: FaceDetectionController;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${mode} result (status ${controller.status})`)), 30000);
    controller = new FaceDetectionController(host, {
      assetsBase: ASSETS,
      mode,
      onResult: () => {
        clearTimeout(timer);
        resolve();
      },
      onError: (e) => reject(e),
    });
    controller.attach(video);
  });
  return { host, controller };
}

describe('one vision runtime per page', function () {
  this.timeout(120000);

  before(async () => {
    stream = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 } });
  });
  after(() => {
    stream.getTracks().forEach((t) => t.stop());
    closeVisionTasks();
  });

  it('compiles the wasm once per task across steps and retakes, and downloads each model once', async () => {
    // Document front: the detector is created.
    const front = await runStep('detect');
    const afterFirst = compilations.count;
    expect(afterFirst, 'the first step compiles the runtime').to.be.at.least(1);
    expect(visionTasksCreated()).to.equal(1);
    front.host.remove(); // the step is left (the element is gone)

    // Selfie: a new element, the same detector.
    const selfie = await runStep('detect');
    expect(compilations.count, 'a second step compiles nothing').to.equal(afterFirst);

    // Three retakes on the selfie: detach and attach again.
    const video = selfie.host.renderRoot.querySelector('video')!;
    for (let i = 0; i < 3; i++) {
      selfie.controller.detach();
      const seen = new Promise<void>((resolve) => {
        const check = () => (selfie.controller.status === 'ready' ? resolve() : setTimeout(check, 20));
        check();
      });
      selfie.controller.attach(video);
      await seen;
    }
    expect(compilations.count, 'retakes compile nothing').to.equal(afterFirst);
    selfie.host.remove();

    // Liveness: the landmarker is created once, a second liveness step reuses it.
    const liveness = await runStep('landmarks');
    const withLandmarker = compilations.count;
    expect(withLandmarker, 'the landmarker has its own runtime instance').to.be.greaterThan(afterFirst);
    liveness.host.remove();
    const again = await runStep('landmarks');
    expect(compilations.count).to.equal(withLandmarker);
    again.host.remove();

    expect(visionTasksCreated()).to.equal(2);
    expect(downloads('face_detector'), 'detector downloaded once').to.equal(1);
    expect(downloads('face_landmarker'), 'landmarker downloaded once').to.equal(1);
  });

  it('closes the tasks nobody holds; the next step creates them again', async () => {
    const before = visionTasksCreated();
    const lease = await leaseVisionTask(ASSETS, 'detect');
    expect(visionTasksCreated(), 'still open from the previous steps').to.equal(before);
    closeVisionTasks(); // held: stays open
    const second = await leaseVisionTask(ASSETS, 'detect');
    expect(second.task).to.equal(lease.task);
    lease.release();
    second.release();
    closeVisionTasks();
    const third = await leaseVisionTask(ASSETS, 'detect');
    expect(visionTasksCreated()).to.equal(before + 1);
    expect(third.task).to.not.equal(lease.task);
    // A failed task is discarded for everyone: the next lease gets a new one.
    third.discard();
    const fourth = await leaseVisionTask(ASSETS, 'detect');
    expect(visionTasksCreated()).to.equal(before + 2);
    fourth.release();
  });

  it('gives every holder of a task increasing timestamps', async () => {
    const a = await leaseVisionTask(ASSETS, 'detect');
    const b = await leaseVisionTask(ASSETS, 'detect');
    const t1 = a.timestamp(1000);
    const t2 = b.timestamp(900); // an earlier clock reading from another holder
    expect(t2).to.be.greaterThan(t1);
    a.release();
    b.release();
  });
});
