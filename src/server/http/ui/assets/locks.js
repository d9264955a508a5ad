// Locks and elections: both are keys "<name>/<lease ID in hex>" on the
// owner's lease (as etcd's lock and election services and kvd lock/elect
// write them); under one name the key with the lowest create revision
// holds the lock or leads the election, the others wait in that order.
// An election's keys hold the candidates' proposals as values.

import * as api from "./api.js";
import { el, fill, repeat } from "./dom.js";

const EVERY_MS = 3000;
/** Keys scanned for lock and election keys. */
const SCANNED = 10000;

export async function locksView(root) {
  const body = el("div", { id: "locks" });
  fill(root, el("h2", {}, "Locks & elections"), body);
  const refresh = repeat(EVERY_MS, () => render(body));
  await refresh.first;
  return refresh.stop;
}

/** The names with lock or election keys, each with its keys in queue order. */
async function findQueues() {
  const answer = await api.call("kv/range", { ...api.prefixRange(""), keys_only: true, limit: SCANNED });
  const queues = new Map();
  for (const kv of answer.kvs || []) {
    if (!kv.lease) continue;
    const key = api.text(kv.key);
    const slash = key.lastIndexOf("/");
    if (slash <= 0 || key.slice(slash + 1) !== api.leaseHex(kv.lease)) continue;
    const name = key.slice(0, slash);
    if (!queues.has(name)) queues.set(name, []);
    queues.get(name).push(kv);
  }
  for (const waiting of queues.values()) {
    waiting.sort((a, b) => Number(a.create_revision) - Number(b.create_revision));
  }
  return { queues, more: !!answer.more };
}

async function render(body) {
  const { queues, more } = await findQueues();
  const cards = [];
  for (const [name, queue] of queues) {
    const holder = queue[0];
    const full = await api.getKey(holder.key);
    const proposal = full ? api.text(full.value) : "";
    cards.push(el("div", { class: "panel queue", "data-name": name },
      el("h3", { class: "mono" }, name),
      el("p", {}, "held by lease ", el("span", { class: "mono holder" }, api.leaseHex(holder.lease)),
        ` since revision ${holder.create_revision}`),
      proposal && el("p", {}, "leader's value: ", el("span", { class: "mono proposal" }, proposal)),
      queue.length > 1
        ? el("div", {}, el("p", {}, `${queue.length - 1} waiting:`),
          el("ol", { class: "waiting" }, queue.slice(1).map((kv) => el("li", { class: "mono" }, `lease ${api.leaseHex(kv.lease)} (revision ${kv.create_revision})`))))
        : el("p", { class: "muted" }, "nobody waiting")));
  }
  fill(body,
    cards.length ? el("div", { class: "cards" }, cards) : el("p", { class: "muted" }, "no locks or elections held"),
    more && el("p", { class: "muted" }, `only the first ${SCANNED} keys were scanned`));
}
