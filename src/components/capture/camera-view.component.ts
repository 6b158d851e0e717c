import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { cameraOverlay } from './camera-parts.js';

/** Content a step places into its camera view: a template, or nothing. */
type Content = TemplateResult | typeof nothing;

/**
 * The camera view of a camera step: the preview box (live `<video>`, the shading overlay of the document
 * frame or face oval, a "starting" cover, the guidance line), then the step's notes, then the action row
 * with the shutter first and the step's other actions after it. It holds no state of its own: the step
 * owns the camera and passes down what to show.
 *
 * It renders into the step's shadow root rather than a shadow root of its own, so the step's styles
 * apply, the step keeps `video` and the shutter in its own tree, and the parts below reach the host page
 * through the step's `exportparts` unchanged. Internal to `<verilock-capture>` and `<verilock-liveness>`.
 *
 * @fires vl-shutter - the shutter was pressed.
 * @csspart camera - the preview box.
 * @csspart video - the `<video>` element.
 * @csspart shutter - the shutter button.
 */
export class VerilockCameraView extends LitElement {
  static override properties = {
    shape: { type: String },
    mirror: { type: Boolean },
    label: { attribute: false },
    live: { type: Boolean },
    unavailable: { type: Boolean },
    starting: { attribute: false },
    status: { attribute: false },
    good: { type: Boolean },
    shutter: { attribute: false },
    shutterDisabled: { type: Boolean },
    notes: { attribute: false },
    actions: { attribute: false },
  };

  /** The overlay's cut-out. */
  declare shape: 'document' | 'face';
  /** Show the preview mirrored (front cameras). */
  declare mirror: boolean;
  /** Accessible name of the video; `null` hides it from assistive technology. */
  declare label: string | null;
  /** The camera is live (no "starting" cover, guidance shown). */
  declare live: boolean;
  /** The camera cannot be used: the box (and the shutter) are hidden. */
  declare unavailable: boolean;
  /** Text of the cover shown until the camera is live (`null`: no cover). */
  declare starting: string | null;
  /** The guidance line over the preview while live (`null`: none). */
  declare status: string | null;
  /** The frame is good: the overlay turns green. */
  declare good: boolean;
  /** Label of the shutter button (`null`: no shutter, no action row). */
  declare shutter: string | null;
  declare shutterDisabled: boolean;
  /** The step's lines between the preview and the action row. */
  declare notes: Content;
  /** The step's other actions, after the shutter. */
  declare actions: Content;

  constructor() {
    super();
    this.shape = 'face';
    this.mirror = false;
    this.label = null;
    this.live = false;
    this.unavailable = false;
    this.starting = null;
    this.status = null;
    this.good = false;
    this.shutter = null;
    this.shutterDisabled = true;
    this.notes = nothing;
    this.actions = nothing;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  get video(): HTMLVideoElement | null {
    return this.querySelector('video');
  }

  override render(): TemplateResult {
    return html`
      <div class="camera ${this.shape}" part="camera" ?hidden=${this.unavailable}>
        <video
          part="video"
          class=${this.mirror ? 'mirror' : ''}
          autoplay
          muted
          playsinline
          aria-label=${this.label ?? nothing}
          aria-hidden=${this.label === null ? 'true' : nothing}
        ></video>
        ${cameraOverlay(this.shape, this.good)}
        ${this.live || this.starting === null ? nothing : html`<div class="starting" aria-hidden="true">${this.starting}</div>`}
        ${this.status && this.live ? html`<div class="status" aria-hidden="true">${this.status}</div>` : nothing}
      </div>
      ${this.notes}
      ${
        this.shutter === null
          ? nothing
          : html`<div class="actions">
              <button
                part="shutter"
                ?hidden=${this.unavailable}
                ?disabled=${this.shutterDisabled}
                @click=${() => this.dispatchEvent(new CustomEvent('vl-shutter', { bubbles: true, composed: false }))}
              >
                ${this.shutter}
              </button>
              ${this.actions}
            </div>`
      }
    `;
  }
}
