/**
 * The verification flow as a pure state machine: a transition table with guards, no DOM, no I/O.
 *
 * The shell renders `state.screen`; every user action, camera or network outcome is an {@link FlowAction}
 * fed to {@link transition}. Actions a screen does not accept leave the state unchanged (the returned
 * object is the same reference), so a stray click or a late network reply can never skip a step.
 */
import type { CaptureKind, Device, DocumentType, FlowSession } from '../api/schemas.js';
import { requiredCaptures, takesCapture } from './steps.js';
import { FATAL_CODES } from '../api/errors.js';
import type { ErrorCode } from '../events/events.js';

export type Screen =
  | 'loading'
  | 'intro'
  | 'consent'
  | 'document_select'
  | 'capture'
  | 'review'
  | 'uploading'
  | 'handoff'
  | 'done'
  | 'cancelled'
  | 'error';

export interface FlowConfig {
  /** Captures the session asks for, in order, before the document type is known. */
  needsDocument: boolean;
  needsSelfie: boolean;
  needsLiveness: boolean;
  documentTypes: readonly DocumentType[];
  /** `null`: any country (the applicant picks one). */
  countries: readonly string[] | null;
  /** The session may continue on a phone (profile setting). */
  allowCrossDevice: boolean;
}

export interface FlowState {
  readonly screen: Screen;
  readonly config: FlowConfig | null;
  /** Capture currently being taken or reviewed. */
  readonly kind: CaptureKind | null;
  readonly documentType: DocumentType | null;
  readonly country: string | null;
  readonly consented: boolean;
  /** Captures confirmed by the applicant or already held by the server. */
  readonly confirmed: readonly CaptureKind[];
  /** Attempts per capture kind (a retake increments). */
  readonly attempts: Readonly<Partial<Record<CaptureKind, number>>>;
  readonly error: { code: ErrorCode; recoverable: boolean; returnTo: Screen | null } | null;
  /** `phone` when this page was opened from a handoff link: it reports its steps and never redirects. */
  readonly device: Device;
  /** Where `HANDOFF_BACK` returns to (the screen and capture the handoff was offered on). */
  readonly handoffFrom: { screen: Screen; kind: CaptureKind | null } | null;
}

export type FlowAction =
  | {
      type: 'SESSION_LOADED';
      session: Pick<FlowSession, 'steps' | 'requirements' | 'captures'> & {
        document_type?: DocumentType | null;
        device?: Device;
      };
    }
  | { type: 'START' }
  | { type: 'CONSENT_ACCEPT' }
  | { type: 'CONSENT_DECLINE' }
  | { type: 'DOCUMENT_SELECTED'; documentType: DocumentType; country: string | null }
  | { type: 'CAPTURED' }
  | { type: 'RETAKE' }
  | { type: 'CONFIRM' }
  | { type: 'BACK' }
  | { type: 'CANCEL' }
  | { type: 'UPLOADS_SETTLED' }
  | { type: 'UPLOAD_REJECTED'; kind: CaptureKind }
  | { type: 'FAIL'; code: ErrorCode; recoverable: boolean }
  | { type: 'RETRY' }
  /** Continue on a phone (intro, or a capture whose camera failed). */
  | { type: 'HANDOFF' }
  /** Leave the handoff screen and go on on this device. */
  | { type: 'HANDOFF_BACK' }
  /** The phone submitted the session. */
  | { type: 'REMOTE_COMPLETE' };

export const initialState: FlowState = {
  screen: 'loading',
  config: null,
  kind: null,
  documentType: null,
  country: null,
  consented: false,
  confirmed: [],
  attempts: {},
  error: null,
  device: 'primary',
  handoffFrom: null,
};

export function configFromSession(session: Pick<FlowSession, 'steps' | 'requirements'>): FlowConfig {
  const steps = session.steps;
  return {
    needsDocument: takesCapture(steps, 'document_front'),
    needsSelfie: takesCapture(steps, 'selfie'),
    needsLiveness: takesCapture(steps, 'liveness'),
    documentTypes: session.requirements.document_types,
    countries: session.requirements.countries,
    allowCrossDevice: session.requirements.allow_cross_device,
  };
}

/** Whether this page may offer to continue on a phone: the session allows it and this is not the phone. */
export const canHandoff = (s: FlowState): boolean => s.device === 'primary' && (s.config?.allowCrossDevice ?? false);

