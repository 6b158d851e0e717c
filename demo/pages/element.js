// The element on a plain page. No inline script; event details are written with textContent only.
const token = new URLSearchParams(location.search).get('token');
const status = document.getElementById('status');
const list = document.getElementById('events');
const stay = document.getElementById('stay');
const NAMES = [
  'ready',
  'step-change',
  'camera-status',
  'capture',
  'complete',
  'redirect',
  'cancel',
  'error',
  'expired',
];

if (!token) {
  status.textContent =
    'Add ?token=<session_token> to the address (npm start prints a link; npm run session makes a session).';
} else {
  try {
    await import('/sdk/verilock-flow.js');
    const element = document.createElement('verilock-flow');
    element.setAttribute('session-token', token);
    for (const name of NAMES) {
      element.addEventListener(`verilock-${name}`, (event) => {
        const item = document.createElement('li');
        item.textContent = `${event.type} ${JSON.stringify(event.detail)}`;
        list.appendChild(item);
        if (event.type === 'verilock-redirect' && stay.checked) {
          event.preventDefault();
          status.textContent = `The widget would now go to ${event.detail.url}`;
        }
      });
    }
    document.getElementById('widget').appendChild(element);
  } catch (err) {
    status.textContent = `The widget could not be loaded from /sdk/verilock-flow.js (${err instanceof Error ? err.message : String(err)}). Run npm run build.`;
  }
}
