// The dashboard's frame: reads where the API is, shows who is signed in,
// and swaps views as the address's #fragment changes.

import * as api from "./api.js";
import { el, fill, notice, session } from "./dom.js";
import { keysView } from "./keys.js";
import { tailView } from "./tail.js";
import { clusterView } from "./cluster.js";
import { leasesView } from "./leases.js";
import { locksView } from "./locks.js";

const VIEWS = {
  keys: keysView,
  tail: tailView,
  cluster: clusterView,
  leases: leasesView,
  locks: locksView,
};

/** What the view now shown must do when it goes (close a watch, stop timers). */
let leaving = () => {};

async function show() {
  const [name, ...rest] = location.hash.replace(/^#\/?/, "").split("/");
  const view = VIEWS[name] ? name : "keys";
  for (const link of document.querySelectorAll("nav a")) {
    link.classList.toggle("active", link.dataset.view === view);
  }
  leaving();
  leaving = () => {};
  notice("");
  const root = document.getElementById("view");
  fill(root);
  if (session.authOn && !session.user && view !== "cluster") {
    fill(root, el("p", { class: "muted", id: "sign-in-needed" }, "Authentication is on: sign in to see this view (the cluster view needs no user)."));
    return;
  }
  leaving = (await VIEWS[view](root, decodeURIComponent(rest.join("/")))) || (() => {});
}

function showSession() {
  const box = document.getElementById("session");
  if (!session.authOn) {
    fill(box, el("span", { class: "muted", id: "auth-state" }, "auth off"));
    return;
  }
  if (session.user) {
    fill(
      box,
      el("span", { id: "auth-state" }, `signed in as ${session.user}`),
      el("button", { id: "sign-out", onclick: () => { api.signOut(); session.user = null; showSession(); show(); } }, "Sign out"),
    );
    return;
  }
  const name = el("input", { id: "user", placeholder: "user", autocomplete: "username" });
  const password = el("input", { id: "password", type: "password", placeholder: "password", autocomplete: "current-password" });
  const submit = async (event) => {
    event.preventDefault();
    try {
      await api.signIn(name.value, password.value);
      session.user = name.value;
      showSession();
      show();
    } catch (e) {
      notice(`sign in failed: ${e.message}`);
    }
  };
  fill(
    box,
    el("form", { id: "sign-in", onsubmit: submit, class: "row bare" },
      name, password, el("button", { type: "submit" }, "Sign in")),
  );
}

async function start() {
  await api.init();
  try {
    session.authOn = await api.authRequired();
  } catch (e) {
    notice(`cannot reach the cluster: ${e.message}`);
  }
  session.user = session.authOn ? api.signedInUser() : null;
  showSession();
  window.addEventListener("hashchange", show);
  window.addEventListener("kvd-signed-out", () => {
    session.user = null;
    showSession();
    show();
  });
  await show();
}

start();
