/**
 * React wrapper of `<verilock-flow>` (subpath export `verilock-flow/react`), built with `@lit/react`:
 * properties are set as element properties and each public event has a typed `on…` prop.
 *
 * ```tsx
 * import { VerilockFlow } from 'verilock-flow/react';
 *
 * <VerilockFlow
 *   sessionToken={token}
 *   onVerilockComplete={(e) => console.log(e.detail.status)}
 *   onVerilockRedirect={(e) => { e.preventDefault(); navigate('/thanks'); }}
 * />
 * ```
 *
 * `react` is a peer dependency (17, 18 or 19). Importing this module defines the custom element.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { VerilockFlow as VerilockFlowElement } from './components/flow/flow.js';
import type { VerilockEvent } from './events/events.js';

/** The React component. Props: the element's properties (`sessionToken`, `apiBase`, …) and event handlers. */
export const VerilockFlow = createComponent({
  tagName: 'verilock-flow',
  elementClass: VerilockFlowElement,
  react: React,
  events: {
    onVerilockReady: 'verilock-ready' as EventName<VerilockEvent<'verilock-ready'>>,
    onVerilockStepChange: 'verilock-step-change' as EventName<VerilockEvent<'verilock-step-change'>>,
    onVerilockCameraStatus: 'verilock-camera-status' as EventName<VerilockEvent<'verilock-camera-status'>>,
    onVerilockCapture: 'verilock-capture' as EventName<VerilockEvent<'verilock-capture'>>,
    onVerilockComplete: 'verilock-complete' as EventName<VerilockEvent<'verilock-complete'>>,
    onVerilockRedirect: 'verilock-redirect' as EventName<VerilockEvent<'verilock-redirect'>>,
    onVerilockCancel: 'verilock-cancel' as EventName<VerilockEvent<'verilock-cancel'>>,
    onVerilockError: 'verilock-error' as EventName<VerilockEvent<'verilock-error'>>,
    onVerilockExpired: 'verilock-expired' as EventName<VerilockEvent<'verilock-expired'>>,
  },
  displayName: 'VerilockFlow',
});

/** Props of {@link VerilockFlow}. */
export type VerilockFlowProps = React.ComponentProps<typeof VerilockFlow>;

export { VerilockFlowElement };
export type {
  VerilockEvent,
  VerilockEventDetails,
  VerilockEventName,
  ReadyDetail,
  StepChangeDetail,
  CameraStatusDetail,
  CaptureDetail,
  CompleteDetail,
  RedirectDetail,
  CancelDetail,
  ErrorDetail,
  ExpiredDetail,
} from './events/events.js';
