//! The Raft log and hard state in a write-ahead log: each Ready's new
//! entries and hard state become one record, appended to a preallocated
//! segment file with one `fdatasync`, so the write path pays for sequential
//! writes only. The state machine stays in LMDB (written off this path, see
//! `raft::applying`); the log is trimmed only below what LMDB has durably
//! applied.
//!
//! Files: `<data-dir>/wal/<seq, 16 hex digits>.wal`. A segment begins with a
//! 16-byte header (`MAGIC`, then its sequence number, big-endian) and is
//! preallocated to `SEGMENT_BYTES`, so an append changes no file size. Then
//! frames: payload length (u32 LE), CRC-32C of the payload (u32 LE), and
//! the payload, a `WalRecord`. A zero length ends the written part. The
//! first record of every segment repeats the log start and the hard state,
//! so a segment whose entries are all trimmed can be deleted on its own.
//!
//! Recovery reads every segment in order. A frame that is cut short or
//! whose checksum fails, in the newest segment with nothing valid after it,
//! is a write that never finished (a record is synced before the next is
//! written, so only the last one can be torn): it is cut off, and the log
//! ends at the record before. The same damage anywhere else means synced
//! data changed on disk, and the log is refused, naming file and offset.
//!
//! Why not TiKV's raft-engine: in its tolerant recovery mode a bad batch
//! anywhere in the newest file truncates the file there, dropping synced
//! batches after it without a word; in its strict mode a torn tail stops
//! the member. Neither is what a single Raft group needs, and the rest of
//! it (many groups, a rewrite queue, compression, thread pools) is not used.

use std::collections::VecDeque;
use std::fs::{self, File};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

use prost::Message as _;
use protobuf::Message as _;
use raft::prelude::{Entry, HardState};

use super::error::{Result, StorageError};
use crate::proto::kvdpb::{LogStart, WalRecord};

/// The directory of the log inside a data directory.
pub const WAL_DIR: &str = "wal";
/// The size a segment is preallocated to (a larger record gets a larger one).
pub const SEGMENT_BYTES: u64 = 64 << 20;
const MAGIC: &[u8; 8] = b"kvdwal01";
const HEADER: u64 = 16;
const FRAME: u64 = 8;
/// Entries kept decoded in memory, the newest, for raft-rs's reads (a
/// follower a little behind); older ones are read back from their segment.
const CACHE_BYTES: usize = 4 << 20;

/// Why the log could not be opened.
#[derive(Debug)]
pub enum OpenError {
    /// The file system failed.
    Io(PathBuf, std::io::Error),
    /// Synced data is not what was written; the text names where.
    Damaged(String),
}

impl std::fmt::Display for OpenError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenError::Io(path, e) => write!(f, "{}: {e}", path.display()),
            OpenError::Damaged(why) => f.write_str(why),
        }
    }
}

struct Segment {
    seq: u64,
    path: PathBuf,
    file: File,
    /// Its preallocated size.
    capacity: u64,
    /// The last entry index it holds, 0 if none.
    last_index: u64,
}

/// Where an entry lives: its record's segment and offset, and its place
/// among the record's entries.
#[derive(Clone, Copy)]
struct Slot {
    term: u64,
    seq: u64,
    offset: u64,
    pos: u32,
    size: u32,
}

/// The log: entries after `start`, and the hard state. Owned by the Raft
/// driver; raft-rs reads it through `LogStore`.
pub struct Wal {
    dir: PathBuf,
    segments: Vec<Segment>,
    /// Where the next frame goes in the newest segment.
    write_at: u64,
    /// The index and term of the last entry removed.
    start: (u64, u64),
    slots: VecDeque<Slot>,
    /// The newest entries, decoded, ending at the last one.
    cache: VecDeque<Entry>,
    cache_bytes: usize,
    hard_state: HardState,
    /// The size new segments are preallocated to.
    segment_bytes: u64,
    /// While recovering: the oldest segment left after trimming begins
    /// with entries past the start its opening record names; the start is
    /// just before them, its term given by the trim's record, read later.
    start_unconfirmed: bool,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> OpenError + '_ {
    move |e| OpenError::Io(path.to_path_buf(), e)
}

fn segment_name(seq: u64) -> String {
    format!("{seq:016x}.wal")
}

impl Wal {
    /// Opens the log in `<data_dir>/wal`, creating it empty if absent, and
    /// recovers it: see the module's notes on torn and damaged records.
    pub fn open(data_dir: &Path) -> std::result::Result<Wal, OpenError> {
        Self::open_sized(data_dir, SEGMENT_BYTES)
    }

