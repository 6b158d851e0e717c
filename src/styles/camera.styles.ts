import { css } from 'lit';

/**
 * The camera box shared by the capture and liveness steps: a black frame holding the live `<video>`
 * (front cameras mirrored, like a mirror), an SVG overlay that shades everything but the document frame
 * or face oval, and a panel for camera problems.
 */
export const cameraStyles = css`
  :host {
    display: block;
  }
  /* The camera view renders into the step's tree: it adds no box of its own. */
  verilock-camera-view {
    display: contents;
  }
  .camera {
    position: relative;
    background: #000;
    border-radius: var(--_radius);
    overflow: hidden;
    aspect-ratio: 3 / 4;
    max-height: 60vh;
    width: 100%;
    margin: 0 auto var(--_space);
  }
  .camera.document {
    aspect-ratio: 4 / 3;
  }
  video {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  video.mirror {
    transform: scaleX(-1);
  }
  svg.overlay {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    pointer-events: none;
  }
  .overlay .shade {
    fill: var(--_overlay);
  }
  .overlay .outline {
    fill: none;
    stroke: #fff;
    stroke-width: 3;
  }
  .problem {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-bottom: var(--_space);
    background: var(--_surface);
  }
  .problem button + button {
    margin-top: 0.5em;
  }
  .picker {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin-bottom: var(--_space);
  }
  .problem .picker {
    margin: 0.75em 0 0;
  }
  .picker label {
    font-weight: 600;
  }
  .picker select {
    flex: 1 1 12em;
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .problem h3 {
    margin: 0 0 0.25em;
    font-size: 1.1em;
  }
`;
