/**
 * The in-memory rate limiter stays bounded when flooded with distinct keys (random bearer tokens).
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { FixedWindowLimiter } from '../../demo/server/rate-limit.js';

describe('rate limiter memory', () => {
  it('50 000 random keys in one window keep at most maxKeys windows; a busy key keeps being limited', () => {
    const limiter = new FixedWindowLimiter(60_000, () => 1_000, 1_000);
    for (let i = 0; i < 3; i++) limiter.hit('busy', 2);
    assert.notEqual(limiter.hit('busy', 2), null);
    let max = 0;
    for (let i = 0; i < 50_000; i++) {
      limiter.hit(`tok:${randomBytes(16).toString('hex')}`, 300);
      max = Math.max(max, limiter.size);
    }
    assert.ok(max <= 1_000, `grew to ${max}`);
    assert.equal(limiter.hit('fresh', 1), null);
  });
});
