import { VerilockCameraView } from './camera-view.component.js';

export * from './camera-view.component.js';

if (!customElements.get('verilock-camera-view')) customElements.define('verilock-camera-view', VerilockCameraView);

declare global {
  interface HTMLElementTagNameMap {
    'verilock-camera-view': VerilockCameraView;
  }
}
