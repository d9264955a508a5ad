//! The kvd-apply thread: applies committed entries to the state machine
//! off the driver's path, as etcd's apply loop does. The driver hands over
//! entries as Raft commits them (with Raft's answers to the conf changes
//! among them, which only the driver can get) and goes on persisting and
//! sending the next Ready while this thread writes LMDB. Every entry
//! waiting when a transaction starts goes into it, so batches grow with
//! the load. After the commit, proposers get their results, watchers their
//! events, and the driver a report.

use std::collections::VecDeque;
use std::sync::{mpsc, Arc};

use raft::prelude::{ConfState, Entry, SnapshotMetadata};
use tokio::sync::watch;

use super::waiters::Waiters;
use super::Command;
use crate::apply::{Applier, Effects};
use crate::error::{Error, Result};
use crate::store::Store;

/// Work for the apply thread, in log order.
pub(super) enum Job {
    /// Committed entries, and Raft's answers to their conf changes in order
    /// (`None` where Raft refused one).
    Apply {
        entries: Vec<Entry>,
        confs: Vec<Option<ConfState>>,
    },
    /// Replace the state machine with staged snapshot `id`; the driver
    /// waits for the answer before it resets the log.
    Install {
        id: u64,
        metadata: SnapshotMetadata,
        done: mpsc::Sender<Result<()>>,
    },
}

/// What the apply thread tells the driver.
pub(super) enum Report {
    /// Entries up to `index` are applied and visible. Up to `durable` they
    /// survive power loss too (the commit before last: see `Store::sync`),
    /// so the log may be trimmed below it.
    Applied {
        index: u64,
        durable: u64,
        members_changed: bool,
    },
    /// Storage failed: the member must stop.
    Failed(Error),
}

/// The driver's side of the apply thread.
pub(super) struct ApplyThread {
    jobs: mpsc::Sender<Job>,
    pub(super) reports: mpsc::Receiver<Report>,
}

impl ApplyThread {
    /// Starts the thread. `wake` nudges the driver when a report is ready.
    pub(super) fn start(
        store: Store,
        applier: Applier,
        waiters: Arc<Waiters>,
        applied: watch::Sender<u64>,
        wake: mpsc::SyncSender<Command>,
    ) -> Result<ApplyThread> {
        let (jobs, jobs_rx) = mpsc::channel();
        let (reports_tx, reports) = mpsc::channel();
        let durable = *applied.borrow();
        let mut worker = Worker {
            store,
            applier,
            waiters,
            applied,
            jobs: jobs_rx,
            pending: VecDeque::new(),
            reports: reports_tx,
            wake,
            last_commit: durable,
        };
        std::thread::Builder::new()
            .name("kvd-apply".into())
            // Applying a deeply nested transaction recurses once per level.
            .stack_size(crate::nesting::STACK_BYTES)
            .spawn(move || worker.run())
            .map_err(|e| Error::Internal(format!("starting the apply thread: {e}")))?;
        Ok(ApplyThread { jobs, reports })
    }

    /// Queues committed entries.
    pub(super) fn apply(&self, entries: Vec<Entry>, confs: Vec<Option<ConfState>>) {
        let _ = self.jobs.send(Job::Apply { entries, confs });
    }

    /// Installs a staged snapshot after everything queued before it, and
    /// waits for it.
    pub(super) fn install(&self, id: u64, metadata: SnapshotMetadata) -> Result<()> {
        let (done, rx) = mpsc::channel();
        self.jobs
            .send(Job::Install { id, metadata, done })
            .map_err(|_| Error::Stopped)?;
        rx.recv().map_err(|_| Error::Stopped)?
    }
}

struct Worker {
    store: Store,
    applier: Applier,
    waiters: Arc<Waiters>,
    applied: watch::Sender<u64>,
    jobs: mpsc::Receiver<Job>,
    /// A job taken while gathering a batch that must wait for the next.
    pending: VecDeque<Job>,
    reports: mpsc::Sender<Report>,
    wake: mpsc::SyncSender<Command>,
    /// The index the last commit applied up to.
    last_commit: u64,
}

impl Worker {
    fn run(&mut self) {
        while let Some(job) = self.next_job() {
            let done = match job {
                Job::Apply { entries, confs } => self.apply_batch(entries, confs),
                Job::Install { id, metadata, done } => {
                    let result = self.install(id, &metadata);
                    let _ = done.send(result);
                    Ok(())
                }
            };
            if let Err(e) = done {
                tracing::error!("applying committed entries failed: {e}; stopping");
                self.report(Report::Failed(e));
                return;
            }
        }
    }

    fn next_job(&mut self) -> Option<Job> {
        self.pending.pop_front().or_else(|| self.jobs.recv().ok())
    }

    /// Applies `entries` and every further entry already queued, in one
    /// transaction.
    fn apply_batch(
        &mut self,
        mut entries: Vec<Entry>,
        mut confs: Vec<Option<ConfState>>,
    ) -> Result<()> {
        while let Ok(job) = self.jobs.try_recv() {
            match job {
                Job::Apply {
                    entries: more,
                    confs: more_confs,
                } => {
                    entries.extend(more);
                    confs.extend(more_confs);
                }
                other => {
                    self.pending.push_back(other);
                    break;
                }
            }
        }
        let effects = self.persist(&entries, &confs)?;
        crate::failpoint::reached("after-apply-commit");
        let Some(index) = effects.applied else {
            return Ok(());
        };
        let durable = std::mem::replace(&mut self.last_commit, index);
        let members_changed = effects.members_changed;
        let outcomes = self.applier.publish(effects);
        self.applied.send_replace(index);
        // The driver hears before any proposer does, so a request sent on
        // the strength of an answer finds Raft's applied index moved.
        self.report(Report::Applied {
            index,
            durable,
            members_changed,
        });
        self.waiters.deliver(outcomes);
        Ok(())
    }

    /// One transaction for the batch, tried again while the disk is full:
    /// the entries are committed and must be applied, whatever else waits.
    fn persist(&mut self, entries: &[Entry], confs: &[Option<ConfState>]) -> Result<Effects> {
        loop {
            let mut effects = Effects::default();
            let mut answers = confs.iter().cloned();
            let mut conf_answer = |_: &raft::prelude::ConfChange| answers.next().flatten();
            let store = self.store.clone();
            let written = store.write().and_then(|mut txn| {
                self.applier
                    .apply_in(&mut txn, entries, &mut conf_answer, &mut effects)?;
                txn.commit()
            });
            match written {
                Ok(()) => return Ok(effects),
                Err(e) if e.is_out_of_space(self.store.dir()) => {
                    self.store.space().before_retry(&e)
                }
                Err(e) => return Err(e.into()),
            }
        }
    }

    fn install(&mut self, id: u64, md: &SnapshotMetadata) -> Result<()> {
        tracing::info!(
            index = md.index,
            term = md.term,
            "installing a snapshot from the leader"
        );
        self.store.install_snapshot(id, md)?;
        self.applier.snapshot_installed()?;
        self.last_commit = md.index;
        self.applied.send_replace(md.index);
        Ok(())
    }

    fn report(&self, report: Report) {
        let _ = self.reports.send(report);
        // A full queue means the driver is busy and will look anyway.
        let _ = self.wake.try_send(Command::Wake);
    }
}