    fn open_sized(data_dir: &Path, segment_bytes: u64) -> std::result::Result<Wal, OpenError> {
        let dir = data_dir.join(WAL_DIR);
        if !dir.exists() {
            fs::create_dir_all(&dir).map_err(io(&dir))?;
            sync_dir(data_dir).map_err(io(data_dir))?;
        }
        let mut wal = Wal {
            dir: dir.clone(),
            segments: Vec::new(),
            write_at: HEADER,
            start: (0, 0),
            slots: VecDeque::new(),
            cache: VecDeque::new(),
            cache_bytes: 0,
            hard_state: HardState::default(),
            segment_bytes,
            start_unconfirmed: false,
        };
        let seqs = list_segments(&dir).map_err(io(&dir))?;
        for (i, seq) in seqs.iter().enumerate() {
            let newest = i + 1 == seqs.len();
            wal.recover_segment(*seq, newest)?;
        }
        if wal.start_unconfirmed {
            return Err(OpenError::Damaged(format!(
                "{}: the log begins at entry {} but no record says where it starts: a segment is missing",
                dir.display(),
                wal.first_index()
            )));
        }
        if wal.segments.is_empty() {
            wal.new_segment(1, 0).map_err(|e| match e {
                StorageError::Io(e) => OpenError::Io(dir.clone(), e),
                e => OpenError::Damaged(e.to_string()),
            })?;
        }
        Ok(wal)
    }

    fn recover_segment(&mut self, seq: u64, newest: bool) -> std::result::Result<(), OpenError> {
        let path = self.dir.join(segment_name(seq));
        let bytes = fs::read(&path).map_err(io(&path))?;
        let damaged = |offset: u64, why: &str| {
            OpenError::Damaged(format!(
                "{} at offset {offset}: {why}; the log's synced data changed on disk",
                path.display()
            ))
        };
        if bytes.len() < HEADER as usize
            || &bytes[..8] != MAGIC
            || bytes[8..16] != seq.to_be_bytes()
        {
            if newest && bytes.iter().all(|b| *b == 0) {
                // Created, never written: the crash came first.
                fs::remove_file(&path).map_err(io(&path))?;
                return Ok(());
            }
            return Err(damaged(0, "not a kvd log segment header"));
        }
        let file = File::options()
            .read(true)
            .write(true)
            .open(&path)
            .map_err(io(&path))?;
        self.segments.push(Segment {
            seq,
            path: path.clone(),
            file,
            capacity: bytes.len() as u64,
            last_index: 0,
        });
        let mut at = HEADER;
        loop {
            match read_frame(&bytes, at) {
                // Eight zero bytes are also what an earlier kvd wrote for an
                // empty record (a term-0 hard state): one is skipped when a
                // record follows right after it.
                Frame::End if is_record(&bytes, at + FRAME) => at += FRAME,
                // Zeros with records after them are lost data, not the end.
                Frame::End if valid_frame_after(&bytes, at) => {
                    return Err(damaged(at, "zeros lie between records"))
                }
                Frame::End => break,
                Frame::Record(payload) => {
                    let record = WalRecord::decode(payload)
                        .map_err(|e| damaged(at, &format!("undecodable record: {e}")))?;
                    self.replay(seq, at, record)
                        .map_err(|why| damaged(at, &why))?;
                    at += FRAME + payload.len() as u64;
                }
                Frame::Bad(why) => {
                    if !newest || valid_frame_after(&bytes, at) {
                        return Err(damaged(at, why));
                    }
                    tracing::warn!(
                        "{}: cutting off a record torn at offset {at} ({why}); it was never acknowledged",
                        path.display()
                    );
                    let end = bytes
                        .iter()
                        .rposition(|b| *b != 0)
                        .map_or(at, |p| p as u64 + 1);
                    let segment = self.segments.last().expect("pushed above");
                    zero(&segment.file, at, end).map_err(io(&path))?;
                    segment.file.sync_data().map_err(io(&path))?;
                    break;
                }
            }
        }
        self.write_at = at;
        Ok(())
    }

    /// Applies one recovered record to the in-memory log.
    fn replay(
        &mut self,
        seq: u64,
        offset: u64,
        record: WalRecord,
    ) -> std::result::Result<(), String> {
        if let Some(start) = record.start {
            self.discard_to(start.index, start.term);
        }
        if !record.hard_state.is_empty() {
            self.hard_state = HardState::parse_from_bytes(&record.hard_state)
                .map_err(|e| format!("undecodable hard state: {e}"))?;
        }
        let entries = record
            .entries
            .iter()
            .map(|bytes| Entry::parse_from_bytes(bytes))
            .collect::<std::result::Result<Vec<_>, _>>()
            .map_err(|e| format!("undecodable entry: {e}"))?;
        self.add_entries(seq, offset, entries)
    }