/** Whether any biometric capture (selfie, liveness) is asked for: they need consent first. */
export const needsConsent = (c: FlowConfig): boolean => c.needsSelfie || c.needsLiveness;

/** The document type and country are fixed by the session when there is one choice of each. */
export function fixedDocumentChoice(c: FlowConfig): { documentType: DocumentType; country: string | null } | null {
  const [only] = c.documentTypes;
  if (c.documentTypes.length !== 1 || !only) return null;
  if (c.countries === null || c.countries.length === 1)
    return { documentType: only, country: c.countries?.[0] ?? null };
  return null;
}

/** All captures of the plan, in order, given the chosen document type (null: not chosen yet). */
export function capturePlan(c: FlowConfig, documentType: DocumentType | null): CaptureKind[] {
  const steps = [
    ...(c.needsDocument ? (['document'] as const) : []),
    ...(c.needsSelfie ? (['selfie'] as const) : []),
    ...(c.needsLiveness ? (['liveness'] as const) : []),
  ];
  return requiredCaptures(steps, documentType ?? undefined);
}

/** The screens the applicant walks, for progress ("step 2 of 5"). */
export function visibleSteps(s: FlowState): string[] {
  if (!s.config) return [];
  const out: string[] = ['intro'];
  if (needsConsent(s.config)) out.push('consent');
  if (s.config.needsDocument && !fixedDocumentChoice(s.config)) out.push('document_select');
  out.push(...capturePlan(s.config, s.documentType));
  out.push('done');
  return out;
}

/** The name of the current step as reported in `verilock-step-change` (`capture`/`review` use the kind). */
export function stepName(s: FlowState): string {
  if ((s.screen === 'capture' || s.screen === 'review') && s.kind) return s.kind;
  return s.screen;
}

function nextCapture(s: FlowState): CaptureKind | null {
  if (!s.config) return null;
  return capturePlan(s.config, s.documentType).find((k) => !s.confirmed.includes(k)) ?? null;
}

/** Where the applicant goes after intro/consent/document choice: the first thing still missing. */
function advance(s: FlowState): FlowState {
  const c = s.config;
  if (!c) return s;
  if (needsConsent(c) && !s.consented && nextCapture(s) !== null) return { ...s, screen: 'consent', kind: null };
  if (c.needsDocument && !s.documentType) {
    const fixed = fixedDocumentChoice(c);
    if (fixed) return advance({ ...s, ...fixed });
    return { ...s, screen: 'document_select', kind: null };
  }
  const kind = nextCapture(s);
  if (kind) return startCapture(s, kind);
  return { ...s, screen: 'uploading', kind: null };
}

function startCapture(s: FlowState, kind: CaptureKind): FlowState {
  return { ...s, screen: 'capture', kind, attempts: { ...s.attempts, [kind]: (s.attempts[kind] ?? 0) + 1 } };
}

function withoutKind(list: readonly CaptureKind[], kind: CaptureKind): CaptureKind[] {
  return list.filter((k) => k !== kind);
}

/** The step before the current one, when going back makes sense (never into a finished upload). */
function back(s: FlowState): FlowState {
  const c = s.config;
  if (!c) return s;
  switch (s.screen) {
    case 'consent':
      return { ...s, screen: 'intro' };
    case 'document_select':
      return needsConsent(c) ? { ...s, screen: 'consent' } : { ...s, screen: 'intro' };
    case 'review':
      return s.kind ? { ...s, screen: 'capture' } : s;
    case 'capture': {
      const plan = capturePlan(c, s.documentType);
      const i = s.kind ? plan.indexOf(s.kind) : -1;
      const prev = i > 0 ? plan[i - 1] : undefined;
      if (prev) return { ...s, screen: 'capture', kind: prev, confirmed: withoutKind(s.confirmed, prev) };
      if (c.needsDocument && s.kind === 'document_front' && !fixedDocumentChoice(c))
        return { ...s, screen: 'document_select', kind: null, documentType: null, country: null };
      return needsConsent(c) ? { ...s, screen: 'consent', kind: null } : { ...s, screen: 'intro', kind: null };
    }
    default:
      return s;
  }
}

