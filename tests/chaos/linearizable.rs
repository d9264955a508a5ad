//! Linearizability checker for the history of one key, as recorded by the
//! chaos harness.
//!
//! The harness splits its history by key and calls [`check`] once per key:
//! linearizability is compositional (P-compositional), so a history is
//! linearizable iff every per-key sub-history is, and many small searches
//! are far cheaper than one over all keys.
//!
//! The search is Wing & Gong's with Lowe's memoisation, as Porcupine does it:
//! call and return entries sit in one doubly linked list sorted by time; the
//! search linearizes any call that precedes the first pending return,
//! backtracks when it reaches a return it has not linearized, and prunes any
//! (set of linearized ops, register state) it has already explored. Two
//! classic reductions keep it fast without changing a verdict: a read (or a
//! failed CAS) that is legal when reached is linearized at once without
//! trying alternatives, and values no op can tell apart share one state.
//!
//! Timing: an op whose `complete` equals another's `invoke` counts as
//! concurrent with it (calls sort before returns at the same instant), so
//! clock granularity never manufactures a violation.
//!
//! Unknown outcomes (timeouts, lost connections): the op may or may not have
//! taken effect, at any time after its invoke, so its return is at infinity
//! and the model accepts any result. An unknown write or delete applies; an
//! unknown CAS applies iff the state equals `expect`. "Never took effect"
//! needs no branch of its own: such an op can always be linearized last,
//! where its effect is unobservable. Unknown reads change nothing and are
//! dropped. See [`Plan`] for how unknown ops are kept from blowing up the
//! search.
//!
//! On a violation the history is shrunk to a small failing sub-history (see
//! [`Shrinker`]) so that a human can read why.

use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

/// What a client asked of one key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Call {
    Read,
    Write(String),
    // Part of the model even where a workload never deletes.
    #[allow(dead_code)]
    Delete,
    Cas {
        expect: Option<String>,
        new: String,
    },
}

/// What it got back. `Unknown` = no answer (timeout, connection lost, error of
/// unknown effect).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Return {
    Read(Option<String>),
    Done,
    Cas(bool),
    Unknown,
}

/// One client operation on the key; times are nanoseconds, `invoke < complete`.
#[derive(Clone, Debug)]
pub struct Op {
    pub client: usize,
    pub call: Call,
    pub invoke: u64,
    pub complete: u64,
    pub ret: Return,
}

/// The checker's answer for one key.
#[derive(Clone, Debug)]
pub enum Verdict {
    Linearizable,
    /// `ops` is a small failing sub-history, sorted by invoke time.
    Violation {
        ops: Vec<Op>,
    },
    /// The search exceeded its step budget; nothing is known.
    GaveUp,
}

/// Steps allowed to one shrinking attempt, and to all of shrinking together,
/// so that reporting a violation in a ~2,000-op history takes seconds at most.
const SHRINK_ATTEMPT_BUDGET: u64 = 50_000;
const SHRINK_TOTAL_BUDGET: u64 = 3_000_000;

/// Checks a single-key history against a register starting at `initial`,
/// giving up after `budget` search steps.
pub fn check(initial: Option<String>, ops: &[Op], budget: u64) -> Verdict {
    let ops: Vec<Op> = ops
        .iter()
        .filter(|op| !is_unknown_read(op))
        .cloned()
        .collect();
    match search(&initial, &ops, budget).0 {
        Outcome::Linearizable => Verdict::Linearizable,
        Outcome::GaveUp => Verdict::GaveUp,
        Outcome::Violation { frontier } => Verdict::Violation {
            ops: shrink(&initial, ops, frontier, budget),
        },
    }
}

/// Renders ops one per line, sorted by invoke time, e.g.
/// `client 3  [  12.345 ms ..  14.001 ms]  cas(expect=Some("a"), new="b") -> true`.
pub fn describe(ops: &[Op]) -> String {
    let mut sorted: Vec<&Op> = ops.iter().collect();
    sorted.sort_by_key(|op| (op.invoke, op.client));
    let lines: Vec<String> = sorted.iter().map(|op| describe_op(op)).collect();
    lines.join("\n")
}

