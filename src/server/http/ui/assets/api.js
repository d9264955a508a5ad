// The v3 JSON gateway, as the page calls it: one function per need, keys
// and values as bytes (base64 on the wire), the signed-in user's token in
// the Authorization header (kept in sessionStorage: gone with the tab, and
// never in a URL or a cookie).

let base = "";
const TOKEN = "kvd-token";
const USER = "kvd-user";

/** An error the API answered, with etcd's message. */
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Reads where the API is (the page's own origin, or a client URL). */
export async function init() {
  const response = await fetch("config.json");
  base = (await response.json()).api || "";
}

export function signedInUser() {
  return sessionStorage.getItem(USER);
}

export async function signIn(name, password) {
  const answer = await call("auth/authenticate", { name, password });
  sessionStorage.setItem(TOKEN, answer.token);
  sessionStorage.setItem(USER, name);
}

export function signOut() {
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(USER);
}

/** The request's headers: JSON, and the token unless `anonymous`. */
function headers(anonymous = false) {
  const h = { "Content-Type": "application/json" };
  const token = anonymous ? null : sessionStorage.getItem(TOKEN);
  if (token) h.Authorization = token;
  return h;
}

/**
 * POSTs `body` to /v3/`path` (on `origin`, by default the API's), as the
 * signed-in user unless `anonymous`.
 */
export async function call(path, body = {}, origin = base, { anonymous = false } = {}) {
  const response = await fetch(`${origin}/v3/${path}`, {
    method: "POST",
    headers: headers(anonymous),
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let answer;
  try {
    answer = JSON.parse(text);
  } catch {
    throw new ApiError(response.status, text.trim() || response.statusText);
  }
  if (!response.ok || answer.error) {
    if (/invalid auth token/.test(answer.message || answer.error || "")) {
      // The token expired (or the member restarted): ask for a new sign-in.
      signOut();
      window.dispatchEvent(new Event("kvd-signed-out"));
    }
    throw new ApiError(response.status, answer.message || answer.error);
  }
  return answer;
}

/** GETs a probe (/health) of a member at `origin`. */
export async function probe(origin, path) {
  const response = await fetch(`${origin}${path}`);
  return { ok: response.ok, body: await response.text() };
}

/**
 * Opens a watch on the keys that start with the text `prefix`, calls
 * `onCreated` once the member has made it, then `onEvents` with each batch
 * of events until `signal` aborts.
 */
export async function watch(prefix, onCreated, onEvents, signal) {
  const response = await fetch(`${base}/v3/watch`, {
    method: "POST",
    headers: headers(),
    body: JSON.stringify({ create_request: prefixRange(prefix) }),
    signal,
  });
  if (!response.ok) throw new ApiError(response.status, await response.text());
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let pending = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    pending += decoder.decode(value, { stream: true });
    let newline;
    while ((newline = pending.indexOf("\n")) >= 0) {
      const line = pending.slice(0, newline).trim();
      pending = pending.slice(newline + 1);
      if (!line) continue;
      const message = JSON.parse(line);
      if (message.error) throw new ApiError(0, message.error.message || message.error);
      const result = message.result || {};
      if (result.canceled) throw new ApiError(0, result.cancel_reason || "the watch was cancelled");
      if (result.created) onCreated();
      if (result.events) onEvents(result.events);
    }
  }
}

// --- bytes ---

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: false });

/** Text or bytes as base64. */
export function b64(value) {
  const bytes = typeof value === "string" ? encoder.encode(value) : value;
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** base64 as bytes. */
export function bytes(base64) {
  const binary = atob(base64 || "");
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** base64 as text (invalid UTF-8 shown as U+FFFD). */
export function text(base64) {
  return decoder.decode(bytes(base64));
}

/**
 * The keys that start with the text `prefix` (every key for ""), as etcdctl's
 * --prefix makes the range, in the gateway's base64.
 */
export function prefixRange(prefix) {
  return { key: b64(prefix || "\0"), range_end: b64(prefixEnd(prefix)) };
}

/** The end of the range of keys that start with `prefix`. */
function prefixEnd(prefix) {
  const end = encoder.encode(prefix);
  for (let i = end.length - 1; i >= 0; i--) {
    if (end[i] < 0xff) {
      const out = end.slice(0, i + 1);
      out[i] += 1;
      return out;
    }
  }
  return new Uint8Array([0]); // every key
}

/** A lease ID (a decimal int64 on the wire) as etcdctl prints it: hex. */
export function leaseHex(id) {
  return BigInt.asUintN(64, BigInt(id || 0)).toString(16);
}

// --- the calls the views make ---

/**
 * Keys (no values) that start with the text `prefix`, from the key
 * `startB64` (base64) on, `limit` at a time.
 */
export function listKeys(prefix, startB64, limit) {
  const range = prefixRange(prefix);
  return call("kv/range", {
    key: startB64 || range.key,
    range_end: range.range_end,
    keys_only: true,
    limit,
  });
}

/** How many keys start with the text `prefix`. */
export async function countKeys(prefix) {
  const answer = await call("kv/range", { ...prefixRange(prefix), count_only: true });
  return Number(answer.count || 0);
}

/** The key `keyB64` (base64) as of `revision` (0: now), or undefined. */
export async function getKey(keyB64, revision = 0) {
  const answer = await call("kv/range", { key: keyB64, revision });
  return (answer.kvs || [])[0];
}

/** Puts `value` (text or bytes) at `keyB64`. */
export function putKey(keyB64, value) {
  return call("kv/put", { key: keyB64, value: b64(value) });
}

export function deleteKey(keyB64) {
  return call("kv/deleterange", { key: keyB64 });
}

/** The smallest key after `keyB64`, as base64. */
export function afterKey(keyB64) {
  const raw = bytes(keyB64);
  const out = new Uint8Array(raw.length + 1);
  out.set(raw);
  return b64(out);
}

/** Whether the cluster asks for a user: a read without a token is refused. */
export async function authRequired() {
  try {
    await call("kv/range", { key: b64("\0"), count_only: true }, base, { anonymous: true });
    return false;
  } catch (e) {
    if (/user name is empty|permission denied/.test(e.message)) return true;
    throw e;
  }
}
