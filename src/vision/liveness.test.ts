import { expect } from '@open-wc/testing';
import type { LivenessChallenge } from '../api/schemas.js';
import { MESH } from './geometry.js';
import {
  BlinkDetector,
  LivenessSession,
  eyeAspectRatio,
  meanEyeAspectRatio,
  mouthRatio,
  yawDegrees,
  yawRatio,
  type LivenessUpdate,
} from './liveness.js';
import { photoOfFace, syntheticFace, type FacePose } from './testing/synthetic-face.js';

const FRAME = 1000 / 30;

/** Feeds `seconds` of frames from `poseAt(t)` (null = no face) and returns every update. */
function run(
  session: LivenessSession,
  seconds: number,
  poseAt: (t: number) => FacePose | null,
  start = 0,
): LivenessUpdate[] {
  const updates: LivenessUpdate[] = [];
  for (let t = start; t < start + seconds * 1000; t += FRAME) {
    const pose = poseAt(t);
    updates.push(
      session.push({ t, landmarks: pose ? syntheticFace({ jitter: 0.0006, seed: Math.round(t), ...pose }) : null }),
    );
  }
  return updates;
}

/** Smooth 0→1→0 bump between a and b (ms). */
const bump = (t: number, a: number, b: number): number =>
  t <= a || t >= b ? 0 : Math.sin(((t - a) / (b - a)) * Math.PI);

describe('liveness signals', () => {
  it('eye aspect ratio falls when the eyes close', () => {
    const open = syntheticFace();
    const closed = syntheticFace({ eyesClosed: 1 });
    const aspect = 4 / 3; // landmarks are normalised to a 640×480 frame
    expect(eyeAspectRatio(open, MESH.eyeA, aspect)).to.be.closeTo(0.35, 0.02);
    expect(eyeAspectRatio(open, MESH.eyeB, aspect)).to.be.closeTo(eyeAspectRatio(open, MESH.eyeA, aspect), 1e-9);
    expect(meanEyeAspectRatio(closed, aspect) / meanEyeAspectRatio(open, aspect)).to.be.lessThan(0.3);
  });

  it('yaw is positive when the applicant turns to their own left (nose toward image right)', () => {
    expect(yawRatio(syntheticFace())).to.be.closeTo(0, 1e-9);
    const left = syntheticFace({ yaw: 20 });
    const right = syntheticFace({ yaw: -20 });
    expect(yawRatio(left)).to.be.greaterThan(0.15);
    expect(yawRatio(right)).to.be.lessThan(-0.15);
    expect(left[MESH.noseTip]!.x).to.be.greaterThan(0.5);
    // The 3D cross-check agrees in sign.
    expect(yawDegrees(left)).to.be.greaterThan(5);
    expect(yawDegrees(right)).to.be.lessThan(-5);
  });

  it('mouth ratio rises with a smile, and yaw ratio is unaffected by roll', () => {
    expect(mouthRatio(syntheticFace({ smile: 1 })) / mouthRatio(syntheticFace())).to.be.greaterThan(1.15);
    expect(yawRatio(syntheticFace({ roll: 10 }))).to.be.closeTo(0, 0.01);
  });
});

describe('BlinkDetector', () => {
  it('finds one blink in a closure of three frames and none on a still series', () => {
    const d = new BlinkDetector();
    const series = [...Array(30).fill(0.35), 0.3, 0.22, 0.21, 0.22, 0.3, ...Array(10).fill(0.35)];
    const events = series.map((v) => d.push(v).blink);
    expect(events.filter(Boolean)).to.have.length(1);
    const still = new BlinkDetector();
    const jittery = Array.from({ length: 100 }, (_, i) => 0.35 + 0.008 * Math.sin(i * 1.7));
    expect(jittery.some((v) => still.push(v).blink)).to.equal(false);
  });

  it('ignores a single closed frame', () => {
    const d = new BlinkDetector();
    const series = [...Array(30).fill(0.35), 0.2, 0.35, 0.35];
    expect(series.some((v) => d.push(v).blink)).to.equal(false);
  });
});

