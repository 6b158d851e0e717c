import { css, html, nothing, svg, type PropertyValues } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import type { SessionClient } from '../../session/session-controller.js';
import { FlowError } from '../../api/errors.js';
import type { CaptureKind, FlowProgress } from '../../api/schemas.js';
import { en } from '../../i18n/registry.js';
import type { HandoffStepName, Translation } from '../../i18n/translation.js';
import { VerilockElement } from '../base/verilock-element.js';
import { systemClock, type Clock } from '../../internal/clock.js';
import { componentStyles } from '../../styles/tokens.styles.js';

/** First and shortest delay between two progress polls (ms); reset on every change. */
export const POLL_MIN_MS = 2_000;
/** Longest delay between two polls (ms). */
export const POLL_MAX_MS = 10_000;
/** Without any change for this long after the phone connected, offer a new link (ms). */
export const STALL_MS = 3 * 60_000;

/** The delays of the progress polling and the stall threshold (ms). */
export interface HandoffTiming {
  pollMinMs: number;
  pollMaxMs: number;
  stallMs: number;
}

/** Draws a link as a QR code: SVG markup. */
export type QrEncoder = (text: string) => Promise<string>;

/** How the handoff link is drawn: medium error correction, a two-module quiet zone. */
export const QR_OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 2 } as const;

const DEFAULT_TIMING: HandoffTiming = { pollMinMs: POLL_MIN_MS, pollMaxMs: POLL_MAX_MS, stallMs: STALL_MS };

/** The next polling delay: back to the minimum on a change, else twice as long up to the maximum (2 → 4 → 8 → 10 s). */
export function nextPollDelay(current: number, changed: boolean, timing: HandoffTiming = DEFAULT_TIMING): number {
  return changed ? timing.pollMinMs : Math.min(timing.pollMaxMs, current * 2);
}

/** `viewBox` and inner markup of the SVG document the QR library writes (our own URL, generated here). */
export function splitSvg(markup: string): { viewBox: string; inner: string } | null {
  const open = /^\s*<svg\b[^>]*\bviewBox="([0-9 .]+)"[^>]*>/.exec(markup);
  const close = markup.lastIndexOf('</svg>');
  if (!open || close < 0) return null;
  return { viewBox: open[1]!, inner: markup.slice(open[0].length, close) };
}

type Phase = 'creating' | 'ready' | 'expired' | 'failed';

/**
 * Continue on a phone: creates a one-time handoff link, shows it as a QR code (drawn here, as SVG) and
 * as a copyable link, then follows the phone's progress by polling the flow API (2 s, backing off to
 * 10 s, reset on every change, paused while the tab is hidden). Offers a new link when the link
 * expires unused or the phone stalls. Internal to `<verilock-flow>`.
 *
 * @fires vl-guidance - `{ detail: { text } }` when the progress changes (for the shell's live region).
 * @fires vl-phone-connected - `{ detail: FlowProgress }` when a phone opened the link (the shell keeps watching).
 * @fires vl-remote-complete - `{ detail: FlowProgress }` once, when the phone submitted the session.
 * @fires vl-fatal - `{ detail: { error } }` when the session can no longer go on (expired, invalid).
 * @csspart qr - the QR code.
 * @csspart link - the link field.
 */
export class VerilockHandoff extends VerilockElement {
  // No token block of its own: the colours, fonts and theme come from the enclosing <verilock-flow>
  // (custom properties inherit into this shadow root), so theme="dark" on the flow reaches here too.
  static override styles = [
    componentStyles,
    css`
      :host {
        display: block;
      }
      .qr {
        display: block;
        width: min(16rem, 100%);
        aspect-ratio: 1;
        margin: 0 auto var(--_space);
        background: #fff;
        border-radius: var(--_radius);
      }
      .qr.placeholder {
        display: grid;
        place-items: center;
        background: var(--_surface);
      }
      .link-row {
        display: flex;
        gap: 0.5em;
        align-items: stretch;
        flex-wrap: wrap;
      }
      .link-row input {
        flex: 1 1 12rem;
        min-width: 0;
        font: inherit;
        font-size: 0.9em;
        padding: 0.5em 0.75em;
        border: 1px solid var(--_border);
        border-radius: 8px;
        background: var(--_bg);
        color: var(--_text);
      }
      .progress {
        margin-top: var(--_space);
        padding: 0.75em 1em;
        background: var(--_surface);
        border-radius: var(--_radius);
      }
      .progress p {
        margin: 0.25em 0;
      }
      .problem {
        border: 2px solid var(--_danger);
        border-radius: var(--_radius);
        padding: var(--_space);
        margin-bottom: var(--_space);
      }
      label.field {
        font-weight: 600;
        display: block;
        margin-bottom: 0.5em;
      }
      .stale {
        color: var(--_danger);
        font-weight: 600;
      }
    `,
  ];

