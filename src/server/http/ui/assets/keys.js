// The key browser: the keys under a prefix as a tree (a level at a time,
// split at "/", with counts), paged so that a prefix of many thousand keys
// loads a page at a time; a key's value as text, pretty JSON or hex; its
// revision history with a diff between versions; and, for a visitor who
// may edit, put and delete.

import * as api from "./api.js";
import { canEdit, el, fill, guarded, notice, size } from "./dom.js";
import { lineDiff } from "./diff.js";

const PAGE = 500;
/** The most of a value shown before "show all" (a 1 MB value stays responsive). */
const SHOWN = 64 * 1024;
const HISTORY = 50;

export async function keysView(root, prefix) {
  const state = { prefix, next: null, children: new Map(), total: 0 };
  const input = el("input", { id: "prefix", value: prefix, placeholder: "prefix, e.g. /app/", size: 40 });
  const go = (event) => {
    event.preventDefault();
    location.hash = `#/keys/${encodeURIComponent(input.value)}`;
  };
  const list = el("ul", { class: "tree", id: "tree" });
  const more = el("button", { id: "more", hidden: true, onclick: () => loadPage(state, list, more, detail) }, "Load more");
  const total = el("span", { class: "muted", id: "total" });
  const detail = el("div", { class: "panel", id: "detail" });
  fill(
    root,
    el("h2", {}, "Keys"),
    el("form", { class: "row", onsubmit: go },
      el("label", {}, "Prefix ", input),
      el("button", { type: "submit" }, "Open"),
      crumbs(prefix),
      total),
    el("div", { class: "split" },
      el("div", { class: "panel" }, list, more),
      detail),
  );
  showNewKeyForm(detail, prefix);
  await guarded(async () => {
    const count = await api.countKeys(prefix);
    total.textContent = `${count} key${count === 1 ? "" : "s"} under this prefix`;
    await loadPage(state, list, more, detail);
  });
  return undefined;
}

/** Links to each level of the prefix. */
function crumbs(prefix) {
  const parts = [el("a", { onclick: () => (location.hash = "#/keys/") }, "(all)")];
  let at = 0;
  for (;;) {
    const slash = prefix.indexOf("/", at + 1);
    if (slash < 0) break;
    const level = prefix.slice(0, slash + 1);
    parts.push(" › ", el("a", { onclick: () => (location.hash = `#/keys/${encodeURIComponent(level)}`) }, prefix.slice(at, slash + 1)));
    at = slash + 1;
  }
  return el("span", { class: "crumbs" }, parts);
}

/** The next page of keys, folded into the tree's children. */
async function loadPage(state, list, more, detail) {
  const answer = await guarded(() => api.listKeys(state.prefix, state.next, PAGE));
  if (!answer) return;
  const kvs = answer.kvs || [];
  for (const kv of kvs) {
    const name = api.text(kv.key);
    const rest = name.slice(state.prefix.length);
    const slash = rest.indexOf("/", 1);
    if (slash >= 0) {
      const dir = state.prefix + rest.slice(0, slash + 1);
      const child = state.children.get(dir) || { dir: true, count: 0, exact: false };
      if (!child.exact) child.count++; // an exact count already holds the later pages
      state.children.set(dir, child);
    } else {
      state.children.set(`key:${kv.key}`, { dir: false, key: kv.key, name });
    }
  }
  state.next = answer.more && kvs.length ? api.afterKey(kvs[kvs.length - 1].key) : null;
  more.hidden = !state.next;
  renderTree(state, list, detail);
  // Exact counts for the directories seen (they may span later pages).
  const dirs = [...state.children.entries()].filter(([, c]) => c.dir && !c.exact).slice(0, 100);
  await Promise.all(dirs.map(async ([dir, child]) => {
    child.count = await api.countKeys(dir).catch(() => child.count);
    child.exact = true;
  }));
  renderTree(state, list, detail);
}

