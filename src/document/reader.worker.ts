/**
 * Worker: reads a document's MRZ off the main thread, so the camera loop never waits for it.
 * In: {@link ReaderRequest} (raw RGBA pixels, transferred; or an ImageBitmap, drawn on an
 * OffscreenCanvas). Out: {@link ReaderResponse}. The recogniser, its templates and the `mrz` parser
 * live in this worker's chunk only: nothing of them loads until a document step starts the worker.
 */
import { framePixels, serveFrames } from '../vision/worker-frame.js';
import { readMrz } from './read-mrz.js';
import type { ReaderRequest } from './reader-protocol.js';

serveFrames((request: ReaderRequest) => ({ result: readMrz(framePixels(request), new Date(request.now)) }));
