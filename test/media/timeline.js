// The gesture timeline of the synthetic "live head" clip (see render-head.mjs), shared by the page
// that renders it and the Node side that reports on it. 30 fps, 210 frames (7 s), looped by the fake
// camera — shorter than one challenge attempt (8 s), so every attempt sees every gesture once whole.
//
// Per frame:
//  - yaw (degrees): + = the person turns to THEIR left = the nose moves toward the image's right
//    (camera image, not mirrored) — the product's `turn_left`.
//  - blink, smile: 0..1.
//  - shift (px): the whole picture moves sideways (the phone shakes a little). Used during the smile
//    only, so that no 15 steady frames fall inside it: the hold-still baseline must be taken on a
//    neutral face, never on a smile.
export const FPS = 30;
export const WIDTH = 640;
export const HEIGHT = 480;

const ease = (t) => 0.5 - 0.5 * Math.cos(Math.PI * Math.min(1, Math.max(0, t)));
/** Eyelid closure per frame of one blink: 9 frames (300 ms), fully closed for 3. */
const BLINK = [0.4, 0.8, 1, 1, 1, 0.75, 0.5, 0.25, 0.1];
const TURN_DEG = 30;
const TURN_RAMP = 12;
const TURN_HOLD = 10;
const SMILE_RAMP = 10;
const SMILE_HOLD = 15;
const SHAKE_PX = 12;

/** @returns {{ segment: string, yaw: number, blink: number, smile: number, shift: number }[]} */
export function timeline() {
  const frames = [];
  const add = (segment, n, fn = () => ({})) => {
    for (let i = 0; i < n; i++) frames.push({ segment, yaw: 0, blink: 0, smile: 0, shift: 0, ...fn(i) });
  };
  const turn = (sign) => (i) => ({
    yaw:
      sign *
      TURN_DEG *
      (i < TURN_RAMP
        ? ease(i / (TURN_RAMP - 1))
        : i < TURN_RAMP + TURN_HOLD
          ? 1
          : ease((2 * TURN_RAMP + TURN_HOLD - 1 - i) / (TURN_RAMP - 1))),
  });
  const turnFrames = 2 * TURN_RAMP + TURN_HOLD;
  const smileFrames = 2 * SMILE_RAMP + SMILE_HOLD;
  add('neutral', 45);
  add('turn_left', turnFrames, turn(+1));
  add('gap', 10);
  add('blink', BLINK.length, (i) => ({ blink: BLINK[i] }));
  add('gap', 8);
  add('blink', BLINK.length, (i) => ({ blink: BLINK[i] }));
  add('gap', 10);
  add('turn_right', turnFrames, turn(-1));
  add('gap', 10);
  add('smile', smileFrames, (i) => ({
    smile:
      i < SMILE_RAMP
        ? ease(i / (SMILE_RAMP - 1))
        : i < SMILE_RAMP + SMILE_HOLD
          ? 1
          : ease((smileFrames - 1 - i) / (SMILE_RAMP - 1)),
    // steady runs inside the smile stay ≤ 8 frames
    shift: (i >= 4 && i < 12) || (i >= 20 && i < 28) ? SHAKE_PX : 0,
  }));
  add('neutral', 6);
  return frames;
}
