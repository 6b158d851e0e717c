/**
 * Decides what the polite live region says: only changes, at most one message per `minGapMs`, and the
 * latest message wins when several arrive inside the gap. Pure timing logic with an injectable clock
 * and timer, so it is unit-tested without a screen reader.
 */
import { systemClock, type Clock } from './clock.js';

export class Announcer {
  #last = '';
  #lastAt = -Infinity;
  #pending: string | null = null;
  #timer: unknown;

  constructor(
    private readonly speak: (text: string) => void,
    private readonly minGapMs = 2000,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Offers a message; it is spoken now, later, or never (when unchanged). */
  say(text: string): void {
    if (text === (this.#pending ?? this.#last)) return;
    const wait = this.#lastAt + this.minGapMs - this.clock.now();
    if (wait <= 0 && this.#pending === null) {
      this.#emit(text);
      return;
    }
    this.#pending = text;
    if (this.#timer === undefined) this.#timer = this.clock.setTimeout(() => this.#flush(), Math.max(0, wait));
  }

  /** Forgets what was said (e.g. on a new screen) so the next message is spoken even if it repeats. */
  reset(): void {
    if (this.#timer !== undefined) this.clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = null;
    this.#last = '';
  }

  #flush(): void {
    this.#timer = undefined;
    const text = this.#pending;
    this.#pending = null;
    if (text !== null && text !== this.#last) this.#emit(text);
  }

  #emit(text: string): void {
    this.#last = text;
    this.#lastAt = this.clock.now();
    this.speak(text);
  }
}