fn describe_op(op: &Op) -> String {
    let ms = |ns: u64| format!("{:>8.3} ms", ns as f64 / 1e6);
    let end = match op.ret {
        Return::Unknown => " ?".to_string(),
        _ => ms(op.complete),
    };
    let call = match &op.call {
        Call::Read => "read".to_string(),
        Call::Write(v) => format!("write({v:?})"),
        Call::Delete => "delete".to_string(),
        Call::Cas { expect, new } => format!("cas(expect={expect:?}, new={new:?})"),
    };
    let ret = match &op.ret {
        Return::Read(v) => format!("{v:?}"),
        Return::Done => "ok".to_string(),
        Return::Cas(ok) => ok.to_string(),
        Return::Unknown => "?".to_string(),
    };
    let start = ms(op.invoke);
    format!("client {}  [{start} ..{end}]  {call} -> {ret}", op.client)
}

fn is_unknown_read(op: &Op) -> bool {
    op.call == Call::Read && op.ret == Return::Unknown
}

/// An op compiled against interned values so that model states are cheap to
/// copy, compare and hash in the cache.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Step {
    Read(u32),
    Write(u32),
    Cas { expect: u32, new: u32, ok: bool },
    MaybeCas { expect: u32, new: u32 },
}

impl Step {
    fn compile(op: &Op, intern: &mut impl FnMut(&Option<String>) -> u32) -> Step {
        match (&op.call, &op.ret) {
            (Call::Read, Return::Read(v)) => Step::Read(intern(v)),
            (Call::Write(v), _) => Step::Write(intern(&Some(v.clone()))),
            (Call::Delete, _) => Step::Write(intern(&None)),
            (Call::Cas { expect, new }, Return::Cas(ok)) => Step::Cas {
                expect: intern(expect),
                new: intern(&Some(new.clone())),
                ok: *ok,
            },
            (Call::Cas { expect, new }, Return::Unknown) => Step::MaybeCas {
                expect: intern(expect),
                new: intern(&Some(new.clone())),
            },
            (call, ret) => panic!("malformed op: {call:?} cannot return {ret:?}"),
        }
    }

    /// True for ops that never change the state.
    fn is_read_only(self) -> bool {
        matches!(self, Step::Read(_) | Step::Cas { ok: false, .. })
    }

    /// The state after this op, or None if its result is impossible in `state`.
    fn apply(self, state: u32) -> Option<u32> {
        match self {
            Step::Read(v) => (state == v).then_some(state),
            Step::Write(v) => Some(v),
            Step::Cas { expect, new, ok } => match (ok, state == expect) {
                (true, true) => Some(new),
                (false, false) => Some(state),
                _ => None,
            },
            Step::MaybeCas { expect, new } => Some(if state == expect { new } else { state }),
        }
    }
}

/// Call/return entries in time order, for every op with a deadline (see
/// [`Plan`]). Node 0 is the sentinel of a circular doubly linked list; node
/// `k` is the k-th entry in sorted order, so node numbers double as time
/// positions.
struct Entries {
    time: Vec<u64>,
    op: Vec<usize>,
    is_call: Vec<bool>,
    ret_of: Vec<usize>,
    next: Vec<usize>,
    prev: Vec<usize>,
}

impl Entries {
    fn new(ops: &[Op], complete: &[u64]) -> Entries {
        let mut events: Vec<(u64, bool, usize)> = Vec::with_capacity(2 * ops.len());
        let settled = ops
            .iter()
            .enumerate()
            .filter(|&(i, _)| complete[i] != u64::MAX);
        for (i, op) in settled {
            // `false` sorts first: calls precede returns at the same instant.
            events.push((op.invoke, false, i));
            events.push((complete[i], true, i));
        }
        events.sort_unstable();
        let n = events.len() + 1;
        let mut e = Entries {
            time: vec![0; n],
            op: vec![0; n],
            is_call: vec![false; n],
            ret_of: vec![0; n],
            next: (1..=n).map(|k| k % n).collect(),
            prev: (0..n).map(|k| (k + n - 1) % n).collect(),
        };
        let mut ret_node = vec![0; ops.len()];
        for (k, &(time, is_return, op)) in events.iter().enumerate() {
            (e.time[k + 1], e.op[k + 1], e.is_call[k + 1]) = (time, op, !is_return);
            if is_return {
                ret_node[op] = k + 1;
            }
        }
        for k in 1..n {
            e.ret_of[k] = ret_node[e.op[k]];
        }
        e
    }

    fn is_empty(&self) -> bool {
        self.next[0] == 0
    }

    fn unlink(&mut self, k: usize) {
        let (p, n) = (self.prev[k], self.next[k]);
        self.next[p] = n;
        self.prev[n] = p;
    }

    /// Undoes `unlink`; valid because relinks happen in reverse unlink order.
    fn relink(&mut self, k: usize) {
        let (p, n) = (self.prev[k], self.next[k]);
        self.next[p] = k;
        self.prev[n] = k;
    }

