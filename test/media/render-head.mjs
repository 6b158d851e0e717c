#!/usr/bin/env node
// Makes a fake-camera clip of a "live" head from one still photo, at test time: the face turns to
// its left, blinks twice, turns to its right and smiles (timeline.js), 640×480, 30 fps, as MJPEG
// (concatenated JPEG frames — what Chromium's `--use-file-for-fake-video-capture=<file>.mjpeg`
// plays, looping). Rendering happens in headless Chromium (WebGL2, software GL) from a page under
// test/media/, served with the vision assets and the photo by a throwaway static server on 127.0.0.1;
// no request leaves the machine.
//
// Usage: node test/media/render-head.mjs <out.mjpeg> [--photo test/fixtures/astronaut.jpg]
//          [--assets build/mediapipe] [--measure [--landmarks <file.json>]] [--stills <dir>]
//   --measure      runs the landmarker (VIDEO mode) on every encoded frame; prints the product's
//                  signals (yaw ratio, mean EAR, mouth/face width) per segment
//   --landmarks <file.json>  with --measure: also writes every frame's landmarks and signals
//   --measure-model <file.task>  with --measure: measures with this landmarker instead of the one
//                  the clip is rendered from (the frames stay byte-for-byte the same)
//   --detector-model <file.tflite>  with --measure: also runs this face detector on every frame
//                  (its detections go into the --landmarks file)
//   --stills <dir> writes PNGs of a neutral, a turned, a blinking and a smiling frame
import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { launchOptions } from '../browser-launch.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.wasm': 'application/wasm',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
};
/** Frames shown with --stills: neutral, turned to the left (hold), eyes closed, full smile. */
export const STILL_FRAMES = { neutral: 20, turn_left: 62, blink: 92, smile: 185 };

