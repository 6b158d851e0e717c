import { VerilockCapture } from './capture.component.js';

export * from './capture.component.js';

if (!customElements.get('verilock-capture')) customElements.define('verilock-capture', VerilockCapture);

declare global {
  interface HTMLElementTagNameMap {
    'verilock-capture': VerilockCapture;
  }
}
