import { css } from 'lit';

export const flowStyles = css`
  :host {
    display: block;
    background: var(--_bg);
    color: var(--_text);
    min-height: var(--verilock-min-height, 100%);
  }
  .base {
    /* Set here as well as on :host: a host page's !important rules can reach the host element, never this. */
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.5;
    max-width: var(--_max-width);
    margin: 0 auto;
    padding: var(--_space);
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-bottom: var(--_space);
    min-height: 44px;
  }
  header .progress {
    flex: 1;
  }
  .progress-text {
    font-size: 0.875em;
    color: var(--_muted);
  }
  /* A native <progress> (no inline style: the hosted page's CSP forbids style attributes). */
  .bar {
    appearance: none;
    display: block;
    width: 100%;
    height: 6px;
    border: 0;
    border-radius: 3px;
    background: var(--_surface);
    overflow: hidden;
    margin-top: 4px;
    color: var(--_accent);
  }
  .bar::-webkit-progress-bar {
    background: var(--_surface);
  }
  .bar::-webkit-progress-value {
    background: var(--_accent);
    transition: width 0.3s ease;
  }
  .bar::-moz-progress-bar {
    background: var(--_accent);
  }
  header button.link {
    width: auto;
    padding-inline: 0.5em;
  }
  ul.needs {
    padding-inline-start: 1.25em;
    margin: 0 0 var(--_space);
  }
  ul.needs li {
    margin-bottom: 0.25em;
  }
  fieldset {
    border: 0;
    margin: 0 0 var(--_space);
    padding: 0;
  }
  fieldset.types {
    margin-top: var(--_space);
  }
  legend,
  label.field {
    font-weight: 600;
    display: block;
    margin-bottom: 0.5em;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    margin-bottom: 0.5em;
    cursor: pointer;
    min-height: 48px;
  }
  .choice:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_surface);
  }
  .choice input {
    width: 1.25em;
    height: 1.25em;
    accent-color: var(--_accent);
  }
  select {
    width: 100%;
  }
  .preview {
    display: block;
    width: 100%;
    max-height: 55vh;
    object-fit: contain;
    background: #000;
    border-radius: var(--_radius);
    margin-bottom: var(--_space);
  }
  .alert {
    border-inline-start: 4px solid var(--_danger);
    background: var(--_surface);
    padding: var(--_space);
    border-radius: var(--_radius);
    margin-bottom: var(--_space);
  }
  .in-app {
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
    padding: var(--_space);
    border-radius: var(--_radius);
    margin-bottom: var(--_space);
  }
  .in-app h3 {
    margin: 0 0 0.25em;
    font-size: 1.1em;
  }
  .in-app .actions {
    margin-top: 0;
  }
  .in-app p[role='status']:empty {
    margin: 0;
  }
  .in-app input {
    font: inherit;
    width: 100%;
    min-height: 44px;
    padding: 0.5em;
    border-radius: var(--_radius);
    border: 2px solid var(--_border);
    background: var(--_bg);
    color: var(--_text);
  }
  .code {
    font-size: 0.8em;
    color: var(--_muted);
  }
  .confirm-cancel {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-bottom: var(--_space);
    background: var(--_surface);
  }
  .uploads {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space);
  }
  .uploads li {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    padding: 0.5em 0;
    border-bottom: 1px solid var(--_border);
  }
  .mark {
    font-weight: 700;
  }
  .mark.ok {
    color: var(--_success);
  }
  .warning {
    font-weight: 600;
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: 0.75em;
  }
  .offline {
    font-weight: 600;
  }
`;
