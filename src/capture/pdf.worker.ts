/**
 * pdf.js's worker (pdfjs-dist, Apache-2.0), started as a module worker of our own build: the PDF parser runs
 * off the main thread and is served from our own origin, never from a CDN (the hosted page's CSP allows
 * `worker-src 'self'`). pdf.js starts listening on the worker's port when it loads in a worker.
 */
import 'pdfjs-dist/build/pdf.worker.mjs';
