// Auto-capture steadiness on the real face detector (the self-built model), over clips rendered at
// test time from committed photos: several faces, each moved by every motion profile (tremor, slow
// sway, sudden moves, a jerky hand, a shaking camera) of src/vision/testing/motion-profiles.ts; and
// document backs (a card held in the hand over a table, and a phone moving over a form on a desk).
// Frames are drawn in a canvas and fed to the detector with their clip timestamps (30 fps), so the
// results count frames, not wall-clock time, and need no fake camera.
// Needs `node scripts/models/copy-assets.mjs build/mediapipe` first.
import { expect } from '@open-wc/testing';
import type { FaceDetector } from '@mediapipe/tasks-vision';
import { loadFaceDetector } from '../../src/vision/mediapipe.js';
import { FaceGuidance, toFaceBoxes, type GuidanceState } from '../../src/vision/face-guidance.js';
import { DocumentBackAutoCapture } from '../../src/vision/document-capture.js';
import { ThumbnailSampler } from '../../src/vision/thumbnail.js';
import type { SteadinessVerdict, UnsteadyReason } from '../../src/vision/steadiness.js';
import { inMove, motionProfiles, type MotionProfile, type Pose } from '../../src/vision/testing/motion-profiles.js';

const ASSETS = '/build/mediapipe/';
const FRAME = 1000 / 30;
const W = 640;
const H = 480;

/** A face in a committed photo: the crop (centre and width, in photo pixels) that frames it at rest. */
interface Subject {
  name: string;
  src: string;
  cx: number;
  cy: number;
  cropWidth: number;
}

const SUBJECTS: Subject[] = [
  { name: 'astronaut', src: '/test/fixtures/astronaut.jpg', cx: 225, cy: 150, cropWidth: 400 },
  { name: 'astronaut close', src: '/test/fixtures/astronaut.jpg', cx: 225, cy: 130, cropWidth: 270 },
  { name: 'woman left', src: '/test/fixtures/faceapi_sample3.jpg', cx: 453, cy: 300, cropWidth: 400 },
  { name: 'woman centre', src: '/test/fixtures/faceapi_sample3.jpg', cx: 793, cy: 250, cropWidth: 400 },
  { name: 'woman right', src: '/test/fixtures/faceapi_sample3.jpg', cx: 1067, cy: 260, cropWidth: 360 },
];

const images = new Map<string, HTMLImageElement>();
async function image(src: string): Promise<HTMLImageElement> {
  let img = images.get(src);
  if (!img) {
    img = new Image();
    img.src = src;
    await img.decode();
    images.set(src, img);
  }
  return img;
}

function canvas2d(): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const canvas = Object.assign(document.createElement('canvas'), { width: W, height: H });
  return { canvas, ctx: canvas.getContext('2d')! };
}

/** Draws `img` so that photo point (cx, cy) lands at the frame centre, `k` frame px per photo px, posed. */
function drawPosed(ctx: CanvasRenderingContext2D, img: CanvasImageSource, cx: number, cy: number, k: number, p: Pose) {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.translate(W / 2 + p.dx, H / 2 + p.dy);
  ctx.rotate(p.angle);
  ctx.scale(p.scale * k, p.scale * k);
  ctx.translate(-cx, -cy);
  ctx.drawImage(img, 0, 0);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}

interface ClipRun {
  /** 1-based frame at which auto-capture fired, or null. */
  captureFrame: number | null;
  captureT: number | null;
  frames: number;
  /** Frames in which the detector found exactly one face. */
  oneFace: number;
  /** How often each reason held the capture back. */
  reasons: Partial<Record<UnsteadyReason | GuidanceState, number>>;
  /** Each steadiness measure over the judged frames (for the report). */
  measures: Record<Measure, number[]>;
}

