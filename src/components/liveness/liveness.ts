import { VerilockLiveness } from './liveness.component.js';

export * from './liveness.component.js';

if (!customElements.get('verilock-liveness')) customElements.define('verilock-liveness', VerilockLiveness);

declare global {
  interface HTMLElementTagNameMap {
    'verilock-liveness': VerilockLiveness;
  }
}
