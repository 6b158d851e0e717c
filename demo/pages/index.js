// Builds the demo links from a session token or session URL (?token=, ?url= or the form). No inline
// script; values are written as attributes and text only.
const BRIDGES = ['react-native', 'ios', 'flutter-inappwebview', 'flutter', 'android'];
const TOKEN = /^vft_[A-Za-z0-9_-]{16,128}$/;

/** The other origin the reference server serves the demo pages on (DEMO_EMBED_PORT, default PORT+1). */
function embedOrigin() {
  const params = new URLSearchParams(location.search);
  const given = params.get('embed');
  if (given) return new URL(given).origin;
  const port = Number(location.port || (location.protocol === 'https:' ? 443 : 80));
  return `${location.protocol}//${location.hostname}:${port + 1}`;
}

function parse(value) {
  const text = value.trim();
  if (TOKEN.test(text)) return { token: text, url: `${location.origin}/verify/${text}` };
  try {
    const url = new URL(text);
    const token = url.pathname.split('/').pop() ?? '';
    if (TOKEN.test(token)) return { token, url: url.href };
  } catch {
    /* not a URL */
  }
  return null;
}

function build(value) {
  const session = parse(value);
  if (!session) return false;
  const q = encodeURIComponent;
  document.getElementById('link-element').href = `element.html?token=${q(session.token)}`;
  document.getElementById('link-iframe').href = `${embedOrigin()}/demo/iframe-host.html?url=${q(session.url)}`;
  const webview = document.getElementById('links-webview');
  webview.replaceChildren();
  for (const bridge of BRIDGES) {
    const a = document.createElement('a');
    a.href = `webview-sim.html?bridge=${bridge}&token=${q(session.token)}`;
    a.textContent = bridge;
    webview.append(a, ' ');
  }
  return true;
}

const input = document.getElementById('session');
document.getElementById('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  if (!build(input.value)) input.setCustomValidity('Not a session token (vft_…) or session URL');
  input.reportValidity();
});
input.addEventListener('input', () => input.setCustomValidity(''));

const params = new URLSearchParams(location.search);
const initial = params.get('token') ?? params.get('url');
if (initial) {
  input.value = initial;
  build(initial);
}