/** The transition function. Returns `s` itself when the action is not accepted on this screen. */
export function transition(s: FlowState, a: FlowAction): FlowState {
  // Actions accepted on every screen that is not final.
  const final = s.screen === 'done' || s.screen === 'cancelled';
  if (a.type === 'FAIL') {
    if (final) return s;
    const fatal = FATAL_CODES.has(a.code);
    const returnTo = fatal || !a.recoverable ? null : s.screen === 'error' ? (s.error?.returnTo ?? null) : s.screen;
    return { ...s, screen: 'error', error: { code: a.code, recoverable: !fatal && a.recoverable, returnTo } };
  }
  if (a.type === 'CANCEL') {
    if (final || (s.screen === 'error' && s.error && FATAL_CODES.has(s.error.code))) return s;
    return { ...s, screen: 'cancelled', kind: null };
  }

  switch (s.screen) {
    case 'loading':
      if (a.type !== 'SESSION_LOADED') return s;
      {
        const config = configFromSession(a.session);
        const onServer = a.session.captures.map((r) => r.kind);
        const documentType = a.session.document_type ?? null;
        const device = a.session.device ?? 'primary';
        const base: FlowState = { ...initialState, screen: 'intro', config, confirmed: onServer, documentType, device };
        // A resumed session whose front is on the server but whose type we lost asks again only for
        // what is missing: the back is assumed needed unless the type is one-sided.
        return base;
      }
    case 'intro':
      if (a.type === 'START') return advance(s);
      if (a.type === 'HANDOFF') return toHandoff(s);
      return s;
    case 'consent':
      if (a.type === 'CONSENT_ACCEPT') return advance({ ...s, consented: true });
      if (a.type === 'CONSENT_DECLINE') return { ...s, screen: 'cancelled' };
      if (a.type === 'BACK') return back(s);
      return s;
    case 'document_select':
      if (a.type === 'DOCUMENT_SELECTED') {
        const c = s.config;
        if (!c || !c.documentTypes.includes(a.documentType)) return s;
        if (c.countries && (a.country === null || !c.countries.includes(a.country))) return s;
        if (!c.countries && a.country !== null && !/^[A-Z]{2}$/.test(a.country)) return s;
        return advance({ ...s, documentType: a.documentType, country: a.country });
      }
      if (a.type === 'BACK') return back(s);
      return s;
    case 'capture':
      if (a.type === 'CAPTURED') return { ...s, screen: 'review' };
      if (a.type === 'HANDOFF') return toHandoff(s);
      if (a.type === 'BACK') return back(s);
      return s;
    case 'review':
      if (a.type === 'RETAKE' && s.kind) return startCapture(s, s.kind);
      if (a.type === 'CONFIRM' && s.kind) {
        const confirmed = s.confirmed.includes(s.kind) ? s.confirmed : [...s.confirmed, s.kind];
        return advance({ ...s, confirmed });
      }
      if (a.type === 'BACK') return back(s);
      return s;
    case 'uploading':
      if (a.type === 'UPLOADS_SETTLED') return { ...s, screen: 'done', kind: null };
      if (a.type === 'UPLOAD_REJECTED') return rejectUpload(s, a.kind);
      return s;
    case 'handoff':
      if (a.type === 'REMOTE_COMPLETE') return { ...s, screen: 'done', kind: null, handoffFrom: null };
      if (a.type === 'HANDOFF_BACK' || a.type === 'BACK') {
        const from = s.handoffFrom ?? { screen: 'intro', kind: null };
        return { ...s, screen: from.screen, kind: from.kind, handoffFrom: null };
      }
      return s;
    case 'error':
      if (a.type === 'RETRY' && s.error?.recoverable) {
        const to = s.error.returnTo ?? 'intro';
        return { ...s, screen: to, error: null };
      }
      if (a.type === 'UPLOAD_REJECTED') return rejectUpload({ ...s, error: null }, a.kind);
      return s;
    default:
      return s;
  }
}

/** To the handoff screen, remembering where to come back to; refused on a phone or when the session forbids it. */
function toHandoff(s: FlowState): FlowState {
  if (!canHandoff(s)) return s;
  return { ...s, screen: 'handoff', handoffFrom: { screen: s.screen, kind: s.kind } };
}

/** The server refused a capture: take it again (it leaves the confirmed list). */
function rejectUpload(s: FlowState, kind: CaptureKind): FlowState {
  const next = { ...s, confirmed: withoutKind(s.confirmed, kind) };
  return startCapture(next, kind);
}
