// The three engines the tests run in, as Debian packages them: where their binaries are, which
// packages provide them, how to start a virtual display for the two that need one.
//
// - Chromium: Debian `chromium`, headless, driven by Playwright (test/browser-launch.mjs).
// - Firefox:  Debian `firefox-esr`, driven over WebDriver BiDi by puppeteer-core. It runs with a window
//   on a virtual X display (Xvfb with GLX): headless Firefox has no WebGL here, while a windowed one
//   renders WebGL 2 in software (Mesa llvmpipe), so MediaPipe's face detection runs as in Chromium.
// - WebKit:   WebKitGTK's MiniBrowser (Debian `webkit2gtk-driver`), driven over classic WebDriver by
//   webdriverio through `WebKitWebDriver`, on the same kind of virtual display.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';

import { chromiumPath } from '../browser-launch.mjs';

const first = (paths) => paths.find((p) => p && existsSync(p));

export const firefoxPath = first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
export const webkitDriverPath = first([process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver']);
export const miniBrowserPath = first([
  process.env.MINIBROWSER_PATH,
  ...['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib']
    .flatMap((lib) =>
      (existsSync(lib) ? readdirSync(lib).filter((d) => d.startsWith('webkit2gtk-')) : []).map((d) => [lib, d]),
    )
    .map(([lib, d]) => `${lib}/${d}/MiniBrowser`),
]);
export const xvfbPath = first(['/usr/bin/Xvfb']);
/** Grabs WebKit's window from the virtual display for screenshots (see drivers.mjs). */
export const ffmpegPath = first(['/usr/bin/ffmpeg']);

/** Engine name → what it needs: the Debian packages to install when one is missing. */
export const ENGINES = {
  chromium: { packages: ['chromium'], present: () => Boolean(chromiumPath) },
  firefox: { packages: ['firefox-esr', 'xvfb'], present: () => Boolean(firefoxPath && xvfbPath) },
  webkit: {
    packages: ['webkit2gtk-driver', 'xvfb', 'ffmpeg'],
    present: () => Boolean(webkitDriverPath && miniBrowserPath && xvfbPath && ffmpegPath),
  },
};

/** The engines the tests run in: all three, or the subset named in TEST_ENGINES (comma separated). */
export function selectedEngines() {
  const wanted = process.env.TEST_ENGINES ? process.env.TEST_ENGINES.split(',').map((s) => s.trim()) : null;
  return Object.keys(ENGINES).filter((e) => !wanted || wanted.includes(e));
}

/** Debian packages missing for these engines (empty when all are present). */
export function missingPackages(engines = selectedEngines()) {
  return [...new Set(engines.filter((e) => !ENGINES[e].present()).flatMap((e) => ENGINES[e].packages))];
}

/** Version strings of the installed engines, as their packages report them. */
export function engineVersions() {
  const pkg = (name) => {
    try {
      return execFileSync('dpkg-query', ['-W', '-f=${Version}', name], { encoding: 'utf8' }).trim();
    } catch {
      return null;
    }
  };
  return { chromium: pkg('chromium'), firefox: pkg('firefox-esr'), webkit: pkg('webkit2gtk-driver') };
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Children that must not outlive this process (a runner stopped by a signal skips its own cleanup). */
const children = new Set();
process.once('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
});

/** Spawns a helper process that is ended when this process exits. */
export function spawnOwned(cmd, args, options) {
  const child = spawn(cmd, args, options);
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/**
 * Starts a virtual X display (Xvfb, 24-bit) on a free display number; with `glx`, Mesa's software GL
 * can serve WebGL on it, without, no GL at all. Returns its DISPLAY value and a stop function.
 * @returns {Promise<{ display: string, stop: () => void }>}
 */
export function startXvfb({ glx = true } = {}) {
  if (!xvfbPath) return Promise.reject(new Error('Xvfb is missing: apt-get install xvfb'));
  return new Promise((resolve, reject) => {
    const child = spawnOwned(
      xvfbPath,
      [
        '-displayfd',
        '3',
        '-screen',
        '0',
        '1280x1024x24',
        glx ? '+extension' : '-extension',
        'GLX',
        '-nolisten',
        'tcp',
        '-noreset',
      ],
      { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
    );
    let err = '';
    let out = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) {
        resolve({
          display: `:${out.trim()}`,
          stop: () => {
            if (child.exitCode === null) child.kill('SIGTERM');
          },
        });
      }
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${err.trim().split('\n').at(-1)}`)));
  });
}

/** The environment of a browser drawn on `display` (with `glx`: by Mesa's software GL). */
export function displayEnv(display, { glx = true } = {}) {
  const env = { ...process.env, DISPLAY: display, WEBKIT_DISABLE_DMABUF_RENDERER: '1' };
  delete env.MOZ_HEADLESS;
  if (glx) env.LIBGL_ALWAYS_SOFTWARE = '1';
  return env;
}
