import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FlowError } from '../api/errors.js';
import type { FlowProgress } from '../api/schemas.js';
import type { Translation } from '../i18n/translation.js';
import { systemClock, type Clock } from '../internal/clock.js';
import type { SessionController } from '../session/session-controller.js';
import {
  DEFAULT_TIMING,
  INITIAL_MEMORY,
  INITIAL_VIEW,
  applyProgress,
  linkExpired,
  linkReady,
  linkRequest,
  linkRequested,
  nextPollDelay,
  splitSvg,
  type HandoffLanguage,
  type HandoffTiming,
  type HandoffView,
} from './handoff-state.js';
import { newsText } from './handoff-text.js';

/** Draws a link as a QR code: SVG markup. */
export type QrEncoder = (text: string) => Promise<string>;

/** How the handoff link is drawn: medium error correction, a two-module quiet zone. */
export const QR_OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 2 } as const;

/** What the controller asks of the flow, and tells it. */
export interface HandoffHooks {
  /** The current strings. */
  t(): Translation;
  /** How many captures the session needs ("2 of 3 received"). */
  needed(): number;
  /** Something for the polite live region. */
  say(text: string): void;
  /** The phone submitted the session (called once). */
  completed(progress: FlowProgress): void;
  /** The session can no longer go on (expired, invalid). */
  fatal(error: FlowError): void;
}

/** The element the controller runs in; its localisation, when it has one, says which language the phone takes. */
export type HandoffHost = ReactiveControllerHost & { readonly localize?: HandoffLanguage };

/** Where the polling stands: off, on the handoff screen (close), or watching a connected phone from elsewhere. */
type Mode = 'off' | 'screen' | 'watch';

/**
 * Continue on a phone, the one poller of the flow's `progress`: makes one-time links (with their QR
 * code), then follows the phone. On the handoff screen it polls at 2 s, backing off to 10 s and reset on
 * every change; once the applicant went back to this device while a phone works, it checks every 10 s so
 * the phone finishing still ends the flow here. No polling while the tab is hidden, none after the phone
 * finished, disconnected or the session stopped. Its {@link view} is what `<verilock-handoff>` draws.
 */
export class HandoffController implements ReactiveController {
  /** Draws the QR code, here (no network); the library loads with the first link. Tests may set their own. */
  static qrEncoder: QrEncoder = async (text) => (await import('qrcode')).default.toString(text, QR_OPTIONS);
  /** The delays new controllers use (tests shorten them). */
  static timing: HandoffTiming = DEFAULT_TIMING;
  /** The clock new controllers use (tests move their own). */
  static clock: Clock = systemClock;

  view: HandoffView = INITIAL_VIEW;
  readonly timing = HandoffController.timing;
  readonly clock = HandoffController.clock;

  #mode: Mode = 'off';
  #memory = INITIAL_MEMORY;
  #abort: AbortController | null = null;
  #pollTimer: unknown;
  #expiryTimer: unknown;
  #delay = DEFAULT_TIMING.pollMinMs;
  /** The next poll starts the backoff afresh (a new link, the tab visible again). */
  #fresh = true;
  #polling = false;
  #completed = false;

  constructor(
    private readonly host: HandoffHost,
    private readonly session: Pick<SessionController, 'client' | 'ended'>,
    private readonly hooks: HandoffHooks,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.stop();
  }

  /** The handoff screen is up: afresh, a new link, followed closely. */
  open(): void {
    this.stop();
    this.view = INITIAL_VIEW;
    this.#memory = INITIAL_MEMORY;
    this.#completed = false;
    this.#delay = this.timing.pollMinMs;
    this.#mode = 'screen';
    void this.newLink();
  }

