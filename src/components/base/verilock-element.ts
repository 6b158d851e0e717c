import { LitElement } from 'lit';
import {
  TERMINAL_EVENTS,
  VerilockEvent,
  type VerilockEventDetails,
  type VerilockEventName,
} from '../../events/events.js';
import type { InternalEventDetails, InternalEventName } from '../../events/internal-events.js';

/** A hook through which events also reach a host outside the page (iframe parent, native webview). */
export interface EventSink {
  /** `false` when the host navigates: the widget then never redirects itself. */
  readonly widgetNavigates: boolean;
  send<K extends VerilockEventName>(name: K, detail: VerilockEventDetails[K]): void;
  dispose(): void;
}

/** Every event an element of the widget can send, public (`verilock-*`) or internal (`vl-*`). */
export type EventDetails = VerilockEventDetails & InternalEventDetails;

const isPublic = (name: string): name is VerilockEventName => name.startsWith('verilock-');

/**
 * The base of the widget's elements: one typed `emit()` for every event and the rules that go with it.
 *
 * - Internal `vl-*` events bubble to the shell but are not composed (they stay inside its shadow root).
 * - Public `verilock-*` events bubble and cross shadow roots (`VerilockEvent`), are mirrored to the
 *   {@link EventSink} a host outside the page set, and a terminal one (complete, cancel, expired) fires at
 *   most once per element.
 */
export class VerilockElement extends LitElement {
  /** Set by the hosted page to mirror the public events to an iframe parent or a native app. @internal */
  eventSink: EventSink | null = null;

  #terminalFired = false;

  /** Dispatches an event; false when it was cancelled, or is a second terminal event and was not sent. */
  protected emit<K extends InternalEventName | VerilockEventName>(name: K, detail: EventDetails[K]): boolean {
    if (!isPublic(name)) return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: false }));
    if (TERMINAL_EVENTS.has(name)) {
      if (this.#terminalFired) return false;
      this.#terminalFired = true;
    }
    const ok = this.dispatchEvent(new VerilockEvent(name, detail as VerilockEventDetails[typeof name]));
    this.eventSink?.send(name, detail as VerilockEventDetails[typeof name]);
    return ok;
  }
}
