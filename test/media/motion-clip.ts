/**
 * Fake-camera clips of a hand-held camera (or card), made at test time from a committed photo and a
 * motion profile of src/vision/testing/motion-profiles.ts: each frame is the photo translated,
 * rotated and scaled by the profile's pose, drawn in a canvas in headless Chromium and encoded as
 * JPEG; the frames are concatenated into MJPEG (640×480, 30 fps), which Chromium's
 * `--use-file-for-fake-video-capture=<file>.mjpeg` plays in a loop.
 *
 * Clips are cached under `.cache/clips/` (gitignored), named by a hash of everything that makes them:
 * the photos' bytes, the scene, the profile and seed, and the source of this file and of the profiles.
 * A second run reuses them; a clip whose inputs changed replaces its older version.
 */
import { chromium } from '@playwright/test';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error -- plain ESM helper shared with the component tests
import { launchOptions } from '../browser-launch.mjs';
import { motionProfiles, type Pose } from '../../src/vision/testing/motion-profiles.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const FPS = 30;

/** What the camera sees at rest. */
export type ClipScene =
  /** A photo, with photo point (cx, cy) at the frame centre and `cropWidth` photo pixels across the frame. */
  | { kind: 'photo'; photo: string; cx: number; cy: number; cropWidth: number }
  /** A card printed with `cardRect` (x, y, w, h) of `card`, 500 px wide, held over `table` (the table stays). */
  | { kind: 'card'; card: string; cardRect: [number, number, number, number]; table: string };

export interface ClipOptions {
  scene: ClipScene;
  profile: string;
  seed: number;
}

const dataUrl = (path: string) => `data:image/jpeg;base64,${readFileSync(join(ROOT, path)).toString('base64')}`;

/** Returns the path of the clip (made now, or reused from the cache). */
export async function motionClip(options: ClipOptions): Promise<string> {
  const profile = motionProfiles(options.seed).find((p) => p.name === options.profile);
  if (!profile) throw new Error(`no motion profile ${options.profile}`);
  const photos = options.scene.kind === 'photo' ? [options.scene.photo] : [options.scene.card, options.scene.table];
  const hash = createHash('sha256');
  for (const file of [
    ...photos,
    'test/media/motion-clip.ts',
    'src/vision/testing/motion-profiles.ts',
    'src/vision/testing/synthetic-face.ts',
  ])
    hash.update(readFileSync(join(ROOT, file)));
  hash.update(JSON.stringify(options));
  const dir = join(ROOT, '.cache', 'clips');
  const prefix = `${basename(photos[0]!, extname(photos[0]!))}-${options.scene.kind}-${options.profile}-${options.seed}-`;
  const out = join(dir, `${prefix}${hash.digest('hex').slice(0, 16)}.mjpeg`);
  if (existsSync(out)) return out;

  const poses: Pose[] = [];
  for (let k = 0; (k * 1000) / FPS <= profile.durationMs; k++) poses.push(profile.pose((k * 1000) / FPS));
  const scene =
    options.scene.kind === 'photo'
      ? { ...options.scene, photo: dataUrl(options.scene.photo) }
      : { ...options.scene, card: dataUrl(options.scene.card), table: dataUrl(options.scene.table) };
  const browser = await chromium.launch(launchOptions());
  const jpegs: Buffer[] = [];
  try {
    const page = await browser.newPage();
    for (let from = 0; from < poses.length; from += 30) {
      const batch: string[] = await page.evaluate(renderFrames, { scene, poses: poses.slice(from, from + 30) });
      for (const url of batch) jpegs.push(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
    }
  } finally {
    await browser.close();
  }
  mkdirSync(dir, { recursive: true });
  // Older versions of the same clip are stale.
  for (const old of readdirSync(dir)) if (old.startsWith(prefix)) rmSync(join(dir, old), { force: true });
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat(jpegs));
  renameSync(tmp, out);
  return out;
}

/** Runs in the page: draws each pose of the scene and returns the frames as JPEG data URLs. */
async function renderFrames({ scene, poses }: { scene: ClipScene; poses: Pose[] }): Promise<string[]> {
  const load = async (src: string) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    return img;
  };
  const W = 640;
  const H = 480;
  const canvas = Object.assign(document.createElement('canvas'), { width: W, height: H });
  const ctx = canvas.getContext('2d')!;
  const main = await load(scene.kind === 'photo' ? scene.photo : scene.card);
  const table = scene.kind === 'card' ? await load(scene.table) : null;
  const frames: string[] = [];
  for (const p of poses) {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = '#777';
    ctx.fillRect(0, 0, W, H);
    if (scene.kind === 'photo') {
      const k = W / scene.cropWidth;
      ctx.translate(W / 2 + p.dx, H / 2 + p.dy);
      ctx.rotate(p.angle);
      ctx.scale(p.scale * k, p.scale * k);
      ctx.translate(-scene.cx, -scene.cy);
      ctx.drawImage(main, 0, 0);
    } else {
      ctx.drawImage(table!, 0, 0, table!.naturalWidth, table!.naturalHeight, 0, 0, W, H);
      const [x, y, w, h] = scene.cardRect;
      const cardH = (500 * h) / w;
      ctx.translate(W / 2 + p.dx, H / 2 + p.dy);
      ctx.rotate(p.angle);
      ctx.scale(p.scale, p.scale);
      ctx.filter = 'brightness(0.8) sepia(0.3)'; // a tinted card, not glaring white paper
      ctx.drawImage(main, x, y, w, h, -250, -cardH / 2, 500, cardH);
      ctx.filter = 'none';
    }
    frames.push(canvas.toDataURL('image/jpeg', 0.85));
  }
  return frames;
}
