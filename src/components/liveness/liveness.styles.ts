import { css } from 'lit';

/** The liveness step's own rules, over the shared camera styles: a lower preview, the challenge banner. */
export const livenessStyles = css`
  .camera {
    max-height: 55vh;
  }
  .challenge {
    display: flex;
    align-items: center;
    gap: 0.75em;
    font-size: 1.2em;
    font-weight: 700;
    min-height: 3em;
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
    margin-bottom: var(--_space);
  }
  .challenge svg {
    width: 2em;
    height: 2em;
    flex: none;
    stroke: currentColor;
    fill: none;
    stroke-width: 2;
    stroke-linecap: round;
  }
  :host(:dir(rtl)) .challenge svg.arrow {
    transform: scaleX(-1);
  }
  .steps {
    font-size: 0.875em;
    color: var(--_muted);
  }
`;
