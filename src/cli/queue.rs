//! `kvd queue` and `kvd pqueue`: etcd's recipe Queue and PriorityQueue
//! from the shell, in the Go package's key layout (see `recipes`), so
//! that `recipe.NewQueue(cli, "jobs")` in Go and `kvd queue pop jobs`
//! share one queue. A pop is exactly-once however many run at once.

use clap::{Args, Subcommand};

use super::recipes::{Queue, QueueKind};
use super::{emit, exit, CliError, Format, GlobalArgs};
use crate::client::Client;
use crate::proto::etcdserverpb::{RangeResponse, ResponseHeader};
use crate::proto::mvccpb::KeyValue;

/// `queue` subcommands.
#[derive(Debug, Subcommand)]
pub enum QueueCommand {
    /// Adds values at the tail, one item each (the value from stdin if none is given).
    Push(PushArgs),
    /// Removes the oldest item and prints its value.
    Pop(PopArgs),
    /// Prints the oldest item's value, leaving it queued.
    Peek(NameArgs),
    /// Prints the number of items.
    Len(NameArgs),
}

/// `pqueue` subcommands.
#[derive(Debug, Subcommand)]
pub enum PqueueCommand {
    /// Adds values with a priority, one item each (the value from stdin if none is given).
    Push(PriorityPushArgs),
    /// Removes the first item (lowest priority number, oldest first) and prints its value.
    Pop(PopArgs),
    /// Prints the first item's value, leaving it queued.
    Peek(NameArgs),
    /// Prints the number of items.
    Len(NameArgs),
}

/// A queue's name.
#[derive(Debug, Clone, Args)]
pub struct NameArgs {
    /// The queue's name: its items are the keys under NAME/.
    pub name: String,
}

/// Flags of `queue push`.
#[derive(Debug, Clone, Args)]
pub struct PushArgs {
    /// The queue's name.
    pub name: String,
    /// The values, in order.
    pub values: Vec<String>,
}

/// Flags of `pqueue push`.
#[derive(Debug, Clone, Args)]
pub struct PriorityPushArgs {
    /// The queue's name.
    pub name: String,
    /// 0 to 65535; lower numbers are taken first.
    pub priority: u16,
    /// The values, in order.
    pub values: Vec<String>,
}

/// Flags of `pop`.
#[derive(Debug, Clone, Args)]
pub struct PopArgs {
    /// The queue's name.
    pub name: String,
    /// If the queue is empty, wait for an item instead of failing.
    #[arg(long)]
    pub wait: bool,
    /// Wait at most this long (implies --wait), e.g. 10s.
    #[arg(long, value_parser = super::parse_duration)]
    pub timeout: Option<std::time::Duration>,
}

/// Runs a `queue` subcommand.
pub async fn queue(g: &GlobalArgs, c: QueueCommand) -> Result<(), CliError> {
    let kind = QueueKind::Fifo;
    match c {
        QueueCommand::Push(a) => {
            let client = g.connect().await?;
            let q = Queue::new(&a.name, kind);
            for value in values(a.values)? {
                q.push(&client, &value).await?;
            }
            Ok(())
        }
        QueueCommand::Pop(a) => pop(g, &Queue::new(&a.name, kind), &a).await,
        QueueCommand::Peek(a) => peek(g, &a.name, kind).await,
        QueueCommand::Len(a) => len(g, &a.name, kind).await,
    }
}

/// Runs a `pqueue` subcommand.
pub async fn pqueue(g: &GlobalArgs, c: PqueueCommand) -> Result<(), CliError> {
    let kind = QueueKind::Priority;
    match c {
        PqueueCommand::Push(a) => {
            let client = g.connect().await?;
            let q = Queue::new(&a.name, kind);
            for value in values(a.values)? {
                q.push_priority(&client, &value, a.priority).await?;
            }
            Ok(())
        }
        PqueueCommand::Pop(a) => pop(g, &Queue::new(&a.name, kind), &a).await,
        PqueueCommand::Peek(a) => peek(g, &a.name, kind).await,
        PqueueCommand::Len(a) => len(g, &a.name, kind).await,
    }
}

/// The values to push: the arguments, or all of stdin as one.
fn values(args: Vec<String>) -> Result<Vec<Vec<u8>>, CliError> {
    if !args.is_empty() {
        return Ok(args.into_iter().map(String::into_bytes).collect());
    }
    let input = super::kv::read_value(std::io::stdin(), "stdin")?;
    if input.is_empty() {
        return Err(CliError::bad_args(
            "push needs a value, as an argument or on stdin",
        ));
    }
    Ok(vec![input])
}

fn empty(name: &str) -> CliError {
    CliError::new(exit::ERROR, format!("queue {name} is empty"))
}

async fn pop(g: &GlobalArgs, q: &Queue, a: &PopArgs) -> Result<(), CliError> {
    let client = g.connect().await?;
    let wait = a.wait || a.timeout.is_some();
    let deadline = a.timeout.map(|t| tokio::time::Instant::now() + t);
    let taken = q.pop(&client, wait, deadline).await?;
    if let (None, Some(t)) = (&taken, a.timeout) {
        return Err(CliError::new(
            exit::ERROR,
            format!(
                "no item in queue {} within {}",
                a.name,
                super::output::gofmt::duration(t)
            ),
        ));
    }
    let item = taken.ok_or_else(|| empty(&a.name))?;
    emit(&render_item(g, item.header, item.kv)?)
}

async fn peek(g: &GlobalArgs, name: &str, kind: QueueKind) -> Result<(), CliError> {
    let client: Client = g.connect().await?;
    let mut resp = Queue::new(name, kind).peek(&client).await?;
    let kv = resp.kvs.pop().ok_or_else(|| empty(name))?;
    emit(&render_item(g, resp.header, kv)?)
}

async fn len(g: &GlobalArgs, name: &str, kind: QueueKind) -> Result<(), CliError> {
    let client = g.connect().await?;
    let resp = Queue::new(name, kind).count(&client).await?;
    if g.write_out == Format::Simple {
        return emit(format!("{}\n", resp.count).as_bytes());
    }
    // As `get --count-only` prints it.
    emit(&g.printer().get(&resp)?)
}

/// An item: its value's bytes and a newline (simple, as `get
/// --print-value-only`), or the item as `get` prints a key.
fn render_item(
    g: &GlobalArgs,
    header: Option<ResponseHeader>,
    kv: KeyValue,
) -> Result<Vec<u8>, CliError> {
    if g.write_out == Format::Simple && !g.hex {
        let mut out = kv.value.to_vec();
        out.push(b'\n');
        return Ok(out);
    }
    let mut printer = g.printer();
    printer.value_only = true;
    let resp = RangeResponse {
        header,
        kvs: vec![kv],
        count: 1,
        ..Default::default()
    };
    Ok(printer.get(&resp)?)
}