    /// Puts a record's entries in the in-memory log, replacing any from
    /// the first one's index on.
    fn add_entries(
        &mut self,
        seq: u64,
        offset: u64,
        entries: Vec<Entry>,
    ) -> std::result::Result<(), String> {
        for (pos, entry) in entries.into_iter().enumerate() {
            if entry.index <= self.start.0 {
                continue;
            }
            if entry.index > self.last_index() + 1
                && self.slots.is_empty()
                && seq == self.segments[0].seq
            {
                // Trimmed: the trim's record, later, confirms the start.
                self.start = (entry.index - 1, 0);
                self.start_unconfirmed = true;
            }
            if entry.index > self.last_index() + 1 {
                return Err(format!(
                    "entry {} follows entry {}: the log has a gap",
                    entry.index,
                    self.last_index()
                ));
            }
            self.truncate_from(entry.index);
            self.push(seq, offset, pos as u32, entry);
        }
        let last = self.last_index();
        if let Some(segment) = self.segments.iter_mut().find(|s| s.seq == seq) {
            segment.last_index = segment.last_index.max(last);
        }
        Ok(())
    }

    /// The index and term of the last entry removed from the log.
    pub fn start(&self) -> (u64, u64) {
        self.start
    }

    /// The first index in the log (one past the start).
    pub fn first_index(&self) -> u64 {
        self.start.0 + 1
    }

    /// The last index in the log (the start if it is empty).
    pub fn last_index(&self) -> u64 {
        self.start.0 + self.slots.len() as u64
    }

    /// The stored hard state.
    pub fn hard_state(&self) -> &HardState {
        &self.hard_state
    }

    /// The term of entry `index`, if the log knows it.
    pub fn term(&self, index: u64) -> Option<u64> {
        if index == self.start.0 {
            return Some(self.start.1);
        }
        let at = index.checked_sub(self.first_index())?;
        self.slots.get(at as usize).map(|s| s.term)
    }

    /// Entries `low..high`, stopping once more would pass `max_size`
    /// bytes of data (one is always returned).
    pub fn entries(&self, low: u64, high: u64, max_size: u64) -> Result<Vec<Entry>> {
        let mut out = Vec::new();
        let mut size = 0u64;
        let cache_first = self.cache.front().map_or(u64::MAX, |e| e.index);
        // Consecutive entries mostly share a record: it is read once.
        let mut record: Option<((u64, u64), WalRecord)> = None;
        for index in low..high {
            let slot = self.slot(index)?;
            size += u64::from(slot.size);
            if !out.is_empty() && size > max_size {
                break;
            }
            if index >= cache_first {
                out.push(self.cache[(index - cache_first) as usize].clone());
                continue;
            }
            let at = (slot.seq, slot.offset);
            let read = match record.take() {
                Some((held, r)) if held == at => r,
                _ => self.read_record(slot.seq, slot.offset)?,
            };
            out.push(self.entry_of(&read, index, slot)?);
            record = Some((at, read));
        }
        Ok(out)
    }

    fn slot(&self, index: u64) -> Result<Slot> {
        index
            .checked_sub(self.first_index())
            .and_then(|at| self.slots.get(at as usize))
            .copied()
            .ok_or_else(|| StorageError::corrupt("log", format!("entry {index} is not in the log")))
    }

    fn segment(&self, seq: u64) -> Result<&Segment> {
        self.segments
            .iter()
            .find(|s| s.seq == seq)
            .ok_or_else(|| StorageError::corrupt("log", format!("segment {seq} is gone")))
    }

    /// Reads back and checks the record at `offset` of segment `seq`.
    fn read_record(&self, seq: u64, offset: u64) -> Result<WalRecord> {
        let segment = self.segment(seq)?;
        let mut frame = [0u8; FRAME as usize];
        segment.file.read_exact_at(&mut frame, offset)?;
        let len = u32::from_le_bytes(frame[..4].try_into().expect("4 bytes"));
        let crc = u32::from_le_bytes(frame[4..].try_into().expect("4 bytes"));
        let mut payload = vec![0u8; len as usize];
        segment.file.read_exact_at(&mut payload, offset + FRAME)?;
        let where_ = || format!("{} at offset {offset}", segment.path.display());
        if crc32c::crc32c(&payload) != crc {
            return Err(StorageError::corrupt(
                "log",
                format!("{}: checksum mismatch", where_()),
            ));
        }
        WalRecord::decode(&payload[..])
            .map_err(|e| StorageError::corrupt("log", format!("{}: {e}", where_())))
    }

    /// Entry `index`, at `slot` of `record`.
    fn entry_of(&self, record: &WalRecord, index: u64, slot: Slot) -> Result<Entry> {
        let where_ = || {
            let path = self.segment(slot.seq).map(|s| s.path.display().to_string());
            format!("{} at offset {}", path.unwrap_or_default(), slot.offset)
        };
        let bytes = record
            .entries
            .get(slot.pos as usize)
            .ok_or_else(|| StorageError::corrupt("log", format!("{}: entry missing", where_())))?;
        let entry = Entry::parse_from_bytes(bytes)
            .map_err(|e| StorageError::corrupt("log", format!("{}: {e}", where_())))?;
        if entry.index != index {
            return Err(StorageError::corrupt(
                "log",
                format!("{}: entry {} found for {index}", where_(), entry.index),
            ));
        }
        Ok(entry)
    }

