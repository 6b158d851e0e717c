import { expect } from '@open-wc/testing';
import type { Facing } from './choose-camera.js';
import { cameraConstraints, capabilitiesOf, listCameras, openCamera, type MediaDevicesLike } from './open-camera.js';

const named = (name: string) => Object.assign(new Error(name), { name });

/** Media devices that answer each getUserMedia call from a script (an error name, or a stream). */
function devices(answers: (string | MediaStream)[], infos: Partial<MediaDeviceInfo>[] = []) {
  const calls: MediaStreamConstraints[] = [];
  const d: MediaDevicesLike = {
    getUserMedia: (c?: MediaStreamConstraints) => {
      calls.push(c!);
      const a = answers.shift();
      return a instanceof MediaStream ? Promise.resolve(a) : Promise.reject(named(a ?? 'NotFoundError'));
    },
    enumerateDevices: () => Promise.resolve(infos as MediaDeviceInfo[]),
  };
  return { d, calls };
}

describe('cameraConstraints', () => {
  it('asks for the facing and the ideal size, never audio', () => {
    expect(cameraConstraints({ facing: 'environment', idealWidth: 1920, idealHeight: 1080 }, true)).to.deep.equal({
      video: { facingMode: { ideal: 'environment' }, width: { ideal: 1920 }, height: { ideal: 1080 } },
      audio: false,
    });
    expect(cameraConstraints({ facing: 'user' }, true)).to.deep.equal({
      video: { facingMode: { ideal: 'user' }, width: { ideal: 1280 }, height: { ideal: 720 } },
      audio: false,
    });
  });
  it('names a camera exactly, and keeps only the minimum when not exact', () => {
    expect(cameraConstraints({ facing: 'user' }, true, 'cam1').video).to.deep.equal({
      deviceId: { exact: 'cam1' },
      width: { ideal: 1280 },
      height: { ideal: 720 },
    });
    expect(cameraConstraints({ facing: 'user' }, false, 'cam1')).to.deep.equal({
      video: { deviceId: { exact: 'cam1' } },
      audio: false,
    });
    expect(cameraConstraints({ facing: 'user' }, false)).to.deep.equal({ video: { facingMode: 'user' }, audio: false });
  });
});

describe('openCamera', () => {
  const stream = () => new MediaStream();

  it('retries with the minimum after an over-constrained request', async () => {
    const s = stream();
    const { d, calls } = devices(['OverconstrainedError', s]);
    expect(await openCamera(d, { facing: 'user' }, null, new Map())).to.equal(s);
    expect(calls.map((c) => c.video)).to.deep.equal([
      { facingMode: { ideal: 'user' }, width: { ideal: 1280 }, height: { ideal: 720 } },
      { facingMode: 'user' },
    ]);
  });
  it('falls back to the facing mode when a remembered camera is gone, and forgets it', async () => {
    const s = stream();
    const memory = new Map<Facing, string>([
      ['user', 'gone'],
      ['environment', 'back'],
    ]);
    const { d, calls } = devices(['NotFoundError', s]);
    expect(await openCamera(d, { facing: 'user' }, 'gone', memory)).to.equal(s);
    expect(calls).to.have.length(2);
    expect([...memory]).to.deep.equal([['environment', 'back']]);
  });
  it('never retries a refused permission', async () => {
    const memory = new Map<Facing, string>([['user', 'cam']]);
    const { d, calls } = devices(['NotAllowedError', stream()]);
    const err = await openCamera(d, { facing: 'user' }, 'cam', memory).catch((e: Error) => e);
    expect((err as Error).name).to.equal('NotAllowedError');
    expect(calls).to.have.length(1);
    expect(memory.get('user')).to.equal('cam');
  });
});

describe('listCameras', () => {
  it('lists the video inputs and finds the open one by its settings', async () => {
    const { d } = devices(
      [],
      [
        { kind: 'videoinput', deviceId: 'a', label: 'Front' },
        { kind: 'audioinput', deviceId: 'm', label: 'Mic' },
        { kind: 'videoinput', deviceId: 'b', label: 'Back' },
      ],
    );
    const track = { getSettings: () => ({ deviceId: 'b' }), label: 'Back' } as unknown as MediaStreamTrack;
    const { cameras, current } = await listCameras(d, track);
    expect(current).to.equal('b');
    expect(cameras.map((c) => [c.deviceId, c.label])).to.deep.equal([
      ['a', 'Front'],
      ['b', 'Back'],
    ]);
  });
  it('keeps the camera the browser gave when the list cannot be read', async () => {
    const d: MediaDevicesLike = {
      getUserMedia: () => Promise.reject(named('NotFoundError')),
      enumerateDevices: () => Promise.reject(new Error('no list')),
    };
    const track = { getSettings: () => ({ deviceId: 'x' }), label: '' } as unknown as MediaStreamTrack;
    expect(await listCameras(d, track)).to.deep.equal({ cameras: [], current: 'x' });
  });
});

describe('capabilitiesOf', () => {
  it('reads capabilities, and says nothing where they cannot be read', () => {
    expect(capabilitiesOf({ getCapabilities: () => ({ torch: true }) as MediaTrackCapabilities })).to.deep.equal({
      torch: true,
    });
    expect(
      capabilitiesOf({
        getCapabilities: () => {
          throw new Error('no');
        },
      }),
    ).to.deep.equal({});
    expect(capabilitiesOf({})).to.deep.equal({});
    expect(capabilitiesOf(null)).to.deep.equal({});
  });
});