    fn lift(&mut self, call: usize) {
        self.unlink(call);
        self.unlink(self.ret_of[call]);
    }

    fn unlift(&mut self, call: usize) {
        self.relink(self.ret_of[call]);
        self.relink(call);
    }
}

enum Outcome {
    Linearizable,
    /// `frontier` is the time of the latest return the search ever reached:
    /// no order of the ops invoked up to then gets past it.
    Violation {
        frontier: u64,
    },
    GaveUp,
}

/// The part of a search configuration the cache is keyed on: which ops with
/// a deadline are linearized, and the register state. `zobrist` (an XOR of
/// per-op random words) is updated as ops come and go, so probing the cache
/// hashes one word rather than the whole set.
#[derive(Clone, PartialEq, Eq)]
struct Settled {
    ops: Vec<u64>,
    zobrist: u64,
    state: u32,
}

impl Hash for Settled {
    fn hash<H: Hasher>(&self, hasher: &mut H) {
        hasher.write_u64(self.zobrist ^ u64::from(self.state));
    }
}

impl Settled {
    fn toggle(&mut self, op: usize) {
        self.ops[op / 64] ^= 1 << (op % 64);
        // splitmix64 of the op index: a fixed, well-mixed word per op.
        let mut z = (op as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        self.zobrist ^= z ^ (z >> 31);
    }
}

/// A search configuration: the settled part, plus how many ops of each group
/// of perpetual ops (see [`Plan`]) are linearized.
struct Config {
    settled: Settled,
    used: Vec<u32>,
}

impl Config {
    /// Linearizes `op`, found at `at`, leaving the register in `state`.
    fn place(&mut self, at: Cursor, op: usize, state: u32) {
        self.settled.state = state;
        match at {
            Cursor::Entry(_) => self.settled.toggle(op),
            Cursor::Group { group, .. } => self.used[group] += 1,
        }
    }