const MEASURES = ['drift', 'scaleDrift', 'jitter', 'frameDrift', 'frameJitter', 'frameChange'] as const;
type Measure = (typeof MEASURES)[number];
const newRun = (): ClipRun => ({
  captureFrame: null,
  captureT: null,
  frames: 0,
  oneFace: 0,
  reasons: {},
  measures: Object.fromEntries(MEASURES.map((m) => [m, []])) as unknown as Record<Measure, number[]>,
});
function record(run: ClipRun, v: SteadinessVerdict | null): void {
  if (!v || v.reason === 'filling') return;
  for (const m of MEASURES) run.measures[m].push(v[m]);
}
/** "median/max" of each measure that was judged. */
function summary(run: ClipRun): string {
  const q = (xs: number[], p: number) =>
    [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
  return MEASURES.filter((m) => run.measures[m].length && q(run.measures[m], 1) > 0)
    .map((m) => `${m} ${q(run.measures[m], 0.5).toFixed(3)}/${q(run.measures[m], 1).toFixed(3)}`)
    .join(' ');
}

let clock = 0; // VIDEO mode needs increasing timestamps across clips

function runFaceClip(detector: FaceDetector, img: HTMLImageElement, s: Subject, profile: MotionProfile): ClipRun {
  const { canvas, ctx } = canvas2d();
  const thumbs = new ThumbnailSampler();
  const guide = new FaceGuidance();
  const run = newRun();
  const base = clock;
  for (let k = 0; k * FRAME <= profile.durationMs; k++) {
    const t = k * FRAME;
    ctx.fillStyle = '#777';
    ctx.fillRect(0, 0, W, H);
    drawPosed(ctx, img, s.cx, s.cy, W / s.cropWidth, profile.pose(t));
    clock = base + t + 1;
    const faces = toFaceBoxes(detector.detectForVideo(canvas, clock).detections);
    const u = guide.update({ t, faces, width: W, height: H, brightness: null, thumb: thumbs.sample(canvas) });
    run.frames++;
    if (faces.length === 1) run.oneFace++;
    const why = u.steadiness?.reason ?? (u.state === 'good' ? null : u.state);
    if (why) run.reasons[why] = (run.reasons[why] ?? 0) + 1;
    record(run, u.steadiness);
    if (u.capture) {
      run.captureFrame = k + 1;
      run.captureT = t;
      // A still hand or a sway has shown what it needed to; a profile with moves keeps running.
      if (profile.expect === 'capture') break;
    }
  }
  clock += 1000;
  return run;
}

/** Checks a run against its profile's expectation; `hold` is the hold time before capture (ms). */
function check(label: string, profile: MotionProfile, run: ClipRun, hold: number, maxFrames: number) {
  if (profile.expect === 'never') expect(run.captureFrame, `${label}: captured`).to.equal(null);
  else expect(run.captureFrame, `${label}: not captured`).to.not.equal(null);
  if (profile.expect === 'capture') expect(run.captureFrame!, `${label}: frames to capture`).to.be.at.most(maxFrames);
  if (profile.expect === 'capture_after_moves') {
    expect(inMove(profile, run.captureT!), `${label}: captured during a move`).to.equal(false);
    const lastEnd = Math.max(...profile.moves.map(([, b]) => b));
    expect(run.captureT!, `${label}: captured before the last move settled`).to.be.at.least(lastEnd + hold);
  }
}

describe('selfie auto-capture on the real detector, over rendered clips of several faces and motions', function () {
  this.timeout(240000);
  let detector: FaceDetector;
  before(async () => {
    detector = await loadFaceDetector(ASSETS);
  });
  after(() => detector?.close());

  for (const subject of SUBJECTS) {
    it(`${subject.name}: tremor and sway are captured within 50 frames, sudden moves and shaking are not`, async () => {
      const img = await image(subject.src);
      const hold = new FaceGuidance().config.captureAfterMs;
      const rows: string[] = [];
      // A still hand is covered by the synthetic unit tests.
      const profiles = motionProfiles(SUBJECTS.indexOf(subject) + 1).filter((p) => p.name !== 'still');
      const runs: ClipRun[] = [];
      for (const profile of profiles) {
        const run = runFaceClip(detector, img, subject, profile);
        runs.push(run);
        rows.push(
          `${profile.name}: ${run.captureFrame ?? 'none'}/${run.frames} frames (one face in ${run.oneFace}) held back by ${JSON.stringify(run.reasons)}; ${summary(run)}`,
        );
      }
      console.log(`steadiness ${subject.name}: ${rows.join('; ')}`);
      for (const [i, profile] of profiles.entries())
        check(`${subject.name}, ${profile.name}`, profile, runs[i]!, hold, 50);
    });
  }
});

/** A document back: a scene drawn per pose (the card moving, or the whole picture). */
interface BackScene {
  name: string;
  draw(ctx: CanvasRenderingContext2D, p: Pose): void;
}

describe('document back auto-capture over rendered clips (thumbnail motion)', function () {
  this.timeout(120000);
  let scenes: BackScene[];
  before(async () => {
    const form = await image('/test/fixtures/jscanify_test10_form.jpg');
    const table = await image('/test/fixtures/coffee.jpg');
    scenes = [
      {
        // A card (ID-1 proportions) printed with a crop of the form, held in the hand over a table.
        name: 'card in hand over a table',
        draw: (ctx, p) => {
          ctx.setTransform(1, 0, 0, 1, 0, 0);
          ctx.drawImage(table, 0, 0, 600, 400, 0, 0, W, H);
          ctx.translate(W / 2 + p.dx, H / 2 + p.dy);
          ctx.rotate(p.angle);
          ctx.scale(p.scale, p.scale);
          ctx.filter = 'brightness(0.8) sepia(0.3)'; // a tinted card, not glaring white paper
          ctx.drawImage(form, 130, 260, 520, 328, -250, -158, 500, 316);
          ctx.filter = 'none';
          ctx.setTransform(1, 0, 0, 1, 0, 0);
        },
      },
      {
        // The phone moving over a form lying on a desk.
        name: 'form on a desk, phone in hand',
        draw: (ctx, p) => drawPosed(ctx, form, 384, 560, W / 560, p),
      },
    ];
  });

  it('tremor and sway are captured, sudden moves and shaking are not (sampled every 100 ms)', () => {
    const hold = new DocumentBackAutoCapture().holdMs;
    const rows: string[] = [];
    const runs: [string, MotionProfile, ClipRun][] = [];
    for (const scene of scenes) {
      for (const [i, profile] of motionProfiles(7).entries()) {
        const { canvas, ctx } = canvas2d();
        const thumbs = new ThumbnailSampler();
        const auto = new DocumentBackAutoCapture();
        const run = newRun();
        // A back is held in view longer than a selfie clip: one more second.
        const duration = profile.durationMs + (profile.expect === 'never' ? 0 : 1000);
        for (let k = 0; k * FRAME <= duration; k += 3) {
          const t = k * FRAME;
          scene.draw(ctx, profile.pose(t));
          run.frames++;
          const thumb = thumbs.sample(canvas)!;
          const fired = auto.update({ t, qualityOk: true, thumb });
          const why = auto.steadiness?.reason;
          if (why) run.reasons[why] = (run.reasons[why] ?? 0) + 1;
          record(run, auto.steadiness);
          if (fired && run.captureT === null) {
            run.captureFrame = k + 1;
            run.captureT = t;
          }
        }
        rows.push(
          `${scene.name}/${profile.name}: ${run.captureT === null ? 'none' : `${run.captureT.toFixed(0)} ms`} held back by ${JSON.stringify(run.reasons)}; ${summary(run)}`,
        );
        runs.push([`${scene.name}, ${profile.name} (${i})`, profile, run]);
      }
    }
    console.log(`steadiness backs: ${rows.join('; ')}`);
    for (const [label, profile, run] of runs) check(label, profile, run, hold, 90);
  });
});
