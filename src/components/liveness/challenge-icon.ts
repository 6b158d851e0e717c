import { html, svg, type TemplateResult } from 'lit';
import type { LivenessChallenge } from '../../api/schemas.js';
import { isArrowChallenge } from '../../capture/liveness-progress.js';

const SHAPES: Record<LivenessChallenge, TemplateResult> = {
  blink: svg`<path d="M2 12s4-6 10-6 10 6 10 6-4 6-10 6S2 12 2 12z"/><path d="M4 16l-2 2M20 16l2 2M12 18v3"/>`,
  turn_left: svg`<path d="M20 12H4M10 6l-6 6 6 6"/>`,
  turn_right: svg`<path d="M4 12h16M14 6l6 6-6 6"/>`,
  smile: svg`<circle cx="12" cy="12" r="10"/><path d="M8 14s1.5 2 4 2 4-2 4-2M9 9h.01M15 9h.01"/>`,
};

/** The icon of a challenge (a plain circle while holding still); arrows are mirrored in right-to-left text. */
export function challengeIcon(c: LivenessChallenge | null): TemplateResult {
  return html`<svg class=${isArrowChallenge(c) ? 'arrow' : ''} viewBox="0 0 24 24" aria-hidden="true">
    ${c ? SHAPES[c] : svg`<circle cx="12" cy="12" r="9"/>`}
  </svg>`;
}