    /// Undoes `place`, restoring the register to `state`.
    fn unplace(&mut self, at: Cursor, op: usize, state: u32) {
        self.settled.state = state;
        match at {
            Cursor::Entry(_) => self.settled.toggle(op),
            Cursor::Group { group, .. } => self.used[group] -= 1,
        }
    }
}

/// Lowe's cache of explored configurations, extended by dominance: a
/// perpetual op never has to be linearized (it can always go last), so a
/// configuration is covered by an explored one with the same settled part
/// that used no more of any group.
#[derive(Default)]
struct Explored(HashMap<Settled, Vec<Vec<u32>>>);

impl Explored {
    /// Records `config`; false if an explored configuration covers it.
    fn insert(&mut self, config: &Config) -> bool {
        let covers = |seen: &Vec<u32>| seen.iter().zip(&config.used).all(|(a, b)| a <= b);
        match self.0.get_mut(&config.settled) {
            Some(seen) if seen.iter().any(covers) => false,
            Some(seen) => {
                seen.push(config.used.clone());
                true
            }
            None => {
                let seen = vec![config.used.clone()];
                self.0.insert(config.settled.clone(), seen);
                true
            }
        }
    }
}

/// The model state for every value no op can tell apart from the others.
const UNSEEN: u32 = u32::MAX;

/// What the search needs, with reductions that never change a verdict:
///
/// - Values that no read returns and no CAS expects are indistinguishable to
///   every op, so they share one state, `UNSEEN`.
/// - An unknown op that is the only writer of a value some known op observed
///   must have taken effect before the first such observer completed: that
///   time becomes its deadline (its `complete`).
/// - The other unknown ops are perpetual: they may take effect at any time
///   after their invoke, or never (they can always go last). They stay out
///   of the entry list. Those with identical effects are interchangeable, so
///   they form a group, used in invoke order: k of them make k + 1
///   configurations rather than 2^k.
struct Plan {
    initial: u32,
    steps: Vec<Step>,
    /// Deadlines; `u64::MAX` marks a perpetual op.
    complete: Vec<u64>,
    groups: Vec<Vec<usize>>,
}

fn plan(initial: &Option<String>, ops: &[Op]) -> Plan {
    let mut mentioned: HashMap<Option<String>, u32> = HashMap::new();
    for op in ops {
        if let (_, Return::Read(v)) | (Call::Cas { expect: v, .. }, _) = (&op.call, &op.ret) {
            let id = mentioned.len() as u32;
            mentioned.entry(v.clone()).or_insert(id);
        }
    }
    let mut intern = |v: &Option<String>| mentioned.get(v).copied().unwrap_or(UNSEEN);
    let steps: Vec<Step> = ops
        .iter()
        .map(|op| Step::compile(op, &mut intern))
        .collect();
    let mut writers: HashMap<Option<String>, usize> = HashMap::new();
    let mut first_seen: HashMap<Option<String>, u64> = HashMap::new();
    for op in ops {
        if let Some(v) = installs(op) {
            *writers.entry(v).or_default() += 1;
        }
        if let Some(v) = observes(op) {
            let t = first_seen.entry(v).or_insert(u64::MAX);
            *t = op.complete.min(*t);
        }
    }
    let deadline = |op: &Op| match installs(op) {
        Some(v) if v != *initial && writers[&v] == 1 => first_seen.get(&v).copied(),
        _ => None,
    };
    let complete: Vec<u64> = ops
        .iter()
        .map(|op| match op.ret {
            Return::Unknown => deadline(op).map_or(u64::MAX, |t| t.max(op.invoke)),
            _ => op.complete,
        })
        .collect();
    let mut perpetual: Vec<usize> = (0..ops.len())
        .filter(|&i| complete[i] == u64::MAX)
        .collect();
    perpetual.sort_by_key(|&i| (ops[i].invoke, i));
    let mut group_of: HashMap<Step, usize> = HashMap::new();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for i in perpetual {
        let g = *group_of.entry(steps[i]).or_insert(groups.len());
        if g == groups.len() {
            groups.push(Vec::new());
        }
        groups[g].push(i);
    }
    Plan {
        initial: intern(initial),
        steps,
        complete,
        groups,
    }
}

impl Plan {
    /// The state after linearizing `op` in `state`, if legal and worth trying.
    fn transition(&self, op: usize, state: u32) -> Option<u32> {
        let after = self.steps[op].apply(state)?;
        // A perpetual op that would change nothing now is as well placed
        // last, where it costs the search nothing.
        let futile = self.complete[op] == u64::MAX && after == state;
        (!futile).then_some(after)
    }
}

/// Where the scan for an op to linearize stands: at an entry of the list, or,
/// once it reaches the first pending return `ret`, at a group of perpetual ops.
#[derive(Clone, Copy)]
enum Cursor {
    Entry(usize),
    Group { group: usize, ret: usize },
}

impl Cursor {
    fn advance(self, list: &Entries) -> Cursor {
        match self {
            Cursor::Entry(node) => Cursor::Entry(list.next[node]),
            Cursor::Group { group, ret } => Cursor::Group {
                group: group + 1,
                ret,
            },
        }
    }
}

/// One linearization choice, as recorded for backtracking.
struct Choice {
    at: Cursor,
    op: usize,
    /// The register state before `op`.
    before: u32,
    /// Whether no alternative to this choice needs trying.
    forced: bool,
}

/// One WGL search over a single-key history.
struct Search<'a> {
    ops: &'a [Op],
    plan: Plan,
    list: Entries,
    config: Config,
    seen: Explored,
    stack: Vec<Choice>,
    /// The latest return node the scan has stopped at.
    frontier: usize,
}

/// Runs the search. Returns the outcome and the number of steps used.
fn search(initial: &Option<String>, ops: &[Op], budget: u64) -> (Outcome, u64) {
    let plan = plan(initial, ops);
    let list = Entries::new(ops, &plan.complete);
    let words = ops.len().div_ceil(64);
    let settled = Settled {
        ops: vec![0; words],
        zobrist: 0,
        state: plan.initial,
    };
    let config = Config {
        settled,
        used: vec![0; plan.groups.len()],
    };
    let (seen, stack) = (Explored::default(), Vec::new());
    Search {
        ops,
        plan,
        list,
        config,
        seen,
        stack,
        frontier: 0,
    }
    .run(budget)
}