  static override properties = {
    t: { attribute: false },
    client: { attribute: false },
    total: { type: Number },
    phase: { state: true },
    url: { state: true },
    qr: { state: true },
    expiresAt: { state: true },
    progress: { state: true },
    copied: { state: true },
    stalled: { state: true },
    awaitingScan: { state: true },
  };

  /** Draws the QR code, here (no network); the library loads with the first link. Tests may set their own. */
  static qrEncoder: QrEncoder = async (text) => (await import('qrcode')).default.toString(text, QR_OPTIONS);

  declare t: Translation;
  /** The shell's flow API client (this element never sees the token). */
  declare client: SessionClient | null;
  /** Captures the session needs, for "2 of 3 received". */
  declare total: number;
  declare phase: Phase;
  declare url: string | null;
  declare qr: { viewBox: string; inner: string } | null;
  declare expiresAt: number | null;
  declare progress: FlowProgress | null;
  declare copied: 'idle' | 'copied' | 'manual';
  declare stalled: boolean;
  /** The current link has not been opened yet: the QR code and the link are shown. */
  declare awaitingScan: boolean;

  /** Polling delays and the stall threshold (tests shorten them). */
  timing: HandoffTiming = DEFAULT_TIMING;
  /** The clock (tests pass their own). */
  timers: Clock = systemClock;

  #abort: AbortController | null = null;
  #pollTimer: unknown;
  #expiryTimer: unknown;
  #delay = POLL_MIN_MS;
  /** The next poll starts the backoff afresh (a new link, the tab visible again). */
  #fresh = true;
  #lastChange = 0;
  #lastKey = '';
  /** The progress as it stood when the current link was made: a change means the link was opened. */
  #keyAtLink = '';
  #completed = false;
  #polling = false;
  #createdAt = 0;

  constructor() {
    super();
    this.t = en;
    this.client = null;
    this.total = 0;
    this.phase = 'creating';
    this.url = null;
    this.qr = null;
    this.expiresAt = null;
    this.progress = null;
    this.copied = 'idle';
    this.stalled = false;
    this.awaitingScan = true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#stop();
  }

  protected override firstUpdated(_changed: PropertyValues<this>): void {
    void this.newLink();
  }

