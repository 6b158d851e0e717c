import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FlowError } from '../api/errors.js';
import type { FlowProgress } from '../api/schemas.js';
import { systemClock, type Clock } from '../internal/clock.js';
import type { SessionController } from '../session/session-controller.js';

/** While a phone that took the session over works and the applicant is elsewhere, how often to check (ms). */
export const PHONE_WATCH_MS = 10_000;

/** What the watch needs to know of the flow, and tells it. */
export interface PhoneWatchOptions {
  /** The handoff screen is up (it follows the phone itself): no watching then. */
  onHandoffScreen(): boolean;
  /** The phone submitted the session. */
  completed(progress: FlowProgress): void;
}

/**
 * A phone opened a handoff link and the applicant went back to this device: check now and then (not
 * while the tab is hidden) so that the phone finishing still ends the flow here.
 */
export class PhoneWatchController implements ReactiveController {
  /** A phone opened the current handoff link. */
  #connected = false;
  #timer: unknown;

  constructor(
    host: ReactiveControllerHost,
    private readonly session: SessionController,
    private readonly options: PhoneWatchOptions,
    private readonly clock: Clock = systemClock,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.watch);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.watch);
  }

  /** A phone connected (true), or the session started over (false); the watch follows. */
  set connected(value: boolean) {
    this.#connected = value;
    this.watch();
  }

  /** (Re)arms the next check, or stops checking when there is nothing to watch. */
  watch = (): void => {
    this.clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    if (
      !this.#connected ||
      this.session.ended ||
      this.options.onHandoffScreen() ||
      document.visibilityState === 'hidden'
    )
      return;
    this.#timer = this.clock.setTimeout(() => void this.#check(), PHONE_WATCH_MS);
  };

  async #check(): Promise<void> {
    const client = this.session.client;
    if (!client || this.session.ended) return;
    try {
      const p = await client.getProgress(this.session.signal());
      if (client !== this.session.client) return;
      if (p.completed) return this.options.completed(p);
      this.#connected = p.phone_connected;
    } catch (e) {
      if (e instanceof FlowError && e.fatal) return this.session.fail(e);
    }
    this.watch();
  }
}
