// Demo host page for the iframe embed. No inline script (the demo pages run under a strict CSP);
// every value from the URL or from events is written with textContent, never as HTML.
const form = document.getElementById('mount-form');
const input = document.getElementById('session-url');
const unmountButton = document.getElementById('unmount');
const status = document.getElementById('status');
const container = document.getElementById('verification');
const list = document.getElementById('events');

let handle = null;

function log(text) {
  const item = document.createElement('li');
  item.textContent = text;
  list.appendChild(item);
}

function doMount(url) {
  if (handle) handle.unmount();
  list.replaceChildren();
  try {
    handle = window.Verilock.mount(container, {
      url,
      title: 'Identity verification',
      height: 720,
      onEvent(event) {
        log(`#${event.seq} ${event.type} ${JSON.stringify(event.payload)}`);
        if (event.type === 'redirect') status.textContent = `The flow asked to continue at ${event.payload.url}`;
        if (event.type === 'complete')
          status.textContent = `Submitted (session ${event.session_id}). Waiting for the webhook decision.`;
      },
    });
    unmountButton.disabled = false;
    status.textContent = 'Mounted.';
  } catch (err) {
    status.textContent = `Could not mount: ${err instanceof Error ? err.message : String(err)}`;
  }
}

unmountButton.addEventListener('click', () => {
  handle?.unmount();
  handle = null;
  unmountButton.disabled = true;
  status.textContent = 'Unmounted.';
});

/**
 * Loads the loader the way a customer page does: a classic script from the verification service's
 * origin (the session URL's origin), which may differ from this page's.
 */
function loadLoader(base) {
  if (window.Verilock && typeof window.Verilock.mount === 'function') return Promise.resolve();
  const src = new URL('/sdk/verilock-loader.js', base).href;
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () =>
      window.Verilock && typeof window.Verilock.mount === 'function'
        ? resolve()
        : reject(new Error('Verilock.mount is missing'));
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.appendChild(script);
  });
}

/**
 * The origins a session URL may have: this page's own and the verification service's, as the server
 * lists them in config.json. Anything else is refused before a script is loaded or a frame made, so a
 * link to this page cannot run someone else's loader on our domain (the page's CSP refuses it too).
 */
async function allowedOrigins() {
  try {
    const res = await fetch('config.json', { cache: 'no-cache', credentials: 'omit' });
    const body = res.ok ? await res.json() : null;
    const list = Array.isArray(body?.allowed_origins) ? body.allowed_origins.filter((o) => typeof o === 'string') : [];
    return [location.origin, ...list];
  } catch {
    return [location.origin];
  }
}

/** Why `value` may not be mounted, or null when it may. */
function refusal(value, allowed) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return 'This is not a URL. Paste the session URL (session_url from the API).';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Only http and https session URLs can be mounted.';
  if (!allowed.includes(url.origin)) {
    return `Refused: ${url.origin} is not the verification service. Session URLs must start with ${allowed.join(' or ')}.`;
  }
  return null;
}

async function start(url) {
  const problem = refusal(url, await allowedOrigins());
  if (problem) {
    status.textContent = problem;
    return;
  }
  try {
    await loadLoader(url);
  } catch (err) {
    status.textContent = `The loader could not be loaded (${err instanceof Error ? err.message : String(err)}). Run npm run build.`;
    return;
  }
  doMount(url);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void start(input.value);
});

const initial = new URLSearchParams(location.search).get('url');
if (initial) {
  input.value = initial;
  await start(initial);
} else {
  status.textContent = 'Paste a session URL (session_url from the API) and press Mount.';
}