impl Search<'_> {
    fn run(&mut self, budget: u64) -> (Outcome, u64) {
        let mut cursor = Some(Cursor::Entry(self.list.next[0]));
        let mut used = 0;
        // Once every op with a deadline is placed, the perpetual rest go last.
        while !self.list.is_empty() {
            used += 1;
            if used > budget {
                return (Outcome::GaveUp, used);
            }
            let Some(at) = cursor else {
                let frontier = self.list.time[self.frontier];
                return (Outcome::Violation { frontier }, used);
            };
            cursor = self.step(at);
        }
        (Outcome::Linearizable, used)
    }

    /// Tries the op at `at`; returns where to look next, or None once every
    /// choice has been undone.
    fn step(&mut self, at: Cursor) -> Option<Cursor> {
        let op = match at {
            Cursor::Entry(node) if self.list.is_call[node] => self.list.op[node],
            Cursor::Entry(ret) => return Some(Cursor::Group { group: 0, ret }),
            Cursor::Group { group, ret } if group < self.plan.groups.len() => {
                let next = self.plan.groups[group].get(self.config.used[group] as usize);
                match next {
                    Some(&op) if self.ops[op].invoke <= self.list.time[ret] => op,
                    _ => return Some(at.advance(&self.list)),
                }
            }
            Cursor::Group { ret, .. } => {
                // Nothing left to try before this pending return.
                self.frontier = self.frontier.max(ret);
                return self.backtrack();
            }
        };
        let before = self.config.settled.state;
        let Some(after) = self.plan.transition(op, before) else {
            return Some(at.advance(&self.list));
        };
        // A read-only op that is legal now loses nothing by being linearized
        // now (its state holds, and everything it must follow is placed), so
        // if that fails, so does every alternative here.
        let forced = self.plan.steps[op].is_read_only();
        self.config.place(at, op, after);
        if !self.seen.insert(&self.config) {
            self.config.unplace(at, op, before);
            return if forced {
                self.backtrack()
            } else {
                Some(at.advance(&self.list))
            };
        }
        self.stack.push(Choice {
            at,
            op,
            before,
            forced,
        });
        if let Cursor::Entry(node) = at {
            self.list.lift(node);
        }
        Some(Cursor::Entry(self.list.next[0]))
    }

    /// Undoes choices up to the latest one with alternatives left, and
    /// returns the cursor just past it.
    fn backtrack(&mut self) -> Option<Cursor> {
        loop {
            let choice = self.stack.pop()?;
            self.config.unplace(choice.at, choice.op, choice.before);
            if let Cursor::Entry(node) = choice.at {
                self.list.unlift(node);
            }
            if !choice.forced {
                return Some(choice.at.advance(&self.list));
            }
        }
    }
}

/// The value an op may leave in the register, if it writes one.
fn installs(op: &Op) -> Option<Option<String>> {
    match (&op.call, &op.ret) {
        (Call::Write(v), _) => Some(Some(v.clone())),
        (Call::Delete, _) => Some(None),
        (Call::Cas { new, .. }, Return::Cas(true) | Return::Unknown) => Some(Some(new.clone())),
        _ => None,
    }
}

/// The value an op proves the register held.
fn observes(op: &Op) -> Option<Option<String>> {
    match (&op.call, &op.ret) {
        (Call::Read, Return::Read(v)) => Some(v.clone()),
        (Call::Cas { expect, .. }, Return::Cas(true)) => Some(expect.clone()),
        _ => None,
    }
}

fn written(initial: &Option<String>, ops: &[Op]) -> HashSet<Option<String>> {
    let mut values: HashSet<_> = ops.iter().filter_map(installs).collect();
    values.insert(initial.clone());
    values
}

/// Values observed in `after` that `before` could explain but `after` cannot.
fn orphaned(initial: &Option<String>, before: &[Op], after: &[Op]) -> HashSet<Option<String>> {
    let (had, has) = (written(initial, before), written(initial, after));
    let observed = after.iter().filter_map(observes);
    observed
        .filter(|v| had.contains(v) && !has.contains(v))
        .collect()
}

/// `ops` minus those `drop` selects, except that a dropped op stays if it
/// wrote a value that a remaining op observed and nothing else remaining
/// wrote: a report should never show a read of a value from nowhere.
fn without(initial: &Option<String>, ops: &[Op], drop: impl Fn(usize, &Op) -> bool) -> Vec<Op> {
    let rest: Vec<Op> = ops
        .iter()
        .enumerate()
        .filter(|(i, op)| !drop(*i, op))
        .map(|(_, op)| op.clone())
        .collect();
    let missing = orphaned(initial, ops, &rest);
    if missing.is_empty() {
        return rest;
    }
    let needed = |op: &Op| installs(op).is_some_and(|v| missing.contains(&v));
    let kept = ops
        .iter()
        .enumerate()
        .filter(|(i, op)| !drop(*i, op) || needed(op));
    kept.map(|(_, op)| op.clone()).collect()
}

