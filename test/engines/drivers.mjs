// One small interface over the two drivers of the end-to-end walks, so that one walk runs in both:
// Firefox through puppeteer-core (WebDriver BiDi), WebKit through webdriverio (classic WebDriver).
// Elements are found in the page (through shadow roots) by a script, then clicked by the driver
// itself, as a user would click them.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import * as puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { ffmpegPath, startXvfb } from './engines.mjs';
import { firefoxLaunchOptions, startWebKitDriver, WEBKIT_GLX, webkitCapabilities } from './wtr-launchers.mjs';

export const VIEWPORT = { width: 375, height: 812 };

/**
 * In the page: the first visible element of `kind` whose accessible name is `name`, searching the
 * document and every open shadow root. Kinds: `button` (enabled only), `heading`, `control` (the form
 * control of the label with that text), `any-button` (enabled or not). Runs in the browser.
 */
export function findInPage(kind, name) {
  const all = [];
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document);
  const clean = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const label = (el) => clean(el.getAttribute('aria-label')) || clean(el.textContent);
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const enabled = (el) => !el.disabled && el.getAttribute('aria-disabled') !== 'true';
  const isButton = (el) => el.tagName === 'BUTTON' || el.getAttribute('role') === 'button';
  if (kind === 'button' || kind === 'any-button')
    return (
      all.find((el) => isButton(el) && label(el) === name && visible(el) && (kind === 'any-button' || enabled(el))) ??
      null
    );
  if (kind === 'heading')
    return (
      all.find(
        (el) =>
          (/^H[1-6]$/.test(el.tagName) || el.getAttribute('role') === 'heading') && label(el) === name && visible(el),
      ) ?? null
    );
  if (kind === 'control') {
    const lab = all.find((el) => el.tagName === 'LABEL' && clean(el.textContent).startsWith(name));
    return lab?.control ?? null;
  }
  throw new Error(`unknown kind ${kind}`);
}

/** @typedef {{ engine: string, version: string, goto(url: string): Promise<void>, url(): Promise<string>,
 *   evaluate(fn: Function, ...args: unknown[]): Promise<any>, click(kind: string, name: string): Promise<void>,
 *   select(labelText: string, value: string): Promise<void>,
 *   screenshot(path: string): Promise<void>, close(): Promise<void> }} Driver */

/** Firefox on its own virtual display. @returns {Promise<Driver>} */
export async function openFirefox() {
  const xvfb = await startXvfb();
  try {
    const browser = await puppeteer.launch(firefoxLaunchOptions(xvfb.display));
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    await page.setViewport(VIEWPORT);
    return {
      engine: 'firefox',
      version: await browser.version(),
      goto: async (url) => void (await page.goto(url)),
      url: async () => page.url(),
      evaluate: (fn, ...args) => page.evaluate(fn, ...args),
      async click(kind, name) {
        const handle = await page.evaluateHandle(findInPage, kind, name);
        const el = handle.asElement();
        if (!el) throw new Error(`no ${kind} "${name}" to click`);
        await el.click();
        await handle.dispose();
      },
      async select(labelText, value) {
        const handle = await page.evaluateHandle(findInPage, 'control', labelText);
        const el = handle.asElement();
        if (!el) throw new Error(`no control labelled "${labelText}"`);
        await el.select(value);
        await handle.dispose();
      },
      async screenshot(path) {
        mkdirSync(dirname(path), { recursive: true });
        await page.screenshot({ path, fullPage: true });
      },
      async close() {
        await browser.close().catch((e) => console.error(`firefox: closing the browser: ${e}`));
        xvfb.stop();
      },
    };
  } catch (e) {
    xvfb.stop();
    throw e;
  }
}

/** WebKitGTK's MiniBrowser on its own virtual display. @returns {Promise<Driver>} */
export async function openWebKit() {
  const xvfb = await startXvfb({ glx: WEBKIT_GLX });
  let driver;
  try {
    driver = await startWebKitDriver(xvfb.display);
    const browser = await remote({
      hostname: '127.0.0.1',
      port: driver.port,
      logLevel: 'error',
      connectionRetryTimeout: 60_000,
      connectionRetryCount: 0,
      capabilities: webkitCapabilities(),
    });
    await browser.setWindowSize(VIEWPORT.width, VIEWPORT.height);
    const stop = driver.stop;
    return {
      engine: 'webkit',
      version: String(browser.capabilities.browserVersion ?? ''),
      goto: (url) => browser.url(url).then(() => undefined),
      url: () => browser.getUrl(),
      evaluate: (fn, ...args) => browser.execute(fn, ...args),
      async click(kind, name) {
        const ref = await browser.execute(findInPage, kind, name);
        if (!ref) throw new Error(`no ${kind} "${name}" to click`);
        const el = await browser.$(ref);
        await el.click();
      },
      async select(labelText, value) {
        const ref = await browser.execute(findInPage, 'control', labelText);
        if (!ref) throw new Error(`no control labelled "${labelText}"`);
        await (await browser.$(ref)).selectByAttribute('value', value);
      },
      async screenshot(path) {
        mkdirSync(dirname(path), { recursive: true });
        // WebKitWebDriver's own screenshot never answers on this display (with or without GL), while the
        // window is drawn: the page is grabbed from the X display (ffmpeg x11grab), cropped to the viewport.
        const win = await browser.getWindowRect();
        const view = await browser.execute(() => ({ w: innerWidth, h: innerHeight }));
        const x = Math.max(0, win.x);
        const y = Math.max(0, win.y + win.height - view.h);
        execFileSync(
          ffmpegPath,
          [
            '-loglevel',
            'error',
            '-y',
            '-f',
            'x11grab',
            '-video_size',
            `${x + view.w}x${y + view.h}`,
            '-i',
            xvfb.display,
          ].concat(['-frames:v', '1', '-vf', `crop=${view.w}:${view.h}:${x}:${y}`, path]),
          { stdio: 'ignore' },
        );
      },
      async close() {
        // Best effort: a session whose browser already went away must not hide the walk's own error.
        await browser.deleteSession().catch((e) => console.error(`webkit: closing the session: ${e}`));
        stop();
        xvfb.stop();
      },
    };
  } catch (e) {
    driver?.stop();
    xvfb.stop();
    throw e;
  }
}

export const openEngine = (engine) => (engine === 'firefox' ? openFirefox() : openWebKit());
