import { VerilockFlow } from './flow.component.js';

export * from './flow.component.js';

if (!customElements.get('verilock-flow')) customElements.define('verilock-flow', VerilockFlow);

declare global {
  interface HTMLElementTagNameMap {
    'verilock-flow': VerilockFlow;
  }
}
