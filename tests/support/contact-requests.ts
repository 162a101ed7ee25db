import type { ContactValues } from '../../src/lib/contact/schema';

/** POSTs values to the island's JSON endpoint, as the island does. */
export function postJson(base: string, values: unknown, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/contact`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(values),
  });
}

/** The values as a browser without JavaScript posts them (ticked boxes send "on"). */
export function formBody(values: ContactValues): URLSearchParams {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (Array.isArray(value)) value.forEach((v) => form.append(name, v));
    else if (value === true) form.append(name, 'on');
    else if (typeof value === 'string') form.append(name, value);
  }
  return form;
}

/** POSTs values to /contact as a plain HTML form does. */
export function postForm(base: string, values: ContactValues, headers: Record<string, string> = {}) {
  return fetch(`${base}/contact`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: formBody(values),
  });
}
