import { css } from 'lit';

/** Dark defaults: applied by the system setting, or by `theme="dark"` on the element. */
const darkValues = css`
  color-scheme: dark;
  --_accent: var(--verilock-color-accent, #9db7ff);
  --_accent-contrast: var(--verilock-color-accent-contrast, #0b1530);
  --_bg: var(--verilock-color-background, #10141c);
  --_surface: var(--verilock-color-surface, #1b2130);
  --_text: var(--verilock-color-text, #eef1f7);
  --_muted: var(--verilock-color-text-muted, #b7c0d2);
  --_border: var(--verilock-color-border, #465067);
  --_danger: var(--verilock-color-danger, #ffb4ab);
  --_success: var(--verilock-color-success, #8fd8a6);
  --_focus: var(--verilock-color-focus, #9db7ff);
`;

/**
 * Design tokens. Every colour, radius, font and spacing goes through a documented `--verilock-*`
 * custom property with light and dark defaults; integrators override them on the element.
 */
export const tokens = css`
  :host {
    --_accent: var(--verilock-color-accent, #1849c6);
    --_accent-contrast: var(--verilock-color-accent-contrast, #ffffff);
    --_bg: var(--verilock-color-background, #ffffff);
    --_surface: var(--verilock-color-surface, #f3f5f9);
    --_text: var(--verilock-color-text, #141a26);
    --_muted: var(--verilock-color-text-muted, #4a5468);
    --_border: var(--verilock-color-border, #c9d0dc);
    --_danger: var(--verilock-color-danger, #b3261e);
    --_success: var(--verilock-color-success, #176b3a);
    --_focus: var(--verilock-color-focus, #1849c6);
    --_overlay: var(--verilock-color-camera-overlay, rgba(8, 12, 20, 0.55));
    --_radius: var(--verilock-radius, 12px);
    --_radius-button: var(--verilock-radius-button, 999px);
    --_font: var(--verilock-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    --_font-size: var(--verilock-font-size, 16px);
    --_space: var(--verilock-spacing, 1rem);
    --_max-width: var(--verilock-max-width, 32rem);
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkValues}
    }
  }
  :host([theme='dark']) {
    ${darkValues}
  }
`;

/** Reset and shared pieces for every element of the widget. */
export const componentStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    color: var(--_text);
  }
  :host *,
  :host *::before,
  :host *::after {
    box-sizing: inherit;
  }
  [hidden] {
    display: none !important;
  }
  /* Long words (Finnish, German compounds) wrap instead of overflowing a 320 px screen. */
  h2,
  p {
    overflow-wrap: break-word;
    hyphens: auto;
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  /* Headings receive focus on each new screen so screen readers start there; they are not controls. */
  h2:focus,
  h2:focus-visible {
    outline: none;
  }
  p {
    margin: 0 0 var(--_space);
  }
  .muted {
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    margin-top: var(--_space);
  }
  button,
  .button {
    font: inherit;
    font-weight: 600;
    min-height: 48px;
    padding: 0.65em 1.25em;
    border-radius: var(--_radius-button);
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-contrast);
    cursor: pointer;
    text-align: center;
    width: 100%;
  }
  button.secondary,
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  button.link {
    background: none;
    border-color: transparent;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.25em;
    text-decoration-skip-ink: auto;
    min-height: 44px;
  }
  select {
    font: inherit;
    min-height: 48px;
    padding: 0.5em;
    border-radius: var(--_radius);
    border: 2px solid var(--_border);
    background: var(--_bg);
    color: var(--_text);
  }
  button:focus-visible,
  .button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  label.button:focus-within {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }
  button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  @media (min-width: 480px) {
    .actions.row {
      flex-direction: row-reverse;
    }
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0, 0, 0, 0);
    white-space: nowrap;
    border: 0;
  }
  /* A busy indicator (decorative: every wait also has text). */
  .spinner {
    width: 40px;
    height: 40px;
    border-radius: 50%;
    border: 4px solid var(--_surface);
    border-top-color: var(--_accent);
    animation: verilock-spin 1s linear infinite;
    margin: var(--_space) auto;
  }
  @keyframes verilock-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
    :host *,
    :host *::before,
    :host *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
