// Webview bridge simulation. Injects one fake native bridge into this window (as a native webview
// would before page scripts run), then loads the widget. No inline script; textContent only.
const params = new URLSearchParams(location.search);
const bridge = params.get('bridge') ?? 'react-native';
const token = params.get('token');
const status = document.getElementById('status');
const received = document.getElementById('received');
const stay = document.getElementById('stay');

function show(where, message) {
  const item = document.createElement('li');
  const label = document.createElement('strong');
  label.textContent = `${where}: `;
  const code = document.createElement('code');
  code.textContent = typeof message === 'string' ? message : `(not a string!) ${String(message)}`;
  item.append(label, code);
  received.appendChild(item);
}

// Each fake mirrors the platform's JavaScript surface.
const fakes = {
  'react-native': () => {
    window.ReactNativeWebView = { postMessage: (s) => show('ReactNativeWebView.postMessage', s) };
  },
  ios: () => {
    window.webkit = {
      messageHandlers: { verilock: { postMessage: (s) => show('webkit.messageHandlers.verilock', s) } },
    };
  },
  'flutter-inappwebview': () => {
    window.flutter_inappwebview = {
      callHandler: (name, s) => {
        show(`flutter_inappwebview.callHandler('${name}')`, s);
        return Promise.resolve();
      },
    };
    // The plugin announces itself a little after load; the widget waits for it (at most 1 s).
    setTimeout(() => window.dispatchEvent(new Event('flutterInAppWebViewPlatformReady')), 300);
  },
  flutter: () => {
    window.VerilockFlutter = { postMessage: (s) => show('VerilockFlutter.postMessage', s) };
  },
  android: () => {
    window.VerilockAndroid = { postMessage: (s) => show('VerilockAndroid.postMessage', s) };
  },
};

/** The hosted page's module script as /verify/<token> lists it (its name carries a content hash). */
async function hostedScript(sessionToken) {
  const res = await fetch(`/verify/${encodeURIComponent(sessionToken)}`);
  const page = new DOMParser().parseFromString(await res.text(), 'text/html');
  const src = page.querySelector('script[type="module"][src]')?.getAttribute('src');
  if (!src) throw new Error('the hosted page lists no script');
  return src;
}

if (!Object.hasOwn(fakes, bridge)) {
  status.textContent = `Unknown bridge "${bridge}".`;
} else if (!token) {
  fakes[bridge]();
  status.textContent = `Bridge "${bridge}" injected. Add &token=<session_token> to the address to start a flow.`;
} else {
  fakes[bridge]();
  try {
    // The hosted page's script: defines the element and connects it to the bridge, as on /verify/<token>.
    await import(await hostedScript(token));
    const element = document.createElement('verilock-flow');
    element.setAttribute('session-token', token);
    element.addEventListener('verilock-redirect', (event) => {
      if (!stay.checked) return;
      event.preventDefault();
      status.textContent = `The widget would now navigate to ${event.detail.url}`;
    });
    document.getElementById('widget').appendChild(element);
    status.textContent = `Bridge "${bridge}" injected; widget loaded.`;
  } catch (err) {
    status.textContent = `The hosted page's script could not be loaded (${err instanceof Error ? err.message : String(err)}). Run npm run build.`;
  }
}
