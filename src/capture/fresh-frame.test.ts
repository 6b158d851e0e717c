import { expect } from '@open-wc/testing';
import type { EncodedImage } from './encode.js';
import { encodeFresh, encodeFreshFrame, FrameLedger, nextVideoFrame } from './fresh-frame.js';

/** A "camera" whose frames are the given byte strings, one per frame; the encoder grabs the current one. */
function camera(frames: string[]) {
  let index = 0;
  const calls = { encodes: 0, waits: 0 };
  const encode = async (): Promise<EncodedImage> => {
    calls.encodes++;
    return { blob: new Blob([frames[Math.min(index, frames.length - 1)]!]), width: 2, height: 2 };
  };
  const nextFrame = async () => {
    calls.waits++;
    index++;
  };
  return { encode, nextFrame, calls };
}

const text = (image: EncodedImage) => image.blob.text();

describe('encodeFresh', () => {
  it('hands over a new frame at once', async () => {
    const ledger = new FrameLedger();
    const cam = camera(['a', 'b']);
    const { image, fresh } = await encodeFresh(cam.encode, cam.nextFrame, ledger);
    expect(fresh).to.equal(true);
    expect(await text(image)).to.equal('a');
    expect(cam.calls).to.deep.equal({ encodes: 1, waits: 0 });
  });

  it('waits for the next frame when the camera repeats one taken before', async () => {
    const ledger = new FrameLedger();
    const cam = camera(['a', 'a', 'a', 'b']);
    await encodeFresh(cam.encode, async () => {}, ledger); // the first capture: 'a'
    const { image, fresh } = await encodeFresh(cam.encode, cam.nextFrame, ledger);
    expect(fresh).to.equal(true);
    expect(await text(image)).to.equal('b');
    expect(cam.calls.waits).to.equal(3);
  });

  it('remembers captures across steps that share the ledger (a selfie, then a liveness photo)', async () => {
    const ledger = new FrameLedger();
    const selfie = camera(['same']);
    await encodeFresh(selfie.encode, selfie.nextFrame, ledger);
    const liveness = camera(['same', 'other']);
    const { image } = await encodeFresh(liveness.encode, liveness.nextFrame, ledger);
    expect(await text(image)).to.equal('other');
  });

  it('gives up after its tries on a frozen camera, and says the frame is not fresh', async () => {
    const ledger = new FrameLedger();
    const cam = camera(['frozen']);
    await encodeFresh(cam.encode, cam.nextFrame, ledger);
    const { image, fresh } = await encodeFresh(cam.encode, cam.nextFrame, ledger, 4);
    expect(fresh).to.equal(false);
    expect(await text(image)).to.equal('frozen');
    expect(cam.calls).to.deep.equal({ encodes: 5, waits: 3 });
  });
});

describe('FrameLedger', () => {
  it('tells equal bytes apart from different bytes of the same length', async () => {
    const a = await FrameLedger.fingerprint(new Blob([new Uint8Array([1, 2, 3, 4])]));
    const b = await FrameLedger.fingerprint(new Blob([new Uint8Array([1, 2, 3, 5])]));
    expect(a).to.equal(await FrameLedger.fingerprint(new Blob([new Uint8Array([1, 2, 3, 4])])));
    expect(a).not.to.equal(b);
  });

  it('forgets the oldest fingerprints beyond its limit', () => {
    const ledger = new FrameLedger(2);
    ledger.add('a');
    ledger.add('b');
    ledger.add('c');
    expect([ledger.has('a'), ledger.has('b'), ledger.has('c')]).to.deep.equal([false, true, true]);
  });
});

describe('encodeFreshFrame', () => {
  it('takes two different frames of a playing video in a row', async () => {
    // A canvas stream whose every frame shows a new counter value.
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 48;
    const ctx = canvas.getContext('2d')!;
    let n = 0;
    const paint = () => {
      ctx.fillStyle = `rgb(${(n * 40) % 256}, 80, 120)`;
      ctx.fillRect(0, 0, 64, 48);
      n++;
    };
    paint();
    const timer = setInterval(paint, 30);
    const video = document.createElement('video');
    video.muted = true;
    video.srcObject = canvas.captureStream(30);
    await video.play();
    try {
      await nextVideoFrame(video, 1000);
      const ledger = new FrameLedger();
      const first = await encodeFreshFrame(video, { maxLongSide: 64, maxBytes: 50_000 }, ledger);
      const second = await encodeFreshFrame(video, { maxLongSide: 64, maxBytes: 50_000 }, ledger);
      expect([first.fresh, second.fresh]).to.deep.equal([true, true]);
      const bytes = async (b: Blob) => new Uint8Array(await b.arrayBuffer()).join();
      expect(await bytes(first.image.blob)).not.to.equal(await bytes(second.image.blob));
    } finally {
      clearInterval(timer);
      video.srcObject = null;
    }
  });
});
