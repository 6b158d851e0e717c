import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FlowClient } from '../api/client.js';
import { FlowError, networkError } from '../api/errors.js';
import type { CaptureKind, CaptureMeta, FlowSession } from '../api/schemas.js';
import type { UploadQueue } from '../api/upload-queue.js';
import { systemClock, type Clock } from '../internal/clock.js';
import { takePreloadedSession } from './preloaded-session.js';

/** What the flow asks of the API; a {@link FlowClient}, or a stand-in a test injects. */
export type SessionClient = Pick<
  FlowClient,
  'getSession' | 'uploadCapture' | 'complete' | 'createHandoff' | 'getProgress' | 'reportProgress'
>;

/** Makes the API client of a session (throws a `token_invalid` {@link FlowError} for a malformed token). */
export type ClientFactory = (options: { apiBase: string; token: string }) => SessionClient;

/** The real client, over `fetch` and XHR. */
export const createFlowClient: ClientFactory = (options) => new FlowClient(options);

/** One capture of the upload queue, as the uploading screen shows it. */
export interface UploadView {
  kind: CaptureKind;
  state: string;
  progress: number;
}

/** How the session's outcomes reach the flow. */
export interface SessionCallbacks {
  /** The session loaded (first load, or again after "Try again"). */
  loaded(session: FlowSession): void;
  /** Something failed; a fatal error has already ended the session when this is called back. */
  failed(error: FlowError): void;
  /** Every capture is on the server and the session is submitted. */
  completed(sessionId: string, status: FlowSession['status'], redirect: string | null): void;
  /** The session's work stopped (a new token, a fatal error, the element left the page). */
  stopped(): void;
}

/**
 * The session's life on this page: the API client (from an injectable factory), the session, the upload
 * queue, the expiry timer, the abort of every request, and the completion. It never renders; the flow
 * hears of each outcome through {@link SessionCallbacks}.
 */
export class SessionController implements ReactiveController {
  /** The client of the current token (null before one, or when it was malformed). */
  client: SessionClient | null = null;
  session: FlowSession | null = null;
  uploads: UploadView[] = [];
  /** The kind the server refused at the end (the error screen offers to take it again). */
  rejectedKind: CaptureKind | null = null;
  /** Makes the client; tests inject their own instead of patching `fetch`. */
  createClient: ClientFactory = createFlowClient;

