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
        if (event.type === 'complete') status.textContent = `Submitted (session ${event.session_id}). Waiting for the webhook decision.`;
      },
    });
    unmountButton.disabled = false;
    status.textContent = 'Mounted.';
  } catch (err) {
    status.textContent = `Could not mount: ${err instanceof Error ? err.message : String(err)}`;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  doMount(input.value);
});

unmountButton.addEventListener('click', () => {
  handle?.unmount();
  handle = null;
  unmountButton.disabled = true;
  status.textContent = 'Unmounted.';
});

try {
  // The loader works as a classic script or a module; importing it runs it either way.
  await import('/sdk/verilock-loader.js');
  if (!window.Verilock || typeof window.Verilock.mount !== 'function') throw new Error('Verilock.mount is missing');
  const url = new URLSearchParams(location.search).get('url');
  if (url) {
    input.value = url;
    doMount(url);
  } else {
    status.textContent = 'Paste a session URL (session_url from the API) and press Mount.';
  }
} catch (err) {
  status.textContent = `The loader could not be loaded from /sdk/verilock-loader.js (${err instanceof Error ? err.message : String(err)}). Run npm run build.`;
}