    /// Appends `entries` (replacing any from their first index on) and the
    /// hard state, as one record; with `sync`, durably (one fdatasync).
    pub fn append(
        &mut self,
        entries: &[Entry],
        hard_state: Option<&HardState>,
        sync: bool,
    ) -> Result<()> {
        if entries.is_empty() && hard_state.is_none() {
            return Ok(());
        }
        let record = WalRecord {
            entries: entries
                .iter()
                .map(|e| e.write_to_bytes().map(Into::into))
                .collect::<std::result::Result<_, _>>()
                .map_err(|e| StorageError::corrupt("log entry", e))?,
            hard_state: match hard_state {
                Some(hs) => hs
                    .write_to_bytes()
                    .map_err(|e| StorageError::corrupt("hard state", e))?
                    .into(),
                None => Default::default(),
            },
            start: None,
        };
        let (seq, offset) = self.write(&record, sync)?;
        if let Some(hs) = hard_state {
            self.hard_state = hs.clone();
        }
        self.add_entries(seq, offset, entries.to_vec())
            .map_err(|why| StorageError::corrupt("log", why))
    }

    /// Removes entries up to `index` (which must be durably applied), then
    /// deletes segments holding nothing newer.
    pub fn compact(&mut self, index: u64) -> Result<()> {
        if index <= self.start.0 {
            return Ok(());
        }
        let Some(term) = self.term(index) else {
            return Ok(());
        };
        self.write_start(index, term)?;
        crate::failpoint::reached("before-log-purge");
        self.discard_to(index, term);
        self.delete_old_segments()
    }

    /// Empties the log, which then starts after entry `index` of `term`: a
    /// snapshot taken there (already installed) replaces everything before.
    pub fn reset(&mut self, index: u64, term: u64) -> Result<()> {
        self.write_start(index, term)?;
        self.discard_to(index, term);
        if self.hard_state.commit < index {
            self.hard_state.commit = index;
        }
        self.delete_old_segments()
    }

    /// Raises the hard state's commit index in memory: a state machine that
    /// applied further proves those entries were committed.
    pub fn raise_commit(&mut self, applied: u64) {
        if self.hard_state.commit < applied {
            self.hard_state.commit = applied;
        }
    }

    fn write_start(&mut self, index: u64, term: u64) -> Result<()> {
        let record = WalRecord {
            start: Some(LogStart { index, term }),
            hard_state: self
                .hard_state
                .write_to_bytes()
                .map_err(|e| StorageError::corrupt("hard state", e))?
                .into(),
            entries: Vec::new(),
        };
        // Synced: segments are deleted after it, and must not be needed.
        self.write(&record, true).map(|_| ())
    }

    /// Moves the start to entry `index` of `term`. Entries after it stay
    /// only if the log holds that very entry (then they follow from it, by
    /// Raft's log matching); otherwise they are another leader's and go.
    fn discard_to(&mut self, index: u64, term: u64) {
        if self.start_unconfirmed && index >= self.start.0 {
            if index == self.start.0 {
                self.start.1 = term;
                self.start_unconfirmed = false;
                return;
            }
            self.start_unconfirmed = false;
        }
        if index <= self.start.0 {
            return;
        }
        if self.term(index) == Some(term) {
            let drop = (index - self.start.0) as usize;
            self.slots.drain(..drop);
            while self.cache.front().is_some_and(|e| e.index <= index) {
                let e = self.cache.pop_front().expect("checked");
                self.cache_bytes -= e.data.len();
            }
        } else {
            self.slots.clear();
            self.cache.clear();
            self.cache_bytes = 0;
        }
        self.start = (index, term);
    }

    fn truncate_from(&mut self, index: u64) {
        let keep = index.saturating_sub(self.first_index()) as usize;
        self.slots.truncate(keep);
        while self.cache.back().is_some_and(|e| e.index >= index) {
            let e = self.cache.pop_back().expect("checked");
            self.cache_bytes -= e.data.len();
        }
    }

    fn push(&mut self, seq: u64, offset: u64, pos: u32, entry: Entry) {
        self.slots.push_back(Slot {
            term: entry.term,
            seq,
            offset,
            pos,
            size: entry.data.len() as u32,
        });
        self.cache_bytes += entry.data.len();
        self.cache.push_back(entry);
        while self.cache_bytes > CACHE_BYTES && self.cache.len() > 1 {
            let e = self.cache.pop_front().expect("more than one");
            self.cache_bytes -= e.data.len();
        }
    }

