// REST over the sign-in session: the cookie travels by itself (HttpOnly), the CSRF token goes in a header.
// Nothing personal is ever written to localStorage or sessionStorage.
let csrf = null;

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || ('HTTP ' + status));
    this.status = status;
    this.problem = problem;
  }
}

function headers(extra) {
  const h = { 'Accept': 'application/json', 'X-Guanai-Web': '1' };
  if (csrf) h['X-Guanai-CSRF'] = csrf;
  return Object.assign(h, extra || {});
}

async function answer(response) {
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/**
 * GET under /api/v1. {@code background}: the page's own timer asks, not the user; the server then does not count
 * the request as activity, so a page left open still signs out after 30 idle minutes.
 */
export async function get(path, params, background) {
  const query = new URLSearchParams();
  Object.entries(params || {}).forEach(([k, v]) => { if (v !== null && v !== undefined && v !== '') query.set(k, v); });
  const qs = query.toString();
  const response = await fetch('/api/v1' + path + (qs ? '?' + qs : ''), {
    headers: headers(background ? { 'X-Guanai-Background': '1' } : null), credentials: 'same-origin', cache: 'no-store'
  });
  return answer(response);
}

function basic(user, password) {
  const bytes = new TextEncoder().encode(user + ':' + password);
  let binary = '';
  bytes.forEach(b => { binary += String.fromCharCode(b); });
  return 'Basic ' + btoa(binary);
}

/** Signs in; the session lives in an HttpOnly cookie, the password is not kept. */
export async function signIn(user, password) {
  const response = await fetch('/api/v1/session', {
    method: 'POST', credentials: 'same-origin', cache: 'no-store',
    headers: headers({ 'Authorization': basic(user, password) })
  });
  const session = await answer(response);
  csrf = session.csrfToken;
  return session;
}

/** The current session after a reload, or null when signed out. */
export async function currentSession() {
  try {
    const session = await get('/session');
    csrf = session.csrfToken;
    return session.csrfToken ? session : null;
  } catch (e) {
    if (e.status === 401 || e.status === 403) return null;
    throw e;
  }
}

export async function signOut() {
  try {
    await answer(await fetch('/api/v1/session', { method: 'DELETE', credentials: 'same-origin', headers: headers() }));
  } finally {
    csrf = null;
  }
}
