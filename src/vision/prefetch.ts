/**
 * Background download of MediaPipe's runtime and models while the applicant reads the intro and consent,
 * so the first camera step finds them in the HTTP cache.
 *
 * The policy ({@link prefetchPlan}, pure):
 *  - only what the session's steps will use: the wasm runtime and the face detector for the document and
 *    selfie steps, the face landmarker (the largest file) only when the session has liveness;
 *  - in priority order, one group after the other: the tasks-vision script, the wasm and the detector
 *    first (the first camera step needs them), then the landmarker;
 *  - nothing when the browser asks to save data (`navigator.connection.saveData`, the "Lite mode" or
 *    data-saver setting): each step then downloads what it needs when it is shown;
 *  - nothing when the browser cannot run on-device vision (no WebAssembly, SIMD or WebGL).
 *
 * How it runs ({@link prefetchVision}): the caller starts it once the first screen is interactive; it
 * waits for an idle moment, fetches with `priority: 'low'`, and before each file waits for the caller's
 * uploads to settle, so a capture's upload never shares the link with a prefetch that has not started
 * (a file already on the wire finishes). It never rejects: a failed prefetch only means the step
 * downloads the file itself.
 */
import { importTasksVision, visionAssetUrls } from './mediapipe.js';
import { visionUnsupportedReason } from './support.js';

/** Which tasks the session's camera steps will run. */
export interface VisionNeeds {
  /** Face detection: document front and selfie. */
  detector: boolean;
  /** Face landmarks: liveness. */
  landmarker: boolean;
}

/** What the browser says about the network (the Network Information API, where there is one). */
export interface NetworkHints {
  saveData?: boolean;
}

/** The URLs to warm, in groups fetched one after another (the files of a group together). */
export function prefetchPlan(
  urls: ReturnType<typeof visionAssetUrls>,
  needs: VisionNeeds,
  hints: NetworkHints = {},
): string[][] {
  if (hints.saveData === true) return [];
  if (!needs.detector && !needs.landmarker) return [];
  // The runtime serves every task, and the detector the first camera step (document or selfie).
  const first = [...urls.wasm, ...(needs.detector ? [urls.faceDetector] : [])];
  return needs.landmarker ? [first, [urls.faceLandmarker]] : [first];
}

/** The page's network hints (`navigator.connection`), empty where the browser has none. */
export function networkHints(nav: Navigator = navigator): NetworkHints {
  const connection = (nav as Navigator & { connection?: { saveData?: unknown } }).connection;
  return connection && typeof connection.saveData === 'boolean' ? { saveData: connection.saveData } : {};
}

/** Options of {@link prefetchVision}. */
export interface PrefetchOptions {
  /** Resolves when the caller's uploads have settled; awaited before each file is requested. */
  uploadsSettled?: () => Promise<unknown> | undefined;
  /** Network hints; default {@link networkHints}. */
  hints?: NetworkHints;
}

const started = new Map<string, Promise<string[]>>();

/**
 * Warms the HTTP cache with what the session's camera steps will load, following {@link prefetchPlan}.
 * Started once per assets base and needs; resolves with the URLs it fetched (none under save-data).
 */
export function prefetchVision(
  assetsBase: string,
  needs: VisionNeeds,
  options: PrefetchOptions = {},
): Promise<string[]> {
  const urls = visionAssetUrls(assetsBase);
  const key = `${urls.wasmBase}|${needs.detector}|${needs.landmarker}`;
  const existing = started.get(key);
  if (existing) return existing;
  const plan = prefetchPlan(urls, needs, options.hints ?? networkHints());
  const run = async (): Promise<string[]> => {
    if (plan.length === 0 || (await visionUnsupportedReason())) return [];
    const fetched: string[] = [];
    const warm = async (url: string): Promise<void> => {
      await options.uploadsSettled?.();
      try {
        const res = await fetch(url, { priority: 'low', credentials: 'same-origin' } as RequestInit);
        await res.arrayBuffer();
        if (res.ok) fetched.push(url);
      } catch {
        /* the step's own load reports errors */
      }
    };
    const [first = [], ...rest] = plan;
    await Promise.all([importTasksVision().catch(() => undefined), ...first.map(warm)]);
    for (const group of rest) await Promise.all(group.map(warm));
    return fetched;
  };
  const promise = new Promise<string[]>((resolve) => {
    const start = (): void => void run().then(resolve, () => resolve([]));
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 });
    else setTimeout(start, 0);
  });
  started.set(key, promise);
  return promise;
}
