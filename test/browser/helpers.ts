/** Shared pieces of the component tests: a flow session reply, JSON responses, classic scripts. */
import type { FlowProgress, FlowSession } from '../../src/api/schemas.js';

/** A valid `GET /api/v1/flow/session` reply (document + selfie, passport or ID card, France or Germany). */
export function flowSession(overrides: Partial<FlowSession> = {}): FlowSession {
  return {
    id: 'ses_00000000-0000-4000-8000-000000000001',
    status: 'in_progress',
    steps: ['document', 'selfie'],
    applicant: { first_name: 'Ada' },
    redirect_url: null,
    expires_at: new Date(Date.now() + 3600_000).toISOString(),
    requirements: {
      document_types: ['passport', 'id_card'],
      countries: ['FR', 'DE'],
      liveness_challenges: [],
      max_upload_bytes: 10_000_000,
      accepted_types: ['image/jpeg', 'image/png', 'image/webp'],
      allow_cross_device: true,
    },
    captures: [],
    parent_origins: [],
    device: 'primary',
    ...overrides,
  };
}

/** A `GET /api/v1/flow/handoff/progress` reply: the phone not connected yet. */
export const WAITING_PROGRESS: FlowProgress = {
  status: 'in_progress',
  captures: [],
  phone_connected: false,
  phone_step: null,
  completed: false,
  redirect_url: null,
};

/** A JSON reply; a string body is sent as it is (for malformed-reply tests). */
export const json = (status: number, body: unknown): Response =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

/** Loads a classic script (e.g. from node_modules) once. */
export function loadScript(src: string): Promise<void> {
  if (document.querySelector(`script[src="${src}"]`)) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`${src} did not load`));
    document.head.append(s);
  });
}
