// The live tail: every change under a prefix as it happens, newest first,
// from a watch over the gateway (one streaming response per open tail).

import * as api from "./api.js";
import { el, fill, notice } from "./dom.js";

/** Rows kept on the page. */
const KEPT = 500;
/** The most of a value shown in a row. */
const PREVIEW = 200;

export async function tailView(root, prefix) {
  const input = el("input", { id: "tail-prefix", value: prefix, placeholder: "prefix (empty: every key)", size: 40 });
  const state = el("span", { class: "muted", id: "tail-state" });
  const rows = el("tbody", { id: "events" });
  let controller = null;
  const stop = () => {
    if (controller) controller.abort();
    controller = null;
  };
  const stopped = () => {
    state.textContent = "stopped";
    state.dataset.watching = "no";
  };
  const start = (event) => {
    if (event) event.preventDefault();
    stop();
    rows.replaceChildren();
    const prefixText = input.value;
    controller = new AbortController();
    const mine = controller;
    state.textContent = "starting the watch…";
    state.dataset.watching = "no";
    const created = () => {
      state.textContent = `watching ${prefixText === "" ? "every key" : prefixText}`;
      state.dataset.watching = "yes";
    };
    api.watch(prefixText, created, (events) => {
      for (const event of events) rows.prepend(row(event));
      while (rows.children.length > KEPT) rows.lastChild.remove();
    }, mine.signal).catch((e) => {
      if (mine.signal.aborted) return;
      notice(`the watch ended: ${e.message}`);
      stopped();
    });
  };
  fill(
    root,
    el("h2", {}, "Live"),
    el("form", { class: "row", onsubmit: start },
      el("label", {}, "Prefix ", input),
      el("button", { type: "submit", id: "tail-start" }, "Watch"),
      el("button", { type: "button", onclick: () => { stop(); stopped(); } }, "Stop"),
      state),
    el("div", { class: "panel" },
      el("table", {},
        el("thead", {}, el("tr", {}, el("th", {}, "time"), el("th", {}, "event"), el("th", {}, "key"), el("th", { class: "num" }, "revision"), el("th", {}, "value"))),
        rows)),
  );
  start();
  return stop;
}

function row(event) {
  const kv = event.kv || {};
  const type = event.type === "DELETE" ? "DELETE" : "PUT";
  const value = api.bytes(kv.value);
  let preview = new TextDecoder().decode(value.subarray(0, PREVIEW));
  if (value.length > PREVIEW) preview += "…";
  return el("tr", { class: "event", "data-seen": Date.now() },
    el("td", {}, new Date().toLocaleTimeString()),
    el("td", {}, el("span", { class: `badge ${type.toLowerCase()}` }, type)),
    el("td", { class: "mono key" }, api.text(kv.key)),
    el("td", { class: "num" }, kv.mod_revision),
    el("td", { class: "mono" }, preview));
}
