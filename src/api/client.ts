/**
 * The flow API client: the widget's only way to the server (see docs/server-api.md).
 *
 * Every reply is parsed with the zod schemas of the wire contract; every failure is a {@link FlowError}.
 * The session token is held in a private field, sent only as `Authorization: Bearer …`, and never
 * appears in an error, a log line or an event. Requests omit credentials and the referrer and bypass
 * the HTTP cache.
 */
import type { $ZodType } from 'zod/v4/core';
import {
  CaptureKind,
  CaptureMeta,
  CaptureReceipt,
  FlowComplete,
  FlowProgress,
  FlowSession,
  HandoffCreated,
  ProgressStep,
  type HandoffRequest,
} from './schemas.js';
import {
  FlowError,
  errorFromResponse,
  networkError,
  parseReply,
  summarizeIssues,
  type FlowEndpoint,
} from './errors.js';

/** Default per-request timeout, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Options of the {@link FlowClient} constructor. */
export interface FlowClientOptions {
  /** Origin (and optional path prefix) of the flow API; default `''` (same origin). */
  apiBase?: string;
  /** The session token. Kept private; never stored, logged or put in an error. */
  token: string;
  /** Fetch implementation (tests); default the global `fetch`. */
  fetch?: typeof fetch;
  /** Per-request timeout in milliseconds; a timeout becomes a retryable `network` error. Default 30 s. */
  timeoutMs?: number;
  /** XMLHttpRequest factory for uploads with progress (tests); default `new XMLHttpRequest()`. */
  createXhr?: () => XMLHttpRequest;
}

/** A capture to upload. */
export interface CaptureUpload {
  kind: CaptureKind;
  /** One image, or several for `liveness` frames. */
  files: Blob[];
  meta: CaptureMeta;
  /** Sent as `Idempotency-Key`; the same key with the same body returns the first reply. */
  idempotencyKey: string;
}

/** Per-request options of {@link FlowClient.uploadCapture}. */
export interface UploadOptions {
  signal?: AbortSignal;
  /** Upload progress, 0..1. When given the request goes through XMLHttpRequest (fetch has no upload progress). */
  onProgress?: (fraction: number) => void;
}

/** What the client needs from either transport. */
interface RawReply {
  status: number;
  body: string;
  retryAfter: string | null;
}

interface RawRequest {
  endpoint: FlowEndpoint;
  method: 'GET' | 'POST';
  body?: FormData | string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

const ENDPOINT_PATHS: Record<FlowEndpoint, string> = {
  session: '/api/v1/flow/session',
  captures: '/api/v1/flow/captures',
  complete: '/api/v1/flow/complete',
  handoff: '/api/v1/flow/handoff',
  progress: '/api/v1/flow/progress',
};

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The request was aborted.', 'AbortError');
}

/**
 * Client of the flow API for one session token.
 *
 * @example
 * const client = new FlowClient({ apiBase: '', token });
 * const session = await client.getSession();
 */
export class FlowClient {
  readonly #token: string;
  readonly #apiBase: string;
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;
  readonly #createXhr: () => XMLHttpRequest;

  /** @throws {FlowError} `token_invalid` when the token is empty or not a plain header value. */
  constructor({ apiBase = '', token, fetch: fetchImpl, timeoutMs = DEFAULT_TIMEOUT_MS, createXhr }: FlowClientOptions) {
    // A token that cannot travel in a header would make fetch throw with a message we do not control.
    if (typeof token !== 'string' || !/^[\x21-\x7e]+$/.test(token)) {
      throw new FlowError('token_invalid', 'The verification link is not valid (malformed token).');
    }
    this.#token = token;
    this.#apiBase = apiBase.replace(/\/+$/, '');
    // Called unbound: a stored native fetch invoked as a method of this object would throw "Illegal invocation".
    this.#fetch = (input, init) => (fetchImpl ?? globalThis.fetch)(input, init);
    this.#timeoutMs = timeoutMs;
    this.#createXhr = createXhr ?? (() => new XMLHttpRequest());
  }

  /** The session as the widget needs it, with the captures the server already holds. */
  async getSession(signal?: AbortSignal): Promise<FlowSession> {
    return this.#call(FlowSession, { endpoint: 'session', method: 'GET', signal });
  }

