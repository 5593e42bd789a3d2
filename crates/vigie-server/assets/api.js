// Calls to Vigie's JSON API (same origin; nothing else is ever fetched).

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** The URL of an API path with its non-empty parameters. */
export function apiUrl(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '' || value === false) continue;
    query.set(name, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

async function request(path, params, accept, signal) {
  let response;
  try {
    response = await fetch(apiUrl(path, params), { headers: { Accept: accept }, signal });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network', error.message);
  }
  if (!response.ok) {
    let code = 'http';
    let message = `${response.status} ${response.statusText}`;
    try {
      const body = await response.json();
      if (body && body.error) {
        code = body.error.code || code;
        message = body.error.message || message;
      }
    } catch {
      // Not a JSON error body: the status line says enough.
    }
    throw new ApiError(response.status, code, message);
  }
  return response;
}

export async function getJson(path, params = {}, signal) {
  const response = await request(path, params, 'application/json', signal);
  return response.json();
}

export async function getText(path, params = {}, signal) {
  const response = await request(path, params, 'text/html, text/markdown, text/plain', signal);
  return response.text();
}
