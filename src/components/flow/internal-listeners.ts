import type { ReactiveController, ReactiveElement } from 'lit';
import type { InternalEvent, InternalEventName } from '../../events/internal-events.js';

/** Handlers of the internal events, by name. */
export type InternalHandlers = { [K in InternalEventName]?: (e: InternalEvent<K>) => void };

/**
 * The shell's one set of listeners for the internal `vl-*` events its screens send up: they bubble to its
 * shadow root (and no further), where they are heard once, whichever element sent them.
 */
export class InternalListeners implements ReactiveController {
  readonly #entries: [string, EventListener][];

  constructor(
    private readonly host: ReactiveElement,
    handlers: InternalHandlers,
  ) {
    this.#entries = Object.entries(handlers) as [string, EventListener][];
    host.addController(this);
  }

  hostConnected(): void {
    for (const [name, fn] of this.#entries) this.host.renderRoot.addEventListener(name, fn);
  }

  hostDisconnected(): void {
    for (const [name, fn] of this.#entries) this.host.renderRoot.removeEventListener(name, fn);
  }
}
