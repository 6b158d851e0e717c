import { expect } from '@open-wc/testing';
import { FlowClient } from './client.js';
import { FlowError, errorFromResponse, parseRetryAfter, type FlowEndpoint } from './errors.js';
import type { CaptureMeta } from './schemas.js';

// Mocha globals (provided by the test runner; no @types/mocha in this project).
declare function describe(name: string, fn: () => void): void;
declare function it(name: string, fn: () => void | Promise<void>): void;

const TOKEN = 'tok_SeCrEt-4f1d9a7c2b';
const SESSION = {
  id: 'ses_1',
  status: 'in_progress',
  steps: ['document', 'selfie'],
  applicant: { first_name: 'Ada' },
  redirect_url: 'https://example.com/done',
  expires_at: '2030-01-01T00:00:00Z',
  requirements: {
    document_types: ['id_card'],
    countries: null,
    liveness_challenges: [],
    max_upload_bytes: 1_000_000,
    accepted_types: ['image/jpeg'],
    allow_cross_device: false,
  },
  captures: [],
};
const RECEIPT = { id: 'cap_1', kind: 'document_front', bytes: 3, sha256: 'a'.repeat(64) };
const COMPLETE = { id: 'ses_1', status: 'processing', redirect_url: null };
const META: CaptureMeta = { source: 'camera', document_type: 'id_card', country: 'FR', width: 1600, height: 1000 };

interface Seen {
  url: string;
  method: string;
  headers: Headers;
  body: FormData | null;
  init?: RequestInit;
}

type Reply = Response | 'network' | 'hang';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
const apiError = (status: number, code: string, headers: Record<string, string> = {}) =>
  json(status, { error: { code, message: `failed for ${TOKEN}` } }, headers);

