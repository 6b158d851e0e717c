/**
 * Worker: measures document quality off the main thread.
 * In: {@link QualityRequest} (raw RGBA pixels, transferred; or an ImageBitmap, drawn on an
 * OffscreenCanvas). Out: {@link QualityResponse}.
 */
import { documentMetrics } from './document-quality.js';
import type { QualityRequest } from './quality-protocol.js';
import { framePixels, serveFrames } from './worker-frame.js';

serveFrames((request: QualityRequest) => ({ metrics: documentMetrics(framePixels(request)) }));
