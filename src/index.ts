/**
 * Verilock Flow — public entry. Importing it defines `<verilock-flow>`.
 *
 * ```html
 * <script type="module" src="verilock-flow.js"></script>
 * <verilock-flow session-token="vft_…"></verilock-flow>
 * ```
 */
import './i18n/locales/index.js';
export { VerilockFlow, type EventSink } from './components/flow/flow.js';
export {
  VerilockEvent,
  ERROR_CATEGORY,
  type ErrorCode,
  type ErrorCategory,
  type VerilockEventDetails,
  type VerilockEventName,
  type ReadyDetail,
  type StepChangeDetail,
  type CameraStatusDetail,
  type CaptureDetail,
  type CompleteDetail,
  type RedirectDetail,
  type CancelDetail,
  type ErrorDetail,
  type ExpiredDetail,
} from './events/events.js';
export { registerTranslation } from './i18n/registry.js';
export type { Translation, TranslationOverrides } from './i18n/translation.js';
export type { CaptureKind, DocumentType, StepName, SessionStatus, FlowSession } from './api/schemas.js';
