/**
 * Embedding layer: message envelope, webview bridges, the host channel the flow shell sends its
 * events through, and camera-policy diagnosis. The iframe loader is its own entry (`src/loader.ts`).
 */
export * from './envelope.js';
export * from './bridges.js';
export * from './host-channel.js';
export * from './camera-policy.js';