  /** The applicant left the handoff screen: a phone at work is still watched (slowly); otherwise all stops. */
  leave(): void {
    if (this.#mode !== 'screen') return;
    const p = this.view.progress;
    const phoneAtWork = !this.view.awaitingScan && !!p?.phone_connected && !this.#completed;
    this.#clearTimers();
    if (!phoneAtWork) return this.stop();
    this.#mode = 'watch';
    this.#schedule(this.timing.pollMaxMs);
  }

  /** Stops every request and timer (the session stopped, or the element left the page). */
  stop(): void {
    this.#mode = 'off';
    this.#abort?.abort();
    this.#abort = null;
    this.#clearTimers();
  }

  /** Makes a (new) link; every older unused link of the session dies on the server. */
  async newLink(): Promise<void> {
    const client = this.session.client;
    if (!client || this.#mode !== 'screen') return;
    this.#abort?.abort();
    this.#clearTimers();
    const abort = (this.#abort = new AbortController());
    [this.view, this.#memory] = linkRequested(this.view, this.#memory);
    this.#fresh = true;
    this.host.requestUpdate();
    try {
      const request = linkRequest(this.host.localize);
      const link = await client.createHandoff(request, abort.signal).catch((error: unknown) => {
        // A language this server does not take (one the page registered, an older server): a link without it.
        if (request.locale && error instanceof FlowError && error.status === 400 && !abort.signal.aborted)
          return client.createHandoff({}, abort.signal);
        throw error;
      });
      const qr = splitSvg(await HandoffController.qrEncoder(link.url));
      if (abort.signal.aborted) return;
      const expiresAt = Date.parse(link.expires_at);
      [this.view, this.#memory] = linkReady(
        this.view,
        this.#memory,
        { url: link.url, qr, expiresAt },
        this.clock.now(),
      );
      this.host.requestUpdate();
      this.#armExpiry(expiresAt);
      this.#schedule(0);
    } catch (error) {
      if (abort.signal.aborted) return;
      // Submitted meanwhile (by the phone): the progress says so.
      if (error instanceof FlowError && error.code === 'session_completed') return this.#schedule(0);
      if (error instanceof FlowError && error.fatal) return this.hooks.fatal(error);
      this.view = { ...this.view, phase: 'failed' };
      this.host.requestUpdate();
      this.hooks.say(this.hooks.t().handoffFailed);
    }
  }

  #clearTimers(): void {
    this.clock.clearTimeout(this.#pollTimer);
    this.clock.clearTimeout(this.#expiryTimer);
    this.#pollTimer = this.#expiryTimer = undefined;
  }

  #armExpiry(expiresAt: number): void {
    const ms = Math.max(0, Math.min(expiresAt - this.clock.now(), 2 ** 31 - 1));
    this.#expiryTimer = this.clock.setTimeout(() => {
      const before = this.view;
      this.view = linkExpired(before);
      if (this.view === before) return;
      this.host.requestUpdate();
      this.hooks.say(this.hooks.t().handoffExpired);
    }, ms);
  }

  #schedule(ms: number): void {
    this.clock.clearTimeout(this.#pollTimer);
    this.#pollTimer = undefined;
    if (this.#mode === 'off' || this.#completed || document.visibilityState === 'hidden') return;
    this.#pollTimer = this.clock.setTimeout(() => void this.#poll(), ms);
  }

  #onVisibility = (): void => {
    if (document.visibilityState === 'hidden') {
      this.clock.clearTimeout(this.#pollTimer);
      this.#pollTimer = undefined;
    } else if (this.#mode === 'watch') {
      this.#schedule(this.timing.pollMaxMs);
    } else if (this.#mode === 'screen' && this.#abort && !this.#polling) {
      this.#fresh = true;
      this.#schedule(0);
    }
  };

  async #poll(): Promise<void> {
    const client = this.session.client;
    const signal = (this.#abort ??= new AbortController()).signal;
    if (!client || this.session.ended || this.#polling) return;
    this.#polling = true;
    let changed = false;
    try {
      const p = await client.getProgress(signal);
      if (signal.aborted || client !== this.session.client) return;
      const outcome = applyProgress(this.view, this.#memory, p, this.clock.now(), this.timing.stallMs);
      ({ view: this.view, memory: this.#memory, changed } = outcome);
      this.host.requestUpdate();
      if (outcome.news && this.#mode === 'screen')
        this.hooks.say(newsText(this.hooks.t(), outcome.news, this.hooks.needed()));
      if (p.completed) {
        this.#completed = true;
        this.stop();
        return this.hooks.completed(p);
      }
      // Watching from elsewhere: a phone that let go is no longer followed.
      if (this.#mode === 'watch' && !p.phone_connected) return this.stop();
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof FlowError && error.fatal) {
        this.stop();
        return this.hooks.fatal(error);
      }
      // Network trouble: keep trying, at the slow pace.
    } finally {
      this.#polling = false;
    }
    this.#delay =
      this.#mode === 'watch' ? this.timing.pollMaxMs : nextPollDelay(this.#delay, changed || this.#fresh, this.timing);
    this.#fresh = false;
    this.#schedule(this.#delay);
  }
}
