import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { VerilockElement } from '../base/verilock-element.js';
import { FlowClient } from '../../api/client.js';
import { CAPTURE_PARTS, HANDOFF_PARTS, LIVENESS_PARTS, exportParts } from '../parts.js';
import { FlowError, networkError } from '../../api/errors.js';
import type { CaptureKind, CaptureMeta, DocumentType, FlowProgress, FlowSession } from '../../api/schemas.js';
import type { UploadQueue } from '../../api/upload-queue.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { ERROR_CATEGORY, type CancelReason, type ErrorCode } from '../../events/events.js';
import {
  canHandoff,
  capturePlan,
  initialState,
  stepName,
  transition,
  visibleSteps,
  type FlowAction,
  type FlowState,
} from '../../flow/machine.js';
import type { TranslationOverrides } from '../../i18n/translation.js';
import { Announcer } from '../../internal/announcer.js';
import { countryOptions, ISO_COUNTRIES } from '../../internal/countries.js';
import { buildRedirectUrl } from '../../internal/redirect.js';
import type { InAppCheck } from '../../internal/in-app-browser.js';
import { inAppNotice, type LinkCopy } from './in-app-notice.js';
import { componentStyles, tokens } from '../../styles/tokens.styles.js';
import type { CapturedImage } from '../capture/capture.component.js';
import { qualityVerdict, type DocumentMetrics } from '../../vision/document-quality.js';
import { flowStyles } from './flow.styles.js';

/**
 * The camera steps (capture, liveness, on-device vision) load after the first screen is up: they are
 * fetched while the applicant reads the intro, and awaited before the first camera screen renders.
 */
let cameraSteps: Promise<unknown> | null = null;
/** @internal */
export function loadCameraSteps(): Promise<unknown> {
  cameraSteps ??= Promise.all([import('../capture/capture.js'), import('../liveness/liveness.js')]);
  return cameraSteps;
}

/** While a phone that took the session over works and the applicant is elsewhere, how often to check (ms). */
const PHONE_WATCH_MS = 10_000;

/** The handoff screen (and its QR code library) loads only when the applicant asks for it. */
let handoffStep: Promise<unknown> | null = null;
/** @internal */
export function loadHandoffStep(): Promise<unknown> {
  handoffStep ??= import('../handoff/handoff.js');
  return handoffStep;
}

/** Default `assets-base`: a `mediapipe/` folder beside the built script. */
const DEFAULT_ASSETS_BASE = new URL('./mediapipe/', import.meta.url).href;

export type { EventSink } from '../base/verilock-element.js';

interface PendingCapture extends CapturedImage {
  kind: CaptureKind;
  url: string;
}

/**
 * Identity verification in one element: walks the applicant through the steps the session asks for
 * (consent, document, selfie, liveness), uploads every capture, completes the session and sends the
 * applicant to the session's `redirect_url`.
 *
 * @summary The Verilock verification flow.
 *
 * @fires verilock-ready - The session is loaded and the first screen is shown. `{ session_id, steps }`
 * @fires verilock-step-change - The applicant moved to another step. `{ from, to, index, total }`
 * @fires verilock-camera-status - The camera changed state. `{ state, facing }`
 * @fires verilock-capture - A capture was confirmed and queued for upload. `{ kind, attempt, bytes, quality }`
 * @fires verilock-complete - Every capture is on the server and the session is submitted (once). `{ session_id, status }`
 * @fires verilock-redirect - About to navigate to the redirect URL; cancelable (cancel to stay). `{ url }`
 * @fires verilock-cancel - The applicant stopped the flow (once). `{ reason }`
 * @fires verilock-error - Something failed. `{ code, category, recoverable, step }`
 * @fires verilock-expired - The session expired (once). `{ session_id }`
 *
 * @csspart base - The wrapper of every screen.
 * @csspart header - Progress and cancel button.
 * @csspart progress - The progress bar.
 * @csspart heading - Each screen's heading.
 * @csspart primary-button - The main action of a screen.
 * @csspart secondary-button - The other actions.
 * @csspart preview - The captured image on the review screen.
 * @csspart in-app-notice - On the intro, in an in-app browser (Instagram, Facebook…): how to open the real browser.
 * @csspart camera - The camera preview box of the document, selfie and liveness steps.
 * @csspart video - The camera's `<video>` element.
 * @csspart shutter - The shutter button.
 * @csspart camera-picker - The camera picker (when more than one camera fits the step).
 * @csspart torch-button - The torch toggle (documents, where the camera has a torch).
 * @csspart camera-error - The panel that explains a camera problem and what still works.
 * @csspart file-button - "Upload a photo instead" (documents).
 * @csspart handoff-button - "Continue on your phone" inside a camera step.
 * @csspart challenge - The current liveness instruction.
 * @csspart vision-notice - The one-line notice of a capture step when on-device vision is unavailable.
 * @csspart fallback - The liveness one-photo fallback panel (one photo for manual review, or the phone).
 * @csspart cant-do-button - Liveness: "I can't do these movements" (to the one-photo fallback).
 * @csspart qr - The QR code of the "continue on your phone" screen.
 * @csspart link - The link field of that screen.
 *
 * @cssprop --verilock-color-accent - Buttons, progress and focus accents.
 * @cssprop --verilock-color-accent-contrast - Text on accent-coloured buttons.
 * @cssprop --verilock-color-background - Background of the widget.
 * @cssprop --verilock-color-surface - Background of panels and selected choices.
 * @cssprop --verilock-color-text - Main text colour.
 * @cssprop --verilock-color-text-muted - Secondary text colour.
 * @cssprop --verilock-color-border - Borders of fields and choices.
 * @cssprop --verilock-color-danger - Errors.
 * @cssprop --verilock-color-success - Success marks.
 * @cssprop --verilock-color-focus - Focus rings.
 * @cssprop --verilock-color-camera-overlay - The shade around the document frame and face oval.
 * @cssprop --verilock-radius - Corner radius of panels and the camera.
 * @cssprop --verilock-radius-button - Corner radius of buttons.
 * @cssprop --verilock-font-family - Font family.
 * @cssprop --verilock-font-size - Base font size.
 * @cssprop --verilock-spacing - Base spacing unit.
 * @cssprop --verilock-max-width - Largest width of the content column.
 * @cssprop --verilock-min-height - Smallest height of the element.
 */
