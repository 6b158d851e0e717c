// Test-only: reports every uncaught error and unhandled promise rejection of the page to the end-to-end
// proxy (test/engines/proxy.mjs), which the walk checks. Injected by that proxy only.
(() => {
  const report = (kind, detail) => {
    const body = JSON.stringify({ kind, detail: String(detail).slice(0, 2000), url: location.href });
    if (!navigator.sendBeacon('/__verilock-test__/page-error', body)) console.error('page error', body);
  };
  window.addEventListener('error', (e) => report('error', (e.error && e.error.stack) || e.message));
  window.addEventListener('unhandledrejection', (e) =>
    report('unhandledrejection', (e.reason && e.reason.stack) || e.reason),
  );
})();