/// Shrinks a violating history whose search failed at time `frontier`.
///
/// A candidate sub-history is accepted only if its own search fails at the
/// same `frontier`: failing earlier means a removed write was needed to get
/// that far (a spurious failure), failing later means part of the original
/// reason was removed. Attempts that give up keep their ops, and the whole
/// shrink is bounded by `SHRINK_TOTAL_BUDGET` steps, after which the current
/// (still failing) sub-history is returned.
struct Shrinker<'a> {
    initial: &'a Option<String>,
    frontier: u64,
    budget: u64,
    remaining: u64,
}

impl Shrinker<'_> {
    fn fails_the_same(&mut self, candidate: &[Op], cap: u64) -> bool {
        let budget = self.budget.min(cap).min(self.remaining);
        let (outcome, used) = search(self.initial, candidate, budget);
        self.remaining = self.remaining.saturating_sub(used);
        matches!(outcome, Outcome::Violation { frontier } if frontier == self.frontier)
    }

    /// Ops invoked after the frontier linearize after the op that could not be
    /// placed, and reads pending at it may as well be unknown: neither can
    /// matter, so they go without a search.
    fn cut(&self, ops: &[Op]) -> Vec<Op> {
        let f = self.frontier;
        without(self.initial, ops, |_, op| {
            op.invoke > f || (op.call == Call::Read && op.complete > f)
        })
    }

    /// Keeps the shortest suffix (by invoke time, plus the writers it needs)
    /// that still fails: doubling windows cost about twice the final one,
    /// where greedy removal on a long prefix would pay a full search per op.
    fn window(&mut self, kept: Vec<Op>) -> Vec<Op> {
        let mut size = 8;
        while size < kept.len() && self.remaining > 0 {
            let start = kept.len() - size;
            let candidate = without(self.initial, &kept, |i, _| i < start);
            if self.fails_the_same(&candidate, u64::MAX) {
                return candidate;
            }
            size *= 2;
        }
        kept
    }

    /// Greedy removal of single ops, latest first (readers go before the
    /// writers they hold in place), in passes until one removes nothing.
    fn greedy(&mut self, mut kept: Vec<Op>) -> Vec<Op> {
        let mut changed = true;
        while changed && self.remaining > 0 {
            changed = false;
            for i in (0..kept.len()).rev() {
                let candidate = without(self.initial, &kept, |j, _| j == i);
                if candidate.len() < kept.len()
                    && self.fails_the_same(&candidate, SHRINK_ATTEMPT_BUDGET)
                {
                    (kept, changed) = (candidate, true);
                }
            }
        }
        kept
    }
}

