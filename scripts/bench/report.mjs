// The bench's report: the performance budgets, the medians over the runs compared with them, and the printed table.
import { cpus } from 'node:os';
import { basename } from 'node:path';
import { chromiumPath } from '../../test/browser-launch.mjs';

export const KB = 1000;
export const STRETCH_FLOW_WIRE = 3000 * KB;
/** The performance budgets. `max`: the median must not exceed it. */
export const BUDGETS = {
  criticalJsWire: { max: 32 * KB, label: 'JS before the first screen is interactive (on the wire)' },
  readyMs: { max: 300, label: 'navigation (token) → first interactive screen' },
  slowReadyMs: { max: 2000, label: 'slow network: navigation → first interactive screen' },
  slowFlowWire: { max: 3800 * KB, label: 'slow network: whole flow on the wire (document + selfie + liveness)' },
  slowVisionSelfieMs: { max: 100, label: 'second camera step (selfie) shown → first vision result' },
  detectMs: { max: 15, label: 'face detection per 640×480 frame (median)' },
  landmarksMs: { max: 35, label: 'face landmarks per 640×480 frame (median)' },
  autoCaptureMs: { max: 1500, label: 'good frame → auto-capture (selfie)' },
  documentBytes: { max: 500 * KB, label: 'bytes uploaded per document side' },
};
/** Not a performance budget: a leak check. Heap after ten retakes may exceed the heap after one by this much. */
export const HEAP_GROWTH_MAX = 2 * 1000 * 1000;

export function median(values) {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!s.length) return Number.NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export const fmtBytes = (n) =>
  Number.isFinite(n) ? (n >= 1e6 ? `${(n / 1e6).toFixed(2)} MB` : `${(n / 1e3).toFixed(1)} KB`) : 'n/a';
export const fmtMs = (n) => (Number.isFinite(n) ? `${n < 20 ? n.toFixed(1) : Math.round(n)} ms` : 'n/a');

export function summarize(flows, visions, slows) {
  const m = (f) => median(flows.map(f));
  const v = (f) => median(visions.map(f));
  const sl = (f) => median(slows.map(f));
  const kindRow = (runs, k) => {
    const mm = (f) => median(runs.map(f));
    const encodings = [...new Set(runs.flatMap((r) => Object.keys(r.byKind[k]?.encodings ?? {})))].sort();
    return {
      wire: mm((r) => r.byKind[k]?.wire ?? 0),
      raw: mm((r) => r.byKind[k]?.raw ?? 0),
      files: mm((r) => r.byKind[k]?.files ?? 0),
      encodings: Object.fromEntries(encodings.map((e) => [e, mm((r) => r.byKind[k]?.encodings[e] ?? 0)])),
    };
  };
  const KINDS = ['js', 'wasm', 'models', 'locales', 'other'];
  const values = {
    criticalJsWire: m((r) => r.criticalJsWire),
    criticalJsFiles: flows[0]?.criticalJsFiles ?? [],
    slowReadyMs: sl((r) => r.readyMs),
    slowCriticalJsWire: sl((r) => r.criticalJsWire),
    slowFlowWire: sl((r) => r.flowWire),
    slowWalkMs: sl((r) => r.walkMs),
    slowVisionFrontMs: sl((r) => r.visionMs.document_front),
    slowVisionSelfieMs: sl((r) => r.visionMs.selfie),
    slowVisionLivenessMs: sl((r) => r.visionMs.liveness),
    slowKinds: Object.fromEntries(KINDS.map((k) => [k, kindRow(slows, k)])),
    readyMs: m((r) => r.readyMs),
    definedToReadyMs: m((r) => r.definedToReadyMs),
    detectMs: v((r) => r.detect.medianMs),
    detectP90Ms: v((r) => r.detect.p90Ms),
    landmarksMs: v((r) => r.landmarks.medianMs),
    landmarksP90Ms: v((r) => r.landmarks.p90Ms),
    detectOffered: v((r) => r.detect.offered),
    detectProcessed: v((r) => r.detect.processed),
    landmarksOffered: v((r) => r.landmarks.offered),
    landmarksProcessed: v((r) => r.landmarks.processed),
    detectFps: v((r) => r.detect.offered / r.detect.seconds),
    landmarksFps: v((r) => r.landmarks.offered / r.landmarks.seconds),
    cameraFps: v((r) => r.cameraFps),
    autoCaptureMs: m((r) => r.autoCaptureMs),
    liveToAutoCaptureMs: m((r) => r.liveToAutoCaptureMs),
    autoCaptured: flows.filter((r) => r.autoCapture.auto).length,
    documentBytes: Math.max(
      m((r) => r.bytes.document_front),
      m((r) => r.bytes.document_back),
    ),
    frontBytes: m((r) => r.bytes.document_front),
    backBytes: m((r) => r.bytes.document_back),
    selfieBytes: m((r) => r.bytes.selfie),
    heapOne: m((r) => r.heap.afterOne),
    heapTen: m((r) => r.heap.afterTen),
    peakOne: m((r) => r.heap.peakOne),
    peakTen: m((r) => r.heap.peakTen),
    js: kindRow(flows, 'js'),
    wasm: kindRow(flows, 'wasm'),
    models: kindRow(flows, 'models'),
    locales: kindRow(flows, 'locales'),
    other: kindRow(flows, 'other'),
    repeatWire: m((r) => r.repeatWire),
    repeatFiles: [...new Set(flows.flatMap((r) => r.repeatFiles))],
  };
  const missed = [];
  for (const [key, b] of Object.entries(BUDGETS)) if (!(values[key] <= b.max)) missed.push(key);
  if (!(values.heapTen - values.heapOne <= HEAP_GROWTH_MAX)) missed.push('heapGrowth');
  return { runs: flows.length, values, missed };
}