  /** Creates a (new) link; every older unused link of the session dies on the server. */
  async newLink(): Promise<void> {
    const client = this.client;
    if (!client) return;
    this.#stop();
    this.#abort = new AbortController();
    const signal = this.#abort.signal;
    this.phase = 'creating';
    this.stalled = false;
    this.copied = 'idle';
    this.url = null;
    this.qr = null;
    this.awaitingScan = true;
    this.#keyAtLink = this.#lastKey;
    this.#fresh = true;
    try {
      const link = await client.createHandoff(signal);
      const markup = await VerilockHandoff.qrEncoder(link.url);
      if (signal.aborted) return;
      this.url = link.url;
      this.qr = splitSvg(markup);
      this.expiresAt = Date.parse(link.expires_at);
      this.#createdAt = this.timers.now();
      this.phase = 'ready';
      this.#lastChange = this.timers.now();
      this.#armExpiry();
      this.#schedule(0);
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof FlowError && error.code === 'session_completed') {
        // Submitted meanwhile (by the phone): the progress says so.
        this.#schedule(0);
        return;
      }
      if (error instanceof FlowError && error.fatal) {
        this.emit('vl-fatal', { error });
        return;
      }
      this.phase = 'failed';
      this.#say(this.t.handoffFailed);
    }
  }

  #stop(): void {
    this.#abort?.abort();
    this.#abort = null;
    this.timers.clearTimeout(this.#pollTimer);
    this.timers.clearTimeout(this.#expiryTimer);
    this.#pollTimer = undefined;
    this.#expiryTimer = undefined;
  }

  #armExpiry(): void {
    this.timers.clearTimeout(this.#expiryTimer);
    if (this.expiresAt === null) return;
    const ms = Math.max(0, Math.min(this.expiresAt - this.timers.now(), 2 ** 31 - 1));
    this.#expiryTimer = this.timers.setTimeout(() => {
      // A link already opened by the phone no longer matters; an unused one is dead.
      if (!this.awaitingScan || this.#completed) return;
      this.phase = 'expired';
      this.#say(this.t.handoffExpired);
    }, ms);
  }

  #schedule(ms: number): void {
    this.timers.clearTimeout(this.#pollTimer);
    this.#pollTimer = undefined;
    if (this.#completed || document.visibilityState === 'hidden') return;
    this.#pollTimer = this.timers.setTimeout(() => void this.#poll(), ms);
  }

  #onVisibility = (): void => {
    if (document.visibilityState === 'hidden') {
      this.timers.clearTimeout(this.#pollTimer);
      this.#pollTimer = undefined;
    } else if (this.isConnected && this.#abort && !this.#polling) {
      this.#fresh = true;
      this.#schedule(0);
    }
  };

  async #poll(): Promise<void> {
    const client = this.client;
    const signal = this.#abort?.signal;
    if (!client || !signal || signal.aborted || this.#polling) return;
    this.#polling = true;
    let changed = false;
    try {
      const p = await client.getProgress(signal);
      if (signal.aborted) return;
      const key = JSON.stringify([p.status, p.captures, p.phone_connected, p.phone_step, p.completed]);
      changed = key !== this.#lastKey;
      this.#lastKey = key;
      const before = this.progress;
      const wasAwaiting = this.awaitingScan;
      this.progress = p;
      if (p.completed || (p.phone_connected && key !== this.#keyAtLink)) this.awaitingScan = false;
      if (changed) {
        this.#lastChange = this.timers.now();
        this.stalled = false;
        this.#announce(before, wasAwaiting, p);
        if (wasAwaiting && !this.awaitingScan && p.phone_connected) this.emit('vl-phone-connected', p);
      } else if (
        !this.awaitingScan &&
        !p.completed &&
        !this.stalled &&
        this.timers.now() - this.#lastChange >= this.timing.stallMs
      ) {
        this.stalled = true;
        this.#say(this.t.handoffStalled);
      }
      if (p.completed && !this.#completed) {
        this.#completed = true;
        this.#stop();
        this.emit('vl-remote-complete', p);
        return;
      }
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof FlowError && error.fatal) {
        this.#stop();
        this.emit('vl-fatal', { error });
        return;
      }
      // Network trouble: keep trying, at the slow pace.
    } finally {
      this.#polling = false;
    }
    this.#delay = nextPollDelay(this.#delay, changed || this.#fresh, this.timing);
    this.#fresh = false;
    this.#schedule(this.#delay);
  }

  /** Says what changed, one thing at a time (the shell's live region speaks changes only). */
  #announce(before: FlowProgress | null, wasAwaiting: boolean, p: FlowProgress): void {
    const t = this.t;
    if (p.completed) return this.#say(t.handoffFinished);
    // The code has gone: say what to do now (the progress lines below it speak for themselves).
    if (wasAwaiting && !this.awaitingScan) return this.#say(t.handoffConnectedBody);
    if (this.awaitingScan) return;
    if (before && p.captures.length > before.captures.length)
      return this.#say(t.handoffReceived(p.captures.length, this.#total(p)));
    if (p.phone_step && p.phone_step !== before?.phone_step)
      this.#say(t.handoffPhoneStep(this.#stepLabel(p.phone_step)));
  }

  #total(p: FlowProgress): number {
    return Math.max(this.total, p.captures.length);
  }

  #stepLabel(step: string): string {
    const t = this.t;
    if (step in t.captureTitle) return t.captureTitle[step as CaptureKind];
    if (step in t.handoffStepNames) return t.handoffStepNames[step as HandoffStepName];
    return t.handoffStepNames.intro;
  }

  #say(text: string): void {
    this.emit('vl-guidance', { text });
  }

  async #copy(): Promise<void> {
    const url = this.url;
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      this.copied = 'copied';
      this.#say(this.t.handoffCopied);
    } catch {
      // No clipboard (permission, insecure context): select the text for the applicant to copy.
      this.copied = 'manual';
      await this.updateComplete;
      const input = this.renderRoot.querySelector<HTMLInputElement>('input');
      input?.focus();
      input?.select();
    }
  }

  #renderQr() {
    const t = this.t;
    if (!this.qr)
      return html`<div class="qr placeholder" part="qr"><div class="spinner" role="presentation"></div></div>`;
    // The markup comes from the QR library, here, from the link the server gave us: no outside input.
    return html`<svg
      class="qr"
      part="qr"
      role="img"
      aria-label=${t.handoffQrLabel}
      viewBox=${this.qr.viewBox}
      shape-rendering="crispEdges"
    >
      ${svg`${unsafeSVG(this.qr.inner)}`}
    </svg>`;
  }

  #renderLink() {
    const t = this.t;
    return html`${this.#renderQr()}
      <label class="field" for="handoff-link">${t.handoffLinkLabel}</label>
      <div class="link-row">
        <input
          id="handoff-link"
          part="link"
          type="text"
          readonly
          .value=${this.url ?? ''}
          @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
        />
        <button class="secondary" @click=${() => void this.#copy()}>${t.handoffCopy}</button>
      </div>
      ${this.copied === 'copied' ? html`<p class="muted" role="status">${t.handoffCopied}</p>` : nothing}
      ${this.copied === 'manual' ? html`<p class="muted" role="status">${t.handoffCopyManual}</p>` : nothing}
      ${
        this.expiresAt !== null
          ? html`<p class="muted">
              ${t.handoffValidFor(Math.max(1, Math.round((this.expiresAt - this.#createdAt) / 60_000)))}
            </p>`
          : nothing
      }`;
  }

  #renderProgress() {
    const t = this.t;
    const p = this.progress;
    if (this.awaitingScan || !p) return html`<div class="progress"><p>${t.handoffWaiting}</p></div>`;
    return html`<div class="progress">
      <p>${p.completed ? t.handoffFinished : t.handoffConnected}</p>
      ${p.phone_step && !p.completed ? html`<p>${t.handoffPhoneStep(this.#stepLabel(p.phone_step))}</p>` : nothing}
      <p>${t.handoffReceived(p.captures.length, this.#total(p))}</p>
      ${this.stalled ? html`<p class="stale">${t.handoffStalled}</p>` : nothing}
    </div>`;
  }

  override render() {
    const t = this.t;
    if (this.phase === 'creating') {
      return html`<div class="spinner" role="presentation"></div>
        <p role="status" class="muted">${t.handoffCreating}</p>`;
    }
    if (this.phase === 'failed' || this.phase === 'expired') {
      return html`<div class="problem" role="alert">
          <p>${this.phase === 'failed' ? t.handoffFailed : t.handoffExpired}</p>
        </div>
        <div class="actions">
          <button part="primary-button" @click=${() => void this.newLink()}>${t.handoffNewLink}</button>
        </div>`;
    }
    // What to do now: scan (the QR code and the link are up), go on on the phone, or nothing (finished).
    const body = this.progress?.completed
      ? t.handoffFinishedBody
      : this.awaitingScan
        ? t.handoffBody
        : t.handoffConnectedBody;
    return html`<p class="body">${body}</p>
      ${this.awaitingScan ? this.#renderLink() : nothing} ${this.#renderProgress()}
      ${
        this.stalled
          ? html`<div class="actions">
              <button class="secondary" @click=${() => void this.newLink()}>${t.handoffNewLink}</button>
            </div>`
          : nothing
      }`;
  }
}
