/**
 * In-app browsers: the web views social and messaging apps open links in. Their camera fails or is
 * unreliable (the app never grants the web view the camera, or asks again on every step), so the intro
 * says so before the applicant meets a camera error, and offers to open the page in the real browser.
 *
 * Recognised by the tokens the apps put in the user agent. A plain web view ("; wv)" on Android, no
 * "Safari/" on iOS) is NOT flagged: the hosted page inside an integrator's own app (docs/embedding.md)
 * runs in exactly such a web view, with the camera granted, and must keep working.
 */

import type { BridgeWindow } from '../embed/bridges.js';

/** The apps recognised; the value is the name shown to the applicant (a brand: never translated). */
const APPS = {
  messenger: 'Messenger',
  facebook: 'Facebook',
  instagram: 'Instagram',
  threads: 'Threads',
  tiktok: 'TikTok',
  linkedin: 'LinkedIn',
  snapchat: 'Snapchat',
  pinterest: 'Pinterest',
  line: 'LINE',
  wechat: 'WeChat',
  kakaotalk: 'KakaoTalk',
} as const;

export type InAppApp = keyof typeof APPS;

// First match wins: Messenger before Facebook (both say FBAN/FBAV), Threads before Instagram.
const TOKENS: [InAppApp, RegExp][] = [
  ['messenger', /FBAN\/Messenger|FB_IAB\/Orca-Android|FB_IAB\/MESSENGER/i],
  ['facebook', /FBAN\/|FBAV\/|FB_IAB\/|FBIOS|FB4A/],
  ['threads', /\bBarcelona \d/],
  ['instagram', /\bInstagram[ /]\d/],
  ['tiktok', /musical_ly|BytedanceWebview|\bTikTok[ /]\d|\btrill_\d|\baweme/i],
  ['linkedin', /LinkedInApp/],
  ['snapchat', /Snapchat\/\d/],
  ['pinterest', /\[Pinterest\/|Pinterest for (Android|iOS)/],
  ['line', /\bLine\/\d/],
  ['wechat', /MicroMessenger\/|\bwxwork\//i],
  ['kakaotalk', /KAKAOTALK/i],
];

export interface InAppBrowser {
  app: InAppApp;
  /** The app's name, for the notice. */
  name: string;
  os: 'ios' | 'android' | 'other';
}

/** The in-app browser a user agent belongs to, or `null` for a real browser (or a plain web view). */
export function detectInAppBrowser(userAgent: string): InAppBrowser | null {
  const hit = TOKENS.find(([, re]) => re.test(userAgent));
  if (!hit) return null;
  const os = /\b(iPhone|iPad|iPod)\b/.test(userAgent) ? 'ios' : /\bAndroid\b/.test(userAgent) ? 'android' : 'other';
  return { app: hit[0], name: APPS[hit[0]], os };
}

/**
 * An Android `intent:` link that opens `href` in the applicant's default browser (the app's web view hands
 * it to the system), falling back to `href` itself. `null` for anything but an http(s) URL.
 */
export function androidIntentUrl(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const scheme = url.protocol.slice(0, -1);
  return (
    `intent://${url.host}${url.pathname}${url.search}` +
    `#Intent;scheme=${scheme};action=android.intent.action.VIEW;S.browser_fallback_url=${encodeURIComponent(href)};end`
  );
}

/**
 * Whether one of the documented native bridges is there (see `detectBridge` in src/embed/bridges.ts, which
 * attaches to it; this only looks): the page runs in an integrator's own app, whose web view has the camera.
 */
export function hasNativeBridge(win: BridgeWindow): boolean {
  const fn = (get: () => unknown): boolean => {
    try {
      return typeof get() === 'function';
    } catch {
      return false; // a hostile getter is no bridge
    }
  };
  let flutter = false;
  try {
    flutter = typeof win.flutter_inappwebview === 'object' && win.flutter_inappwebview !== null;
  } catch {
    /* no bridge */
  }
  return (
    flutter ||
    fn(() => win.ReactNativeWebView?.postMessage) ||
    fn(() => win.webkit?.messageHandlers?.verilock?.postMessage) ||
    fn(() => win.VerilockFlutter?.postMessage) ||
    fn(() => win.VerilockAndroid?.postMessage)
  );
}

/** What the intro needs to know: the in-app browser, and on Android a link to the default browser. */
export interface InAppCheck extends InAppBrowser {
  /** An `intent:` link opening this page in the default browser (Android only), else `null`. */
  intent: string | null;
}

/**
 * The in-app browser this page runs in, or `null`: a real browser, or an integrator's own app (a documented
 * native bridge is there: its web view has the camera, whatever its user agent says). The intro loads this
 * module just after the first screen, outside that screen's script budget.
 */
export function inAppCheck(win: Window): InAppCheck | null {
  if (hasNativeBridge(win as unknown as BridgeWindow)) return null;
  const info = detectInAppBrowser(win.navigator.userAgent);
  if (!info) return null;
  return { ...info, intent: info.os === 'android' ? androidIntentUrl(win.location.href) : null };
}