function renderTree(state, list, detail) {
  const items = [];
  for (const [name, child] of state.children) {
    if (child.dir) {
      items.push(el("li", { class: "dir", "data-prefix": name, onclick: () => (location.hash = `#/keys/${encodeURIComponent(name)}`) },
        el("span", { class: "name mono" }, name.slice(state.prefix.length)),
        el("span", { class: "count" }, `${child.count}${child.exact ? "" : "+"} key${child.count === 1 && child.exact ? "" : "s"}`)));
    } else {
      const item = el("li", { class: "key", "data-key": child.name, onclick: () => {
        for (const other of list.querySelectorAll("li.selected")) other.classList.remove("selected");
        item.classList.add("selected");
        openKey(detail, child.key);
      } }, el("span", { class: "name mono" }, child.name.slice(state.prefix.length) || child.name));
      items.push(item);
    }
  }
  if (!items.length) items.push(el("li", { class: "muted" }, "no keys"));
  fill(list, items);
}

/** The form for a new key under the prefix. */
function showNewKeyForm(detail, prefix) {
  if (!canEdit()) {
    fill(detail, el("p", { class: "muted" }, "Pick a key to see its value. Sign in to edit."));
    return;
  }
  const key = el("input", { id: "new-key", value: prefix, size: 40 });
  const value = el("textarea", { id: "new-value" });
  const put = async (event) => {
    event.preventDefault();
    const done = await guarded(() => api.putKey(api.b64(key.value), value.value));
    if (done) {
      notice(`put ${key.value}`, true);
      openKey(detail, api.b64(key.value));
    }
  };
  fill(detail,
    el("p", { class: "muted" }, "Pick a key to see its value, or put a new one."),
    el("form", { onsubmit: put },
      el("div", { class: "row" }, el("label", {}, "Key ", key)),
      value,
      el("div", { class: "row" }, el("button", { type: "submit", id: "put" }, "Put"))));
}

/** A key's value, facts, history and edits. */
async function openKey(detail, keyB64) {
  const kv = await guarded(() => api.getKey(keyB64));
  const name = api.text(keyB64);
  if (!kv) {
    fill(detail, el("p", { class: "muted" }, `${name}: no such key now`));
    return;
  }
  const value = api.bytes(kv.value);
  const body = el("div", { id: "value-view" });
  const tabs = el("div", { class: "row tabs" });
  const modes = ["text", "json", "hex"];
  const choose = (mode) => {
    for (const b of tabs.children) b.classList.toggle("on", b.dataset.mode === mode);
    showValue(body, value, mode);
  };
  for (const mode of modes) {
    tabs.append(el("button", { "data-mode": mode, onclick: () => choose(mode) }, mode === "json" ? "JSON" : mode[0].toUpperCase() + mode.slice(1)));
  }
  const history = el("div", { id: "history" });
  const actions = el("div", { class: "row" },
    el("button", { id: "show-history", onclick: () => showHistory(history, keyB64, kv) }, "History"),
    canEdit() && el("button", { id: "edit", onclick: () => edit(detail, keyB64, value) }, "Edit"),
    canEdit() && el("button", { id: "delete", class: "danger", onclick: async (event) => {
      // Two clicks: the first arms the button.
      if (event.target.dataset.armed !== "yes") {
        event.target.dataset.armed = "yes";
        event.target.textContent = `Really delete ${name}?`;
        return;
      }
      if (await guarded(() => api.deleteKey(keyB64))) {
        notice(`deleted ${name}`, true);
        fill(detail, el("p", { class: "muted" }, `${name} deleted`));
      }
    } }, "Delete"));
  fill(detail,
    el("h3", { class: "mono", id: "key-name" }, name),
    el("table", {},
      el("tr", {}, el("th", {}, "created at"), el("td", {}, kv.create_revision), el("th", {}, "modified at"), el("td", {}, kv.mod_revision)),
      el("tr", {}, el("th", {}, "version"), el("td", {}, kv.version), el("th", {}, "size"), el("td", {}, size(value.length))),
      el("tr", {}, el("th", {}, "lease"), el("td", {}, kv.lease ? api.leaseHex(kv.lease) : "none"), el("th", {}), el("td", {}))),
    tabs, body, actions, history);
  choose(looksLikeJson(value) ? "json" : "text");
}

