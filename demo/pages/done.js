// Shows the session id and status the widget appended to the redirect URL (as text, never HTML).
const params = new URLSearchParams(window.location.search);
const show = (id, value) => {
  const el = document.getElementById(id);
  if (el && value) el.textContent = value;
};
show('session-id', params.get('verilock_session_id'));
show('status', params.get('verilock_status'));