    /// Writes one record, in a new segment if it does not fit; returns
    /// where it went.
    fn write(&mut self, record: &WalRecord, sync: bool) -> Result<(u64, u64)> {
        let payload = record.encode_to_vec();
        if payload.is_empty() {
            // Nothing to keep (a default hard state); an empty frame would
            // read back as zeros, the end of the log.
            return Ok((self.segments.last().map_or(1, |s| s.seq), self.write_at));
        }
        let needed = FRAME + payload.len() as u64;
        let capacity = self.segments.last().map_or(0, |s| s.capacity);
        if self.write_at + needed > capacity {
            let seq = self.segments.last().map_or(1, |s| s.seq + 1);
            self.new_segment(seq, needed)?;
        }
        let segment = self.segments.last().expect("a segment exists");
        let mut frame = Vec::with_capacity(needed as usize);
        frame.extend_from_slice(&(payload.len() as u32).to_le_bytes());
        frame.extend_from_slice(&crc32c::crc32c(&payload).to_le_bytes());
        frame.extend_from_slice(&payload);
        let offset = self.write_at;
        if crate::failpoint::hit("torn-log-write") {
            // Half the record reaches the disk, as a crash mid-write leaves it.
            segment
                .file
                .write_all_at(&frame[..frame.len() / 2], offset)?;
            segment.file.sync_data()?;
            crate::failpoint::abort("torn-log-write");
        }
        segment.file.write_all_at(&frame, offset)?;
        if sync {
            let fsync = &crate::metrics::metrics().wal_fsync;
            crate::metrics::timed(fsync, || segment.file.sync_data())?;
        }
        crate::failpoint::reached("after-log-sync");
        self.write_at += needed;
        Ok((segment.seq, offset))
    }

    /// Starts segment `seq`, big enough for a record of `needed` bytes
    /// after the record that opens it (the start and hard state).
    fn new_segment(&mut self, seq: u64, needed: u64) -> Result<()> {
        let path = self.dir.join(segment_name(seq));
        let tmp = self.dir.join(format!("{}.tmp", segment_name(seq)));
        let least = HEADER + needed + 4096;
        let file = File::options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(true)
            .open(&tmp)?;
        let size = match allocate_at_most(&file, self.segment_bytes.max(least), least) {
            Ok(size) => size,
            Err(e) => {
                let _ = fs::remove_file(&tmp);
                return Err(e.into());
            }
        };
        let mut header = [0u8; HEADER as usize];
        header[..8].copy_from_slice(MAGIC);
        header[8..].copy_from_slice(&seq.to_be_bytes());
        file.write_all_at(&header, 0)?;
        file.sync_all()?;
        fs::rename(&tmp, &path)?;
        sync_dir(&self.dir)?;
        self.segments.push(Segment {
            seq,
            path,
            file,
            capacity: size,
            last_index: 0,
        });
        self.write_at = HEADER;
        // The new segment stands alone: it knows where the log starts.
        let opening = WalRecord {
            start: Some(LogStart {
                index: self.start.0,
                term: self.start.1,
            }),
            hard_state: self
                .hard_state
                .write_to_bytes()
                .map_err(|e| StorageError::corrupt("hard state", e))?
                .into(),
            entries: Vec::new(),
        };
        let payload = opening.encode_to_vec();
        let mut frame = Vec::with_capacity(FRAME as usize + payload.len());
        frame.extend_from_slice(&(payload.len() as u32).to_le_bytes());
        frame.extend_from_slice(&crc32c::crc32c(&payload).to_le_bytes());
        frame.extend_from_slice(&payload);
        let segment = self.segments.last().expect("pushed");
        segment.file.write_all_at(&frame, HEADER)?;
        segment.file.sync_data()?;
        self.write_at = HEADER + frame.len() as u64;
        Ok(())
    }

    /// Deletes segments before the newest whose entries are all removed.
    fn delete_old_segments(&mut self) -> Result<()> {
        while self.segments.len() > 1 && self.segments[0].last_index <= self.start.0 {
            let old = self.segments.remove(0);
            fs::remove_file(&old.path)?;
        }
        Ok(())
    }

    /// How many segment files the log has.
    #[cfg(test)]
    pub fn segment_count(&self) -> usize {
        self.segments.len()
    }
}

enum Frame<'a> {
    End,
    Record(&'a [u8]),
    Bad(&'static str),
}

fn read_frame(bytes: &[u8], at: u64) -> Frame<'_> {
    let at = at as usize;
    let Some(head) = bytes.get(at..at + FRAME as usize) else {
        return if bytes[at.min(bytes.len())..].iter().all(|b| *b == 0) {
            Frame::End
        } else {
            Frame::Bad("a frame header is cut short")
        };
    };
    let len = u32::from_le_bytes(head[..4].try_into().expect("4 bytes")) as usize;
    let crc = u32::from_le_bytes(head[4..].try_into().expect("4 bytes"));
    if len == 0 {
        return if crc == 0 {
            Frame::End
        } else {
            Frame::Bad("an empty frame with a checksum")
        };
    }
    let Some(payload) = bytes.get(at + FRAME as usize..at + FRAME as usize + len) else {
        return Frame::Bad("a record is cut short");
    };
    if crc32c::crc32c(payload) != crc {
        return Frame::Bad("a record's checksum does not match");
    }
    Frame::Record(payload)
}

