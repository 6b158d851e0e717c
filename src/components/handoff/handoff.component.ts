import { LitElement, css, html, nothing, svg, type PropertyValues } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import QRCode from 'qrcode';
import type { FlowClient } from '../../api/client.js';
import { FlowError } from '../../api/errors.js';
import type { CaptureKind, FlowProgress } from '../../api/schemas.js';
import { en } from '../../i18n/registry.js';
import type { HandoffStepName, Translation } from '../../i18n/translation.js';
import { componentStyles, tokens } from '../../styles/tokens.styles.js';

/** First and shortest delay between two progress polls (ms); reset on every change. */
export const POLL_MIN_MS = 2_000;
/** Longest delay between two polls (ms). */
export const POLL_MAX_MS = 10_000;
/** Without any change for this long after the phone connected, offer a new link (ms). */
export const STALL_MS = 3 * 60_000;

/** The next polling delay: back to the minimum on a change, else one and a half times longer up to the maximum. */
export function nextPollDelay(current: number, changed: boolean): number {
  return changed ? POLL_MIN_MS : Math.min(POLL_MAX_MS, Math.round(current * 1.5));
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
 * @fires vl-remote-complete - `{ detail: FlowProgress }` once, when the phone submitted the session.
 * @fires vl-fatal - `{ detail: { error } }` when the session can no longer go on (expired, invalid).
 * @csspart qr - the QR code.
 * @csspart link - the link field.
 */
export class VerilockHandoff extends LitElement {
  static override styles = [
    tokens,
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
  };

  declare t: Translation;
  /** The shell's flow API client (this element never sees the token). */
  declare client: FlowClient | null;
  /** Captures the session needs, for "2 of 3 received". */
  declare total: number;
  declare phase: Phase;
  declare url: string | null;
  declare qr: { viewBox: string; inner: string } | null;
  declare expiresAt: number | null;
  declare progress: FlowProgress | null;
  declare copied: 'idle' | 'copied' | 'manual';
  declare stalled: boolean;

  #abort: AbortController | null = null;
  #pollTimer: ReturnType<typeof setTimeout> | undefined;
  #expiryTimer: ReturnType<typeof setTimeout> | undefined;
  #delay = POLL_MIN_MS;
  #lastChange = 0;
  #lastKey = '';
  #completed = false;
  #polling = false;

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
    try {
      const link = await client.createHandoff(signal);
      const markup = await QRCode.toString(link.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      if (signal.aborted) return;
      this.url = link.url;
      this.qr = splitSvg(markup);
      this.expiresAt = Date.parse(link.expires_at);
      this.phase = 'ready';
      this.#lastChange = Date.now();
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
        this.#emit('vl-fatal', { error });
        return;
      }
      this.phase = 'failed';
      this.#say(this.t.handoffFailed);
    }
  }

  #stop(): void {
    this.#abort?.abort();
    this.#abort = null;
    clearTimeout(this.#pollTimer);
    clearTimeout(this.#expiryTimer);
    this.#pollTimer = undefined;
  }

  #armExpiry(): void {
    clearTimeout(this.#expiryTimer);
    if (this.expiresAt === null) return;
    const ms = Math.max(0, Math.min(this.expiresAt - Date.now(), 2 ** 31 - 1));
    this.#expiryTimer = setTimeout(() => {
      // A link already opened by the phone no longer matters; an unused one is dead.
      if (this.progress?.phone_connected || this.#completed) return;
      this.phase = 'expired';
      this.#say(this.t.handoffExpired);
    }, ms);
  }

  #schedule(ms: number): void {
    clearTimeout(this.#pollTimer);
    this.#pollTimer = undefined;
    if (this.#completed || document.visibilityState === 'hidden') return;
    this.#pollTimer = setTimeout(() => void this.#poll(), ms);
  }

  #onVisibility = (): void => {
    if (document.visibilityState === 'hidden') {
      clearTimeout(this.#pollTimer);
      this.#pollTimer = undefined;
    } else if (this.isConnected && this.#abort && !this.#polling) {
      this.#delay = POLL_MIN_MS;
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
      this.progress = p;
      if (changed) {
        this.#lastChange = Date.now();
        this.stalled = false;
        this.#announce(before, p);
      } else if (p.phone_connected && !p.completed && Date.now() - this.#lastChange >= STALL_MS && !this.stalled) {
        this.stalled = true;
        this.#say(this.t.handoffStalled);
      }
      if (p.completed && !this.#completed) {
        this.#completed = true;
        this.#stop();
        this.#emit('vl-remote-complete', p);
        return;
      }
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof FlowError && error.fatal) {
        this.#stop();
        this.#emit('vl-fatal', { error });
        return;
      }
      // Network trouble: keep trying, at the slow pace.
    } finally {
      this.#polling = false;
    }
    this.#delay = nextPollDelay(this.#delay, changed);
    this.#schedule(this.#delay);
  }

  /** Says what changed, one thing at a time (the shell's live region speaks changes only). */
  #announce(before: FlowProgress | null, p: FlowProgress): void {
    const t = this.t;
    if (p.completed) return this.#say(t.handoffFinished);
    if (before && p.captures.length > before.captures.length) return this.#say(t.handoffReceived(p.captures.length, this.#total(p)));
    if (p.phone_step && p.phone_step !== before?.phone_step) return this.#say(t.handoffPhoneStep(this.#stepLabel(p.phone_step)));
    if (p.phone_connected && !before?.phone_connected) this.#say(t.handoffConnected);
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
    this.#emit('vl-guidance', { text });
  }

  #emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: false }));
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
    if (!this.qr) return html`<div class="qr placeholder" part="qr"><div class="spinner" role="presentation"></div></div>`;
    // The markup comes from the QR library, here, from the link the server gave us: no outside input.
    return html`<svg class="qr" part="qr" role="img" aria-label=${t.handoffQrLabel} viewBox=${this.qr.viewBox}
      shape-rendering="crispEdges">${svg`${unsafeSVG(this.qr.inner)}`}</svg>`;
  }

  #renderProgress() {
    const t = this.t;
    const p = this.progress;
    if (!p?.phone_connected) return html`<div class="progress"><p>${t.handoffWaiting}</p></div>`;
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
    const used = this.progress?.phone_connected ?? false;
    return html`<p>${t.handoffBody}</p>
      ${used ? nothing : this.#renderQr()}
      ${used
        ? nothing
        : html`<label class="field" for="handoff-link">${t.handoffLinkLabel}</label>
            <div class="link-row">
              <input id="handoff-link" part="link" type="text" readonly .value=${this.url ?? ''}
                @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
              <button class="secondary" @click=${() => void this.#copy()}>${t.handoffCopy}</button>
            </div>
            ${this.copied === 'copied' ? html`<p class="muted" role="status">${t.handoffCopied}</p>` : nothing}
            ${this.copied === 'manual' ? html`<p class="muted" role="status">${t.handoffCopyManual}</p>` : nothing}
            ${this.expiresAt !== null
              ? html`<p class="muted">${t.handoffValidFor(Math.max(1, Math.round((this.expiresAt - this.#lastChangeBase()) / 60_000)))}</p>`
              : nothing}`}
      ${this.#renderProgress()}
      ${this.stalled
        ? html`<div class="actions">
            <button class="secondary" @click=${() => void this.newLink()}>${t.handoffNewLink}</button>
          </div>`
        : nothing}`;
  }

  #createdAt = 0;
  #lastChangeBase(): number {
    return this.#createdAt || Date.now();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('expiresAt') && this.expiresAt !== null) this.#createdAt = Date.now();
  }
}
