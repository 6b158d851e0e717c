// Test-only camera: replaces navigator.mediaDevices.getUserMedia / enumerateDevices with a stream of a
// canvas that plays a committed MJPEG clip (concatenated JPEG frames, 30 fps, looped), so every engine
// sees the same face and document frames that Chromium's fake capture device plays from the same file.
// Injected by the test harnesses only (web-test-runner's test page for Firefox and WebKit, and the
// end-to-end proxy); never part of a product bundle.
//
// The clip's URL comes from this script's `data-clip` attribute (same origin as the page).
(() => {
  const script = document.currentScript;
  const clipUrl = (script && script.dataset.clip) || '/test/fixtures/face.mjpeg';
  const FPS = 30;
  // Patched on the prototype: WebKit may not have created navigator.mediaDevices yet when this runs.
  if (typeof MediaDevices === 'undefined' || typeof HTMLCanvasElement.prototype.captureStream !== 'function') return;
  const proto = MediaDevices.prototype;

  /** JPEG frames of the clip: every frame starts with SOI + a marker (FF D8 FF). */
  let framesPromise = null;
  const frames = () =>
    (framesPromise ??= fetch(clipUrl)
      .then((r) => {
        if (!r.ok) throw new Error(`test camera clip ${clipUrl}: HTTP ${r.status}`);
        return r.arrayBuffer();
      })
      .then((buf) => {
        const bytes = new Uint8Array(buf);
        const starts = [];
        for (let i = 0; i + 2 < bytes.length; i++) {
          if (bytes[i] === 0xff && bytes[i + 1] === 0xd8 && bytes[i + 2] === 0xff) {
            if (starts.length === 0 || (bytes[i - 2] === 0xff && bytes[i - 1] === 0xd9)) starts.push(i);
          }
        }
        return starts.map(
          (s, k) => new Blob([bytes.subarray(s, starts[k + 1] ?? bytes.length)], { type: 'image/jpeg' }),
        );
      }));

  const device = {
    deviceId: 'verilock-test-clip',
    groupId: 'verilock-test',
    kind: 'videoinput',
    label: 'Test clip camera',
    toJSON() {
      return { deviceId: this.deviceId, groupId: this.groupId, kind: this.kind, label: this.label };
    },
  };

  const engineGetUserMedia = proto.getUserMedia;

  async function clipStream(constraints) {
    if (!constraints || !constraints.video) {
      throw new DOMException('The test camera has video only', 'NotFoundError');
    }
    // The engine's own (fake) device first, so that its permission checks and permissions policy
    // (an iframe without allow="camera") refuse the camera exactly as they would a real one.
    const probe = await engineGetUserMedia.call(this, { video: true });
    probe.getTracks().forEach((t) => t.stop());
    const list = await frames();
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 480;
    const ctx = canvas.getContext('2d');
    let index = 0;
    let busy = false;
    const draw = async () => {
      if (busy) return;
      busy = true;
      try {
        const bitmap = await createImageBitmap(list[index]);
        ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
        bitmap.close();
        index = (index + 1) % list.length;
      } finally {
        busy = false;
      }
    };
    await draw();
    const stream = canvas.captureStream(FPS);
    const timer = setInterval(() => {
      if (stream.getVideoTracks().every((t) => t.readyState === 'ended')) clearInterval(timer);
      else void draw();
    }, 1000 / FPS);
    return stream;
  }

  proto.getUserMedia = clipStream;
  proto.enumerateDevices = async function enumerateDevices() {
    return [device];
  };
})();
