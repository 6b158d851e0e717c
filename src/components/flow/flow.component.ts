import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FlowSession } from '../../api/schemas.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { OnlineController } from '../../controllers/online-controller.js';
import type { CancelReason } from '../../events/events.js';
import { initialState, transition, visibleSteps, type FlowAction, type FlowState } from '../../flow/machine.js';
import type { TranslationOverrides } from '../../i18n/translation.js';
import { Announcer } from '../../internal/announcer.js';
import { SessionController, type ClientFactory } from '../../session/session-controller.js';
import { componentStyles, tokens } from '../../styles/tokens.styles.js';
import { VerilockElement } from '../base/verilock-element.js';
import type { DocumentChoice } from '../chooser/chooser.screen.js';
import { InAppNoticeController } from '../intro/in-app-notice.js';
import { LanguageSwitcherController } from '../intro/language-switcher.js';
import { transitionEvents } from './flow-events.js';
import type { FlowParts } from './flow-parts.js';
import { flowStyles } from './flow.styles.js';
import { renderFlow } from './flow.render.js';
import { cameraHandlers } from './camera-handlers.js';
import { InternalListeners } from './internal-listeners.js';
import { LaterParts } from './later-parts.js';
import { assetsBaseOf } from './loading.js';
import { enteredScreen, enterScreen, focusHeading } from './screen-entry.js';
import { StepLoader } from './step-loader.js';
import { retake, stepHandlers } from './step-handlers.js';
import { sessionHooks } from './session-hooks.js';

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
  /** The device is online (the uploading screen says when it is not). */
  @state() online = typeof navigator === 'undefined' ? true : navigator.onLine;
  @state() confirmingCancel = false;

  /** @internal */
  readonly localize = new LocalizeController(this);
  readonly #session = new SessionController(
    this,
    sessionHooks(() => this.#parts, this.localize),
  );
  readonly #inApp = new InAppNoticeController(this);
  readonly #language = new LanguageSwitcherController(this, (code) => this.localize.choose(code));
  #liveText = '';
  readonly #announcer = new Announcer((text) => {
    this.#liveText = text;
    this.requestUpdate();
  });
  /** The camera steps' code and the phone handoff (its links and the one poller of the phone's progress). */
  readonly #steps = new StepLoader(this, {
    session: this.#session,
    state: () => this.state,
    t: () => this.localize.t,
    say: (text) => this.#announcer.say(text),
    remoteComplete: (p) => this.#later.completion?.remote(p),
    drawn: () => focusHeading(this.renderRoot),
  });
  /** The capture under review and the end of the session, made when their code has come. */
  readonly #later = new LaterParts(this, {
    session: this.#session,
    state: () => this.state,
    dispatch: (action, via) => this.#dispatch(action, via),
    emit: (name, detail) => this.emit(name, detail),
    widgetNavigates: () => this.eventSink?.widgetNavigates !== false,
    connected: () => this.isConnected,
  });
  /** The parts and ways to act of the modules that work for the shell. */
  readonly #parts: FlowParts = {
    session: this.#session,
    steps: this.#steps,
    later: this.#later,
    announcer: this.#announcer,
    state: () => this.state,
    dispatch: (action, via) => this.#dispatch(action, via),
    emit: (events) => {
      for (const e of events) this.emit(e.name, e.detail);
    },
  };
  #choice: DocumentChoice = { type: null, country: null };
  #cancelReason: CancelReason = 'user_exit';

  constructor() {
    super();
    new OnlineController(this, (online) => (this.online = online));
    // The internal events of every screen, heard once here (see InternalListeners).
    new InternalListeners(this, { ...stepHandlers(this.#parts), ...cameraHandlers(this.#parts) });
  }

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
        this.#steps.reset();
        this.state = initialState;
      });
    // A new screen's side effects run before it renders, so none of them schedules a second update.
    const prev = changed.get('state') as FlowState | undefined;
    if (prev && enteredScreen(prev, this.state))
      enterScreen(prev, this.state, assetsBaseOf(this.assetsBase), this.#parts);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const prev = changed.get('state') as FlowState | undefined;
    if (prev && enteredScreen(prev, this.state)) focusHeading(this.renderRoot);
    if (this.dir !== this.localize.dir) this.dir = this.localize.dir;
  }

  #dispatch(action: FlowAction, via: FlowState = this.state): void {
    const next = transition(via, action);
    if (next === via) return;
    const { stepChange, phoneStep, cancel } = transitionEvents(this.state, next, action, this.#cancelReason);
    this.state = next;
    if (stepChange) this.#parts.emit([stepChange]);
    if (phoneStep) this.#session.reportStep(phoneStep);
    if (!cancel) return;
    this.#parts.emit([cancel]);
    this.#session.stopUploads();
  }

  override render(): TemplateResult {
    const { t, lang } = this.localize;
    return renderFlow({
      ctx: { t, state: this.state, dispatch: (a) => this.#dispatch(a) },
      lang,
      hasToken: !!this.sessionToken,
      session: this.#session,
      online: this.online,
      intro: {
        inApp: this.#inApp,
        language: this.#language,
        switcher: !this.hideLanguageSwitcher && !this.localize.fixed,
      },
      choice: this.#choice,
      camera: this.#steps.camera(this.#session.session, this.theme, assetsBaseOf(this.assetsBase)),
      later: this.#later,
      handoff: this.#steps.handoff?.view ?? null,
      retake: () => retake(this.#parts),
      canceller: this,
      liveText: this.#liveText,
    });
  }
}