describe('LivenessSession', () => {
  // A live applicant: still for 1 s, then does what each challenge asks ~0.8 s after it starts.
  function liveActor(session: LivenessSession): (t: number) => FacePose {
    let started = -1;
    let lastKey = '';
    return (t) => {
      const key = `${session.current}|${session.log.length}`;
      if (key !== lastKey) {
        lastKey = key;
        started = t;
      }
      const s = t - started;
      switch (session.current) {
        case 'blink':
          return { eyesClosed: Math.min(1, 2 * bump(s, 800, 1100)) };
        case 'turn_left':
          return { yaw: 25 * bump(s, 800, 2400) };
        case 'turn_right':
          return { yaw: -25 * bump(s, 800, 2400) };
        case 'smile':
          return { smile: Math.min(1, 1.5 * bump(s, 800, 2400)) };
        default:
          return {};
      }
    };
  }

  for (const order of [
    ['blink', 'turn_left', 'smile'],
    ['turn_right', 'blink'],
    ['smile', 'turn_right', 'turn_left'],
  ] as LivenessChallenge[][]) {
    it(`a live face passes ${order.join(', ')}`, () => {
      const session = new LivenessSession(order);
      const updates = run(session, 20, liveActor(session));
      const r = session.result;
      expect(r.phase, JSON.stringify(r.log)).to.equal('passed');
      expect(r.static).to.equal(false);
      expect(r.log.map((e) => e.challenge)).to.deep.equal(order);
      expect(r.log.every((e) => e.passed && e.ended_at > e.started_at)).to.equal(true);
      const evidence = updates.map((u) => u.evidence).filter(Boolean);
      expect(evidence).to.deep.equal(['baseline', ...order.map((c) => `challenge:${c}`)]);
      for (const e of r.log) {
        if (e.challenge === 'blink') expect(e.peak).to.be.lessThan(0.8);
        if (e.challenge.startsWith('turn')) expect(e.peak).to.be.greaterThan(0.15);
        if (e.challenge === 'smile') expect(e.peak).to.be.greaterThan(1.1);
      }
    });
  }

  it('a still photo held to the camera fails every challenge and is flagged static', () => {
    const session = new LivenessSession(['turn_left', 'blink']);
    for (let t = 0; t < 30000; t += FRAME) session.push({ t, landmarks: photoOfFace(t) });
    const r = session.result;
    expect(r.phase).to.equal('failed');
    expect(r.static).to.equal(true);
    expect(r.failure).to.equal('static');
    expect(r.log).to.have.length(2); // two attempts at the first challenge
    expect(r.log.every((e) => !e.passed)).to.equal(true);
  });

  it('a turn counts only after the head comes back; a turn to the wrong side does not count', () => {
    const session = new LivenessSession(['turn_left'], { challengeTimeoutMs: 4000, retries: 0 });
    run(session, 1, () => ({})); // baseline done after ~0.5 s
    expect(session.current).to.equal('turn_left');
    run(session, 1, () => ({ yaw: -25 }), 1000); // wrong way
    run(session, 1.5, () => ({ yaw: 25 }), 2000); // right way, held: not passed yet
    expect(session.result.phase).to.equal('challenge');
    run(session, 0.3, () => ({}), 3500); // back to the front
    expect(session.result.phase).to.equal('passed');
    expect(session.log[0]!.peak).to.be.greaterThan(0.2);

    const wrong = new LivenessSession(['turn_left'], { challengeTimeoutMs: 3000, retries: 0 });
    run(wrong, 1, () => ({}));
    run(wrong, 4, (t) => ({ yaw: -25 * bump(t, 1000, 2500) }), 1000);
    expect(wrong.result.phase).to.equal('failed');
    expect(wrong.result.failure).to.equal('timeout');
  });

  it('retries after a timeout and logs each attempt', () => {
    const session = new LivenessSession(['smile'], { challengeTimeoutMs: 2000, retries: 1 });
    run(session, 3.2, () => ({})); // baseline ~0.5 s, then the first attempt times out
    expect(session.log).to.have.length(1);
    expect(session.log[0]!.passed).to.equal(false);
    run(session, 2, (t) => ({ smile: Math.min(1, 1.5 * bump(t, 3000, 4200)) }), 3200);
    expect(session.result.phase).to.equal('passed');
    expect(session.log.map((e) => e.passed)).to.deep.equal([false, true]);
  });

  it('a baseline taken while smiling settles to the neutral mouth, so the smile challenge still passes', () => {
    const session = new LivenessSession(['smile'], { challengeTimeoutMs: 6000, retries: 0 });
    run(session, 1, () => ({ smile: 1 })); // the baseline is taken mid-smile
    expect(session.result.phase).to.equal('challenge');
    run(session, 1.5, () => ({}), 1000); // neutral face: the mouth baseline settles down
    run(session, 1, (t) => ({ smile: bump(t, 2500, 3500) }), 2500); // then a real smile, and back
    run(session, 0.7, () => ({}), 3500);
    expect(session.result.phase, JSON.stringify(session.result.log)).to.equal('passed');
  });

  it('the mouth baseline never moves on a single narrow frame', () => {
    const session = new LivenessSession(['smile'], { challengeTimeoutMs: 3000, retries: 0 });
    run(session, 1, () => ({}));
    // One odd frame with a narrow mouth, then an unchanged face: no smile is seen.
    run(session, 3, (t) => (Math.abs(t - 1500) < 20 ? { smile: -1 } : {}), 1000);
    expect(session.result.phase).to.equal('failed');
  });

  it('a smile during a head turn is not a smile (yaw gate)', () => {
    const session = new LivenessSession(['smile'], { challengeTimeoutMs: 3000, retries: 0 });
    run(session, 1, () => ({}));
    run(session, 3, () => ({ yaw: 20, smile: 1 }), 1000);
    expect(session.result.phase).to.equal('failed');
  });

  it('without a face no baseline is found, and the session fails', () => {
    const session = new LivenessSession(['blink'], { baselineTimeoutMs: 2000 });
    const updates = run(session, 3, () => null);
    expect(updates.at(-1)!.faceVisible).to.equal(false);
    expect(session.result.failure).to.equal('no_baseline');
  });

  it('the log fits CaptureMeta.liveness (times in ms since the first frame)', () => {
    const session = new LivenessSession(['blink', 'smile']);
    run(session, 12, liveActor(session), 50000);
    for (const e of session.log) {
      expect(Object.keys(e).sort()).to.deep.equal(['challenge', 'ended_at', 'passed', 'peak', 'started_at']);
      expect(e.started_at).to.be.within(0, 12000);
    }
  });
});