/// Whether a whole, checksummed record starts at `at`.
fn is_record(bytes: &[u8], at: u64) -> bool {
    matches!(read_frame(bytes, at), Frame::Record(r) if WalRecord::decode(r).is_ok())
}

/// Whether any whole, checksummed record starts after `at`: then the bad
/// frame at `at` is not a torn last write.
fn valid_frame_after(bytes: &[u8], at: u64) -> bool {
    // A frame needs a non-zero length: none starts in the zeros at the end.
    let end = bytes.iter().rposition(|b| *b != 0).map_or(0, |p| p + 1);
    (at as usize + 1..end).any(|p| is_record(bytes, p as u64))
}

fn list_segments(dir: &Path) -> std::io::Result<Vec<u64>> {
    let mut seqs = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if let Some(hex) = name.strip_suffix(".wal") {
            if let Ok(seq) = u64::from_str_radix(hex, 16) {
                seqs.push(seq);
            }
        } else if name.ends_with(".wal.tmp") {
            // A segment being created when the process died.
            fs::remove_file(entry.path())?;
        }
    }
    seqs.sort_unstable();
    Ok(seqs)
}

fn zero(file: &File, from: u64, to: u64) -> std::io::Result<()> {
    let zeros = vec![0u8; 1 << 16];
    let mut at = from;
    while at < to {
        let n = (to - at).min(zeros.len() as u64) as usize;
        file.write_all_at(&zeros[..n], at)?;
        at += n as u64;
    }
    Ok(())
}

/// Reserves up to `size` bytes for a segment, less (halving, down to
/// `least`) when the disk is short of space: a small disk still works, with
/// smaller segments. Returns the size reserved.
fn allocate_at_most(file: &File, size: u64, least: u64) -> std::io::Result<u64> {
    let mut size = size;
    loop {
        match allocate(file, size) {
            Ok(()) => return Ok(size),
            Err(e) if e.raw_os_error() == Some(libc::ENOSPC) && size / 2 >= least => {
                size /= 2;
            }
            Err(e) => return Err(e),
        }
    }
}

/// Reserves the segment's blocks up front, so appends change no size.
fn allocate(file: &File, size: u64) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    // SAFETY: the descriptor is open for writing for the whole call.
    let rc = unsafe { libc::posix_fallocate(file.as_raw_fd(), 0, size as libc::off_t) };
    match rc {
        0 => Ok(()),
        libc::EOPNOTSUPP | libc::EINVAL => file.set_len(size),
        e => Err(std::io::Error::from_raw_os_error(e)),
    }
}

