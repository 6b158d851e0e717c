/**
 * Fixed-window rate limiter kept in memory (one process; enough for the reference backend). Bounded:
 * past `maxKeys` windows, expired ones are swept and then the oldest dropped, so a flood of distinct
 * keys (random tokens) can't grow it without end.
 */
export class FixedWindowLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number,
    private readonly maxKeys = 10_000,
  ) {}

  /** Windows currently kept. */
  get size(): number {
    return this.windows.size;
  }

  /** Counts one hit; returns null when allowed, else the seconds until the window resets. */
  hit(key: string, limit: number): number | null {
    const now = this.now();
    if (this.windows.size >= this.maxKeys) this.sweep(now);
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    w.count += 1;
    if (w.count <= limit) return null;
    return Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000));
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(key);
    // Still full: drop the oldest windows (a Map iterates in insertion order) down to 90 %.
    const target = Math.floor(this.maxKeys * 0.9);
    for (const key of this.windows.keys()) {
      if (this.windows.size <= target) break;
      this.windows.delete(key);
    }
  }
}