export class VerilockFlow extends VerilockElement {
  static override styles = [tokens, componentStyles, flowStyles];

  static override properties = {
    sessionToken: { type: String, attribute: 'session-token' },
    apiBase: { type: String, attribute: 'api-base' },
    assetsBase: { type: String, attribute: 'assets-base' },
    lang: { type: String, reflect: true },
    strings: { attribute: false },
    theme: { type: String, reflect: true },
    state: { state: true },
    session: { state: true },
    pending: { state: true },
    uploads: { state: true },
    online: { state: true },
    confirmingCancel: { state: true },
    redirectUrl: { state: true },
    cameraFailed: { state: true },
    linkCopy: { state: true },
  };

  /** The session token issued by the Verilock backend (required). Never stored, logged or sent in events. */
  declare sessionToken: string;
  /** Base URL of the Verilock API. Default: the page's origin. */
  declare apiBase: string;
  /** Where MediaPipe's wasm and models are served from. Default: beside the script. */
  declare assetsBase: string;
  /** Partial string overrides, e.g. `{ introStart: 'Begin' }`. */
  declare strings: TranslationOverrides | undefined;
  /** `light`, `dark`, or unset to follow the system. */
  declare theme: string | undefined;

  declare state: FlowState;
  declare session: FlowSession | null;
  declare pending: PendingCapture | null;
  declare uploads: { kind: CaptureKind; state: string; progress: number }[];
  declare online: boolean;
  declare confirmingCancel: boolean;
  declare redirectUrl: string | null;
  /** The camera of the current capture step failed (offers the phone when the session allows it). */
  declare cameraFailed: boolean;
  /** Copying the page's link from the in-app browser notice. */
  declare linkCopy: LinkCopy;

