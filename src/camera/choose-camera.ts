/**
 * Which camera to open: pure rules over what `enumerateDevices()` and `getCapabilities()` say, so every
 * real-world device's label set is covered by a unit test (choose-camera.test.ts).
 *
 * - Documents want the main rear camera: not the ultra-wide (fixed focus, distorted), the telephoto
 *   (cannot focus close), a depth or infrared sensor (no usable picture), a virtual camera or a desk view.
 * - The selfie and liveness want the front camera.
 * - Labels come in the phone's language on iOS ("Back Camera", "Caméra arrière", "Rückkamera"…), as
 *   `camera2 N, facing back` on Android (N = 0 is the main rear camera by Android's convention), and as
 *   product names on laptops ("FaceTime HD Camera", "Logitech BRIO (046d:085e)", "Integrated IR Camera").
 *   Labels are empty before the camera permission is granted: then nothing can be chosen by label.
 */

export type Facing = 'user' | 'environment';

/** What the rules classify each camera's lens as. */
export type Lens = 'main' | 'multi' | 'ultra-wide' | 'telephoto' | 'macro' | 'depth' | 'infrared' | 'desk' | 'virtual';

/** One camera as the browser describes it (`MediaDeviceInfo` and, where available, its capabilities). */
export interface CameraDevice {
  deviceId: string;
  label: string;
  /** `getCapabilities().facingMode`, when the browser gives it. */
  facingMode?: readonly string[] | undefined;
  /** `getCapabilities().focusMode` (Chromium on Android), when given. */
  focusMode?: readonly string[] | undefined;
  /** `getCapabilities().torch`, when given. */
  torch?: boolean | undefined;
}

/** A camera with what the rules made of it. */
export interface CameraProfile extends CameraDevice {
  /** Which way it faces (`null`: unknown, e.g. a laptop webcam). */
  facing: Facing | null;
  lens: Lens;
  /** Android's camera number (`camera2 2, facing back` → 2), else `null`. */
  index: number | null;
}

// Words for "back" and "front" in the labels phones give, in the languages they use (iOS localises the
// label; Android's Chrome says `facing back`). Short Latin words are matched as whole words only.
const BACK_WORDS = [
  'back',
  'rear',
  'environment',
  'rück',
  'arrière',
  'trasera',
  'traseira',
  'trás',
  'posterior',
  'posteriore',
  'achter',
  'tylny',
  'tylna',
  'задн',
  'خلفية',
  'الخلفية',
  '后置',
  '後置',
  '后面',
  '後面',
  '背面',
  '후면',
  'arka',
  'baksida',
  'bagside',
  'takakamera',
  'belakang',
  'אחורית',
  'πίσω',
  'hátsó',
  'zadní',
  'zadná',
  'spate',
  'darrere',
  'stražnja',
  'задня',
  'หลัง',
  'बैक',
];
const BACK_WHOLE = /\b(bak|sau)\b/;
const FRONT_WORDS = [
  'front',
  'avant',
  'frontal',
  'frontale',
  'vorder',
  'przedni',
  'фронт',
  'передн',
  'أمامية',
  'الأمامية',
  '前置',
  '前面',
  '正面',
  '전면',
  'voorzijde',
  'framsida',
  'forside',
  'etukamera',
  'depan',
  'trước',
  'קדמית',
  'μπροστινή',
  'elülső',
  'přední',
  'predná',
  'față',
  'faţă',
  'davant',
  'prednja',
  'หน้า',
  'फ्रंट',
];
const FRONT_WHOLE = /(^|\s)ön(\s|$)/;

// Lens kinds, checked in this order (a "Back Dual Wide Camera" is a multi-lens camera, not an ultra-wide).
const LENS_RULES: [Exclude<Lens, 'main'>, RegExp][] = [
  ['depth', /depth|\btof\b|time[\s-]of[\s-]flight|profondeur|profundidad|tiefen|عمق|深度|깊이/],
  [
    'infrared',
    /infra-?red|infrarot|infrarouge|infrarrojo|infravermelh|\bir\b|windows hello|تحت الحمراء|红外|紅外|赤外線/,
  ],
  [
    'virtual',
    /virtual|\bobs\b|manycam|xsplit|snap camera|nvidia broadcast|\bvcam\b|droidcam|epoccam|\bcamo\b|iriun|mmhmm|streamlabs|splitcam|e2esoft/,
  ],
  ['desk', /desk ?view|schreibtischansicht|vue du bureau/],
  [
    'ultra-wide',
    /ultra[\s-]?(wide|grand[\s-]?angle|gran[\s-]?angular|angular|weitwinkel|grandangolo)|ultraweitwinkel|فائقة الاتساع|超广角|超廣角|超広角|초광각|0[.,]5x/,
  ],
  ['telephoto', /\btele|téléobjectif|長焦|长焦|望遠|망원|المقربة|تقريب|periscope/],
  ['macro', /macro|makro|微距|접사|ماكرو/],
  ['multi', /\b(dual|triple|double|doble|dupla|tripla|doppel|dreifach)\b|ثنائية|ثلاثية|듀얼|트리플/],
];

