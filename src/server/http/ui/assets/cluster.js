// The cluster: every member with its role, raft term and index, database
// size and use, health and alarms, asked of each member at its own client
// URL (so a member that cannot answer shows as such), every few seconds.

import * as api from "./api.js";
import { el, fill, repeat, size } from "./dom.js";

const EVERY_MS = 3000;

export async function clusterView(root) {
  const body = el("div", { id: "cluster" });
  fill(root, el("h2", {}, "Cluster"), body);
  const refresh = repeat(EVERY_MS, () => render(body));
  await refresh.first;
  return refresh.stop;
}

async function render(body) {
  const [list, alarms] = await Promise.all([
    api.call("cluster/member/list"),
    api.call("maintenance/alarm", { action: "GET" }).catch((e) => ({ failed: e.message })),
  ]);
  const members = list.members || [];
  const states = await Promise.all(members.map(askMember));
  const leader = states.map((s) => s.status && s.status.leader).find((id) => id && id !== "0");
  const header = list.header || {};
  const rows = members.map((m, i) => memberRow(m, states[i], leader));
  const alarmList = alarms.failed
    ? el("p", { class: "muted" }, `alarms: ${alarms.failed}`)
    : (alarms.alarms || []).length
      ? el("ul", { id: "alarms" }, alarms.alarms.map((a) => el("li", {}, el("span", { class: "badge bad" }, a.alarm || "NONE"), ` on member ${hexId(a.memberID)}`)))
      : el("p", { class: "muted", id: "alarms" }, "no alarms");
  fill(body,
    el("p", {}, `cluster ${hexId(header.cluster_id)} · ${members.length} member${members.length === 1 ? "" : "s"} · leader `,
      el("span", { class: "mono", id: "leader" }, leader ? hexId(leader) : "none")),
    el("div", { class: "panel" },
      el("table", { id: "members" },
        el("thead", {}, el("tr", {},
          ["member", "name", "role", "health", "client URL", "raft term", "raft index", "applied", "db size", "in use", "version"]
            .map((h) => el("th", {}, h)))),
        el("tbody", {}, rows))),
    el("h3", {}, "Alarms"),
    alarmList);
}

/** A member's status and health, from its first client URL. */
async function askMember(member) {
  const url = (member.clientURLs || [])[0];
  if (!url) return { error: "not started (no client URL yet)" };
  const origin = url.replace(/\/$/, "");
  const [status, health] = await Promise.all([
    api.call("maintenance/status", {}, origin).catch((e) => ({ failed: e.message || "unreachable" })),
    api.probe(origin, "/health").catch((e) => ({ ok: false, body: e.message || "unreachable" })),
  ]);
  if (status.failed) return { error: status.failed, health };
  return { status, health };
}

function memberRow(member, state, leader) {
  const id = member.ID;
  const status = state.status || {};
  const isLeader = leader && id === leader;
  const role = member.isLearner ? "learner" : isLeader ? "leader" : state.error ? "unknown" : "follower";
  const healthy = state.health && state.health.ok;
  return el("tr", { class: `member${isLeader ? " leader" : ""}`, "data-name": member.name || "", "data-role": role },
    el("td", { class: "mono" }, hexId(id)),
    el("td", {}, member.name || "(unstarted)"),
    el("td", {}, el("span", { class: `badge ${isLeader ? "leader" : ""}` }, role)),
    el("td", {}, el("span", { class: `badge ${healthy ? "good" : "bad"}`, title: state.error || (state.health && state.health.body) || "" },
      healthy ? "healthy" : state.error ? "unreachable" : "unhealthy")),
    el("td", { class: "mono" }, (member.clientURLs || []).join(", ")),
    el("td", { class: "num" }, status.raftTerm || ""),
    el("td", { class: "num" }, status.raftIndex || ""),
    el("td", { class: "num" }, status.raftAppliedIndex || ""),
    el("td", { class: "num" }, status.dbSize ? size(status.dbSize) : ""),
    el("td", { class: "num" }, status.dbSizeInUse ? size(status.dbSizeInUse) : ""),
    el("td", {}, status.version || ""));
}

/** A uint64 ID (a decimal string on the wire) in hex, as etcdctl prints it. */
function hexId(id) {
  return id ? BigInt(id).toString(16) : "?";
}
