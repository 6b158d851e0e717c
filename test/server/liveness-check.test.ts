/**
 * The server's check of liveness evidence (pure): the log against the server's sequence, the times,
 * the frames.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  MAX_ATTEMPTS_PER_CHALLENGE,
  checkLiveness,
  frameReasons,
  logReasons,
  type FrameHashes,
} from '../../demo/server/liveness-check.js';
import type { CaptureMeta, LivenessChallenge } from '../../src/api/schemas.js';

type Entry = NonNullable<CaptureMeta['liveness']>[number];
const SEQ: LivenessChallenge[] = ['turn_right', 'blink'];
const entry = (challenge: LivenessChallenge, started_at: number, ended_at: number, passed = true): Entry => ({
  challenge,
  started_at,
  ended_at,
  passed,
});
const GOOD: Entry[] = [entry('turn_right', 1500, 3200), entry('blink', 3200, 4100)];
const frame = (n: number): FrameHashes => ({ source_sha256: `src${n}`, sha256: `out${n}` });

describe('liveness check: the log', () => {
  it('a log that follows the sequence, every challenge passed, in time: no reasons', () => {
    assert.deepEqual(logReasons(GOOD, SEQ, 60_000), []);
  });

  it('failed tries before a pass are allowed, up to the limit', () => {
    const retried = [
      entry('turn_right', 1500, 9500, false),
      entry('turn_right', 9500, 11000),
      entry('blink', 11000, 12000),
    ];
    assert.deepEqual(logReasons(retried, SEQ, 60_000), []);
    const tries = Array.from({ length: MAX_ATTEMPTS_PER_CHALLENGE }, (_, i) =>
      entry('turn_right', i * 1000, (i + 1) * 1000, false),
    );
    assert.deepEqual(logReasons([...tries, entry('turn_right', 5000, 6000), entry('blink', 6000, 7000)], SEQ, 60_000), [
      'too_many_attempts',
      'challenge_not_passed:turn_right',
      'challenge_not_passed:blink',
    ]);
  });

  it('the forged log of the review: another challenge, not passed', () => {
    assert.deepEqual(logReasons([entry('smile', 0, 900, false)], SEQ, 60_000), [
      'sequence_mismatch',
      'challenge_not_passed:turn_right',
      'challenge_not_passed:blink',
    ]);
  });

  it('wrong order, a missing challenge, an extra challenge', () => {
    assert.ok(
      logReasons([entry('blink', 0, 900), entry('turn_right', 900, 1800)], SEQ, 60_000).includes('sequence_mismatch'),
    );
    assert.deepEqual(logReasons([entry('turn_right', 0, 900)], SEQ, 60_000), ['challenge_not_passed:blink']);
    assert.deepEqual(logReasons([...GOOD, entry('smile', 4100, 5000)], SEQ, 60_000), ['sequence_mismatch']);
    assert.deepEqual(logReasons([], SEQ, 60_000), ['log_missing']);
    assert.deepEqual(logReasons(undefined, SEQ, 60_000), ['log_missing']);
    // A passed entry claimed for a failed try does not count twice.
    assert.deepEqual(logReasons([entry('turn_right', 0, 900, false), entry('blink', 900, 1800)], SEQ, 60_000), [
      'sequence_mismatch',
      'challenge_not_passed:turn_right',
      'challenge_not_passed:blink',
    ]);
  });

  it('times must be finite, not negative, monotonic and inside the session', () => {
    assert.deepEqual(logReasons([entry('turn_right', -5, 900), entry('blink', 900, 1800)], SEQ, 60_000), [
      'timestamps_invalid',
    ]);
    assert.deepEqual(logReasons([entry('turn_right', 0, Number.NaN), entry('blink', 900, 1800)], SEQ, 60_000), [
      'timestamps_invalid',
    ]);
    assert.deepEqual(logReasons([entry('turn_right', 2000, 1000), entry('blink', 2000, 3000)], SEQ, 60_000), [
      'timestamps_not_monotonic',
    ]);
    assert.deepEqual(logReasons([entry('turn_right', 0, 3000), entry('blink', 2000, 4000)], SEQ, 60_000), [
      'timestamps_not_monotonic',
    ]);
    // The run cannot have lasted longer than the session has existed.
    assert.deepEqual(logReasons(GOOD, SEQ, 4000), ['timestamps_outside_session']);
    assert.deepEqual(logReasons(GOOD, SEQ, 4100), []);
  });
});

describe('liveness check: the frames', () => {
  it('at least the minimum, all distinct, none equal to another kind’s capture', () => {
    assert.deepEqual(frameReasons([frame(1), frame(2)], [], 2), []);
    assert.deepEqual(frameReasons([frame(1)], [], 2), ['frames_missing']);
    assert.deepEqual(frameReasons([], [], 1), ['frames_missing']);
    assert.deepEqual(frameReasons([frame(1), frame(1)], [], 2), ['frames_not_distinct']);
    // Same upload bytes, or same stored re-encoding: both count as the same frame.
    assert.deepEqual(frameReasons([frame(1), { source_sha256: 'other', sha256: 'out1' }], [], 2), [
      'frames_not_distinct',
    ]);
    assert.deepEqual(
      frameReasons(
        [frame(1), frame(2)],
        [
          { kind: 'selfie', files: [frame(2)] },
          { kind: 'document_front', files: [frame(9)] },
        ],
        2,
      ),
      ['frame_matches_selfie'],
    );
    assert.deepEqual(
      frameReasons(
        [frame(1), frame(2)],
        [{ kind: 'document_front', files: [{ source_sha256: 'src1', sha256: 'x' }] }],
        2,
      ),
      ['frame_matches_document_front'],
    );
  });
});

describe('liveness check: the verdict', () => {
  const base = { sequence: SEQ, others: [], sessionAgeMs: 60_000 };

  it('active with good evidence passes; absent mode means active', () => {
    const meta: CaptureMeta = { source: 'camera', liveness: GOOD };
    assert.deepEqual(checkLiveness({ ...base, meta, frames: [frame(1), frame(2)] }), {
      mode: 'active',
      result: 'passed',
      reasons: [],
    });
    assert.equal(
      checkLiveness({ ...base, meta: { ...meta, liveness_mode: 'active' }, frames: [frame(1), frame(2)] }).result,
      'passed',
    );
  });

  it('active with bad evidence fails with every reason', () => {
    const verdict = checkLiveness({
      ...base,
      meta: { source: 'camera', liveness: [entry('smile', 0, 900, false)] },
      frames: [frame(1)],
      others: [{ kind: 'selfie', files: [frame(1)] }],
    });
    assert.equal(verdict.result, 'failed');
    assert.deepEqual(verdict.reasons, [
      'sequence_mismatch',
      'challenge_not_passed:turn_right',
      'challenge_not_passed:blink',
      'frames_missing',
      'frame_matches_selfie',
    ]);
    assert.equal(checkLiveness({ ...base, meta: null, frames: [frame(1), frame(2)] }).reasons[0], 'log_missing');
  });

  it('the photo fallback goes to manual review with its reason, or fails when a frame repeats another capture', () => {
    const meta: CaptureMeta = {
      source: 'camera',
      liveness: [],
      liveness_mode: 'photo',
      fallback_reason: 'no_baseline',
    };
    assert.deepEqual(checkLiveness({ ...base, meta, frames: [frame(1)] }), {
      mode: 'photo',
      result: 'manual_review',
      reasons: ['photo_fallback:no_baseline'],
    });
    const reused = checkLiveness({
      ...base,
      meta,
      frames: [frame(1)],
      others: [{ kind: 'selfie', files: [frame(1)] }],
    });
    assert.equal(reused.result, 'failed');
    assert.deepEqual(reused.reasons, ['photo_fallback:no_baseline', 'frame_matches_selfie']);
  });
});
