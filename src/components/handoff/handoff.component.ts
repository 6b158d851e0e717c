import { css, html, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { INITIAL_VIEW, type HandoffView } from '../../handoff/handoff-state.js';
import { phoneStepLabel, receivedTotal } from '../../handoff/handoff-text.js';
import { en } from '../../i18n/registry.js';
import type { Translation } from '../../i18n/translation.js';
import { componentStyles } from '../../styles/tokens.styles.js';
import { VerilockElement } from '../base/verilock-element.js';

/**
 * Continue on a phone: draws the link the shell's `HandoffController` made, as a QR code (SVG) and a
 * copyable link, and the phone's progress; offers a new link when the link expired unused or the phone
 * stalled. It holds no logic of its own beyond the copy button. Internal to `<verilock-flow>`.
 *
 * @fires vl-guidance - `{ detail: { text } }` when the link was copied (for the shell's live region).
 * @fires vl-handoff-new-link - The applicant asked for a new link.
 * @csspart qr - the QR code.
 * @csspart link - the link field.
 */
export class VerilockHandoff extends VerilockElement {
  // No token block of its own: the colours, fonts and theme come from the enclosing <verilock-flow>
  // (custom properties inherit into this shadow root), so theme="dark" on the flow reaches here too.
  static override styles = [
    componentStyles,
    css`
      :host {
        display: block;
      }
      .qr {
        display: block;
        width: min(16rem, 100%);
        aspect-ratio: 1;
        margin: 0 auto var(--_space);
        background: #fff;
        border-radius: var(--_radius);
      }
      .qr.placeholder {
        display: grid;
        place-items: center;
        background: var(--_surface);
      }
      .link-row {
        display: flex;
        gap: 0.5em;
        align-items: stretch;
        flex-wrap: wrap;
      }
      .link-row input {
        flex: 1 1 12rem;
        min-width: 0;
        font: inherit;
        font-size: 0.9em;
        padding: 0.5em 0.75em;
        border: 1px solid var(--_border);
        border-radius: 8px;
        background: var(--_bg);
        color: var(--_text);
      }
      .progress {
        margin-top: var(--_space);
        padding: 0.75em 1em;
        background: var(--_surface);
        border-radius: var(--_radius);
      }
      .progress p {
        margin: 0.25em 0;
      }
      .problem {
        border: 2px solid var(--_danger);
        border-radius: var(--_radius);
        padding: var(--_space);
        margin-bottom: var(--_space);
      }
      label.field {
        font-weight: 600;
        display: block;
        margin-bottom: 0.5em;
      }
      .stale {
        color: var(--_danger);
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: false }) t: Translation = en;
  /** Captures the session needs, for "2 of 3 received". */
  @property({ type: Number }) total = 0;
  /** What to draw: the link, its QR code and the phone's progress. */
  @property({ attribute: false }) view: HandoffView = INITIAL_VIEW;
  @state() copied: 'idle' | 'copied' | 'manual' = 'idle';

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new link: "copied" spoke of the old one.
    if (changed.has('view') && changed.get('view')?.url !== this.view.url) this.copied = 'idle';
  }

  async #copy(): Promise<void> {
    const url = this.view.url;
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      this.copied = 'copied';
      this.emit('vl-guidance', { text: this.t.handoffCopied });
    } catch {
      // No clipboard (permission, insecure context): select the text for the applicant to copy.
      this.copied = 'manual';
      await this.updateComplete;
      const input = this.renderRoot.querySelector<HTMLInputElement>('input');
      input?.focus();
      input?.select();
    }
  }

  #renderQr() {
    const t = this.t;
    if (!this.view.qr)
      return html`<div class="qr placeholder" part="qr"><div class="spinner" role="presentation"></div></div>`;
    // The markup comes from the QR library, here, from the link the server gave us: no outside input.
    return html`<svg
      class="qr"
      part="qr"
      role="img"
      aria-label=${t.handoffQrLabel}
      viewBox=${this.view.qr.viewBox}
      shape-rendering="crispEdges"
    >
      ${svg`${unsafeSVG(this.view.qr.inner)}`}
    </svg>`;
  }

  #renderLink() {
    const t = this.t;
    return html`${this.#renderQr()}
      <label class="field" for="handoff-link">${t.handoffLinkLabel}</label>
      <div class="link-row">
        <input
          id="handoff-link"
          part="link"
          type="text"
          readonly
          .value=${this.view.url ?? ''}
          @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
        />
        <button class="secondary" @click=${() => void this.#copy()}>${t.handoffCopy}</button>
      </div>
      ${this.copied === 'copied' ? html`<p class="muted" role="status">${t.handoffCopied}</p>` : nothing}
      ${this.copied === 'manual' ? html`<p class="muted" role="status">${t.handoffCopyManual}</p>` : nothing}
      ${
        this.view.expiresAt !== null
          ? html`<p class="muted">
              ${t.handoffValidFor(Math.max(1, Math.round((this.view.expiresAt - this.view.createdAt) / 60_000)))}
            </p>`
          : nothing
      }`;
  }

  #renderProgress() {
    const t = this.t;
    const p = this.view.progress;
    if (this.view.awaitingScan || !p) return html`<div class="progress"><p>${t.handoffWaiting}</p></div>`;
    return html`<div class="progress">
      <p>${p.completed ? t.handoffFinished : t.handoffConnected}</p>
      ${p.phone_step && !p.completed ? html`<p>${t.handoffPhoneStep(phoneStepLabel(t, p.phone_step))}</p>` : nothing}
      <p>${t.handoffReceived(p.captures.length, receivedTotal(this.total, p.captures.length))}</p>
      ${this.view.stalled ? html`<p class="stale">${t.handoffStalled}</p>` : nothing}
    </div>`;
  }

  override render() {
    const t = this.t;
    if (this.view.phase === 'creating') {
      return html`<div class="spinner" role="presentation"></div>
        <p role="status" class="muted">${t.handoffCreating}</p>`;
    }
    if (this.view.phase === 'failed' || this.view.phase === 'expired') {
      return html`<div class="problem" role="alert">
          <p>${this.view.phase === 'failed' ? t.handoffFailed : t.handoffExpired}</p>
        </div>
        <div class="actions">
          <button part="primary-button" @click=${() => this.emit('vl-handoff-new-link', {})}>
            ${t.handoffNewLink}
          </button>
        </div>`;
    }
    // What to do now: scan (the QR code and the link are up), go on on the phone, or nothing (finished).
    const body = this.view.progress?.completed
      ? t.handoffFinishedBody
      : this.view.awaitingScan
        ? t.handoffBody
        : t.handoffConnectedBody;
    return html`<p class="body">${body}</p>
      ${this.view.awaitingScan ? this.#renderLink() : nothing} ${this.#renderProgress()}
      ${
        this.view.stalled
          ? html`<div class="actions">
              <button class="secondary" @click=${() => this.emit('vl-handoff-new-link', {})}>
                ${t.handoffNewLink}
              </button>
            </div>`
          : nothing
      }`;
  }
}
