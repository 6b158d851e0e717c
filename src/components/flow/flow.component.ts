import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FlowError } from '../../api/errors.js';
import type { FlowProgress, FlowSession } from '../../api/schemas.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { ERROR_CATEGORY, type CancelReason, type ErrorCode } from '../../events/events.js';
import type { InternalEvent } from '../../events/internal-events.js';
import {
  capturePlan,
  initialState,
  stepName,
  transition,
  visibleSteps,
  type FlowAction,
  type FlowState,
} from '../../flow/machine.js';
import type { HandoffController } from '../../handoff/handoff-controller.js';
import type { TranslationOverrides } from '../../i18n/translation.js';
import { Announcer } from '../../internal/announcer.js';
import { buildRedirectUrl } from '../../internal/redirect.js';
import { SessionController, type ClientFactory } from '../../session/session-controller.js';
import { componentStyles, tokens } from '../../styles/tokens.styles.js';
import { VerilockElement } from '../base/verilock-element.js';
import type { DocumentChoice } from '../chooser/chooser.screen.js';
import { InAppNoticeController } from '../intro/in-app-notice.js';
import { LanguageSwitcherController } from '../intro/language-switcher.js';
import type { PendingCapture } from '../review/review.screen.js';
import { publicCameraState } from './camera-step.js';
import { flowStyles } from './flow.styles.js';
import { renderFlow } from './flow.render.js';
import { assetsBaseOf, loadCameraSteps, loadHandoffStep, prefetchSteps, reviewStep } from './loading.js';

