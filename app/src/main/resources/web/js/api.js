// The REST API as the page uses it: GET only, JSON in, errors as exceptions carrying the server's reason.

export async function get(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    for (const one of [].concat(v)) if (one !== null && one !== undefined && one !== '') q.append(k, one);
  }
  const url = '/api/' + path + (q.toString() ? '?' + q : '');
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) {
    const err = new Error(body.message || res.statusText);
    err.status = res.status;
    throw err;
  }
  return body;
}

/** Path segment for an id: encoded so that "a/b" stays one segment. */
export function id(v) {
  return encodeURIComponent(v);
}
