import { VerilockHandoff } from './handoff.component.js';

export * from './handoff.component.js';
export { handoffScreen } from './handoff.screen.js';
export { flowHandoff } from './flow-handoff.js';
export * from '../../handoff/handoff-controller.js';
export * from '../../handoff/handoff-state.js';

if (!customElements.get('verilock-handoff')) customElements.define('verilock-handoff', VerilockHandoff);

declare global {
  interface HTMLElementTagNameMap {
    'verilock-handoff': VerilockHandoff;
  }
}
