// Leases: each with its TTL counting down (read again every few seconds)
// and the keys attached to it; a visitor who may edit can revoke one.

import * as api from "./api.js";
import { canEdit, el, fill, guarded, notice, repeat } from "./dom.js";

const READ_EVERY_MS = 5000;
/** Leases shown (each costs a TimeToLive call). */
const SHOWN = 200;

export async function leasesView(root) {
  const body = el("div", { id: "leases" });
  fill(root, el("h2", {}, "Leases"), body);
  let shown = [];
  const reader = repeat(READ_EVERY_MS, async () => {
    shown = render(body, await readLeases(), () => reader.again());
  });
  // Between reads, count down locally.
  const ticker = setInterval(() => {
    for (const lease of shown) {
      lease.ttl = Math.max(-1, lease.ttl - 1);
      lease.cell.textContent = lease.ttl < 0 ? "expired" : `${lease.ttl} s`;
    }
  }, 1000);
  await reader.first;
  return () => {
    reader.stop();
    clearInterval(ticker);
  };
}

async function readLeases() {
  const answer = await api.call("lease/leases");
  const ids = (answer.leases || []).map((l) => l.ID).slice(0, SHOWN);
  const all = await Promise.all(ids.map((ID) => api.call("lease/timetolive", { ID, keys: true }).catch(() => null)));
  return { total: (answer.leases || []).length, leases: all.filter(Boolean) };
}

function render(body, { total, leases }, reread) {
  const shown = [];
  const rows = leases.map((l) => {
    const ttl = Number(l.TTL);
    const cell = el("td", { class: "num ttl" }, ttl < 0 ? "expired" : `${ttl} s`);
    shown.push({ ttl, cell });
    const keys = (l.keys || []).map((k) => api.text(k));
    return el("tr", { class: "lease", "data-id": api.leaseHex(l.ID) },
      el("td", { class: "mono" }, api.leaseHex(l.ID)),
      cell,
      el("td", { class: "num" }, `${l.grantedTTL} s`),
      el("td", { class: "mono" }, keys.length ? keys.join("\n") : el("span", { class: "muted" }, "no keys")),
      el("td", {}, canEdit() && el("button", { class: "danger revoke", onclick: async () => {
        if (await guarded(() => api.call("lease/revoke", { ID: l.ID }))) {
          notice(`revoked lease ${api.leaseHex(l.ID)}`, true);
          reread();
        }
      } }, "Revoke")));
  });
  fill(body,
    el("p", { class: "muted" }, `${total} lease${total === 1 ? "" : "s"}${total > leases.length ? `, the first ${leases.length} shown` : ""}`),
    el("div", { class: "panel" },
      el("table", {},
        el("thead", {}, el("tr", {}, ["lease", "remaining", "granted", "keys", ""].map((h) => el("th", {}, h)))),
        el("tbody", {}, rows))));
  return shown;
}