function looksLikeJson(value) {
  if (value.length > 4 * 1024 * 1024) return false;
  const first = value.find((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09);
  return first === 0x7b || first === 0x5b; // { or [
}

/** The value in one of the three modes; large ones cut, with a way to see all. */
function showValue(body, value, mode, all = false) {
  const limit = all ? Infinity : mode === "hex" ? SHOWN / 4 : SHOWN;
  const shown = value.length > limit ? value.subarray(0, limit) : value;
  let content;
  if (mode === "hex") {
    content = hexDump(shown);
  } else if (mode === "json") {
    try {
      content = JSON.stringify(JSON.parse(new TextDecoder().decode(value)), null, 2);
      if (!all && content.length > SHOWN) content = content.slice(0, SHOWN);
    } catch (e) {
      content = `not JSON: ${e.message}`;
    }
  } else {
    content = new TextDecoder().decode(shown);
  }
  const cut = !all && (mode === "json" ? content.length >= SHOWN : value.length > limit);
  fill(body,
    el("pre", { class: "value", id: "value" }, content),
    cut && el("p", { class: "muted" }, `showing the first ${size(mode === "json" ? SHOWN : limit)} of ${size(value.length)} `,
      el("button", { id: "show-all", onclick: () => showValue(body, value, mode, true) }, "Show all")));
}

function hexDump(value) {
  const lines = [];
  for (let offset = 0; offset < value.length; offset += 16) {
    const row = value.subarray(offset, offset + 16);
    const hex = Array.from(row, (b) => b.toString(16).padStart(2, "0")).join(" ");
    const ascii = Array.from(row, (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : ".")).join("");
    lines.push(`${offset.toString(16).padStart(8, "0")}  ${hex.padEnd(47)}  ${ascii}`);
  }
  return lines.join("\n");
}

function edit(detail, keyB64, value) {
  const area = el("textarea", { id: "edit-value" });
  area.value = new TextDecoder().decode(value);
  const save = async (event) => {
    event.preventDefault();
    if (await guarded(() => api.putKey(keyB64, area.value))) {
      notice(`put ${api.text(keyB64)}`, true);
      openKey(detail, keyB64);
    }
  };
  fill(detail,
    el("h3", { class: "mono" }, api.text(keyB64)),
    el("form", { onsubmit: save }, area,
      el("div", { class: "row" },
        el("button", { type: "submit", id: "save" }, "Save"),
        el("button", { type: "button", onclick: () => openKey(detail, keyB64) }, "Cancel"))));
}

/**
 * The key's versions, newest first: each older one read at the revision
 * before the newer one's, until the key's creation, compaction, or HISTORY.
 */
async function showHistory(box, keyB64, kv) {
  fill(box, el("p", { class: "muted" }, "reading history…"));
  const versions = [kv];
  let stop = "";
  while (versions.length < HISTORY) {
    const rev = Number(versions[versions.length - 1].mod_revision) - 1;
    if (rev < 1) break;
    let older;
    try {
      older = await api.getKey(keyB64, rev);
    } catch (e) {
      stop = /compacted/.test(e.message) ? "older versions were compacted" : e.message;
      break;
    }
    if (!older) break;
    versions.push(older);
  }
  const diff = el("div", { class: "diff mono", id: "diff" });
  const rows = versions.map((v, i) => el("tr", { class: "version" },
    el("td", {}, `v${v.version}`),
    el("td", {}, `rev ${v.mod_revision}`),
    el("td", { class: "num" }, size(api.bytes(v.value).length)),
    el("td", {}, i + 1 < versions.length
      ? el("button", { class: "show-diff", onclick: () => showDiff(diff, versions[i + 1], v) }, `diff with v${versions[i + 1].version}`)
      : el("span", { class: "muted" }, "first kept"))));
  fill(box,
    el("h3", {}, "History"),
    el("table", {}, rows),
    stop && el("p", { class: "muted" }, stop),
    diff);
}

function showDiff(box, older, newer) {
  const lines = lineDiff(api.text(older.value), api.text(newer.value));
  if (!lines) {
    fill(box, el("p", { class: "muted" }, "too large to compare line by line"));
    return;
  }
  fill(box,
    el("p", {}, `v${older.version} (rev ${older.mod_revision}) → v${newer.version} (rev ${newer.mod_revision})`),
    lines.map(([op, line]) => el("span", { class: op === "+" ? "add" : op === "-" ? "del" : "" }, `${op} ${line}`)));
}
