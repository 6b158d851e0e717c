#!/usr/bin/env node
// Parity of the shipped face models (float16 weights with fewer mantissa bits, scripts/models/fp16-mantissa.mjs)
// against the same networks with every float16 bit kept, on the rendered live head (test/media/render-head.mjs):
//
//   - landmark error in pixels (640×480 frame), mean, p99 and max over every point of every frame;
//   - the liveness signals of src/vision/liveness-signals.ts (mean EAR, yaw ratio, mouth ratio) per frame, and
//     their extremes against the thresholds of src/vision/liveness-types.ts;
//   - the liveness replay: a LivenessSession (the product's) fed the measured landmarks from every start frame
//     of the looping clip, for every challenge order the server can ask (2 or 3 distinct challenges of 4);
//   - the face detector's detections on the same frames (score, box overlap, found / not found at 0.7).
//
// The clip is rendered once per measurement from the reference model (its frames are byte-for-byte the same
// each time: checked), then measured with the reference models and with the candidate ones.
//
// Usage: node --import tsx scripts/bench/model-parity.mjs [--bits <landmarks>,<detector>] [--json out.json] [--keep dir]
//        (default: the shipped MANTISSA_BITS of scripts/models/build-models.mjs); --keep writes both measurements
//        (every frame's landmarks and detections). A few minutes.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MANTISSA_BITS, writeModels } from '../models/build-models.mjs';
import { WASM_FILES } from '../models/copy-assets.mjs';
import { renderHeadClip } from '../../test/media/render-head.mjs';
import { LivenessSession, meanEyeAspectRatio, mouthRatio, yawRatio } from '../../src/vision/liveness.ts';
import { DEFAULT_LIVENESS_CONFIG } from '../../src/vision/liveness-types.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const WIDTH = 640;
const HEIGHT = 480;
const ASPECT = WIDTH / HEIGHT;
const FRAME_MS = 1000 / 30;
const CHALLENGES = ['blink', 'turn_left', 'turn_right', 'smile'];
/** The product's detector threshold (src/vision/mediapipe.ts). */
const DETECTION_THRESHOLD = 0.7;
/** A replayed session that has not ended after this long (ms) counts as failed. */
const REPLAY_LIMIT_MS = 60_000;

/** Every order of 2 or 3 distinct challenges. */
export function challengeOrders(pool = CHALLENGES) {
  const out = [];
  const grow = (prefix) => {
    if (prefix.length >= 2) out.push(prefix);
    if (prefix.length === 3) return;
    for (const c of pool) if (!prefix.includes(c)) grow([...prefix, c]);
  };
  grow([]);
  return out;
}

