// web-test-runner launchers for Firefox and WebKit (Debian's builds; see engines.mjs). Each starts its
// own virtual display when the runner starts and stops it when the runner stops.
import { ChromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import {
  displayEnv,
  firefoxPath,
  freePort,
  miniBrowserPath,
  spawnOwned,
  startXvfb,
  webkitDriverPath,
} from './engines.mjs';

/** Firefox preferences: a permission-free camera (the test clip replaces it; the fake one is a backstop). */
export const FIREFOX_PREFS = {
  'media.navigator.streams.fake': true,
  'media.navigator.permission.disabled': true,
  'webgl.force-enabled': true,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
};

/** puppeteer-core launch options for Firefox on `display`. */
export function firefoxLaunchOptions(display) {
  if (!firefoxPath) throw new Error('No Firefox found: apt-get install firefox-esr (or set FIREFOX_PATH)');
  return {
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: false,
    env: displayEnv(display),
    extraPrefsFirefox: FIREFOX_PREFS,
    protocolTimeout: 120_000,
  };
}

/**
 * MiniBrowser arguments: automation, media capture with its mock devices, and no WebGL. With WebGL 2
 * in software (Mesa llvmpipe on a GLX display) WebKitGTK 2.50 renders, but its automation stalls once
 * MediaPipe runs: video frames stop reaching the detector (zero results), WebDriver calls hang with the
 * CPU idle. Without GL every step runs, repeatably; on-device vision is then unavailable, as on a
 * device without WebGL, and the flow's no-WebGL path is what WebKit tests.
 */
export const MINIBROWSER_ARGS = [
  '--automation',
  '--enable-media-stream=true',
  '--enable-mock-capture-devices=true',
  '--enable-webgl=false',
];
/** WebKit's display has no GLX (see MINIBROWSER_ARGS). */
export const WEBKIT_GLX = false;

/** Classic WebDriver capabilities for WebKitGTK's MiniBrowser. */
export function webkitCapabilities() {
  if (!miniBrowserPath) throw new Error('No MiniBrowser found: apt-get install webkit2gtk-driver');
  return {
    browserName: 'MiniBrowser',
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: miniBrowserPath, args: MINIBROWSER_ARGS },
  };
}

/**
 * Starts WebKitWebDriver on a free port of 127.0.0.1, drawing on `display`. Resolves once it listens.
 * @returns {Promise<{ port: number, stop: () => void }>}
 */
export async function startWebKitDriver(display) {
  if (!webkitDriverPath) throw new Error('No WebKitWebDriver found: apt-get install webkit2gtk-driver');
  const port = await freePort();
  const child = spawnOwned(webkitDriverPath, [`--port=${port}`, '--host=127.0.0.1'], {
    env: displayEnv(display, { glx: WEBKIT_GLX }),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}): ${err.trim()}`);
    const ok = await fetch(`http://127.0.0.1:${port}/status`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { port, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error('WebKitWebDriver did not start within 10 s');
}

/** Firefox, windowed on its own Xvfb, over WebDriver BiDi. */
class FirefoxLauncher extends ChromeLauncher {
  constructor() {
    super(
      {},
      ({ browser }) => browser.defaultBrowserContext(),
      ({ context }) => context.newPage(),
      puppeteer,
      undefined,
    );
    this.name = 'Firefox';
  }
  async initialize(config, testFiles) {
    this.xvfb = await startXvfb();
    this.launchOptions = firefoxLaunchOptions(this.xvfb.display);
    return super.initialize(config, testFiles);
  }
  async stop() {
    try {
      await super.stop();
    } finally {
      this.xvfb?.stop();
    }
  }
}

/** WebKitGTK's MiniBrowser on its own Xvfb, over classic WebDriver (webdriverio). */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({ hostname: '127.0.0.1', port: 0, logLevel: 'error', capabilities: webkitCapabilities() });
  }
  async initialize(config) {
    this.xvfb = await startXvfb({ glx: WEBKIT_GLX });
    this.webkitDriver = await startWebKitDriver(this.xvfb.display);
    this.options.port = this.webkitDriver.port;
    await super.initialize(config);
    this.name = 'WebKit';
  }
  async stop() {
    try {
      await super.stop();
    } finally {
      this.webkitDriver?.stop();
      this.xvfb?.stop();
    }
  }
}

export const firefoxLauncher = () => new FirefoxLauncher();
export const webkitLauncher = () => new WebKitLauncher();