/** `camera2 2, facing back` (Chrome, Android WebView), `Camera 2, Facing back, Orientation 90` (Firefox). */
const ANDROID = /^camera2?\s*(\d+)\s*,\s*facing\s+(front|back)/i;
/** A USB vendor:product suffix, e.g. `Logitech BRIO (046d:085e)`. */
const USB_ID = /\s*\([0-9a-f]{4}:[0-9a-f]{4}\)\s*$/i;

function facingOf(d: CameraDevice, label: string): Facing | null {
  const modes = d.facingMode ?? [];
  if (modes.includes('environment')) return 'environment';
  if (modes.includes('user')) return 'user';
  if (BACK_WORDS.some((w) => label.includes(w)) || BACK_WHOLE.test(label)) return 'environment';
  if (FRONT_WORDS.some((w) => label.includes(w)) || FRONT_WHOLE.test(label)) return 'user';
  return null;
}

/** Classifies one camera from its label and capabilities. */
export function profileCamera(d: CameraDevice): CameraProfile {
  // "TrueDepth" is the iPhone's ordinary front camera, not a depth sensor.
  const label = d.label
    .replace(USB_ID, '')
    .trim()
    .toLowerCase()
    .replace(/truedepth/g, '');
  // The colour stream of a combined depth camera ("RealSense… Depth Camera 435 … RGB") is a camera like any other.
  const lens = /\brgb$/.test(label) ? 'main' : (LENS_RULES.find(([, re]) => re.test(label))?.[0] ?? 'main');
  const android = ANDROID.exec(d.label.trim());
  return { ...d, facing: facingOf(d, label), lens, index: android ? Number(android[1]) : null };
}

/** Cameras that give no picture a person can use (never offered). */
const UNUSABLE: ReadonlySet<Lens> = new Set(['depth', 'infrared']);

const LENS_RANK: Record<Lens, number> = {
  main: 0,
  multi: 1,
  macro: 3,
  'ultra-wide': 3,
  telephoto: 4,
  desk: 5,
  virtual: 6,
  depth: 9,
  infrared: 9,
};

export interface CameraChoice {
  /** The camera to open (`null`: none known; open by facing mode instead). */
  choice: CameraProfile | null;
  /** Every camera that fits the step, best first: offer a picker when there is more than one. */
  candidates: CameraProfile[];
}

export interface ChooseOptions {
  /** The camera now open, kept among equals (no needless restart). */
  current?: string | null;
  /** Cameras the applicant picked earlier in the session, most relevant first: the first that fits wins. */
  preferred?: readonly (string | null | undefined)[];
}

/**
 * Chooses the camera for a step from the enumerated cameras (`videoinput` only). Cameras facing the other
 * way are left out, unless no other camera exists (a tablet with only a front camera still takes documents).
 */
export function chooseCamera(devices: readonly CameraDevice[], want: Facing, opts: ChooseOptions = {}): CameraChoice {
  const usable = devices
    .filter((d) => d.deviceId)
    .map(profileCamera)
    .filter((p) => !UNUSABLE.has(p.lens));
  const facingOk = usable.filter((p) => p.facing === null || p.facing === want);
  const pool = facingOk.length > 0 ? facingOk : usable;
  const score = (p: CameraProfile, i: number): number[] => [
    p.facing === want ? 0 : 1,
    LENS_RANK[p.lens],
    // Documents need autofocus: a rear camera that says it has none is usually the ultra-wide.
    want === 'environment' && p.focusMode && p.focusMode.length > 0 && !p.focusMode.includes('continuous') ? 1 : 0,
    p.index ?? 0,
    p.deviceId === opts.current ? 0 : 1,
    i,
  ];
  const ranked = pool
    .map((p, i) => ({ p, s: score(p, i) }))
    .sort((a, b) => {
      for (let k = 0; k < a.s.length; k++) if (a.s[k] !== b.s[k]) return a.s[k]! - b.s[k]!;
      return 0;
    })
    .map((x) => x.p);
  const preferred = (opts.preferred ?? []).map((id) => ranked.find((p) => id && p.deviceId === id)).find(Boolean);
  return { choice: preferred ?? ranked[0] ?? null, candidates: ranked };
}

/** How to name a camera in the picker: its own label, or (for numbered or empty labels) facing and number. */
export interface CameraName {
  deviceId: string;
  /** The label to show, cleaned; `null`: name it by `facing` and `n` in the applicant's language. */
  label: string | null;
  facing: Facing | null;
  /** 1-based number among the listed cameras of the same facing. */
  n: number;
}

/** Names for the picker, in the order given. */
export function cameraNames(cameras: readonly CameraProfile[]): CameraName[] {
  const count = new Map<string, number>();
  const seen = new Map<string, number>();
  return cameras.map((c) => {
    const key = c.facing ?? 'unknown';
    const n = (count.get(key) ?? 0) + 1;
    count.set(key, n);
    const clean = c.label.replace(USB_ID, '').trim();
    if (!clean || ANDROID.test(clean)) return { deviceId: c.deviceId, label: null, facing: c.facing, n };
    const dup = (seen.get(clean) ?? 0) + 1;
    seen.set(clean, dup);
    return { deviceId: c.deviceId, label: dup > 1 ? `${clean} (${dup})` : clean, facing: c.facing, n };
  });
}
