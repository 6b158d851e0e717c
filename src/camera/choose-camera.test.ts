import { expect } from '@open-wc/testing';
import { cameraNames, chooseCamera, profileCamera, type CameraDevice, type Facing } from './choose-camera.js';

/** Cameras as enumerateDevices lists them (device ids made from the labels). */
const cams = (...labels: (string | Partial<CameraDevice>)[]): CameraDevice[] =>
  labels.map((l, i) =>
    typeof l === 'string' ? { deviceId: `id${i}:${l}`, label: l } : { deviceId: `id${i}`, label: '', ...l },
  );

const chosen = (devices: CameraDevice[], want: Facing, current?: string) =>
  chooseCamera(devices, want, { current: current ?? null }).choice?.label ?? null;
const offered = (devices: CameraDevice[], want: Facing) => chooseCamera(devices, want).candidates.map((c) => c.label);

interface Case {
  device: string;
  cameras: CameraDevice[];
  documents: string;
  selfie: string;
  /** How many cameras the picker offers for documents (1: no picker). */
  documentChoices: number;
  selfieChoices: number;
}

// Label sets as the browsers list them, in enumeration order.
const TABLE: Case[] = [
  {
    device: 'iPhone 15 Pro, Safari, English',
    cameras: cams(
      'Front Camera',
      'Back Camera',
      'Back Triple Camera',
      'Back Dual Wide Camera',
      'Back Ultra Wide Camera',
      'Back Telephoto Camera',
    ),
    documents: 'Back Camera',
    selfie: 'Front Camera',
    documentChoices: 5,
    selfieChoices: 1,
  },
  {
    device: 'iPhone 13, Safari, English (no telephoto)',
    cameras: cams('Front Camera', 'Back Camera', 'Back Dual Wide Camera', 'Back Ultra Wide Camera'),
    documents: 'Back Camera',
    selfie: 'Front Camera',
    documentChoices: 3,
    selfieChoices: 1,
  },
  {
    device: 'iPhone, French',
    cameras: cams('Caméra avant', 'Caméra arrière', 'Caméra arrière ultra grand-angle', 'Caméra double arrière'),
    documents: 'Caméra arrière',
    selfie: 'Caméra avant',
    documentChoices: 3,
    selfieChoices: 1,
  },
  {
    device: 'iPhone, German',
    cameras: cams('Frontkamera', 'Ultraweitwinkel-Rückkamera', 'Rückkamera', 'Tele-Rückkamera'),
    documents: 'Rückkamera',
    selfie: 'Frontkamera',
    documentChoices: 3,
    selfieChoices: 1,
  },
  {
    device: 'iPhone, Spanish',
    cameras: cams(
      'Cámara frontal',
      'Cámara trasera ultra gran angular',
      'Cámara trasera',
      'Cámara trasera con teleobjetivo',
    ),
    documents: 'Cámara trasera',
    selfie: 'Cámara frontal',
    documentChoices: 3,
    selfieChoices: 1,
  },
  {
    device: 'iPhone, Brazilian Portuguese',
    cameras: cams('Câmera Frontal', 'Câmera Traseira Ultra-Angular', 'Câmera Traseira'),
    documents: 'Câmera Traseira',
    selfie: 'Câmera Frontal',
    documentChoices: 2,
    selfieChoices: 1,
  },
  {
    device: 'iPhone, Arabic',
    cameras: cams('الكاميرا الأمامية', 'الكاميرا الخلفية فائقة الاتساع', 'الكاميرا الخلفية'),
    documents: 'الكاميرا الخلفية',
    selfie: 'الكاميرا الأمامية',
    documentChoices: 2,
    selfieChoices: 1,
  },
  {
    device: 'Samsung Galaxy S23, Chrome (main, ultra-wide, telephoto; two front)',
    cameras: cams(
      'camera2 1, facing front',
      'camera2 3, facing front',
      'camera2 2, facing back',
      'camera2 4, facing back',
      'camera2 0, facing back',
    ),
    documents: 'camera2 0, facing back',
    selfie: 'camera2 1, facing front',
    documentChoices: 3,
    selfieChoices: 2,
  },
  {
    device: 'Pixel 8, Chrome',
    cameras: cams('camera2 1, facing front', 'camera2 0, facing back'),
    documents: 'camera2 0, facing back',
    selfie: 'camera2 1, facing front',
    documentChoices: 1,
    selfieChoices: 1,
  },
  {
    device: 'Android, Firefox',
    cameras: cams('Camera 1, Facing front, Orientation 270', 'Camera 0, Facing back, Orientation 90'),
    documents: 'Camera 0, Facing back, Orientation 90',
    selfie: 'Camera 1, Facing front, Orientation 270',
    documentChoices: 1,
    selfieChoices: 1,
  },
  {
    device: 'MacBook with an external webcam and a virtual camera',
    cameras: cams('FaceTime HD Camera (05ac:8514)', 'Logitech BRIO (046d:085e)', 'OBS Virtual Camera'),
    documents: 'FaceTime HD Camera (05ac:8514)',
    selfie: 'FaceTime HD Camera (05ac:8514)',
    documentChoices: 3,
    selfieChoices: 3,
  },
  {
    device: 'Mac with an iPhone as Continuity Camera (and its Desk View)',
    cameras: cams('FaceTime HD Camera', 'Ada’s iPhone Desk View Camera', 'Ada’s iPhone Camera'),
    documents: 'FaceTime HD Camera',
    selfie: 'FaceTime HD Camera',
    documentChoices: 3,
    selfieChoices: 3,
  },
  {
    device: 'Windows laptop with a Windows Hello infrared camera',
    cameras: cams('Integrated IR Camera (04f2:b6da)', 'Integrated Camera (04f2:b6d9)'),
    documents: 'Integrated Camera (04f2:b6d9)',
    selfie: 'Integrated Camera (04f2:b6d9)',
    documentChoices: 1,
    selfieChoices: 1,
  },
  {
    device: 'Surface Pro (front, rear, infrared)',
    cameras: cams('Microsoft IR Camera Front', 'Microsoft Camera Front', 'Microsoft Camera Rear'),
    documents: 'Microsoft Camera Rear',
    selfie: 'Microsoft Camera Front',
    documentChoices: 1,
    selfieChoices: 1,
  },
  {
    device: 'Desktop with a RealSense depth camera and a USB webcam',
    cameras: cams(
      'Intel(R) RealSense(TM) Depth Camera 435 with RGB Module Depth (8086:0b07)',
      'Intel(R) RealSense(TM) Depth Camera 435 with RGB Module RGB (8086:0b07)',
      'HD Pro Webcam C920 (046d:082d)',
    ),
    documents: 'Intel(R) RealSense(TM) Depth Camera 435 with RGB Module RGB (8086:0b07)',
    selfie: 'Intel(R) RealSense(TM) Depth Camera 435 with RGB Module RGB (8086:0b07)',
    documentChoices: 2,
    selfieChoices: 2,
  },
  {
    device: 'Android tablet with a front camera only',
    cameras: cams('camera2 1, facing front'),
    documents: 'camera2 1, facing front',
    selfie: 'camera2 1, facing front',
    documentChoices: 1,
    selfieChoices: 1,
  },
];