  #queue: UploadQueue | null = null;
  #queueLoad: Promise<UploadQueue | null> | null = null;
  #abort: AbortController | null = null;
  #expiryTimer: unknown;
  #ended = false;
  #loadedFor: string | null = null;
  #reports: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: SessionCallbacks,
    private readonly clock: Clock = systemClock,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
    this.#loadedFor = null;
  }

  /** The session ended here (submitted, or a fatal error): nothing more is sent. */
  get ended(): boolean {
    return this.#ended;
  }

  /**
   * Starts over for a token and API base: stops the last session's work, calls `reset` (the flow goes
   * back to its first state), then loads the session. Nothing happens when neither changed.
   */
  start(apiBase: string, token: string, reset: () => void): boolean {
    const key = `${apiBase}|${token}`;
    if (this.#loadedFor === key) return false;
    this.#loadedFor = key;
    this.stop();
    this.#ended = false;
    this.client = null;
    reset();
    if (!token) return true;
    try {
      this.client = this.createClient({ apiBase, token });
    } catch (e) {
      this.fail(e);
      return true;
    }
    void this.load(takePreloadedSession(token));
    return true;
  }

  /** Stops every request, the queue and the expiry timer. */
  stop(): void {
    this.#abort?.abort();
    this.#abort = null;
    this.#queue?.dispose();
    this.#queue = null;
    this.#queueLoad = null;
    this.clock.clearTimeout(this.#expiryTimer);
    this.callbacks.stopped();
  }

  /** The signal of the current session's requests (aborted by {@link stop}). */
  signal(): AbortSignal {
    this.#abort ??= new AbortController();
    return this.#abort.signal;
  }

  /**
   * (Re)loads the session; `preloaded` is the one the page came with (see preloaded-session.ts): the first
   * screen shows without waiting for the API, which is still asked once, right after, to start the session.
   */
  async load(preloaded: FlowSession | null = null): Promise<void> {
    const client = this.client;
    if (!client) return;
    try {
      // Awaited even when preloaded: the flow renders its first state before entering the session's screen.
      const session = await (preloaded ?? client.getSession(this.signal()));
      if (client !== this.client) return;
      this.session = session;
      this.#armExpiry(session.expires_at);
      this.callbacks.loaded(session);
      if (preloaded) void this.#confirm(client);
      void this.queueReady().catch(() => undefined); // its code loads after the first screen
    } catch (e) {
      if (client === this.client) this.fail(e);
    }
  }

  /**
   * Asks the API for a session the page came with: the request starts the session on the server (a page
   * fetched by a link prefetcher does not) and its reply replaces the page's copy. A fatal answer (the link
   * was revoked or the session submitted meanwhile) ends the flow; any other failure leaves the copy in use.
   */
  async #confirm(client: SessionClient): Promise<void> {
    try {
      const session = await client.getSession(this.signal());
      if (client !== this.client || this.#ended) return;
      this.session = session;
      this.#armExpiry(session.expires_at);
    } catch (e) {
      if (client === this.client && e instanceof FlowError && e.fatal) this.fail(e);
    }
  }

  /** Reports a failure (once the session ended, nothing more); a fatal one ends the session. */
  fail(e: unknown): void {
    if (this.#ended) return;
    const err = e instanceof FlowError ? e : new FlowError('server_error', 'unexpected failure');
    this.callbacks.failed(err);
    if (err.fatal) {
      this.stop();
      this.#ended = true;
    }
  }

  /** The upload queue, its code loaded once (a failed load is tried again by the next call). */
  queueReady(): Promise<UploadQueue | null> {
    const client = this.client;
    const session = this.session;
    if (this.#queue || !client || !session) return Promise.resolve(this.#queue);
    this.#queueLoad ??= import('../api/upload-queue.js').then(
      ({ UploadQueue }) => {
        if (client !== this.client) return null; // restarted meanwhile
        this.#queue ??= this.#makeQueue(new UploadQueue({ client }), session);
        return this.#queue;
      },
      () => {
        this.#queueLoad = null; // offline at the wrong moment: the next call tries again
        throw networkError('fetch_failed');
      },
    );
    return this.#queueLoad;
  }

  /** Settles when every queued upload has (for a prefetch that must not share the link with them). */
  uploadsSettled(): Promise<unknown> | undefined {
    return this.#queue?.whenSettled();
  }

  /** Queues a confirmed capture for upload; false when the queue is not loaded yet (see {@link queueReady}). */
  enqueue(kind: CaptureKind, files: Blob[], meta: CaptureMeta): boolean {
    if (!this.#queue) return false;
    this.#queue.enqueue({ kind, files, meta });
    return true;
  }

  /** Nothing more is uploaded (the applicant cancelled). */
  stopUploads(): void {
    this.#queue?.dispose();
  }

  /**
   * Waits for every upload, then submits the session. `current()` says whether the uploading screen is
   * still up (the applicant may have cancelled meanwhile).
   */
  async finish(current: () => boolean): Promise<void> {
    const client = this.client;
    const queue = await this.queueReady().catch((e: unknown) => void this.fail(e));
    if (!queue || !client || client !== this.client || !current()) return;
    // Entering this screen again ("Try again") sends again what failed for reasons other than the
    // image itself (a garbled reply, a server that gave up); refused images need a retake instead.
    for (const item of queue.items) {
      if (item.state === 'rejected' && item.error?.code !== 'upload_rejected') queue.retry(item.id);
    }
    const settled = await queue.whenSettled();
    if (queue !== this.#queue || !current()) return;
    const [rejected] = settled.rejected;
    if (rejected) {
      this.rejectedKind = rejected.kind;
      this.fail(rejected.error);
      return;
    }
    try {
      const result = await client.complete(this.signal());
      if (!current()) return;
      this.end();
      this.callbacks.completed(result.id, result.status, result.redirect_url ?? this.session?.redirect_url ?? null);
    } catch (e) {
      this.fail(e);
    }
  }

  /** The session was submitted (here or on the phone): nothing more happens to it on this page. */
  end(): void {
    this.#ended = true;
    this.clock.clearTimeout(this.#expiryTimer);
  }

  /** A phone tells the waiting desktop where it is; in order, and a failed report never stops the flow. */
  reportStep(step: string): void {
    const client = this.client;
    if (!client) return;
    this.#reports = this.#reports.then(() => client.reportProgress(step)).catch(() => undefined);
  }

  #makeQueue(queue: UploadQueue, session: FlowSession): UploadQueue {
    queue.seedFromServer(session.captures);
    queue.addEventListener('change', () => {
      this.uploads = queue.items.map((i) => ({ kind: i.kind, state: i.state, progress: i.progress }));
      this.host.requestUpdate();
    });
    queue.addEventListener('fatal', (e) => this.fail(e.error));
    return queue;
  }

  #armExpiry(expiresAt: string): void {
    this.clock.clearTimeout(this.#expiryTimer);
    const ms = Date.parse(expiresAt) - this.clock.now();
    // setTimeout cannot wait longer than ~24.8 days; sessions last at most a day.
    if (Number.isFinite(ms))
      this.#expiryTimer = this.clock.setTimeout(
        () => this.fail(new FlowError('token_expired', 'session expired')),
        Math.max(0, Math.min(ms, 2 ** 31 - 1)),
      );
  }
}