const sorted = (values) => [...values].sort((a, b) => a - b);
const quantile = (s, q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;

/** The 468 mesh points with their refined eyes and lips; the 10 iris points follow. */
const MESH_POINTS = 468;

/** Pixel error of every landmark in `points` of every frame where both found a face. */
export function landmarkError(reference, candidate, points = [0, MESH_POINTS]) {
  const errors = [];
  let framesBoth = 0;
  let framesDiffer = 0;
  const perFrame = [];
  for (let i = 0; i < reference.length; i++) {
    const a = reference[i].landmarks;
    const b = candidate[i]?.landmarks;
    if (!a !== !b) framesDiffer++;
    if (!a || !b) continue;
    framesBoth++;
    const frame = a
      .slice(...points)
      .map((p, k) => Math.hypot((p.x - b[points[0] + k].x) * WIDTH, (p.y - b[points[0] + k].y) * HEIGHT));
    perFrame.push(mean(frame));
    errors.push(...frame);
  }
  const s = sorted(errors);
  return {
    frames: framesBoth,
    framesWithFaceInOnlyOne: framesDiffer,
    meanPx: mean(errors),
    p99Px: quantile(s, 0.99),
    maxPx: s.at(-1),
    worstFrameMeanPx: Math.max(...perFrame),
  };
}

/** The product's signals per frame (null without a face). */
export function signalsOf(frames) {
  return frames.map((f) =>
    f.landmarks
      ? {
          ear: meanEyeAspectRatio(f.landmarks, ASPECT),
          yaw: yawRatio(f.landmarks),
          mouth: mouthRatio(f.landmarks, ASPECT),
          segment: f.segment,
        }
      : null,
  );
}

/** Extremes of the signals that the challenges threshold, relative to the neutral frames (as the session's baseline). */
export function signalExtremes(signals) {
  const neutral = signals.filter((s) => s && s.segment === 'neutral');
  const base = {
    ear: mean(neutral.map((s) => s.ear)),
    yaw: mean(neutral.map((s) => s.yaw)),
    mouth: mean(neutral.map((s) => s.mouth)),
  };
  const inSegment = (name) => signals.filter((s) => s && s.segment === name);
  return {
    neutral: base,
    blinkEarRatio: Math.min(...inSegment('blink').map((s) => s.ear)) / base.ear,
    turnLeftYaw: Math.max(...inSegment('turn_left').map((s) => s.yaw)) - base.yaw,
    turnRightYaw: base.yaw - Math.min(...inSegment('turn_right').map((s) => s.yaw)),
    smileMouthRatio: Math.max(...inSegment('smile').map((s) => s.mouth)) / base.mouth,
  };
}

/** Largest per-frame difference of each signal between two measurements. */
export function signalDifferences(a, b) {
  const out = { ear: 0, yaw: 0, mouth: 0 };
  for (let i = 0; i < a.length; i++) {
    if (!a[i] || !b[i]) continue;
    for (const k of Object.keys(out)) out[k] = Math.max(out[k], Math.abs(a[i][k] - b[i][k]));
  }
  return out;
}

/** Margin of a passed attempt's peak past its threshold (positive: passed with room to spare). */
function margin(entry, config = DEFAULT_LIVENESS_CONFIG) {
  if (entry.peak === undefined) return null;
  if (entry.challenge === 'blink') return config.blinkRatio - entry.peak;
  if (entry.challenge === 'smile') return entry.peak - config.smileRatio;
  return entry.peak - config.turnThreshold;
}

/**
 * The liveness replay: every start frame × every challenge order, the clip looping. Returns the outcome of
 * each run (passed or not, time to pass) and the margins of the passed attempts by challenge.
 */
export function replay(frames, orders = challengeOrders()) {
  const runs = [];
  const margins = { blink: [], turn_left: [], turn_right: [], smile: [] };
  for (const order of orders) {
    for (let start = 0; start < frames.length; start++) {
      const session = new LivenessSession(order);
      let t = 0;
      for (let n = 0; t <= REPLAY_LIMIT_MS; n++, t = n * FRAME_MS) {
        const f = frames[(start + n) % frames.length];
        session.push({ t, landmarks: f.landmarks ?? null, aspect: ASPECT });
        const phase = session.result.phase;
        if (phase === 'passed' || phase === 'failed') break;
      }
      const r = session.result;
      runs.push({ order: order.join(','), start, passed: r.passed, ms: Math.round(t), attempts: r.log.length });
      for (const e of r.log) {
        const m = e.passed ? margin(e) : null;
        if (m !== null) margins[e.challenge].push(m);
      }
    }
  }
  return { runs, margins };
}

function iou(a, b) {
  const x1 = Math.max(a.originX, b.originX);
  const y1 = Math.max(a.originY, b.originY);
  const x2 = Math.min(a.originX + a.width, b.originX + b.width);
  const y2 = Math.min(a.originY + a.height, b.originY + b.height);
  const inter = Math.max(0, x2 - x1) * Math.max(0, y2 - y1);
  return inter / (a.width * a.height + b.width * b.height - inter);
}

/** The detectors' best detection per frame compared. */
export function detectionParity(reference, candidate) {
  const best = (f) => (f.detections ?? []).reduce((m, d) => (!m || d.score > m.score ? d : m), null);
  let foundBoth = 0;
  let foundDiffer = 0;
  const scoreDiffs = [];
  const overlaps = [];
  const scores = { reference: [], candidate: [] };
  for (let i = 0; i < reference.length; i++) {
    const a = best(reference[i]);
    const b = best(candidate[i]);
    const fa = !!a && a.score >= DETECTION_THRESHOLD;
    const fb = !!b && b.score >= DETECTION_THRESHOLD;
    if (fa !== fb) foundDiffer++;
    if (a && b) {
      scoreDiffs.push(Math.abs(a.score - b.score));
      overlaps.push(iou(a.box, b.box));
      scores.reference.push(a.score);
      scores.candidate.push(b.score);
    }
    if (fa && fb) foundBoth++;
  }
  return {
    frames: reference.length,
    foundInBoth: foundBoth,
    foundInOnlyOne: foundDiffer,
    minScore: { reference: Math.min(...scores.reference), candidate: Math.min(...scores.candidate) },
    maxScoreDiff: Math.max(...scoreDiffs),
    meanScoreDiff: mean(scoreDiffs),
    minIoU: Math.min(...overlaps),
    meanIoU: mean(overlaps),
  };
}

function summarizeReplay({ runs, margins }) {
  const byMargin = Object.fromEntries(
    Object.entries(margins).map(([k, v]) => {
      const s = sorted(v);
      return [k, { attempts: v.length, min: s[0], median: quantile(s, 0.5) }];
    }),
  );
  const passed = runs.filter((r) => r.passed);
  return {
    runs: runs.length,
    passed: passed.length,
    medianMsToPass: quantile(sorted(passed.map((r) => r.ms)), 0.5),
    retried: passed.filter((r) => r.attempts > r.order.split(',').length).length,
    margins: byMargin,
  };
}

/** Compares two measured clips (render-head.mjs --landmarks output with detections). */
export function compare(reference, candidate) {
  const sa = signalsOf(reference);
  const sb = signalsOf(candidate);
  const ra = replay(reference);
  const rb = replay(candidate);
  const outcome = new Map(ra.runs.map((r) => [`${r.order}@${r.start}`, r.passed]));
  return {
    landmarks: landmarkError(reference, candidate),
    irises: landmarkError(reference, candidate, [MESH_POINTS, MESH_POINTS + 10]),
    signals: { reference: signalExtremes(sa), candidate: signalExtremes(sb), maxDifference: signalDifferences(sa, sb) },
    replay: {
      reference: summarizeReplay(ra),
      candidate: summarizeReplay(rb),
      outcomesThatDiffer: rb.runs.filter((r) => outcome.get(`${r.order}@${r.start}`) !== r.passed).length,
    },
    detection: detectionParity(reference, candidate),
  };
}

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Renders the head and measures it with the given models. */
async function measure(dir, assets, models, name) {
  const clip = join(dir, `${name}.mjpeg`);
  const landmarksFile = join(dir, `${name}.json`);
  await renderHeadClip(clip, {
    assets,
    measure: true,
    landmarksFile,
    measureModel: join(models, 'face_landmarker.task'),
    detectorModel: join(models, 'face_detector.tflite'),
  });
  return { clip: sha256(clip), frames: JSON.parse(readFileSync(landmarksFile, 'utf8')) };
}

async function main() {
  const args = process.argv.slice(2);
  const value = (flag) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  // --bits L,D: the same number of bits for every weight of each model instead of the shipped choice.
  const uniform = value('--bits')?.split(',').map(Number);
  const bits = uniform ? { landmarks: uniform[0], detector: uniform[1] ?? uniform[0] } : MANTISSA_BITS;
  const dir = mkdtempSync(join(tmpdir(), 'verilock-parity-'));
  try {
    const referenceModels = join(dir, 'reference');
    const candidateModels = join(dir, 'candidate');
    writeModels(referenceModels, undefined, { landmarks: 10, detector: 10 });
    writeModels(candidateModels, undefined, bits);
    // The clip is rendered from the reference landmarker (the mesh comes from its landmarks of the photo).
    const assets = join(dir, 'assets');
    mkdirSync(join(assets, 'wasm'), { recursive: true });
    mkdirSync(join(assets, 'models'), { recursive: true });
    for (const f of WASM_FILES)
      copyFileSync(join(ROOT, 'node_modules/@mediapipe/tasks-vision/wasm', f), join(assets, 'wasm', f));
    for (const f of ['face_landmarker.task', 'face_detector.tflite'])
      copyFileSync(join(referenceModels, f), join(assets, 'models', f));
    const reference = await measure(dir, assets, referenceModels, 'reference');
    const candidate = await measure(dir, assets, candidateModels, 'candidate');
    if (reference.clip !== candidate.clip) throw new Error('the two renders of the clip differ: no parity to measure');
    const report = { bits: uniform ?? 'shipped (MANTISSA_BITS)', ...compare(reference.frames, candidate.frames) };
    const keep = value('--keep');
    if (keep) {
      mkdirSync(keep, { recursive: true });
      for (const [name, m] of Object.entries({ reference, candidate }))
        writeFileSync(join(keep, `${name}.json`), JSON.stringify(m.frames));
    }
    const out = value('--json');
    if (out) writeFileSync(out, JSON.stringify(report, null, 2));
    console.log(JSON.stringify(report, null, 2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