describe('choose-camera: real-world label sets', () => {
  for (const c of TABLE) {
    it(c.device, () => {
      expect(chosen(c.cameras, 'environment'), 'documents').to.equal(c.documents);
      expect(chosen(c.cameras, 'user'), 'selfie').to.equal(c.selfie);
      expect(offered(c.cameras, 'environment'), 'document picker').to.have.length(c.documentChoices);
      expect(offered(c.cameras, 'user'), 'selfie picker').to.have.length(c.selfieChoices);
      expect(offered(c.cameras, 'environment')[0], 'the choice comes first').to.equal(c.documents);
    });
  }
});

describe('choose-camera: rules', () => {
  it('classifies lenses and facing from the label', () => {
    const p = (label: string) => {
      const { lens, facing } = profileCamera({ deviceId: 'x', label });
      return `${lens}/${facing}`;
    };
    expect(p('Back Ultra Wide Camera')).to.equal('ultra-wide/environment');
    expect(p('Back Dual Wide Camera')).to.equal('multi/environment');
    expect(p('Back Telephoto Camera')).to.equal('telephoto/environment');
    expect(p('Front TrueDepth Camera'), 'TrueDepth is the ordinary front camera').to.equal('main/user');
    expect(p('Integrated IR Camera')).to.equal('infrared/null');
    expect(p('camera2 0, facing back')).to.equal('main/environment');
    expect(p('ToF depth sensor, facing back')).to.equal('depth/environment');
    expect(p('Logitech BRIO')).to.equal('main/null');
  });

  it('capabilities say which way a camera faces when its label does not', () => {
    const devices = cams(
      { label: 'USB Camera A', facingMode: ['user'] },
      { label: 'USB Camera B', facingMode: ['environment'] },
    );
    expect(chosen(devices, 'environment')).to.equal('USB Camera B');
    expect(chosen(devices, 'user')).to.equal('USB Camera A');
  });

  it('a rear camera that reports no continuous autofocus loses to one that does (documents)', () => {
    const devices = cams(
      { label: 'camera2 0, facing back', focusMode: ['manual'] },
      { label: 'camera2 2, facing back', focusMode: ['manual', 'single-shot', 'continuous'] },
    );
    expect(chosen(devices, 'environment')).to.equal('camera2 2, facing back');
  });

  it('among equals, the camera already open stays (no needless restart)', () => {
    const devices = cams('FaceTime HD Camera', 'Logitech BRIO');
    expect(chosen(devices, 'user', devices[1]!.deviceId)).to.equal('Logitech BRIO');
    // …but an infrared camera the system opened by default is left for the real one.
    const hello = cams('Integrated IR Camera', 'Integrated Camera');
    expect(chosen(hello, 'user', hello[0]!.deviceId)).to.equal('Integrated Camera');
  });

  it('the applicant’s earlier pick wins when it fits the step, and is ignored when it does not', () => {
    const devices = cams('Front Camera', 'Back Camera', 'Back Ultra Wide Camera');
    const [front, , wide] = devices.map((d) => d.deviceId);
    expect(chooseCamera(devices, 'environment', { preferred: [wide] }).choice?.label).to.equal(
      'Back Ultra Wide Camera',
    );
    expect(chooseCamera(devices, 'environment', { preferred: [front] }).choice?.label, 'wrong facing').to.equal(
      'Back Camera',
    );
    expect(chooseCamera(devices, 'environment', { preferred: ['gone', null] }).choice?.label).to.equal('Back Camera');
  });

  it('without labels (no permission yet) nothing is known: the first camera, named by number', () => {
    const devices = cams({ label: '' }, { label: '' });
    const { choice, candidates } = chooseCamera(devices, 'environment');
    expect(choice?.deviceId).to.equal('id0');
    expect(cameraNames(candidates).map((n) => [n.label, n.n])).to.deep.equal([
      [null, 1],
      [null, 2],
    ]);
  });

  it('no cameras, or only unusable ones: no choice', () => {
    expect(chooseCamera([], 'user').choice).to.equal(null);
    expect(chooseCamera(cams('Integrated IR Camera'), 'user').choice).to.equal(null);
    expect(chooseCamera([{ deviceId: '', label: 'Back Camera' }], 'user').choice, 'no device id').to.equal(null);
  });

  it('picker names: own labels cleaned, Android numbers replaced, duplicates told apart', () => {
    const devices = cams(
      'camera2 0, facing back',
      'camera2 2, facing back',
      'Logitech BRIO (046d:085e)',
      'HD Webcam',
      'HD Webcam',
    );
    const names = cameraNames(chooseCamera(devices, 'environment').candidates);
    expect(names.map((n) => n.label ?? `${n.facing}#${n.n}`)).to.deep.equal([
      'environment#1',
      'environment#2',
      'Logitech BRIO',
      'HD Webcam',
      'HD Webcam (2)',
    ]);
  });
});