fn sync_dir(dir: &Path) -> std::io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// A log entry, for tests.
    pub(in crate::store) fn entry(index: u64, term: u64, data: &[u8]) -> Entry {
        Entry {
            index,
            term,
            data: data.to_vec().into(),
            ..Default::default()
        }
    }

    fn hs(term: u64, commit: u64) -> HardState {
        HardState {
            term,
            vote: 1,
            commit,
            ..Default::default()
        }
    }

    fn indexes(wal: &Wal) -> Vec<u64> {
        wal.entries(wal.first_index(), wal.last_index() + 1, u64::MAX)
            .unwrap()
            .iter()
            .map(|e| e.index)
            .collect()
    }

    fn segment_path(dir: &Path, seq: u64) -> PathBuf {
        dir.join(WAL_DIR).join(segment_name(seq))
    }

    #[test]
    fn appends_read_back_after_reopening() {
        let tmp = tempfile::tempdir().unwrap();
        let mut wal = Wal::open(tmp.path()).unwrap();
        wal.append(
            &[entry(1, 1, b"a"), entry(2, 1, b"b")],
            Some(&hs(1, 1)),
            true,
        )
        .unwrap();
        wal.append(&[entry(3, 2, b"c")], Some(&hs(2, 3)), true)
            .unwrap();
        wal.append(&[entry(3, 3, b"C"), entry(4, 3, b"d")], None, true)
            .unwrap();
        drop(wal);
        let wal = Wal::open(tmp.path()).unwrap();
        assert_eq!(indexes(&wal), vec![1, 2, 3, 4]);
        assert_eq!(wal.term(3), Some(3), "the replaced tail stays replaced");
        assert_eq!(wal.entries(3, 4, u64::MAX).unwrap()[0].data.as_ref(), b"C");
        assert_eq!(wal.hard_state(), &hs(2, 3));
    }

    #[test]
    fn entries_out_of_the_cache_are_read_from_their_segment() {
        let tmp = tempfile::tempdir().unwrap();
        let mut wal = Wal::open(tmp.path()).unwrap();
        let big = vec![7u8; 1 << 20];
        for i in 1..=40 {
            wal.append(&[entry(i, 1, &big)], None, false).unwrap();
        }
        assert!(
            wal.cache.front().unwrap().index > 1,
            "the oldest left the cache"
        );
        let first = wal.entries(1, 2, u64::MAX).unwrap();
        assert_eq!((first[0].index, first[0].data.len()), (1, 1 << 20));
    }

    #[test]
    fn a_range_across_records_out_of_the_cache_reads_each_record_back() {
        let tmp = tempfile::tempdir().unwrap();
        let mut wal = Wal::open(tmp.path()).unwrap();
        for r in 0..10u64 {
            let batch: Vec<Entry> = (1..=4)
                .map(|i| entry(r * 4 + i, 1, &vec![(r * 4 + i) as u8; 256 << 10]))
                .collect();
            wal.append(&batch, None, false).unwrap();
        }
        assert!(wal.cache.front().unwrap().index > 20, "most left the cache");
        let got = wal.entries(2, 23, u64::MAX).unwrap();
        let indexes: Vec<u64> = got.iter().map(|e| e.index).collect();
        assert_eq!(indexes, (2..23).collect::<Vec<_>>());
        assert!(got
            .iter()
            .all(|e| e.data.iter().all(|b| u64::from(*b) == e.index)));
    }

    #[test]
    fn compaction_deletes_whole_segments_only_and_survives_reopening() {
        let tmp = tempfile::tempdir().unwrap();
        let mut wal = Wal::open_sized(tmp.path(), 4096).unwrap();
        for i in 1..=20 {
            wal.append(&[entry(i, 1, &[1u8; 1000])], Some(&hs(1, i)), true)
                .unwrap();
        }
        let before = wal.segment_count();
        assert!(before > 5, "small segments: one per record or two");
        wal.compact(15).unwrap();
        assert!(wal.segment_count() < before);
        assert_eq!((wal.first_index(), wal.last_index()), (16, 20));
        assert_eq!(wal.term(15), Some(1));
        drop(wal);
        let wal = Wal::open_sized(tmp.path(), 4096).unwrap();
        assert_eq!(indexes(&wal), vec![16, 17, 18, 19, 20]);
        assert_eq!(wal.start(), (15, 1));
        assert_eq!(wal.hard_state().commit, 20);
    }

    #[test]
    fn reset_empties_the_log_after_a_snapshot() {
        let tmp = tempfile::tempdir().unwrap();
        let mut wal = Wal::open(tmp.path()).unwrap();
        wal.append(
            &[entry(1, 1, b"a"), entry(2, 1, b"b")],
            Some(&hs(1, 1)),
            true,
        )
        .unwrap();
        wal.reset(10, 4).unwrap();
        assert_eq!((wal.first_index(), wal.last_index()), (11, 10));
        wal.append(&[entry(11, 4, b"x")], None, true).unwrap();
        drop(wal);
        let wal = Wal::open(tmp.path()).unwrap();
        assert_eq!(indexes(&wal), vec![11]);
        assert_eq!(wal.term(10), Some(4));
    }

    /// Three records; returns the segment's bytes and where the last one
    /// starts and ends.
    fn three_records(dir: &Path) -> (Vec<u8>, usize, usize) {
        let mut wal = Wal::open_sized(dir, 4096).unwrap();
        wal.append(&[entry(1, 1, b"one")], Some(&hs(1, 0)), true)
            .unwrap();
        wal.append(&[entry(2, 1, b"two")], Some(&hs(1, 1)), true)
            .unwrap();
        let last_at = wal.write_at as usize;
        wal.append(&[entry(3, 1, b"three")], Some(&hs(1, 2)), true)
            .unwrap();
        let end = wal.write_at as usize;
        drop(wal);
        (fs::read(segment_path(dir, 1)).unwrap(), last_at, end)
    }

    #[test]
    fn a_torn_last_record_is_cut_off_at_every_byte() {
        let tmp = tempfile::tempdir().unwrap();
        let (bytes, last_at, end) = three_records(tmp.path());
        for cut in last_at..end {
            let dir = tempfile::tempdir().unwrap();
            fs::create_dir_all(dir.path().join(WAL_DIR)).unwrap();
            let mut torn = bytes.clone();
            torn[cut..end].fill(0);
            fs::write(segment_path(dir.path(), 1), &torn).unwrap();
            let mut wal =
                Wal::open_sized(dir.path(), 4096).unwrap_or_else(|e| panic!("cut at {cut}: {e}"));
            assert_eq!(indexes(&wal), vec![1, 2], "cut at {cut}");
            assert_eq!(wal.hard_state(), &hs(1, 1), "cut at {cut}");
            // The log goes on from there, and reopens the same.
            wal.append(&[entry(3, 2, b"again")], None, true).unwrap();
            drop(wal);
            let wal = Wal::open_sized(dir.path(), 4096).unwrap();
            assert_eq!(indexes(&wal), vec![1, 2, 3], "cut at {cut}");
            assert_eq!(wal.term(3), Some(2), "cut at {cut}");
        }
    }

    #[test]
    fn a_torn_last_record_with_garbage_is_cut_off_too() {
        let tmp = tempfile::tempdir().unwrap();
        let (mut bytes, last_at, end) = three_records(tmp.path());
        bytes[last_at + FRAME as usize + 2] ^= 0xff;
        fs::write(segment_path(tmp.path(), 1), &bytes).unwrap();
        let wal = Wal::open(tmp.path()).unwrap();
        assert_eq!(indexes(&wal), vec![1, 2]);
        let after = fs::read(segment_path(tmp.path(), 1)).unwrap();
        assert!(after[last_at..end].iter().all(|b| *b == 0), "zeroed");
    }

    #[test]
    fn a_damaged_record_before_the_last_is_refused_naming_file_and_offset() {
        let tmp = tempfile::tempdir().unwrap();
        let (mut bytes, last_at, _) = three_records(tmp.path());
        // The second record's payload: before the last, after the first.
        let second = bytes[..last_at]
            .windows(3)
            .rposition(|w| w == b"two")
            .unwrap();
        bytes[second] ^= 0x01;
        let path = segment_path(tmp.path(), 1);
        fs::write(&path, &bytes).unwrap();
        let err = Wal::open(tmp.path()).err().expect("refused").to_string();
        assert!(err.contains(&path.display().to_string()), "{err}");
        assert!(err.contains("at offset"), "{err}");
        assert!(err.contains("checksum"), "{err}");
        assert_eq!(fs::read(&path).unwrap(), bytes, "nothing was changed");
    }

    /// A member that joins starts at term 0: its first hard state encodes
    /// to nothing. Written as an empty frame, it read back as the end of the
    /// log and every record after it was lost (found by tests/chaos).
    #[test]
    fn a_default_hard_state_does_not_end_the_log() {
        let tmp = tempfile::tempdir().unwrap();
        let mut wal = Wal::open(tmp.path()).unwrap();
        wal.append(&[], Some(&HardState::default()), true).unwrap();
        wal.append(&[entry(1, 1, b"a")], Some(&hs(1, 0)), true)
            .unwrap();
        drop(wal);
        let wal = Wal::open(tmp.path()).unwrap();
        assert_eq!(indexes(&wal), vec![1]);
        assert_eq!(wal.hard_state(), &hs(1, 0));
    }

    #[test]
    fn an_empty_frame_an_earlier_kvd_wrote_is_read_past() {
        let tmp = tempfile::tempdir().unwrap();
        let mut wal = Wal::open(tmp.path()).unwrap();
        let at = wal.write_at;
        // What the earlier kvd wrote: a frame of length 0, checksum 0.
        wal.segments[0].file.write_all_at(&[0u8; 8], at).unwrap();
        wal.write_at += FRAME;
        wal.append(&[entry(1, 1, b"a")], Some(&hs(1, 0)), true)
            .unwrap();
        drop(wal);
        let wal = Wal::open(tmp.path()).unwrap();
        assert_eq!(indexes(&wal), vec![1]);
    }

    #[test]
    fn zeros_between_records_are_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let mut wal = Wal::open(tmp.path()).unwrap();
        wal.append(&[entry(1, 1, b"one")], None, true).unwrap();
        let second_at = wal.write_at as usize;
        wal.append(&[entry(2, 1, b"two")], None, true).unwrap();
        let third_at = wal.write_at as usize;
        wal.append(&[entry(3, 1, b"three")], None, true).unwrap();
        drop(wal);
        let path = segment_path(tmp.path(), 1);
        let mut bytes = fs::read(&path).unwrap();
        bytes[second_at..third_at].fill(0);
        fs::write(&path, &bytes).unwrap();
        let err = Wal::open(tmp.path()).err().expect("refused").to_string();
        assert!(err.contains("zeros lie between records"), "{err}");
        assert!(err.contains(&format!("at offset {second_at}")), "{err}");
    }

    #[test]
    fn a_damaged_older_segment_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let mut wal = Wal::open_sized(tmp.path(), 4096).unwrap();
        for i in 1..=6 {
            wal.append(&[entry(i, 1, &[i as u8; 1500])], None, true)
                .unwrap();
        }
        drop(wal);
        let path = segment_path(tmp.path(), 1);
        let mut bytes = fs::read(&path).unwrap();
        let data = bytes[HEADER as usize..]
            .iter()
            .rposition(|b| *b != 0)
            .unwrap();
        bytes[HEADER as usize + data] ^= 0x40;
        fs::write(&path, &bytes).unwrap();
        let err = Wal::open_sized(tmp.path(), 4096)
            .err()
            .expect("refused")
            .to_string();
        assert!(err.contains(&path.display().to_string()), "{err}");
    }
}
