// Building the page's elements, and what every view shares: the notice
// line and whether the visitor may edit.

/** An element with attributes (on* as listeners) and children (text or nodes). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else if (name === "class") node.className = value;
    else if (value === true) node.setAttribute(name, "");
    else node.setAttribute(name, value);
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** Replaces what `node` holds. */
export function fill(node, ...children) {
  node.replaceChildren();
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) node.append(child);
  }
}

/** Shows a message above the view (an error unless `ok`). */
export function notice(message, ok = false) {
  const node = document.getElementById("notice");
  node.textContent = message;
  node.className = ok ? "ok" : "";
  node.hidden = !message;
}

/** Runs `work`, showing its error, if any, as the notice. */
export async function guarded(work) {
  try {
    return await work();
  } catch (e) {
    notice(e.message || String(e));
    return undefined;
  }
}

/**
 * Runs `work` now and again `ms` after each run ends (its errors shown as
 * the notice) until `stop`; `again` runs it at once, restarting the wait.
 */
export function repeat(ms, work) {
  let timer = null;
  let live = true;
  let latest = 0;
  const run = async () => {
    const mine = ++latest;
    clearTimeout(timer);
    await guarded(work);
    // Only the newest run schedules the next, so `again` never doubles the loop.
    if (live && mine === latest) timer = setTimeout(run, ms);
  };
  const stop = () => {
    live = false;
    clearTimeout(timer);
  };
  return { first: run(), again: run, stop };
}

/** Who may edit: set by app.js from the auth state. */
export const session = { authOn: false, user: null };

export function canEdit() {
  return !session.authOn || !!session.user;
}

/** A number of bytes as etcdctl prints it (powers of 1000). */
export function size(n) {
  n = Number(n || 0);
  if (n < 1000) return `${n} B`;
  const units = ["kB", "MB", "GB", "TB"];
  let i = -1;
  do {
    n /= 1000;
    i++;
  } while (n >= 1000 && i < units.length - 1);
  return `${n.toFixed(n < 10 ? 1 : 0)} ${units[i]}`;
}