function serve(mounts, out) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'POST' && url.pathname === '/frames') {
      req.pipe(out, { end: false });
      req.on('end', () => res.end('ok'));
      return;
    }
    const mount = Object.keys(mounts).find((m) => url.pathname.startsWith(m));
    const base = mount && mounts[mount];
    const file = base && resolve(base, decodeURIComponent(url.pathname.slice(mount.length)));
    if (!file || !file.startsWith(base + sep) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

/**
 * Renders the clip into `outPath`.
 * @returns {Promise<{ frames: number, bytes: number, ms: number, measured: object[], stills: string[] }>}
 */
export async function renderHeadClip(
  outPath,
  {
    photo = join(ROOT, 'test/fixtures/astronaut.jpg'),
    assets = join(ROOT, 'build/mediapipe'),
    measure = false,
    landmarksFile = null,
    measureModel = null,
    detectorModel = null,
    stillsDir = null,
  } = {},
) {
  const started = Date.now();
  if (!existsSync(join(assets, 'models', 'face_landmarker.task'))) {
    const { copyAssets } = await import(pathToFileURL(join(ROOT, 'scripts/models/copy-assets.mjs')).href);
    copyAssets(assets);
  }
  mkdirSync(dirname(resolve(outPath)), { recursive: true });
  const out = createWriteStream(outPath);
  const modules = join(ROOT, 'node_modules');
  const server = await serve(
    {
      '/media/': HERE,
      '/assets/': resolve(assets),
      '/photo/': dirname(resolve(photo)),
      ...(measureModel ? { '/measure-model/': dirname(resolve(measureModel)) } : {}),
      ...(detectorModel ? { '/detector-model/': dirname(resolve(detectorModel)) } : {}),
      '/node_modules/@mediapipe/tasks-vision/': join(modules, '@mediapipe/tasks-vision'),
      '/node_modules/delaunator/': join(modules, 'delaunator'),
      '/node_modules/robust-predicates/': join(modules, 'robust-predicates'),
    },
    out,
  );
  const origin = `http://127.0.0.1:${server.address().port}`;
  const base = launchOptions();
  // software WebGL2 in headless Chromium
  const browser = await chromium.launch({
    ...base,
    args: [...base.args, '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 640, height: 480 } });
    await page.route('**/*', (route) =>
      new URL(route.request().url()).origin === origin ? route.continue() : route.abort(),
    );
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/media/head.html`);
    await page
      .waitForFunction(() => window.headReady === true, null, { timeout: 30_000 })
      .catch(() => {
        throw new Error(`the render page did not load: ${errors.join('; ')}`);
      });
    const r = await page.evaluate((o) => window.renderHead(o), {
      photo: `/photo/${basename(photo)}`,
      assets: '/assets/',
      measure,
      ...(measureModel ? { measureModel: `/measure-model/${basename(measureModel)}` } : {}),
      ...(detectorModel ? { detectorModel: `/detector-model/${basename(detectorModel)}` } : {}),
      keepLandmarks: Boolean(landmarksFile),
      stills: stillsDir ? Object.values(STILL_FRAMES) : [],
    });
    if (landmarksFile) writeFileSync(landmarksFile, JSON.stringify(r.measured));
    const measured = r.measured.map((m) => ({ ...m, landmarks: undefined, detections: undefined }));
    const stills = [];
    if (stillsDir) {
      mkdirSync(stillsDir, { recursive: true });
      for (const [name, i] of Object.entries(STILL_FRAMES)) {
        const file = join(stillsDir, `head-${String(i).padStart(3, '0')}-${name}.png`);
        writeFileSync(file, Buffer.from(r.pictures[i].split(',')[1], 'base64'));
        stills.push(file);
      }
    }
    await new Promise((ok, fail) => out.end((e) => (e ? fail(e) : ok())));
    return {
      frames: r.frames,
      bytes: statSync(outPath).size,
      ms: Date.now() - started,
      mesh: r.mesh,
      photo: r.photo,
      measured,
      stills,
    };
  } finally {
    out.destroy();
    await browser.close();
    server.close();
  }
}

/** min..max of each signal per run of frames of one segment. */
export function summarize(measured) {
  const runs = [];
  for (const m of measured) {
    const last = runs.at(-1);
    if (last && last.segment === m.segment) last.rows.push(m);
    else runs.push({ segment: m.segment, from: m.i, rows: [m] });
  }
  const range = (rows, k) => {
    const v = rows.map((r) => r[k]).filter((x) => typeof x === 'number');
    return v.length ? `${Math.min(...v).toFixed(3)}..${Math.max(...v).toFixed(3)}` : '-';
  };
  return runs.map(({ segment, from, rows }) => {
    const step = rows
      .slice(1)
      .map((r, j) => Math.hypot(r.noseX - rows[j].noseX, r.noseY - rows[j].noseY) / r.faceWidth);
    return `${String(from).padStart(3)}-${String(from + rows.length - 1).padEnd(3)} ${segment.padEnd(10)} yaw ${range(rows, 'yaw')}  ear ${range(rows, 'ear')}  mouth ${range(rows, 'mouth')}  max nose step ${step.length ? Math.max(...step).toFixed(3) : '-'}  faces ${rows.filter((r) => r.face !== false).length}/${rows.length}`;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : undefined;
  };
  const measure = args.includes('--measure');
  const photo = flag('--photo');
  const assets = flag('--assets');
  const stillsDir = flag('--stills') ?? null;
  const landmarksFile = flag('--landmarks') ?? null;
  const measureModel = flag('--measure-model') ?? null;
  const detectorModel = flag('--detector-model') ?? null;
  const outPath = args.find((a) => !a.startsWith('--'));
  if (!outPath) {
    console.error(
      'usage: node test/media/render-head.mjs <out.mjpeg> [--photo file] [--assets dir] [--measure [--landmarks file] [--measure-model file.task] [--detector-model file.tflite]] [--stills dir]',
    );
    process.exit(2);
  }
  const r = await renderHeadClip(outPath, {
    ...(photo ? { photo } : {}),
    ...(assets ? { assets } : {}),
    measure,
    landmarksFile,
    measureModel,
    detectorModel,
    stillsDir,
  });
  console.log(
    `${outPath}: ${r.frames} frames, ${(r.bytes / 1e6).toFixed(1)} MB, ${r.mesh.points} points / ${r.mesh.triangles} triangles, ${r.ms} ms`,
  );
  if (measure) {
    for (const line of summarize(r.measured)) console.log(line);
  }
  for (const s of r.stills) console.log(`still: ${s}`);
}
