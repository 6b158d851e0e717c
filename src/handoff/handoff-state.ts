import type { FlowProgress, HandoffRequest } from '../api/schemas.js';

/** First and shortest delay between two progress polls (ms); reset on every change. */
export const POLL_MIN_MS = 2_000;
/** Longest delay between two polls (ms); also the pace of the watch once the applicant left the handoff screen. */
export const POLL_MAX_MS = 10_000;
/** Without any change for this long after the phone connected, offer a new link (ms). */
export const STALL_MS = 3 * 60_000;

/** The delays of the progress polling and the stall threshold (ms). */
export interface HandoffTiming {
  pollMinMs: number;
  pollMaxMs: number;
  stallMs: number;
}

export const DEFAULT_TIMING: HandoffTiming = { pollMinMs: POLL_MIN_MS, pollMaxMs: POLL_MAX_MS, stallMs: STALL_MS };

/** The next polling delay: back to the minimum on a change, else twice as long up to the maximum (2 → 4 → 8 → 10 s). */
export function nextPollDelay(current: number, changed: boolean, timing: HandoffTiming = DEFAULT_TIMING): number {
  return changed ? timing.pollMinMs : Math.min(timing.pollMaxMs, current * 2);
}

/** Where the link stands: being made, shown, dead unused, or not made (a network error). */
export type HandoffPhase = 'creating' | 'ready' | 'expired' | 'failed';

/** Everything `<verilock-handoff>` draws. */
export interface HandoffView {
  phase: HandoffPhase;
  url: string | null;
  /** The QR code of `url`: the SVG's `viewBox` and inner markup. */
  qr: { viewBox: string; inner: string } | null;
  /** When the link was made and when it dies (ms since the epoch). */
  createdAt: number;
  expiresAt: number | null;
  progress: FlowProgress | null;
  /** A connected phone has done nothing for the stall time. */
  stalled: boolean;
  /** The current link has not been opened yet: the QR code and the link are shown. */
  awaitingScan: boolean;
}

export const INITIAL_VIEW: HandoffView = {
  phase: 'creating',
  url: null,
  qr: null,
  createdAt: 0,
  expiresAt: null,
  progress: null,
  stalled: false,
  awaitingScan: true,
};

/** What the polling remembers between two answers. */
export interface ProgressMemory {
  /** The last answer, as a comparable key. */
  lastKey: string;
  /** The answer as it stood when the current link was made: a change means the link was opened. */
  keyAtLink: string;
  /** When the answer last changed (ms). */
  lastChange: number;
}

export const INITIAL_MEMORY: ProgressMemory = { lastKey: '', keyAtLink: '', lastChange: 0 };

/** What changed, for the live region (one thing at a time). */
export type HandoffNews =
  | { kind: 'finished' }
  | { kind: 'connected' }
  | { kind: 'received'; count: number }
  | { kind: 'phone-step'; step: string }
  | { kind: 'stalled' };

/** The view and memory after one progress answer, and what it means. */
export interface ProgressOutcome {
  view: HandoffView;
  memory: ProgressMemory;
  /** The answer differs from the last one (the polling starts again at its fastest). */
  changed: boolean;
  news: HandoffNews | null;
}

/** The fields of a progress answer that matter to the desktop. */
export function progressKey(p: FlowProgress): string {
  return JSON.stringify([p.status, p.captures, p.phone_connected, p.phone_step, p.completed]);
}

/** A new link is being made: the code and link go, the stall is forgotten, the next change means "opened". */
export function linkRequested(view: HandoffView, memory: ProgressMemory): [HandoffView, ProgressMemory] {
  return [
    { ...view, phase: 'creating', url: null, qr: null, stalled: false, awaitingScan: true },
    { ...memory, keyAtLink: memory.lastKey },
  ];
}

/** The link was made at `now`. */
export function linkReady(
  view: HandoffView,
  memory: ProgressMemory,
  link: { url: string; expiresAt: number; qr: HandoffView['qr'] },
  now: number,
): [HandoffView, ProgressMemory] {
  return [
    { ...view, phase: 'ready', url: link.url, qr: link.qr, expiresAt: link.expiresAt, createdAt: now },
    { ...memory, lastChange: now },
  ];
}

/** The link's time is up: an unused one is dead; one the phone opened (or a finished session) no longer matters. */
export function linkExpired(view: HandoffView): HandoffView {
  if (!view.awaitingScan || view.progress?.completed) return view;
  return { ...view, phase: 'expired' };
}

/** Takes one progress answer at `now`. */
export function applyProgress(
  view: HandoffView,
  memory: ProgressMemory,
  p: FlowProgress,
  now: number,
  stallMs: number,
): ProgressOutcome {
  const key = progressKey(p);
  const changed = key !== memory.lastKey;
  const wasAwaiting = view.awaitingScan;
  const awaitingScan = wasAwaiting && !(p.completed || (p.phone_connected && key !== memory.keyAtLink));
  const next: HandoffView = { ...view, progress: p, awaitingScan };
  let lastChange = memory.lastChange;
  let news: HandoffNews | null = null;
  if (changed) {
    lastChange = now;
    next.stalled = false;
    news = newsOf(view.progress, wasAwaiting, next);
  } else if (!awaitingScan && !p.completed && !view.stalled && now - lastChange >= stallMs) {
    next.stalled = true;
    news = { kind: 'stalled' };
  }
  return {
    view: next,
    memory: { ...memory, lastKey: key, lastChange },
    changed,
    news,
  };
}

function newsOf(before: FlowProgress | null, wasAwaiting: boolean, view: HandoffView): HandoffNews | null {
  const p = view.progress!;
  if (p.completed) return { kind: 'finished' };
  // The code has gone: say what to do now (the progress lines below it speak for themselves).
  if (wasAwaiting && !view.awaitingScan) return { kind: 'connected' };
  if (view.awaitingScan) return null;
  if (before && p.captures.length > before.captures.length) return { kind: 'received', count: p.captures.length };
  if (p.phone_step && p.phone_step !== before?.phone_step) return { kind: 'phone-step', step: p.phone_step };
  return null;
}

/** `viewBox` and inner markup of the SVG document the QR library writes (our own URL, generated here). */
export function splitSvg(markup: string): { viewBox: string; inner: string } | null {
  const open = /^\s*<svg\b[^>]*\bviewBox="([0-9 .]+)"[^>]*>/.exec(markup);
  const close = markup.lastIndexOf('</svg>');
  if (!open || close < 0) return null;
  return { viewBox: open[1]!, inner: markup.slice(open[0].length, close) };
}

/** What a new link needs to know of the language: the localisation of the element the handoff runs in. */
export interface HandoffLanguage {
  /** The element's `lang` or the session's `locale` decides the language (the phone gets the latter itself). */
  readonly fixed: boolean;
  /** The applicant's choice in the intro's switcher, null when none. */
  readonly chosen: string | null;
}

/**
 * The body of a link request: the language the applicant chose on this device, for the phone to open in;
 * nothing when they chose none, or when the integrator fixed the language.
 */
export function linkRequest(language: HandoffLanguage | undefined): HandoffRequest {
  return language && !language.fixed && language.chosen ? { locale: language.chosen } : {};
}
