import { expect } from '@open-wc/testing';
import { en } from '../i18n/registry.js';
import { challengesDone, isArrowChallenge, livenessInstruction } from './liveness-progress.js';

describe('liveness instruction', () => {
  it('says hold still during the baseline, the challenge during one, then passed', () => {
    expect(livenessInstruction(en, { phase: 'baseline', challenge: null })).to.equal(en.livenessHoldStill);
    expect(livenessInstruction(en, { phase: 'challenge', challenge: 'smile' })).to.equal(en.livenessChallenge.smile);
    expect(livenessInstruction(en, { phase: 'passed', challenge: null })).to.equal(en.livenessPassed);
  });
  it('says try again on failure, or on a challenge phase without a challenge', () => {
    expect(livenessInstruction(en, { phase: 'failed', challenge: 'blink' })).to.equal(en.livenessTimeout);
    expect(livenessInstruction(en, { phase: 'challenge', challenge: null })).to.equal(en.livenessTimeout);
  });
});

describe('challengesDone', () => {
  it('counts none before the first frame and during the baseline', () => {
    expect(challengesDone(null, 3)).to.equal(0);
    expect(challengesDone({ phase: 'baseline', index: 0 }, 3)).to.equal(0);
  });
  it('counts the challenges before the current one, and all once passed', () => {
    expect(challengesDone({ phase: 'challenge', index: 2 }, 3)).to.equal(2);
    expect(challengesDone({ phase: 'passed', index: 2 }, 3)).to.equal(3);
    expect(challengesDone({ phase: 'failed', index: 2 }, 3)).to.equal(0);
  });
});

describe('isArrowChallenge', () => {
  it('is true for the turns only', () => {
    expect(['blink', 'turn_left', 'turn_right', 'smile', null].map((c) => isArrowChallenge(c as never))).to.deep.equal([
      false,
      true,
      true,
      false,
      false,
    ]);
  });
});
