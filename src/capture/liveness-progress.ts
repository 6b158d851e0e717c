import type { LivenessChallenge } from '../api/schemas.js';
import type { Translation } from '../i18n/translation.js';
import type { LivenessUpdate } from '../vision/liveness.js';

/** The instruction for the check's current state: hold still, the challenge, passed, or try again. */
export function livenessInstruction(t: Translation, u: Pick<LivenessUpdate, 'phase' | 'challenge'>): string {
  if (u.phase === 'baseline') return t.livenessHoldStill;
  if (u.phase === 'challenge' && u.challenge) return t.livenessChallenge[u.challenge];
  if (u.phase === 'passed') return t.livenessPassed;
  return t.livenessTimeout;
}

/** How many of the `total` challenges are done (for "2 of 3"). */
export function challengesDone(u: Pick<LivenessUpdate, 'phase' | 'index'> | null, total: number): number {
  if (!u) return 0;
  return u.phase === 'passed' ? total : u.phase === 'challenge' ? u.index : 0;
}

/** Whether a challenge's icon is an arrow (mirrored in right-to-left languages). */
export const isArrowChallenge = (c: LivenessChallenge | null): boolean => c === 'turn_left' || c === 'turn_right';