fn shrink(initial: &Option<String>, ops: Vec<Op>, frontier: u64, budget: u64) -> Vec<Op> {
    let remaining = SHRINK_TOTAL_BUDGET;
    let mut shrinker = Shrinker {
        initial,
        frontier,
        budget,
        remaining,
    };
    let mut kept = shrinker.cut(&ops);
    kept.sort_by_key(|op| op.invoke);
    let kept = shrinker.window(kept);
    let mut kept = shrinker.greedy(kept);
    kept.sort_by_key(|op| (op.invoke, op.client));
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(client: usize, call: Call, invoke: u64, complete: u64, ret: Return) -> Op {
        Op {
            client,
            call,
            invoke,
            complete,
            ret,
        }
    }
    fn write(v: &str) -> Call {
        Call::Write(v.to_string())
    }
    fn read(v: Option<&str>) -> Return {
        Return::Read(v.map(str::to_string))
    }
    fn cas(expect: Option<&str>, new: &str) -> Call {
        Call::Cas {
            expect: expect.map(str::to_string),
            new: new.to_string(),
        }
    }
    fn verdict(ops: &[Op]) -> Verdict {
        check(None, ops, 1_000_000)
    }
    fn is_linearizable(ops: &[Op]) -> bool {
        matches!(verdict(ops), Verdict::Linearizable)
    }
    fn witness(ops: &[Op]) -> Vec<Op> {
        match verdict(ops) {
            Verdict::Violation { ops } => ops,
            other => panic!("expected a violation, got {other:?}"),
        }
    }
    fn clients(ops: &[Op]) -> Vec<usize> {
        ops.iter().map(|op| op.client).collect()
    }

    #[test]
    fn empty_and_sequential_histories_are_linearizable() {
        assert!(is_linearizable(&[]));
        let h = [
            op(0, write("1"), 0, 10, Return::Done),
            op(1, Call::Read, 20, 30, read(Some("1"))),
        ];
        assert!(is_linearizable(&h));
    }

    #[test]
    fn stale_read_is_reported_with_exactly_its_two_ops() {
        let h = [
            op(0, write("0"), 0, 5, Return::Done),
            op(0, Call::Delete, 6, 8, Return::Done),
            op(1, write("1"), 10, 20, Return::Done),
            op(2, Call::Read, 30, 40, read(None)),
            op(3, write("2"), 50, 60, Return::Done),
        ];
        let w = witness(&h[2..4]);
        assert_eq!(clients(&w), [1, 2]);
        assert_eq!(clients(&witness(&h)), [1, 2]);
    }

    #[test]
    fn concurrent_read_may_see_old_or_new_value() {
        for seen in [None, Some("1")] {
            let h = [
                op(0, write("1"), 0, 10, Return::Done),
                op(1, Call::Read, 5, 15, read(seen)),
            ];
            assert!(is_linearizable(&h));
        }
        // Touching intervals count as concurrent.
        let h = [
            op(0, write("1"), 0, 10, Return::Done),
            op(1, Call::Read, 10, 20, read(None)),
        ];
        assert!(is_linearizable(&h));
    }

    #[test]
    fn unknown_writes_may_or_may_not_take_effect() {
        let observed = [
            op(0, write("a"), 0, 5, Return::Unknown),
            op(1, Call::Read, 50, 60, read(Some("a"))),
        ];
        assert!(is_linearizable(&observed));
        let unseen = [
            op(0, write("a"), 0, 5, Return::Unknown),
            op(1, Call::Read, 50, 60, read(None)),
        ];
        assert!(is_linearizable(&unseen));
        let early = [
            op(1, Call::Read, 0, 10, read(Some("a"))),
            op(0, write("a"), 20, 30, Return::Unknown),
        ];
        assert_eq!(clients(&witness(&early)), [1, 0]);
        let dropped = [op(1, Call::Read, 0, 10, Return::Unknown)];
        assert!(is_linearizable(&dropped));
    }

    #[test]
    fn cas_semantics() {
        let both = [
            op(0, cas(None, "x"), 0, 10, Return::Cas(true)),
            op(1, cas(None, "y"), 0, 10, Return::Cas(true)),
        ];
        assert_eq!(witness(&both).len(), 2);
        let one = [
            op(0, cas(None, "x"), 0, 10, Return::Cas(true)),
            op(1, cas(None, "y"), 0, 10, Return::Cas(false)),
        ];
        assert!(is_linearizable(&one));
        assert_eq!(
            witness(&[op(0, cas(None, "x"), 0, 10, Return::Cas(false))]).len(),
            1
        );
        // An unknown CAS may have applied (if expect held) or not.
        for seen in [None, Some("x")] {
            let h = [
                op(0, cas(None, "x"), 0, 10, Return::Unknown),
                op(1, Call::Read, 20, 30, read(seen)),
            ];
            assert!(is_linearizable(&h));
        }
        let h = [
            op(0, cas(Some("q"), "x"), 0, 10, Return::Unknown),
            op(1, Call::Read, 20, 30, read(Some("x"))),
        ];
        assert!(!is_linearizable(&h));
    }

    #[test]
    fn lost_write_is_a_violation() {
        let h = [
            op(0, write("a"), 0, 10, Return::Done),
            op(0, write("b"), 20, 30, Return::Done),
            op(1, Call::Read, 40, 50, read(Some("a"))),
        ];
        assert_eq!(witness(&h).len(), 3);
    }

    #[test]
    fn new_then_old_value_across_readers_is_a_violation() {
        let h = [
            op(0, write("1"), 0, 10, Return::Done),
            op(1, Call::Read, 1, 2, read(Some("1"))),
            op(2, Call::Read, 3, 4, read(None)),
        ];
        let w = witness(&h);
        assert_eq!(clients(&w), [0, 1, 2]);
        let text = describe(&w);
        assert_eq!(text.lines().count(), 3);
        assert!(
            text.contains("client 1  [   0.000 ms ..   0.000 ms]  read -> Some(\"1\")"),
            "{text}"
        );
    }

    #[test]
    fn describe_renders_unknown_completion() {
        let o = op(
            3,
            cas(Some("a"), "b"),
            12_345_000,
            14_001_000,
            Return::Cas(true),
        );
        let line = describe(std::slice::from_ref(&o));
        assert_eq!(
            line,
            "client 3  [  12.345 ms ..  14.001 ms]  cas(expect=Some(\"a\"), new=\"b\") -> true"
        );
        let unknown = describe(&[Op {
            ret: Return::Unknown,
            ..o
        }]);
        assert!(
            unknown.ends_with(" .. ?]  cas(expect=Some(\"a\"), new=\"b\") -> ?"),
            "{unknown}"
        );
    }

    struct XorShift(u64);
    impl XorShift {
        fn below(&mut self, n: u64) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0 % n
        }
    }

    /// Sequential clients whose ops take effect at a random point inside
    /// their intervals, so the history is linearizable by construction.
    /// One op in `unknown_one_in` loses its answer.
    fn random_history(seed: u64, clients: usize, ops_each: usize, unknown_one_in: u64) -> Vec<Op> {
        let mut rng = XorShift(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let (mut planned, mut fresh) = (Vec::new(), 0);
        for client in 0..clients {
            let mut t = rng.below(20);
            for _ in 0..ops_each {
                let invoke = t + rng.below(10);
                let complete = invoke + 1 + rng.below(50);
                let point = invoke + rng.below(complete - invoke + 1);
                fresh += 1;
                let call = match rng.below(4) {
                    0 => Call::Read,
                    1 => Call::Write(format!("v{fresh}")),
                    2 => Call::Delete,
                    _ => {
                        let old = rng.below(fresh);
                        let expect = (old > 0).then(|| format!("v{old}"));
                        Call::Cas {
                            expect,
                            new: format!("v{fresh}"),
                        }
                    }
                };
                planned.push((point, op(client, call, invoke, complete, Return::Unknown)));
                t = complete + 1;
            }
        }
        planned.sort_by_key(|(point, _)| *point);
        let mut state: Option<String> = None;
        for (_, o) in &mut planned {
            o.ret = match &o.call {
                Call::Read => Return::Read(state.clone()),
                Call::Write(v) => {
                    state = Some(v.clone());
                    Return::Done
                }
                Call::Delete => {
                    state = None;
                    Return::Done
                }
                Call::Cas { expect, new } => {
                    let ok = state == *expect;
                    if ok {
                        state = Some(new.clone());
                    }
                    Return::Cas(ok)
                }
            };
            if rng.below(unknown_one_in) == 0 {
                o.ret = Return::Unknown;
            }
        }
        planned.into_iter().map(|(_, o)| o).collect()
    }

    #[test]
    fn randomized_linearizable_histories_pass_and_corrupted_reads_fail() {
        let mut mutated = 0;
        for seed in 1..=200 {
            let mut h = random_history(seed, 4, 8, 8);
            assert!(is_linearizable(&h), "seed {seed}:\n{}", describe(&h));
            let Some(r) = h.iter_mut().find(|o| matches!(o.ret, Return::Read(_))) else {
                continue;
            };
            r.ret = read(Some("never-written"));
            let w = witness(&h);
            assert!(
                !w.is_empty() && !is_linearizable(&w),
                "seed {seed}:\n{}",
                describe(&w)
            );
            mutated += 1;
        }
        assert!(mutated > 150, "only {mutated} histories had a read");
    }

    #[test]
    fn long_history_shrinks_to_the_bad_read() {
        let mut h = random_history(7, 4, 500, 100);
        let v = verdict(&h);
        assert!(matches!(v, Verdict::Linearizable), "{v:?}");
        let late = h.len() * 9 / 10;
        let r = h[late..]
            .iter_mut()
            .find(|o| matches!(o.ret, Return::Read(_)));
        let r = r.expect("a late read");
        r.ret = read(Some("never-written"));
        let bad = r.clone();
        let w = witness(&h);
        assert_eq!((w.len(), w[0].invoke), (1, bad.invoke), "{}", describe(&w));
    }

    #[test]
    fn many_unknown_writes_stay_cheap() {
        // 40 unknown writes nobody read: 2^40 subsets, unless interchangeable.
        let mut h: Vec<Op> = (0..40)
            .map(|i| op(i, write(&format!("u{i}")), i as u64, 50, Return::Unknown))
            .collect();
        h.push(op(40, write("a"), 100, 110, Return::Done));
        h.push(op(41, Call::Read, 120, 130, read(None)));
        assert_eq!(clients(&witness(&h)), [40, 41]);
    }

    #[test]
    fn exhausted_budget_gives_up() {
        let mut h: Vec<Op> = (0..20)
            .map(|c| op(c, write(&format!("w{c}")), 0, 100, Return::Done))
            .collect();
        h.push(op(20, Call::Read, 200, 300, read(Some("nope"))));
        assert!(matches!(check(None, &h, 10), Verdict::GaveUp));
    }
}