  /**
   * Upload one capture as multipart form data: `file` parts named `<kind>-<i>.jpg`, `kind`, and `meta`
   * as a JSON string, under the given `Idempotency-Key`.
   *
   * @throws {FlowError} `upload_rejected` before any request when `kind`, `files` or `meta` is invalid.
   */
  async uploadCapture(
    { kind, files, meta, idempotencyKey }: CaptureUpload,
    { signal, onProgress }: UploadOptions = {},
  ): Promise<CaptureReceipt> {
    const checkedMeta = CaptureMeta.safeParse(meta);
    if (!CaptureKind.safeParse(kind).success || files.length === 0 || !checkedMeta.success || !idempotencyKey) {
      throw new FlowError('upload_rejected', 'The capture is incomplete and was not sent.', {
        endpoint: 'captures',
        details: { reason: 'invalid_input', issues: checkedMeta.success ? [] : summarizeIssues(checkedMeta.error) },
      });
    }
    const form = new FormData();
    files.forEach((file, i) => form.append('file', file, `${kind}-${i}.jpg`));
    form.append('kind', kind);
    form.append('meta', JSON.stringify(checkedMeta.data));
    const receipt = await this.#call(CaptureReceipt, {
      endpoint: 'captures',
      method: 'POST',
      body: form,
      headers: { 'Idempotency-Key': idempotencyKey },
      signal,
      onProgress,
    });
    if (receipt.kind !== kind) {
      throw new FlowError('bad_response', 'The server acknowledged a different capture kind.', {
        endpoint: 'captures',
        details: { reason: 'kind_mismatch' },
      });
    }
    return receipt;
  }

  /** Mark the session complete once every required capture is on the server. */
  async complete(signal?: AbortSignal): Promise<FlowComplete> {
    return this.#call(FlowComplete, { endpoint: 'complete', method: 'POST', signal });
  }

  /**
   * A one-time link that continues this session on a phone (the phone gets its own token); `request.locale`
   * is the language the applicant chose here, for the phone to open in.
   */
  async createHandoff(request: HandoffRequest = {}, signal?: AbortSignal): Promise<HandoffCreated> {
    return this.#call(HandoffCreated, {
      endpoint: 'handoff',
      method: 'POST',
      body: JSON.stringify(request),
      headers: { 'Content-Type': 'application/json' },
      signal,
    });
  }

  /** Where the session stands: captures on the server, the phone's step, completion. */
  async getProgress(signal?: AbortSignal): Promise<FlowProgress> {
    return this.#call(FlowProgress, { endpoint: 'progress', method: 'GET', signal });
  }

  /**
   * Tell the server which step this device is on (a phone reports it for the waiting desktop).
   *
   * @throws {FlowError} `bad_response` before any request when `step` is not a step name.
   */
  async reportProgress(step: string, signal?: AbortSignal): Promise<FlowProgress> {
    if (!ProgressStep.safeParse(step).success) {
      throw new FlowError('bad_response', 'Not a step name.', {
        endpoint: 'progress',
        details: { reason: 'invalid_input' },
      });
    }
    return this.#call(FlowProgress, {
      endpoint: 'progress',
      method: 'POST',
      body: JSON.stringify({ step }),
      headers: { 'Content-Type': 'application/json' },
      signal,
    });
  }

  async #call<T>(schema: $ZodType<T>, request: RawRequest): Promise<T> {
    const reply = request.onProgress ? await this.#sendXhr(request) : await this.#sendFetch(request);
    if (reply.status < 200 || reply.status > 299) {
      throw errorFromResponse(request.endpoint, reply.status, reply.body, reply.retryAfter);
    }
    return parseReply(schema, reply.body, request.endpoint, reply.status);
  }

  #url(endpoint: FlowEndpoint): string {
    return `${this.#apiBase}${ENDPOINT_PATHS[endpoint]}`;
  }

  #headers(extra: Record<string, string> = {}): Record<string, string> {
    return { Accept: 'application/json', ...extra, Authorization: `Bearer ${this.#token}` };
  }

  async #sendFetch({ endpoint, method, body, headers, signal }: RawRequest): Promise<RawReply> {
    if (signal?.aborted) throw abortReason(signal);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.#timeoutMs);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const response = await this.#fetch(this.#url(endpoint), {
        method,
        body,
        headers: this.#headers(headers),
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        redirect: 'follow',
        signal: controller.signal,
      });
      const text = await response.text();
      return { status: response.status, body: text, retryAfter: response.headers.get('Retry-After') };
    } catch (error) {
      if (signal?.aborted) throw abortReason(signal);
      if (timedOut) throw networkError('timeout', endpoint);
      if (error instanceof FlowError) throw error;
      // fetch rejects with a TypeError on network failure; anything else is treated the same: no reply.
      throw networkError('fetch_failed', endpoint);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  /**
   * XMLHttpRequest transport, for upload progress. `withCredentials` stays false; XHR cannot set a
   * referrer policy, so the document's applies (the hosted page sends `Referrer-Policy: no-referrer`).
   */
  #sendXhr({ endpoint, method, body, headers, signal, onProgress }: RawRequest): Promise<RawReply> {
    return new Promise<RawReply>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortReason(signal));
        return;
      }
      const xhr = this.#createXhr();
      const onAbort = () => xhr.abort();
      const settle = () => signal?.removeEventListener('abort', onAbort);
      xhr.open(method, this.#url(endpoint));
      xhr.withCredentials = false;
      xhr.timeout = this.#timeoutMs;
      xhr.responseType = 'text';
      for (const [name, value] of Object.entries(this.#headers(headers))) xhr.setRequestHeader(name, value);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress?.(Math.min(1, event.loaded / event.total));
      };
      xhr.onload = () => {
        settle();
        resolve({ status: xhr.status, body: xhr.responseText, retryAfter: xhr.getResponseHeader('Retry-After') });
      };
      xhr.onerror = () => {
        settle();
        reject(networkError('fetch_failed', endpoint));
      };
      xhr.ontimeout = () => {
        settle();
        reject(networkError('timeout', endpoint));
      };
      xhr.onabort = () => {
        settle();
        reject(signal?.aborted ? abortReason(signal) : networkError('fetch_failed', endpoint));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      xhr.send(body ?? null);
    });
  }
}