export function print({ runs, values: x, missed }) {
  const ok = (key) => (missed.includes(key) ? 'MISSED' : 'ok');
  const enc = (k) =>
    Object.entries(k.encodings)
      .map(([e, n]) => `${e} ${fmtBytes(n)}`)
      .join(', ') || 'none';
  const kindRows = (kinds) =>
    [
      ['JS', 'js'],
      ['wasm', 'wasm'],
      ['models', 'models'],
      ['locales', 'locales'],
      ['HTML, CSS, other', 'other'],
    ].map(([label, k]) => [
      `  ${label}`,
      `${fmtBytes(kinds[k].wire)} (${kinds[k].files} files, ${fmtBytes(kinds[k].raw)} raw)`,
      enc(kinds[k]),
      '',
    ]);
  const rows = [
    [
      'slow network (400 ms RTT, 500 kbit/s): navigation → first interactive screen',
      fmtMs(x.slowReadyMs),
      `≤ ${BUDGETS.slowReadyMs.max} ms`,
      ok('slowReadyMs'),
    ],
    [
      'slow: JS before the first screen (on the wire)',
      fmtBytes(x.slowCriticalJsWire),
      `≤ ${fmtBytes(BUDGETS.criticalJsWire.max)}`,
      '',
    ],
    [
      'slow: whole flow on the wire (document + selfie + liveness)',
      fmtBytes(x.slowFlowWire),
      `≤ ${fmtBytes(BUDGETS.slowFlowWire.max)} (stretch ${fmtBytes(STRETCH_FLOW_WIRE)})`,
      ok('slowFlowWire'),
    ],
    ...kindRows(x.slowKinds),
    ['slow: front shown → first vision result', fmtMs(x.slowVisionFrontMs), '', ''],
    [
      'slow: selfie (second camera step) shown → first vision result',
      fmtMs(x.slowVisionSelfieMs),
      `≤ ${BUDGETS.slowVisionSelfieMs.max} ms`,
      ok('slowVisionSelfieMs'),
    ],
    ['slow: liveness shown → first vision result', fmtMs(x.slowVisionLivenessMs), '', ''],
    ['slow: scripted walk, navigation → liveness tracking', fmtMs(x.slowWalkMs), '', ''],
    [
      'JS before first interactive screen (on the wire)',
      fmtBytes(x.criticalJsWire),
      `≤ ${fmtBytes(BUDGETS.criticalJsWire.max)}`,
      ok('criticalJsWire'),
    ],
    ['navigation (token) → first interactive screen', fmtMs(x.readyMs), `≤ ${BUDGETS.readyMs.max} ms`, ok('readyMs')],
    ['  element defined → first interactive screen', fmtMs(x.definedToReadyMs), '', ''],
    ['document + selfie flow on the wire, by kind', '', 'by encoding', ''],
    ...kindRows({ js: x.js, wasm: x.wasm, models: x.models, locales: x.locales, other: x.other }),
    ['  of which downloaded again in full', fmtBytes(x.repeatWire), 'no budget; see below', ''],
    [
      'face detection per 640×480 frame (median / p90)',
      `${fmtMs(x.detectMs)} / ${fmtMs(x.detectP90Ms)}`,
      `≤ ${BUDGETS.detectMs.max} ms`,
      ok('detectMs'),
    ],
    [
      'face landmarks per frame (median / p90; no blendshapes)',
      `${fmtMs(x.landmarksMs)} / ${fmtMs(x.landmarksP90Ms)}`,
      `≤ ${BUDGETS.landmarksMs.max} ms`,
      ok('landmarksMs'),
    ],
    [
      'frames processed / offered: detection',
      `${x.detectProcessed} / ${x.detectOffered} (${x.detectFps.toFixed(1)} fps offered)`,
      'skip, never queue',
      '',
    ],
    [
      'frames processed / offered: landmarks',
      `${x.landmarksProcessed} / ${x.landmarksOffered} (${x.landmarksFps.toFixed(1)} fps offered)`,
      `camera alone: ${x.cameraFps.toFixed(1)} fps`,
      '',
    ],
    [
      'good frame → auto-capture (selfie)',
      `${fmtMs(x.autoCaptureMs)} (auto in ${x.autoCaptured}/${runs} runs)`,
      `≤ ${BUDGETS.autoCaptureMs.max} ms`,
      ok('autoCaptureMs'),
    ],
    ['  camera step shown → auto-capture', fmtMs(x.liveToAutoCaptureMs), '', ''],
    [
      'bytes uploaded: document front / back',
      `${fmtBytes(x.frontBytes)} / ${fmtBytes(x.backBytes)}`,
      `≤ ${fmtBytes(BUDGETS.documentBytes.max)} each`,
      ok('documentBytes'),
    ],
    ['bytes uploaded: selfie', fmtBytes(x.selfieBytes), '', ''],
    [
      'JS heap after GC: 1 retake → 10 retakes',
      `${fmtBytes(x.heapOne)} → ${fmtBytes(x.heapTen)}`,
      `growth ≤ ${fmtBytes(HEAP_GROWTH_MAX)} (leak check)`,
      ok('heapGrowth'),
    ],
    ['JS heap peak: 1 retake → 10 retakes', `${fmtBytes(x.peakOne)} → ${fmtBytes(x.peakTen)}`, '', ''],
  ];
  const widths = [0, 1, 2, 3].map((i) =>
    Math.max(...rows.map((r) => r[i].length), ['metric', 'median', 'budget', ''][i].length),
  );
  const line = (r) => `| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const cpu = cpus();
  console.log(
    `\nVerilock Flow bench: medians of ${runs} run${runs === 1 ? '' : 's'} — headless Chromium (${basename(chromiumPath)}), ${cpu.length} CPU cores (${cpu[0]?.model.trim() ?? '?'}), fake 640×480 camera, bytes as sent by the server (brotli where accepted), 1 KB = 1000 bytes\n`,
  );
  console.log(line(['metric', 'median', 'budget', '']));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  console.log(`\ncritical JS: ${x.criticalJsFiles.join(', ')}`);
  if (x.repeatFiles.length) console.log(`\ndownloaded more than once per flow: ${x.repeatFiles.join(', ')}`);
  console.log(missed.length ? `\n${missed.length} budget(s) missed: ${missed.join(', ')}` : '\nevery budget met');
}
