// Chromium launch settings shared by the component tests, the end-to-end tests and the benchmark.
// Only a system Chromium is used (Playwright's own browser download is never needed).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];
export const chromiumPath = candidates.find((p) => p && existsSync(p));

export const fixture = (name) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

export const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Arguments for a fake camera playing `clip` (an absolute .y4m / .mjpeg path), or the built-in pattern. */
export function fakeCameraArgs(clip) {
  return [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    ...(clip ? [`--use-file-for-fake-video-capture=${clip}`] : []),
  ];
}

export function launchOptions(clip) {
  if (!chromiumPath) throw new Error('No Chromium found: install Debian\'s "chromium" or set CHROMIUM_PATH');
  return { executablePath: chromiumPath, headless: true, args: [...BASE_ARGS, ...fakeCameraArgs(clip)] };
}