/** A stub server: one handler serving both fetch and a fake XMLHttpRequest. */
function stubServer(handler: (req: Seen) => Reply | Promise<Reply>) {
  const seen: Seen[] = [];
  const fetchStub = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const req: Seen = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: new Headers(init?.headers),
      body: init?.body instanceof FormData ? init.body : null,
      init,
    };
    seen.push(req);
    const reply = await handler(req);
    if (reply === 'network') throw new TypeError('Failed to fetch');
    if (reply === 'hang') {
      return new Promise<Response>((_, reject) => {
        const signal = init?.signal;
        if (signal?.aborted) reject(signal.reason);
        signal?.addEventListener('abort', () => reject(signal.reason ?? new DOMException('aborted', 'AbortError')));
      });
    }
    return reply;
  }) as typeof fetch;

  class FakeXhr {
    upload: { onprogress: ((e: ProgressEvent) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    ontimeout: (() => void) | null = null;
    onabort: (() => void) | null = null;
    timeout = 0;
    withCredentials = true;
    responseType = '';
    status = 0;
    responseText = '';
    #method = 'GET';
    #url = '';
    #headers = new Headers();
    #replyHeaders = new Headers();
    #done = false;
    open(method: string, url: string) {
      this.#method = method;
      this.#url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.#headers.set(name, value);
    }
    getResponseHeader(name: string) {
      return this.#replyHeaders.get(name);
    }
    abort() {
      if (this.#done) return;
      this.#done = true;
      this.onabort?.();
    }
    send(body: FormData | null) {
      const req: Seen = { url: this.#url, method: this.#method, headers: this.#headers, body };
      seen.push(req);
      if (this.withCredentials) throw new Error('withCredentials must be false');
      let timer: ReturnType<typeof setTimeout> | undefined;
      if (this.timeout > 0) {
        timer = setTimeout(() => {
          if (this.#done) return;
          this.#done = true;
          this.ontimeout?.();
        }, this.timeout);
      }
      void (async () => {
        for (const loaded of [50, 100]) {
          this.upload.onprogress?.(new ProgressEvent('progress', { lengthComputable: true, loaded, total: 100 }));
        }
        const reply = await handler(req);
        if (reply === 'hang' || this.#done) return;
        clearTimeout(timer);
        this.#done = true;
        if (reply === 'network') {
          this.onerror?.();
          return;
        }
        this.status = reply.status;
        this.responseText = await reply.text();
        this.#replyHeaders = reply.headers;
        this.onload?.();
      })();
    }
  }
  const createXhr = () => new FakeXhr() as unknown as XMLHttpRequest;
  return { seen, fetch: fetchStub, createXhr };
}

function client(
  handler: (req: Seen) => Reply | Promise<Reply>,
  options: { timeoutMs?: number; apiBase?: string } = {},
) {
  const server = stubServer(handler);
  const c = new FlowClient({ token: TOKEN, fetch: server.fetch, createXhr: server.createXhr, ...options });
  return { client: c, ...server };
}

async function failure(promise: Promise<unknown>): Promise<FlowError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FlowError);
    return error as FlowError;
  }
  throw new Error('expected a FlowError');
}

/** Every FlowError produced in this file, checked for the token at the end. */
const produced: FlowError[] = [];
async function failed(promise: Promise<unknown>): Promise<FlowError> {
  const error = await failure(promise);
  produced.push(error);
  return error;
}

const callEndpoint = (c: FlowClient, endpoint: FlowEndpoint, onProgress?: (f: number) => void) =>
  endpoint === 'session'
    ? c.getSession()
    : endpoint === 'complete'
      ? c.complete()
      : c.uploadCapture(
          {
            kind: 'document_front',
            files: [new Blob(['abc'], { type: 'image/jpeg' })],
            meta: META,
            idempotencyKey: 'k1',
          },
          { onProgress },
        );

describe('FlowClient requests', () => {
  it('gets the session with the bearer token, no credentials, no referrer, no cache', async () => {
    const { client: c, seen } = client(() => json(200, SESSION), { apiBase: 'https://api.example.com/' });
    const session = await c.getSession();
    expect(session.id).to.equal('ses_1');
    expect(seen).to.have.length(1);
    const [req] = seen;
    expect(req!.url).to.equal('https://api.example.com/api/v1/flow/session');
    expect(req!.method).to.equal('GET');
    expect(req!.headers.get('Authorization')).to.equal(`Bearer ${TOKEN}`);
    expect(req!.init?.credentials).to.equal('omit');
    expect(req!.init?.referrerPolicy).to.equal('no-referrer');
    expect(req!.init?.cache).to.equal('no-store');
    expect(req!.url).not.to.include(TOKEN);
  });

  it('defaults to the same origin', async () => {
    const { client: c, seen } = client(() => json(200, COMPLETE));
    const done = await c.complete();
    expect(done.status).to.equal('processing');
    expect(seen[0]!.url).to.equal('/api/v1/flow/complete');
    expect(seen[0]!.method).to.equal('POST');
  });

  it('uploads a capture as multipart with file parts, kind, meta JSON and Idempotency-Key', async () => {
    const { client: c, seen } = client(() => json(201, { ...RECEIPT, kind: 'liveness' }));
    const files = [new Blob(['one'], { type: 'image/jpeg' }), new Blob(['two'], { type: 'image/jpeg' })];
    const receipt = await c.uploadCapture({
      kind: 'liveness',
      files,
      meta: { source: 'camera' },
      idempotencyKey: 'key-123',
    });
    expect(receipt.kind).to.equal('liveness');
    const req = seen[0]!;
    expect(req.url).to.equal('/api/v1/flow/captures');
    expect(req.method).to.equal('POST');
    expect(req.headers.get('Idempotency-Key')).to.equal('key-123');
    const parts = req.body!.getAll('file') as File[];
    expect(parts.map((f) => f.name)).to.deep.equal(['liveness-0.jpg', 'liveness-1.jpg']);
    expect(await parts[1]!.text()).to.equal('two');
    expect(req.body!.get('kind')).to.equal('liveness');
    expect(JSON.parse(req.body!.get('meta') as string)).to.deep.equal({ source: 'camera' });
  });

  it('reports upload progress through XMLHttpRequest when asked', async () => {
    const { client: c, seen } = client(() => json(201, RECEIPT));
    const progress: number[] = [];
    const receipt = await callEndpoint(c, 'captures', (f) => progress.push(f));
    expect(receipt).to.deep.equal(RECEIPT);
    expect(progress).to.deep.equal([0.5, 1]);
    expect(seen[0]!.init).to.equal(undefined); // not fetch
    expect(seen[0]!.headers.get('Authorization')).to.equal(`Bearer ${TOKEN}`);
    expect(seen[0]!.headers.get('Idempotency-Key')).to.equal('k1');
    expect(seen[0]!.body!.get('kind')).to.equal('document_front');
  });

  it('refuses an invalid capture before sending anything', async () => {
    const { client: c, seen } = client(() => json(201, RECEIPT));
    const bad = { source: 'camera', email: 'a@b.c' } as unknown as CaptureMeta;
    const error = await failed(
      c.uploadCapture({ kind: 'document_front', files: [new Blob(['x'])], meta: bad, idempotencyKey: 'k' }),
    );
    expect(error.code).to.equal('upload_rejected');
    const none = await failed(c.uploadCapture({ kind: 'document_front', files: [], meta: META, idempotencyKey: 'k' }));
    expect(none.code).to.equal('upload_rejected');
    expect(seen).to.have.length(0);
  });

  it('treats a receipt for another kind as a bad response', async () => {
    const { client: c } = client(() => json(201, { ...RECEIPT, kind: 'selfie' }));
    expect((await failed(callEndpoint(c, 'captures'))).code).to.equal('bad_response');
  });

  it('refuses a malformed token without echoing it', () => {
    for (const token of ['', 'has space', 'line\nbreak', 'é']) {
      let error: unknown;
      try {
        new FlowClient({ token });
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(FlowError);
      expect((error as FlowError).code).to.equal('token_invalid');
      if (token) expect((error as FlowError).message).not.to.include(token);
    }
  });
});

describe('FlowClient error mapping', () => {
  const table: Array<[FlowEndpoint, number, string | undefined, string, boolean]> = [
    // endpoint, status, server code, widget code, retryable
    ['session', 401, 'token_invalid', 'token_invalid', false],
    ['captures', 401, undefined, 'token_invalid', false],
    ['complete', 403, undefined, 'token_invalid', false],
    ['session', 403, 'token_invalid', 'token_invalid', false],
    // A 403 naming its own reason refuses that request only: the flow goes on.
    ['complete', 403, 'feature_disabled', 'server_error', false],
    ['session', 410, 'token_expired', 'token_expired', false],
    ['captures', 410, undefined, 'token_expired', false],
    ['complete', 410, undefined, 'token_expired', false],
    ['session', 409, 'session_completed', 'session_completed', false],
    ['complete', 409, 'session_completed', 'session_completed', false],
    ['captures', 409, 'session_completed', 'session_completed', false],
    ['captures', 409, 'idempotency_conflict', 'upload_rejected', false],
    ['captures', 400, 'validation_failed', 'upload_rejected', false],
    ['captures', 404, undefined, 'upload_rejected', false],
    ['captures', 413, 'payload_too_large', 'upload_rejected', false],
    ['captures', 415, 'unsupported_media_type', 'upload_rejected', false],
    ['captures', 422, 'validation_failed', 'upload_rejected', false],
    ['session', 400, undefined, 'server_error', false],
    ['complete', 422, 'captures_missing', 'server_error', false],
    ['session', 404, undefined, 'server_error', false],
    ['session', 408, undefined, 'server_error', true],
    ['captures', 408, undefined, 'server_error', true],
    ['captures', 429, 'rate_limited', 'server_error', true],
    ['complete', 429, undefined, 'server_error', true],
    ['session', 500, undefined, 'server_error', true],
    ['captures', 502, undefined, 'server_error', true],
    ['captures', 503, undefined, 'server_error', true],
    ['complete', 504, undefined, 'server_error', true],
  ];

  for (const [endpoint, status, serverCode, code, retryable] of table) {
    for (const transport of ['fetch', 'xhr'] as const) {
      if (transport === 'xhr' && endpoint !== 'captures') continue;
      it(`${endpoint} ${status}${serverCode ? ` ${serverCode}` : ''} → ${code} (${transport})`, async () => {
        const { client: c } = client(() =>
          serverCode ? apiError(status, serverCode) : new Response('<html>oops</html>', { status }),
        );
        const error = await failed(callEndpoint(c, endpoint, transport === 'xhr' ? () => {} : undefined));
        expect(error.code).to.equal(code);
        expect(error.status).to.equal(status);
        expect(error.retryable).to.equal(retryable);
        expect(error.endpoint).to.equal(endpoint);
        expect(error.recoverable).to.equal(!['token_invalid', 'token_expired', 'session_completed'].includes(code));
        if (serverCode) expect(error.details).to.deep.equal({ serverCode });
      });
    }
  }

  it('429 carries Retry-After in seconds', async () => {
    const { client: c } = client(() => apiError(429, 'rate_limited', { 'Retry-After': '7' }));
    const error = await failed(c.getSession());
    expect(error.retryAfterMs).to.equal(7000);
    expect(error.retryable).to.equal(true);
  });

  it('429 carries Retry-After as an HTTP date (also through XHR)', async () => {
    const at = new Date(Date.now() + 60_000).toUTCString();
    const { client: c } = client(() => apiError(429, 'rate_limited', { 'Retry-After': at }));
    const error = await failed(callEndpoint(c, 'captures', () => {}));
    expect(error.retryAfterMs).to.be.within(55_000, 60_000);
  });

  it('503 with Retry-After keeps it', async () => {
    const { client: c } = client(() => new Response('', { status: 503, headers: { 'Retry-After': '2' } }));
    expect((await failed(c.complete())).retryAfterMs).to.equal(2000);
  });

  it('a 3xx that reaches the client is a bad response', async () => {
    const { client: c } = client(() => new Response(null, { status: 304 }));
    expect((await failed(c.getSession())).code).to.equal('bad_response');
  });

  it('parses Retry-After forms', () => {
    const now = Date.parse('2030-01-01T00:00:00Z');
    expect(parseRetryAfter('0', now)).to.equal(0);
    expect(parseRetryAfter(' 120 ', now)).to.equal(120_000);
    expect(parseRetryAfter('1.5', now)).to.equal(1500);
    expect(parseRetryAfter('Tue, 01 Jan 2030 00:00:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Mon, 31 Dec 2029 23:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('-5', now)).to.equal(undefined);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter('', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });

  it('maps an error reply without the agreed body shape by status alone', () => {
    const error = errorFromResponse('captures', 415, 'not json', null);
    expect(error.code).to.equal('upload_rejected');
    expect(error.details).to.equal(undefined);
  });
});

describe('FlowClient bad replies and network failures', () => {
  it('a 200 that is not JSON is bad_response, not a crash', async () => {
    const { client: c } = client(() => new Response('<html>captive portal SECRET-BODY</html>', { status: 200 }));
    const error = await failed(c.getSession());
    expect(error.code).to.equal('bad_response');
    expect(error.retryable).to.equal(false);
    expect(error.details).to.deep.equal({ reason: 'not_json' });
    expect(JSON.stringify(error.details) + error.message).not.to.include('SECRET-BODY');
  });

  it('an empty 200 is bad_response', async () => {
    const { client: c } = client(() => new Response('', { status: 200 }));
    expect((await failed(c.complete())).code).to.equal('bad_response');
  });

  for (const endpoint of ['session', 'captures', 'complete'] as const) {
    it(`${endpoint}: JSON that fails the schema is bad_response with an issue summary`, async () => {
      const body = { id: 42, kind: 'passport_scan', status: 'weird', secret: 'SECRET-BODY' };
      const { client: c } = client(() => json(200, body));
      const error = await failed(callEndpoint(c, endpoint));
      expect(error.code).to.equal('bad_response');
      const details = error.details as {
        reason: string;
        issues: Array<{ path: string; code: string; message: string }>;
      };
      expect(details.reason).to.equal('schema');
      expect(details.issues.length).to.be.greaterThan(0);
      expect(details.issues.map((i) => i.path)).to.include('id');
      expect(JSON.stringify(details) + error.message).not.to.include('SECRET-BODY');
    });
  }

  it('a session whose requirements are malformed is bad_response', async () => {
    const { client: c } = client(() =>
      json(200, { ...SESSION, requirements: { ...SESSION.requirements, document_types: [] } }),
    );
    const error = await failed(c.getSession());
    expect((error.details as { issues: Array<{ path: string }> }).issues[0]!.path).to.equal(
      'requirements.document_types',
    );
  });

  it('a fetch TypeError is a retryable network error', async () => {
    const { client: c } = client(() => 'network');
    const error = await failed(c.getSession());
    expect(error.code).to.equal('network');
    expect(error.retryable).to.equal(true);
    expect(error.details).to.deep.equal({ reason: 'fetch_failed' });
  });

  it('an XHR network error is a retryable network error', async () => {
    const { client: c } = client(() => 'network');
    const error = await failed(callEndpoint(c, 'captures', () => {}));
    expect(error.code).to.equal('network');
    expect(error.retryable).to.equal(true);
  });

  it('a request that hangs times out as a retryable network error (fetch)', async () => {
    const { client: c, seen } = client(() => 'hang', { timeoutMs: 30 });
    const error = await failed(c.getSession());
    expect(error.code).to.equal('network');
    expect(error.retryable).to.equal(true);
    expect(error.details).to.deep.equal({ reason: 'timeout' });
    expect(seen[0]!.init?.signal?.aborted).to.equal(true);
  });

  it('a request that hangs times out as a retryable network error (XHR)', async () => {
    const { client: c } = client(() => 'hang', { timeoutMs: 30 });
    const error = await failed(callEndpoint(c, 'captures', () => {}));
    expect(error.code).to.equal('network');
    expect(error.details).to.deep.equal({ reason: 'timeout' });
  });

  it('an abort by the caller rejects with AbortError, not a FlowError', async () => {
    for (const withProgress of [false, true]) {
      const { client: c } = client(() => 'hang');
      const controller = new AbortController();
      const pending = c.uploadCapture(
        { kind: 'selfie', files: [new Blob(['x'])], meta: META, idempotencyKey: 'k' },
        { signal: controller.signal, onProgress: withProgress ? () => {} : undefined },
      );
      controller.abort();
      let error: unknown;
      try {
        await pending;
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(DOMException);
      expect((error as DOMException).name).to.equal('AbortError');
    }
  });

  it('never puts the token in an error message or its details', () => {
    expect(produced.length).to.be.greaterThan(30);
    for (const error of produced) {
      expect(error.message).not.to.include(TOKEN);
      expect(String(error)).not.to.include(TOKEN);
      expect(JSON.stringify(error.details ?? null)).not.to.include(TOKEN);
      expect(JSON.stringify(error)).not.to.include(TOKEN);
    }
  });
});

describe('FlowClient cross-device handoff and progress', () => {
  const LINK = {
    url: 'https://verify.example.com/handoff/AbCdEfGhIjKlMnOpQrStUv_-12',
    expires_at: '2030-01-01T00:10:00Z',
  };
  const PROGRESS = {
    status: 'in_progress',
    captures: ['document_front'],
    phone_connected: true,
    phone_step: 'document_back',
    completed: false,
    redirect_url: null,
  };

  it('createHandoff POSTs with the bearer token and returns the link', async () => {
    const { client: c, seen } = client(() => json(201, LINK), { apiBase: 'https://api.example.com' });
    expect(await c.createHandoff()).to.deep.equal(LINK);
    expect(seen[0]!.url).to.equal('https://api.example.com/api/v1/flow/handoff');
    expect(seen[0]!.method).to.equal('POST');
    expect(seen[0]!.headers.get('Authorization')).to.equal(`Bearer ${TOKEN}`);
    expect(seen[0]!.init?.credentials).to.equal('omit');
    expect(seen[0]!.init?.body).to.equal('{}');
    expect(seen[0]!.headers.get('Content-Type')).to.equal('application/json');
  });

  it('createHandoff sends the language chosen here as JSON', async () => {
    const { client: c, seen } = client(() => json(201, LINK));
    expect(await c.createHandoff({ locale: 'zh-hant' })).to.deep.equal(LINK);
    expect(JSON.parse(seen[0]!.init!.body as string)).to.deep.equal({ locale: 'zh-hant' });
    expect(seen[0]!.headers.get('Content-Type')).to.equal('application/json');
  });

  it('getProgress GETs the progress', async () => {
    const { client: c, seen } = client(() => json(200, PROGRESS));
    expect(await c.getProgress()).to.deep.equal(PROGRESS);
    expect(seen[0]!.url).to.equal('/api/v1/flow/progress');
    expect(seen[0]!.method).to.equal('GET');
    expect(seen[0]!.init?.cache).to.equal('no-store');
  });

  it('reportProgress POSTs the step as JSON and returns the progress', async () => {
    const { client: c, seen } = client(() => json(200, { ...PROGRESS, phone_step: 'selfie' }));
    const p = await c.reportProgress('selfie');
    expect(p.phone_step).to.equal('selfie');
    expect(seen[0]!.url).to.equal('/api/v1/flow/progress');
    expect(seen[0]!.method).to.equal('POST');
    expect(seen[0]!.headers.get('Content-Type')).to.equal('application/json');
    expect(JSON.parse(seen[0]!.init!.body as string)).to.deep.equal({ step: 'selfie' });
  });

  it('reportProgress refuses what is not a step name before sending anything', async () => {
    const { client: c, seen } = client(() => json(200, PROGRESS));
    for (const step of ['', 'Selfie', 'document front', '1st', 'a'.repeat(41), '../session']) {
      const error = await failed(c.reportProgress(step));
      expect(error.code, step).to.equal('bad_response');
      expect(error.details).to.deep.equal({ reason: 'invalid_input' });
    }
    expect(seen).to.have.length(0);
  });

  const statuses: Array<[string, number, string | undefined, string, boolean]> = [
    // call, status, server code, widget code, retryable
    ['createHandoff', 401, 'token_invalid', 'token_invalid', false],
    // The handoff feature refused (cross-device off, or asked from a phone): not fatal, the flow goes on.
    ['createHandoff', 403, 'handoff_not_allowed', 'server_error', false],
    ['createHandoff', 403, 'cross_device_disabled', 'server_error', false],
    ['createHandoff', 409, 'session_completed', 'session_completed', false],
    ['createHandoff', 410, 'token_expired', 'token_expired', false],
    ['createHandoff', 429, 'rate_limited', 'server_error', true],
    ['createHandoff', 500, undefined, 'server_error', true],
    ['getProgress', 401, 'token_invalid', 'token_invalid', false],
    ['getProgress', 410, 'token_expired', 'token_expired', false],
    ['getProgress', 404, undefined, 'server_error', false],
    ['getProgress', 503, undefined, 'server_error', true],
    ['reportProgress', 401, 'token_invalid', 'token_invalid', false],
    ['reportProgress', 409, 'session_completed', 'session_completed', false],
    ['reportProgress', 400, 'validation_failed', 'server_error', false],
    ['reportProgress', 429, undefined, 'server_error', true],
  ];
  const call = (c: FlowClient, name: string) =>
    name === 'createHandoff'
      ? c.createHandoff()
      : name === 'getProgress'
        ? c.getProgress()
        : c.reportProgress('consent');

  for (const [name, status, serverCode, code, retryable] of statuses) {
    it(`${name} ${status}${serverCode ? ` ${serverCode}` : ''} → ${code}`, async () => {
      const { client: c } = client(() =>
        serverCode ? apiError(status, serverCode) : new Response('<html>oops</html>', { status }),
      );
      const error = await failed(call(c, name));
      expect(error.code).to.equal(code);
      expect(error.status).to.equal(status);
      expect(error.retryable).to.equal(retryable);
      expect(error.endpoint).to.equal(name === 'createHandoff' ? 'handoff' : 'progress');
      if (serverCode) expect(error.details).to.deep.equal({ serverCode });
    });
  }

  const badLinks: Array<[string, unknown]> = [
    ['not a handoff path', { ...LINK, url: 'https://verify.example.com/verify/AbCdEfGhIjKlMnOpQrStUv' }],
    ['code too short', { ...LINK, url: 'https://verify.example.com/handoff/abc' }],
    ['not http', { ...LINK, url: 'javascript:alert(1)//handoff/AbCdEfGhIjKlMnOpQrStUv_-12' }],
    ['spaces', { ...LINK, url: 'https://verify.example.com /handoff/AbCdEfGhIjKlMnOpQrStUv_-12' }],
    ['no expiry', { url: LINK.url }],
    ['expiry not a timestamp', { ...LINK, expires_at: 'tomorrow' }],
  ];
  for (const [what, body] of badLinks) {
    it(`createHandoff: a reply with ${what} is bad_response`, async () => {
      const { client: c } = client(() => json(201, body));
      const error = await failed(c.createHandoff());
      expect(error.code).to.equal('bad_response');
      expect((error.details as { reason: string }).reason).to.equal('schema');
    });
  }

  const badProgress: Array<[string, unknown]> = [
    ['an unknown status', { ...PROGRESS, status: 'weird' }],
    ['an unknown capture kind', { ...PROGRESS, captures: ['passport_scan'] }],
    ['phone_connected missing', { ...PROGRESS, phone_connected: undefined }],
    ['completed as a string', { ...PROGRESS, completed: 'yes' }],
    ['phone_step as a number', { ...PROGRESS, phone_step: 3 }],
  ];
  for (const [what, body] of badProgress) {
    for (const name of ['getProgress', 'reportProgress']) {
      it(`${name}: a reply with ${what} is bad_response`, async () => {
        const { client: c } = client(() => json(200, body));
        const error = await failed(call(c, name));
        expect(error.code).to.equal('bad_response');
        expect((error.details as { reason: string }).reason).to.equal('schema');
      });
    }
  }

  it('a network failure while polling is retryable', async () => {
    const { client: c } = client(() => 'network');
    const error = await failed(c.getProgress());
    expect(error.code).to.equal('network');
    expect(error.retryable).to.equal(true);
    expect(error.endpoint).to.equal('progress');
  });
});