export type { EventSink } from '../base/verilock-element.js';

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
 * @csspart language - On the intro: the language switcher (its label and list).
 * @csspart language-select - The switcher's list of languages, each named in its own language.
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
 * @csspart document-issue - A document that was read but cannot be used (expired, another type or country): why, and the ways on.
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

  /** The session token issued by the Verilock backend (required). Never stored, logged or sent in events. */
  @property({ attribute: 'session-token' }) sessionToken = '';
  /** Base URL of the Verilock API. Default: the page's origin. */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** Where MediaPipe's wasm and models are served from. Default: beside the script. */
  @property({ attribute: 'assets-base' }) assetsBase = '';
  @property({ reflect: true }) override lang!: string;
  /**
   * Hides the intro's language switcher. It is never shown either when the language is fixed by the
   * element's `lang` attribute or the session's `locale`.
   */
  @property({ type: Boolean, attribute: 'hide-language-switcher' }) hideLanguageSwitcher = false;
  /** Partial string overrides, e.g. `{ introStart: 'Begin' }`. */
  @property({ attribute: false }) strings: TranslationOverrides | undefined;
  /** `light`, `dark`, or unset to follow the system. */
  @property({ reflect: true }) theme: string | undefined;

  @state() state: FlowState = initialState;
  @state() pending: PendingCapture | null = null;
  /** The device is online (the uploading screen says when it is not). */
  @state() online = typeof navigator === 'undefined' ? true : navigator.onLine;
  @state() confirmingCancel = false;
  @state() redirectUrl: string | null = null;
  /** The camera of the current capture step failed (offers the phone when the session allows it). */
  @state() cameraFailed = false;

  /** @internal */
  readonly localize = new LocalizeController(this);
  readonly #session = new SessionController(this, {
    loaded: (session) => this.#onLoaded(session),
    failed: (error) => this.#onFailed(error),
    completed: (id, status, redirect) => {
      this.#dispatch({ type: 'UPLOADS_SETTLED' });
      this.#end(id, status, redirect);
    },
    stopped: () => this.#onStopped(),
  });
  /** The phone handoff: its links and the one poller of the phone's progress (its code loads with the screen). */
  #handoff: HandoffController | null = null;
  readonly #inApp = new InAppNoticeController(this);
  readonly #language = new LanguageSwitcherController(this, (code) => this.localize.choose(code));
  #liveText = '';
  #announcer = new Announcer((text) => {
    this.#liveText = text;
    this.requestUpdate();
  });
  #choice: DocumentChoice = { type: null, country: null };
  /** The cameras chosen or picked in this session, shared by its camera steps (in memory only). */
  #cameraMemory = new Map<'user' | 'environment', string>();
  #stepsReady = false;
  #cancelReason: CancelReason = 'user_exit';

  /** The loaded session (the hosted page reads its `parent_origins`). @internal */
  get session(): FlowSession | null {
    return this.#session.session;
  }

  /** Makes the API client from the token and `api-base` (tests inject their own). @internal */
  get createClient(): ClientFactory {
    return this.#session.createClient;
  }
  set createClient(factory: ClientFactory) {
    this.#session.createClient = factory;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.#onOnline);
    window.addEventListener('offline', this.#onOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.#onOnline);
    window.removeEventListener('offline', this.#onOnline);
  }

  /** The steps of the flow as the applicant sees them (for hosts that draw their own progress). */
  get steps(): string[] {
    return visibleSteps(this.state);
  }

  /**
   * Stops the flow (the applicant's cancel button, or the host page/app closing it). Fires
   * `verilock-cancel` with the reason, once; the camera stops and nothing more is uploaded.
   */
  cancel(reason: CancelReason = 'user_exit'): void {
    this.confirmingCancel = false;
    this.#cancelReason = reason;
    this.#dispatch({ type: 'CANCEL' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) this.localize.update();
    if (changed.has('strings')) this.localize.setOverrides(this.strings);
    if ((changed.has('sessionToken') || changed.has('apiBase')) && this.isConnected)
      this.#session.start(this.apiBase, this.sessionToken, () => {
        this.#cameraMemory = new Map();
        this.state = initialState;
      });
    // A new screen's side effects run before it renders, so none of them schedules a second update.
    const prev = changed.get('state') as FlowState | undefined;
    if (prev && this.#entered(prev)) this.#onEnter(prev);
  }

  #entered(prev: FlowState): boolean {
    return prev.screen !== this.state.screen || prev.kind !== this.state.kind;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const prev = changed.get('state') as FlowState | undefined;
    if (prev && this.#entered(prev)) this.#focusHeading();
    if (this.dir !== this.localize.dir) this.dir = this.localize.dir;
  }

  #onLoaded(session: FlowSession): void {
    this.localize.setSessionLanguage(session.locale ?? null);
    this.#dispatch({ type: 'SESSION_LOADED', session });
    this.emit('verilock-ready', { session_id: session.id, steps: visibleSteps(this.state) });
  }

  #onFailed({ code, recoverable }: FlowError): void {
    this.#dispatch({ type: 'FAIL', code, recoverable });
    const error = this.state.error;
    const step = error?.returnTo ?? null;
    this.emit('verilock-error', { code, category: ERROR_CATEGORY[code], recoverable: !!error?.recoverable, step });
    if (code === 'token_expired') this.emit('verilock-expired', { session_id: this.#session.session?.id ?? null });
  }

  #onStopped(): void {
    this.#handoff?.stop();
    this.#announcer.reset();
    if (this.pending) URL.revokeObjectURL(this.pending.url);
    this.pending = null;
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
      this.emit('verilock-step-change', { from, to, index: Math.max(0, steps.indexOf(to)), total: steps.length });
      if (next.device === 'phone') this.#session.reportStep(to);
    }
    if (next.screen === 'cancelled' && prev.screen !== 'cancelled') {
      this.emit('verilock-cancel', {
        reason: action.type === 'CONSENT_DECLINE' ? 'consent_declined' : this.#cancelReason,
      });
      this.#session.stopUploads();
    }
  }

  /** Side effects of entering a screen: load the code it needs, start its work, forget the last one's. */
  #onEnter(prev: FlowState): void {
    const screen = this.state.screen;
    this.#announcer.reset();
    if (prev.screen === 'loading' && this.state.config)
      prefetchSteps(
        this.state.config,
        assetsBaseOf(this.assetsBase),
        () => (this.#stepsReady = true),
        () => this.#session.uploadsSettled(),
      );
    this.cameraFailed = false;
    if (screen === 'handoff') void this.#openHandoff();
    else this.#handoff?.leave();
    if ((screen === 'capture' || screen === 'document_select') && !this.#stepsReady)
      void this.#loaded(loadCameraSteps(), () => (this.#stepsReady = true));
    if (prev.screen === 'review' && screen !== 'review' && this.pending) {
      URL.revokeObjectURL(this.pending.url);
      this.pending = null;
    }
    if (screen === 'loading') void this.#session.load();
    if (screen === 'uploading') void this.#session.finish(() => this.state.screen === 'uploading');
  }

  async #loaded(chunk: Promise<unknown>, ready: () => void): Promise<void> {
    await chunk;
    ready();
    this.requestUpdate();
    await this.updateComplete;
    this.#focusHeading();
  }

  async #openHandoff(): Promise<void> {
    const first = !this.#handoff;
    const m = await loadHandoffStep();
    this.#handoff ??= new m.HandoffController(this, this.#session, {
      t: () => this.localize.t,
      needed: () => (this.state.config ? capturePlan(this.state.config, this.state.documentType).length : 0),
      say: (text) => this.#announcer.say(text),
      completed: (p) => this.#onRemoteComplete(p),
      fatal: (e) => this.#session.fail(e),
    });
    if (this.state.screen !== 'handoff') return;
    this.#handoff.open();
    if (first) void this.updateComplete.then(() => this.#focusHeading());
  }

  #end(sessionId: string, status: FlowSession['status'], redirect: string | null): void {
    this.emit('verilock-complete', { session_id: sessionId, status });
    this.#session.end();
    // A phone opened from a handoff link sends the applicant back to the computer, which redirects.
    if (this.state.device === 'phone') return;
    const url = buildRedirectUrl(redirect, sessionId, status);
    if (!url || !this.emit('verilock-redirect', { url }) || this.eventSink?.widgetNavigates === false) return;
    this.redirectUrl = url;
    // Leave the done screen up long enough to be seen and announced.
    setTimeout(() => {
      if (this.isConnected) window.location.assign(url);
    }, 1200);
  }

  /** The phone submitted the session: end here exactly as after a local completion (events, redirect), once. */
  #onRemoteComplete(p: FlowProgress): void {
    const session = this.#session.session;
    if (!session || this.#session.ended || this.state.screen === 'done' || this.state.screen === 'cancelled') return;
    // The machine ends a phone's completion from the handoff screen; the applicant may have gone back since.
    this.#dispatch({ type: 'REMOTE_COMPLETE' }, { ...this.state, screen: 'handoff' });
    this.#session.stopUploads();
    this.#end(session.id, p.status, p.redirect_url ?? session.redirect_url);
  }

  #onOnline = (): void => {
    this.online = navigator.onLine;
  };

  #focusHeading(): void {
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus({ preventScroll: false });
  }

  #onCaptured = (e: InternalEvent<'vl-captured'>): void => {
    if (!this.state.kind || this.state.screen !== 'capture') return;
    if (this.pending) URL.revokeObjectURL(this.pending.url);
    this.pending = { ...e.detail, url: URL.createObjectURL(e.detail.blob) };
    this.#dispatch({ type: 'CAPTURED' });
  };

  #confirm = (): void => {
    const upload = this.pending && reviewStep()?.captureUpload(this.pending, this.state);
    if (!upload) return;
    if (!this.#session.enqueue(upload.kind, upload.files, upload.meta))
      return void this.#session.queueReady().then(
        (q) => q && this.#confirm(),
        (e: unknown) => this.#session.fail(e),
      );
    this.emit('verilock-capture', upload.event);
    this.#dispatch({ type: 'CONFIRM' });
  };

  #camera = {
    captured: this.#onCaptured,
    status: (e: InternalEvent<'vl-camera-status'>) => {
      const state = publicCameraState(e.detail.status);
      this.cameraFailed = state === 'error';
      this.emit('verilock-camera-status', { state, facing: e.detail.facing });
    },
    error: (e: InternalEvent<'vl-camera-error'>) => this.#stepError(e.detail.code),
    guidance: (e: InternalEvent<'vl-guidance'>) => this.#announcer.say(e.detail.text),
    /** On-device vision cannot be used: the step goes on without it; the host hears it once per step. */
    visionError: () => this.#stepError('vision_unavailable'),
  };

  #stepError(code: ErrorCode): void {
    this.emit('verilock-error', {
      code,
      category: ERROR_CATEGORY[code],
      recoverable: true,
      step: stepName(this.state),
    });
  }

  #retake = (): void => {
    const kind = this.#session.rejectedKind;
    this.#session.rejectedKind = null;
    if (kind) this.#dispatch({ type: 'UPLOAD_REJECTED', kind });
  };

  override render(): TemplateResult {
    const session = this.#session;
    const t = this.localize.t;
    return renderFlow({
      ctx: { t, state: this.state, dispatch: (a) => this.#dispatch(a) },
      lang: this.localize.lang,
      hasToken: !!this.sessionToken,
      session,
      uploads: session.uploads,
      online: this.online,
      inAppNotice:
        this.state.screen === 'intro'
          ? html`${this.#inApp.render(t)}${this.#language.render(
              t,
              this.localize.lang,
              !this.hideLanguageSwitcher && !this.localize.fixed,
            )}`
          : nothing,
      choice: this.#choice,
      camera: {
        ready: this.#stepsReady,
        session: session.session,
        theme: this.theme,
        assetsBase: assetsBaseOf(this.assetsBase),
        cameraMemory: this.#cameraMemory,
        cameraFailed: this.cameraFailed,
      },
      cameraEvents: this.#camera,
      pending: this.pending,
      confirm: this.#confirm,
      handoff: {
        view: this.#handoff?.view ?? null,
        guidance: this.#camera.guidance,
        newLink: () => void this.#handoff?.newLink(),
      },
      redirectUrl: this.redirectUrl,
      rejected: { kind: session.rejectedKind, retake: this.#retake },
      cancel: {
        confirming: this.confirmingCancel,
        toggle: (open: boolean) => (this.confirmingCancel = open),
        cancel: () => this.cancel(),
      },
      liveText: this.#liveText,
    });
  }
}