  /** @internal */
  readonly localize = new LocalizeController(this);
  #client: FlowClient | null = null;
  #queue: UploadQueue | null = null;
  #abort: AbortController | null = null;
  #expiryTimer: ReturnType<typeof setTimeout> | undefined;
  #ended = false;
  #liveText = '';
  #announcer = new Announcer((text) => {
    this.#liveText = text;
    this.requestUpdate();
  });
  #loadedFor: string | null = null;
  #selectedType: DocumentType | null = null;
  #selectedCountry: string | null = null;
  /** The cameras chosen or picked in this session, shared by its camera steps (in memory only). */
  #cameraMemory = new Map<'user' | 'environment', string>();

  constructor() {
    super();
    this.sessionToken = '';
    this.apiBase = '';
    this.assetsBase = '';
    this.strings = undefined;
    this.theme = undefined;
    this.state = initialState;
    this.session = null;
    this.pending = null;
    this.uploads = [];
    this.online = typeof navigator === 'undefined' ? true : navigator.onLine;
    this.confirmingCancel = false;
    this.redirectUrl = null;
    this.cameraFailed = false;
    this.linkCopy = 'idle';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.#onOnline);
    window.addEventListener('offline', this.#onOnline);
    document.addEventListener('visibilitychange', this.#watchPhone);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#onOnline);
    window.removeEventListener('offline', this.#onOnline);
    document.removeEventListener('visibilitychange', this.#watchPhone);
    this.#teardown();
    this.#loadedFor = null;
  }

  /** The steps of the flow as the applicant sees them (for hosts that draw their own progress). */
  get steps(): string[] {
    return visibleSteps(this.state);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.localize.update();
    if (changed.has('strings')) this.localize.setOverrides(this.strings);
    if ((changed.has('sessionToken') || changed.has('apiBase')) && this.isConnected) this.#restart();
  }

  protected override updated(changed: PropertyValues<this>): void {
    const prev = changed.get('state') as FlowState | undefined;
    if (prev && (prev.screen !== this.state.screen || prev.kind !== this.state.kind)) {
      this.#focusHeading();
      this.#onEnter(prev);
    }
    if (this.dir !== this.localize.dir) this.dir = this.localize.dir;
  }

  // ------------------------------------------------------------------------------------------
  // Flow plumbing
  // ------------------------------------------------------------------------------------------

  #restart(): void {
    const key = `${this.apiBase}|${this.sessionToken}`;
    if (this.#loadedFor === key) return;
    this.#loadedFor = key;
    this.#teardown();
    this.#ended = false;
    this.#cameraMemory = new Map();
    this.state = initialState;
    if (!this.sessionToken) return;
    try {
      this.#client = new FlowClient({ apiBase: this.apiBase, token: this.sessionToken });
    } catch (e) {
      this.#fail(e);
      return;
    }
    void this.#load();
  }

  #teardown(): void {
    this.#abort?.abort();
    this.#abort = null;
    this.#queue?.dispose();
    this.#queue = null;
    this.#queueLoad = null;
    clearTimeout(this.#expiryTimer);
    this.#phoneConnected = false;
    this.#watchPhone();
    this.#announcer.reset();
    if (this.pending) URL.revokeObjectURL(this.pending.url);
    this.pending = null;
  }

  #signal(): AbortSignal {
    this.#abort ??= new AbortController();
    return this.#abort.signal;
  }

  async #load(): Promise<void> {
    const client = this.#client;
    if (!client) return;
    try {
      const session = await client.getSession(this.#signal());
      if (client !== this.#client) return;
      this.session = session;
      this.localize.setSessionLanguage(session.locale ?? null);
      this.#armExpiry(session.expires_at);
      this.#dispatch({ type: 'SESSION_LOADED', session });
      this.emit('verilock-ready', { session_id: session.id, steps: visibleSteps(this.state) });
      void this.#queueReady().catch(() => undefined); // its code loads after the first screen
    } catch (e) {
      if (client === this.#client) this.#fail(e);
    }
  }

  /** The upload queue, its code loaded once (a failed load is tried again by the next call). */
  #queueLoad: Promise<UploadQueue | null> | null = null;
  #queueReady(): Promise<UploadQueue | null> {
    const client = this.#client;
    const session = this.session;
    if (this.#queue || !client || !session) return Promise.resolve(this.#queue);
    this.#queueLoad ??= import('../../api/upload-queue.js').then(
      ({ UploadQueue }) => {
        if (client !== this.#client) return null; // restarted meanwhile
        this.#queue ??= this.#makeQueue(new UploadQueue({ client }), session);
        return this.#queue;
      },
      () => {
        this.#queueLoad = null; // offline at the wrong moment: the next call tries again
        throw networkError('fetch_failed');
      },
    );
    return this.#queueLoad;
  }

  #makeQueue(queue: UploadQueue, session: FlowSession): UploadQueue {
    queue.seedFromServer(session.captures);
    queue.addEventListener('change', () => {
      this.uploads = queue.items.map((i) => ({ kind: i.kind, state: i.state, progress: i.progress }));
    });
    queue.addEventListener('fatal', (e) => this.#fail(e.error));
    return queue;
  }

  #armExpiry(expiresAt: string): void {
    clearTimeout(this.#expiryTimer);
    const ms = Date.parse(expiresAt) - Date.now();
    // setTimeout cannot wait longer than ~24.8 days; sessions last at most a day.
    if (Number.isFinite(ms))
      this.#expiryTimer = setTimeout(
        () => this.#fail(new FlowError('token_expired', 'session expired')),
        Math.max(0, Math.min(ms, 2 ** 31 - 1)),
      );
  }

  #dispatch(action: FlowAction, via: FlowState = this.state): void {
    const next = transition(via, action);
    if (next === via) return;
    const prev = this.state;
    this.state = next;
    const from = prev.screen === 'loading' ? null : stepName(prev);
    const to = stepName(next);
    if (from !== to) {
      const steps = visibleSteps(next);
      const index = Math.max(0, steps.indexOf(to));
      this.emit('verilock-step-change', { from, to, index, total: steps.length });
      if (next.device === 'phone') this.#reportStep(to);
    }
    if (next.screen === 'cancelled' && prev.screen !== 'cancelled') {
      const reason = action.type === 'CONSENT_DECLINE' ? 'consent_declined' : this.#cancelReason;
      this.emit('verilock-cancel', { reason });
      this.#queue?.dispose();
    }
  }

  /** A phone tells the waiting desktop where it is; in order, and a failed report never stops the flow. */
  #reports: Promise<unknown> = Promise.resolve();
  #reportStep(step: string): void {
    const client = this.#client;
    if (!client) return;
    this.#reports = this.#reports.then(() => client.reportProgress(step)).catch(() => undefined);
  }

  #fail(e: unknown): void {
    if (this.#ended) return;
    const err = e instanceof FlowError ? e : new FlowError('server_error', 'unexpected failure');
    const code = err.code;
    this.#dispatch({ type: 'FAIL', code, recoverable: err.recoverable });
    this.emit('verilock-error', {
      code,
      category: ERROR_CATEGORY[code],
      recoverable: this.state.error?.recoverable ?? false,
      step: this.state.error?.returnTo ?? null,
    });
    if (code === 'token_expired') this.emit('verilock-expired', { session_id: this.session?.id ?? null });
    if (err.fatal) {
      this.#teardown();
      this.#ended = true;
    }
  }

  /** Side effects of entering a screen. */
  #onEnter(prev: FlowState): void {
    this.#announcer.reset();
    if (prev.screen === 'loading' && this.state.config) this.#prefetch();
    this.cameraFailed = false;
    this.#watchPhone();
    if (this.state.screen === 'handoff' && !this.#handoffReady) {
      void loadHandoffStep().then(async () => {
        this.#handoffReady = true;
        this.requestUpdate();
        await this.updateComplete;
        this.#focusHeading();
      });
    }
    if (this.state.screen === 'capture' && !this.#stepsReady) {
      void loadCameraSteps().then(async () => {
        this.#stepsReady = true;
        this.requestUpdate();
        await this.updateComplete;
        this.#focusHeading();
      });
    }
    if (prev.screen === 'review' && this.state.screen !== 'review' && this.pending) {
      URL.revokeObjectURL(this.pending.url);
      this.pending = null;
    }
    if (this.state.screen === 'loading') void this.#load();
    if (this.state.screen === 'uploading') void this.#finish();
  }

  /** Waits for every upload, completes the session, then ends (events, redirect). */
  async #finish(): Promise<void> {
    const client = this.#client;
    const queue = await this.#queueReady().catch((e: unknown) => void this.#fail(e));
    if (!queue || !client || client !== this.#client || this.state.screen !== 'uploading') return;
    // Entering this screen again ("Try again") sends again what failed for reasons other than the
    // image itself (a garbled reply, a server that gave up); refused images need a retake instead.
    for (const item of queue.items) {
      if (item.state === 'rejected' && item.error?.code !== 'upload_rejected') queue.retry(item.id);
    }
    const settled = await queue.whenSettled();
    if (queue !== this.#queue || this.state.screen !== 'uploading') return;
    const [rejected] = settled.rejected;
    if (rejected) {
      this.#rejectedKind = rejected.kind;
      this.#fail(rejected.error);
      return;
    }
    try {
      const result = await client.complete(this.#signal());
      if (this.state.screen !== 'uploading') return;
      this.#dispatch({ type: 'UPLOADS_SETTLED' });
      this.#end(result.id, result.status, result.redirect_url ?? this.session?.redirect_url ?? null);
    } catch (e) {
      this.#fail(e);
    }
  }

  #rejectedKind: CaptureKind | null = null;
  #stepsReady = false;
  #handoffReady = false;

  /** Warms the camera steps and, when a face step is ahead, MediaPipe's wasm and models, at idle. */
  #prefetch(): void {
    const c = this.state.config;
    if (!c) return;
    const idle = (fn: () => void) =>
      'requestIdleCallback' in window ? window.requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 300);
    idle(() => {
      void loadCameraSteps().then(() => (this.#stepsReady = true));
      // Face detection serves document fronts and the selfie; landmarks serve liveness only (src/vision/prefetch.ts).
      const needs = { detector: c.needsDocument || c.needsSelfie, landmarker: c.needsLiveness };
      if (needs.detector || needs.landmarker)
        void import('../../vision/prefetch.js')
          .then((m) =>
            m.prefetchVision(this.#assetsBase(), needs, { uploadsSettled: () => this.#queue?.whenSettled() }),
          )
          .catch(() => undefined);
    });
  }

  /** Where MediaPipe's assets live: the `assets-base` attribute, else `mediapipe/` beside the script. */
  #assetsBase(): string {
    if (this.assetsBase) return this.assetsBase.endsWith('/') ? this.assetsBase : `${this.assetsBase}/`;
    return DEFAULT_ASSETS_BASE;
  }

  #end(sessionId: string, status: FlowSession['status'], redirect: string | null): void {
    this.emit('verilock-complete', { session_id: sessionId, status });
    this.#ended = true;
    clearTimeout(this.#expiryTimer);
    // A phone opened from a handoff link sends the applicant back to the computer, which redirects.
    if (this.state.device === 'phone') return;
    const url = buildRedirectUrl(redirect, sessionId, status);
    if (!url) return;
    const go = this.emit('verilock-redirect', { url });
    if (!go || this.eventSink?.widgetNavigates === false) return;
    this.redirectUrl = url;
    // Leave the done screen up long enough to be seen and announced.
    setTimeout(() => {
      if (this.isConnected) window.location.assign(url);
    }, 1200);
  }

  #onOnline = (): void => {
    this.online = navigator.onLine;
  };

  #focusHeading(): void {
    const h = this.renderRoot.querySelector<HTMLElement>('h2');
    h?.focus({ preventScroll: false });
  }

  // ------------------------------------------------------------------------------------------
  // Captures
  // ------------------------------------------------------------------------------------------

  #onCaptured(e: CustomEvent<CapturedImage>): void {
    const kind = this.state.kind;
    if (!kind || this.state.screen !== 'capture') return;
    if (this.pending) URL.revokeObjectURL(this.pending.url);
    this.pending = { ...e.detail, kind, url: URL.createObjectURL(e.detail.blob) };
    this.#dispatch({ type: 'CAPTURED' });
  }

  #confirm(): void {
    const p = this.pending;
    const s = this.state;
    if (!p || s.screen !== 'review' || !s.kind) return;
    if (!this.#queue)
      return void this.#queueReady().then(
        (q) => q && this.#confirm(),
        (e: unknown) => this.#fail(e),
      );
    const attempt = s.attempts[s.kind] ?? 1;
    const meta: CaptureMeta = {
      source: p.source,
      width: p.width,
      height: p.height,
      attempt,
      ...(s.kind.startsWith('document') && s.documentType ? { document_type: s.documentType } : {}),
      ...(s.kind.startsWith('document') && s.country ? { country: s.country } : {}),
      ...(p.quality ? { quality: p.quality } : {}),
      ...(p.faceBox ? { face_box: p.faceBox } : {}),
      ...(p.liveness ? { liveness: p.liveness } : {}),
      ...(p.livenessMode ? { liveness_mode: p.livenessMode } : {}),
      ...(p.fallbackReason ? { fallback_reason: p.fallbackReason } : {}),
    };
    this.#queue.enqueue({ kind: s.kind, files: [p.blob, ...(p.extraFiles ?? [])], meta });
    this.emit('verilock-capture', {
      kind: s.kind,
      attempt,
      bytes: p.blob.size,
      ...(p.quality ? { quality: p.quality } : {}),
    });
    this.#dispatch({ type: 'CONFIRM' });
  }

  #onCameraStatus(e: CustomEvent<{ status: string; facing: 'user' | 'environment' }>): void {
    const map = { idle: 'stopped', requesting: 'requesting', live: 'live', paused: 'stopped', error: 'error' } as const;
    const state = map[e.detail.status as keyof typeof map] ?? 'stopped';
    this.cameraFailed = state === 'error';
    this.emit('verilock-camera-status', { state, facing: e.detail.facing });
  }

  #onCameraError(e: CustomEvent<{ code: ErrorCode }>): void {
    const code = e.detail.code;
    this.emit('verilock-error', {
      code,
      category: ERROR_CATEGORY[code],
      recoverable: true,
      step: stepName(this.state),
    });
  }

  /** On-device vision cannot be used: the step goes on without it; the host hears it once per step. */
  #onVisionError(): void {
    this.emit('verilock-error', {
      code: 'vision_unavailable',
      category: ERROR_CATEGORY.vision_unavailable,
      recoverable: true,
      step: stepName(this.state),
    });
  }

  #onGuidance(e: CustomEvent<{ text: string }>): void {
    this.#announcer.say(e.detail.text);
  }

  /** The phone submitted the session: end here exactly as after a local completion (events, redirect), once. */
  #onRemoteComplete(p: FlowProgress): void {
    const session = this.session;
    if (!session || this.#ended || this.state.screen === 'done' || this.state.screen === 'cancelled') return;
    // The machine ends a phone's completion from the handoff screen; the applicant may have gone back since.
    this.#dispatch({ type: 'REMOTE_COMPLETE' }, { ...this.state, screen: 'handoff' });
    this.#queue?.dispose();
    this.#end(session.id, p.status, p.redirect_url ?? session.redirect_url);
  }

  /**
   * A phone opened a handoff link and the applicant went back to this device: check now and then (not
   * while the tab is hidden) so that the phone finishing still ends the flow here. The handoff screen
   * follows the phone itself.
   */
  #phoneConnected = false;
  #phoneTimer: ReturnType<typeof setTimeout> | undefined;
  #watchPhone = (): void => {
    clearTimeout(this.#phoneTimer);
    this.#phoneTimer = undefined;
    if (
      !this.#phoneConnected ||
      this.#ended ||
      this.state.screen === 'handoff' ||
      document.visibilityState === 'hidden'
    )
      return;
    this.#phoneTimer = setTimeout(() => void this.#checkPhone(), PHONE_WATCH_MS);
  };

  async #checkPhone(): Promise<void> {
    const client = this.#client;
    if (!client || this.#ended) return;
    try {
      const p = await client.getProgress(this.#signal());
      if (client !== this.#client) return;
      if (p.completed) return this.#onRemoteComplete(p);
      this.#phoneConnected = p.phone_connected;
    } catch (e) {
      if (e instanceof FlowError && e.fatal) return this.#fail(e);
    }
    this.#watchPhone();
  }

  #handoffOffer(): TemplateResult | typeof nothing {
    if (!canHandoff(this.state)) return nothing;
    return html`<button
      class="secondary"
      part="secondary-button handoff-button"
      @click=${() => this.#dispatch({ type: 'HANDOFF' })}
    >
      ${this.localize.t.handoffOffer}
    </button>`;
  }

  // ------------------------------------------------------------------------------------------
  // Rendering
  // ------------------------------------------------------------------------------------------

  #heading(text: string): TemplateResult {
    return html`<h2 tabindex="-1" part="heading">${text}</h2>`;
  }

  #header(): TemplateResult | typeof nothing {
    const s = this.state;
    const t = this.localize.t;
    if (s.screen === 'loading' || s.screen === 'done' || s.screen === 'cancelled') return nothing;
    const steps = visibleSteps(s);
    const i = steps.indexOf(stepName(s));
    const fatal = s.screen === 'error' && !s.error?.recoverable;
    return html`<header part="header">
        ${
          i >= 0
            ? html`<div class="progress">
                <div class="progress-text">${t.progress(i + 1, steps.length)}</div>
                <progress
                  class="bar"
                  part="progress"
                  max=${steps.length}
                  .value=${i + 1}
                  aria-label=${t.progress(i + 1, steps.length)}
                ></progress>
              </div>`
            : html`<div class="progress"></div>`
        }
        ${
          fatal
            ? nothing
            : html`<button
                class="link"
                part="secondary-button"
                aria-expanded=${this.confirmingCancel ? 'true' : 'false'}
                @click=${() => (this.confirmingCancel = !this.confirmingCancel)}
              >
                ${t.cancel}
              </button>`
        }
      </header>
      ${
        this.confirmingCancel && !fatal
          ? html`<div class="confirm-cancel" role="group" aria-label=${t.cancel}>
              <p>${t.cancelConfirm}</p>
              <div class="actions row">
                <button part="primary-button" @click=${() => this.#cancel()}>${t.cancel}</button>
                <button class="secondary" part="secondary-button" @click=${() => (this.confirmingCancel = false)}>
                  ${t.back}
                </button>
              </div>
            </div>`
          : nothing
      }`;
  }

  /**
   * Stops the flow (the applicant's cancel button, or the host page/app closing it). Fires
   * `verilock-cancel` with the reason, once; the camera stops and nothing more is uploaded.
   */
  cancel(reason: CancelReason = 'user_exit'): void {
    this.#cancel(reason);
  }

  #cancelReason: CancelReason = 'user_exit';
  #cancel(reason: CancelReason = 'user_exit'): void {
    this.confirmingCancel = false;
    this.#cancelReason = reason;
    this.#dispatch({ type: 'CANCEL' });
  }

  /**
   * In an in-app browser where the camera is unreliable (and not in an integrator's own app, whose web view
   * has the camera), the intro says so and offers the real browser and the phone. The check and the notice
   * load just after the first screen, outside its script budget.
   */
  #inApp: InAppCheck | null = null;
  #inAppLoad: Promise<void> | null = null;
  #inAppNotice(): TemplateResult | typeof nothing {
    this.#inAppLoad ??= import('../../internal/in-app-browser.js')
      .then((m) => {
        this.#inApp = m.inAppCheck(window);
        if (this.#inApp) this.requestUpdate();
      })
      .catch(() => undefined);
    if (!this.#inApp) return nothing;
    const href = window.location.href;
    const copy = async () => {
      try {
        await navigator.clipboard.writeText(href);
        this.linkCopy = 'copied';
      } catch {
        this.linkCopy = 'manual';
      }
    };
    return inAppNotice(this.localize.t, this.#inApp, href, this.linkCopy, () => void copy());
  }

  #back(): TemplateResult {
    return html`<button class="link" part="secondary-button" @click=${() => this.#dispatch({ type: 'BACK' })}>
      ${this.localize.t.back}
    </button>`;
  }

  #renderScreen(): TemplateResult {
    const s = this.state;
    const t = this.localize.t;
    switch (s.screen) {
      case 'loading':
        return html`${this.sessionToken ? html`<div class="spinner" role="presentation"></div>` : nothing}
          <p role="status" class="muted">${t.loading}</p>`;
      case 'intro': {
        const c = s.config!;
        return html`${this.#heading(t.introTitle(this.session?.applicant.first_name ?? null))}
          <p>${t.introBody}</p>
          <ul class="needs">
            ${c.needsDocument ? html`<li>${t.introNeedDocument}</li>` : nothing}
            ${c.needsSelfie ? html`<li>${t.introNeedSelfie}</li>` : nothing}
            ${c.needsLiveness ? html`<li>${t.introNeedLiveness}</li>` : nothing}
          </ul>
          ${this.#inAppNotice()}
          <div class="actions">
            <button part="primary-button" @click=${() => this.#dispatch({ type: 'START' })}>${t.introStart}</button>
            ${this.#handoffOffer()}
          </div>`;
      }
      case 'consent':
        return html`${this.#heading(t.consentTitle)}
          <p>${t.consentBody}</p>
          <ul class="needs">
            ${t.consentPoints.map((p) => html`<li>${p}</li>`)}
          </ul>
          <div class="actions">
            <button part="primary-button" @click=${() => this.#dispatch({ type: 'CONSENT_ACCEPT' })}>
              ${t.consentAccept}
            </button>
            <button
              class="secondary"
              part="secondary-button"
              @click=${() => this.#dispatch({ type: 'CONSENT_DECLINE' })}
            >
              ${t.consentDecline}
            </button>
            ${this.#back()}
          </div>`;
      case 'document_select':
        return this.#renderDocumentSelect();
      case 'capture':
        return this.#renderCapture();
      case 'review':
        return this.#renderReview();
      case 'uploading':
        return this.#renderUploading();
      case 'handoff':
        return this.#renderHandoff();
      case 'done':
        if (s.device === 'phone')
          return html`${this.#heading(t.phoneDoneTitle)}
            <p>${t.phoneDoneBody}</p>`;
        return html`${this.#heading(t.doneTitle)}
          <p>${t.doneBody}</p>
          ${
            this.redirectUrl
              ? html`<p role="status">${t.doneRedirecting}</p>
                  <div class="actions">
                    <a class="button" part="primary-button" href=${this.redirectUrl}>${t.doneContinue}</a>
                  </div>`
              : nothing
          }`;
      case 'cancelled':
        return html`${this.#heading(t.cancelledTitle)}
          <p>${t.cancelledBody}</p>`;
      case 'error':
        return this.#renderError();
    }
  }

  #renderDocumentSelect(): TemplateResult {
    const t = this.localize.t;
    const c = this.state.config!;
    const codes = c.countries ?? ISO_COUNTRIES;
    const options = countryOptions(codes, this.localize.lang);
    const type = this.#selectedType ?? (c.documentTypes.length === 1 ? (c.documentTypes[0] ?? null) : null);
    const country = this.#selectedCountry ?? (codes.length === 1 ? (codes[0] ?? null) : null);
    const submit = (e: Event) => {
      e.preventDefault();
      const form = e.target as HTMLFormElement;
      const data = new FormData(form);
      const dt = data.get('type') as DocumentType | null;
      const cc = (data.get('country') as string | null) || null;
      if (!dt || !cc) {
        form.reportValidity();
        return;
      }
      this.#selectedType = dt;
      this.#selectedCountry = cc;
      this.#dispatch({ type: 'DOCUMENT_SELECTED', documentType: dt, country: cc });
    };
    return html`${this.#heading(t.documentSelectTitle)}
      <form @submit=${submit} novalidate>
        <label class="field" for="country">${t.countryLabel}</label>
        <select id="country" name="country" required autocomplete="country">
          <option value="" ?selected=${!country}>${t.countryPlaceholder}</option>
          ${options.map((o) => html`<option value=${o.code} ?selected=${o.code === country}>${o.name}</option>`)}
        </select>
        <fieldset class="types">
          <legend>${t.documentTypeLabel}</legend>
          ${c.documentTypes.map(
            (d) =>
              html`<label class="choice">
                <input type="radio" name="type" value=${d} required ?checked=${d === type} />
                <span>${t.documentTypes[d]}</span>
              </label>`,
          )}
        </fieldset>
        <div class="actions">
          <button type="submit" part="primary-button">${t.continue}</button>
          ${this.#back()}
        </div>
      </form>`;
  }

  #renderCapture(): TemplateResult {
    const t = this.localize.t;
    const kind = this.state.kind!;
    if (!this.#stepsReady)
      return html`${this.#heading(kind === 'liveness' ? t.livenessTitle : t.captureTitle[kind])}
        <div class="spinner" role="presentation"></div>
        <p role="status" class="muted">${t.cameraStarting}</p>`;
    const common = {
      captured: (e: CustomEvent<CapturedImage>) => this.#onCaptured(e),
      status: (e: CustomEvent<{ status: string; facing: 'user' | 'environment' }>) => this.#onCameraStatus(e),
      error: (e: CustomEvent<{ code: ErrorCode }>) => this.#onCameraError(e),
      guidance: (e: CustomEvent<{ text: string }>) => this.#onGuidance(e),
    };
    if (kind === 'liveness')
      return html`${this.#heading(t.livenessTitle)}
        <verilock-liveness
          exportparts=${exportParts(LIVENESS_PARTS)}
          theme=${this.theme ?? nothing}
          .t=${t}
          .challenges=${this.session?.requirements.liveness_challenges ?? []}
          .cameraMemory=${this.#cameraMemory}
          .assetsBase=${this.#assetsBase()}
          .handoff=${canHandoff(this.state)}
          @vl-handoff=${() => this.#dispatch({ type: 'HANDOFF' })}
          @vl-captured=${common.captured}
          @vl-camera-status=${common.status}
          @vl-camera-error=${common.error}
          @vl-guidance=${common.guidance}
          @vl-vision-error=${() => this.#onVisionError()}
        ></verilock-liveness>
        <div class="actions">${this.cameraFailed ? this.#handoffOffer() : nothing} ${this.#back()}</div>`;
    return html`${this.#heading(t.captureTitle[kind])}
      <p>${t.captureHint[kind]}</p>
      <verilock-capture
        exportparts=${exportParts(CAPTURE_PARTS)}
        theme=${this.theme ?? nothing}
        .kind=${kind}
        .t=${t}
        .cameraMemory=${this.#cameraMemory}
        .maxInputBytes=${this.session?.requirements.max_upload_bytes ?? 10 * 1024 * 1024}
        .assetsBase=${this.#assetsBase()}
        .handoff=${canHandoff(this.state)}
        @vl-handoff=${() => this.#dispatch({ type: 'HANDOFF' })}
        @vl-captured=${(e: CustomEvent<CapturedImage>) => this.#onCaptured(e)}
        @vl-camera-status=${(e: CustomEvent<{ status: string; facing: 'user' | 'environment' }>) => this.#onCameraStatus(e)}
        @vl-camera-error=${(e: CustomEvent<{ code: ErrorCode }>) => this.#onCameraError(e)}
        @vl-guidance=${(e: CustomEvent<{ text: string }>) => this.#onGuidance(e)}
        @vl-vision-error=${() => this.#onVisionError()}
      ></verilock-capture>
      <div class="actions">${this.#back()}</div>`;
  }

  #renderHandoff(): TemplateResult {
    const t = this.localize.t;
    const c = this.state.config;
    if (!this.#handoffReady)
      return html`${this.#heading(t.handoffTitle)}
        <div class="spinner" role="presentation"></div>
        <p role="status" class="muted">${t.handoffCreating}</p>`;
    return html`${this.#heading(t.handoffTitle)}
      <verilock-handoff
        exportparts=${exportParts(HANDOFF_PARTS)}
        .t=${t}
        .client=${this.#client}
        .total=${c ? capturePlan(c, this.state.documentType).length : 0}
        @vl-guidance=${(e: CustomEvent<{ text: string }>) => this.#onGuidance(e)}
        @vl-remote-complete=${(e: CustomEvent<FlowProgress>) => this.#onRemoteComplete(e.detail)}
        @vl-phone-connected=${() => (this.#phoneConnected = true)}
        @vl-fatal=${(e: CustomEvent<{ error: unknown }>) => this.#fail(e.detail.error)}
      ></verilock-handoff>
      <div class="actions">
        <button class="link" part="secondary-button" @click=${() => this.#dispatch({ type: 'HANDOFF_BACK' })}>
          ${t.handoffUseThisDevice}
        </button>
      </div>`;
  }

  #renderReview(): TemplateResult {
    const t = this.localize.t;
    const kind = this.state.kind!;
    const p = this.pending;
    // The document looked poor when it was taken: say so, the applicant decides.
    const issue =
      p?.quality && 'sharpness' in p.quality
        ? qualityVerdict(p.quality as unknown as DocumentMetrics).issues[0]
        : undefined;
    const warning = issue
      ? t.guidance[issue === 'blurry' ? 'too_blurry' : issue === 'too_dark' ? 'too_dark' : 'glare']
      : null;
    // The one-photo liveness fallback is a photo a person will look at, not a finished check.
    const photoFallback = kind === 'liveness' && p?.livenessMode === 'photo';
    const title = photoFallback ? t.livenessPhotoReview.title : t.reviewTitle[kind];
    const check = photoFallback ? t.livenessPhotoReview.check : t.reviewCheck[kind];
    return html`${this.#heading(title)}
      ${p ? html`<img class="preview" part="preview" src=${p.url} alt=${t.reviewImageAlt[kind]} />` : nothing}
      ${warning ? html`<p class="warning" role="status">${warning}</p>` : nothing}
      <p>${check}</p>
      <div class="actions">
        <button part="primary-button" ?disabled=${!p} @click=${() => this.#confirm()}>${t.confirm}</button>
        <button class="secondary" part="secondary-button" @click=${() => this.#dispatch({ type: 'RETAKE' })}>
          ${t.retake}
        </button>
      </div>`;
  }

  #renderUploading(): TemplateResult {
    const t = this.localize.t;
    const items = this.uploads;
    const done = items.filter((i) => i.state === 'done').length;
    return html`${this.#heading(t.uploadingTitle)}
      <p>${t.uploadingBody}</p>
      <div class="spinner" role="presentation"></div>
      <p role="status">${items.length ? t.uploadProgress(done, items.length) : ''}</p>
      ${this.online ? nothing : html`<p class="offline" role="status">${t.uploadWaitingOnline}</p>`}`;
  }

  #renderError(): TemplateResult {
    const t = this.localize.t;
    const err = this.state.error!;
    const copy = t.errors[err.code];
    const retake = err.code === 'upload_rejected' && this.#rejectedKind;
    return html`<div class="alert" role="alert">
        ${this.#heading(copy.title)}
        <p>${copy.instruction}</p>
      </div>
      <p class="code">${t.errorCode(err.code)}</p>
      <div class="actions">
        ${
          retake
            ? html`<button part="primary-button" @click=${() => this.#retakeRejected()}>${t.retake}</button>`
            : err.recoverable
              ? html`<button part="primary-button" @click=${() => this.#dispatch({ type: 'RETRY' })}>
                  ${t.retry}
                </button>`
              : nothing
        }
      </div>`;
  }

  #retakeRejected(): void {
    const kind = this.#rejectedKind;
    this.#rejectedKind = null;
    if (kind) this.#dispatch({ type: 'UPLOAD_REJECTED', kind });
  }

  override render(): TemplateResult {
    return html`<div class="base" part="base" role="region" aria-label=${this.localize.t.widgetLabel}>
      ${this.#header()} ${this.#renderScreen()}
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.#liveText}</div>
    </div>`;
  }
}
