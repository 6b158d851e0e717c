import { css } from 'lit';

/** The capture step's own rules, over the shared camera styles: guidance line, file fallback, prompt help. */
export const captureStyles = css`
  .overlay .outline {
    stroke-dasharray: 10 6;
  }
  .overlay.good .outline {
    stroke: #6fdc8c;
    stroke-dasharray: none;
  }
  .status {
    position: absolute;
    inset: auto 0 0 0;
    padding: 0.5em 0.75em;
    background: rgba(0, 0, 0, 0.65);
    color: #fff;
    text-align: center;
    font-weight: 600;
    min-height: 2.5em;
  }
  .starting {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: #fff;
    padding: var(--_space);
    text-align: center;
  }
  .file-input {
    position: absolute;
    opacity: 0;
    width: 1px;
    height: 1px;
  }
  .file-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .document-issue {
    border-inline-start: 4px solid var(--_danger);
    padding: 0.5em 0.75em;
    margin-block: var(--_space);
  }
  .document-issue button {
    margin-inline-end: 0.5em;
  }
  .help {
    background: var(--_surface);
    border-inline-start: 4px solid var(--_accent);
    padding: 0.5em 0.75em;
    margin-bottom: var(--_space);
  }
`;
