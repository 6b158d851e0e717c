// Test-only HTTP proxy in front of the reference backend for the Firefox and WebKit walks. It injects,
// at the top of every HTML page, two same-origin test scripts (allowed by the hosted page's
// `script-src 'self'`): the clip camera (camera-override.js) and the page-error reporter
// (page-errors.js). Everything else passes through untouched. Neither script is in a product bundle.
import { readFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { fileURLToPath } from 'node:url';

const PREFIX = '/__verilock-test__/';
const here = (name) => fileURLToPath(new URL(`./${name}`, import.meta.url));

/**
 * @param {{ target: string, port: number, clip: string }} options  backend origin, port to listen on
 *   (127.0.0.1), MJPEG clip the camera plays
 * @returns {Promise<{ origin: string, pageErrors: object[], setClip: (path: string) => void, close: () => Promise<void> }>}
 */
export function startProxy({ target, port, clip }) {
  const files = {
    'camera-override.js': ['text/javascript', readFileSync(here('camera-override.js'))],
    'page-errors.js': ['text/javascript', readFileSync(here('page-errors.js'))],
    'clip.mjpeg': ['video/x-motion-jpeg', readFileSync(clip)],
  };
  const inject =
    `<script src="${PREFIX}page-errors.js"></script>` +
    `<script src="${PREFIX}camera-override.js" data-clip="${PREFIX}clip.mjpeg"></script>`;
  const pageErrors = [];
  const upstream = new URL(target);

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith(PREFIX)) {
      const name = url.pathname.slice(PREFIX.length);
      if (name === 'page-error' && req.method === 'POST') {
        let body = '';
        req.on('data', (d) => (body += d));
        req.on('end', () => {
          try {
            pageErrors.push(JSON.parse(body));
          } catch {
            pageErrors.push({ kind: 'unreadable', detail: body });
          }
          res.writeHead(204).end();
        });
        return;
      }
      const file = files[name];
      if (!file) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': file[0], 'cache-control': 'no-store' }).end(file[1]);
      return;
    }
    const headers = { ...req.headers, 'accept-encoding': 'identity' };
    const up = request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers },
      (upRes) => {
        const type = String(upRes.headers['content-type'] ?? '');
        if (!type.startsWith('text/html')) {
          res.writeHead(upRes.statusCode ?? 502, upRes.headers);
          upRes.pipe(res);
          return;
        }
        const chunks = [];
        upRes.on('data', (c) => chunks.push(c));
        upRes.on('end', () => {
          let html = Buffer.concat(chunks).toString('utf8');
          html = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => m + inject) : inject + html;
          const body = Buffer.from(html);
          const out = { ...upRes.headers, 'content-length': String(body.length) };
          delete out['transfer-encoding'];
          res.writeHead(upRes.statusCode ?? 502, out).end(body);
        });
      },
    );
    up.on('error', (e) => {
      if (!res.headersSent) res.writeHead(502);
      res.end(String(e));
    });
    req.pipe(up);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${port}`,
        pageErrors,
        /** Plays another clip from the next page load on. */
        setClip: (path) => {
          files['clip.mjpeg'] = ['video/x-motion-jpeg', readFileSync(path)];
        },
        close: () => new Promise((ok) => server.close(() => ok())),
      }),
    );
  });
}
