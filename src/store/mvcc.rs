//! The MVCC keyspace: every version of every key, kept on disk.
//!
//! `revs` maps a revision to what happened at it (a put or a tombstone);
//! `index` maps (key, revision) to whether that revision is a tombstone.
//! Reading key K at revision R is one B-tree seek for the greatest index
//! entry of K at or below R, then one lookup in `revs`; a range steps from
//! key to key with one seek each, so reads do not slow down as history
//! grows.
//!
//! Long keys (`keys::is_long`) have tables of their own, `long_index` and
//! `long_latest`, keyed by identity (`keys::long_id`). Those tables keep
//! long keys in key order except within a group sharing their first
//! `LONG_PREFIX` bytes, which sorts by digest: a scan reads such a group
//! whole, sorts it by key (`LongKeys`), and merges the long keys, so
//! ordered, with the short keys, so every range sees all keys in byte
//! order. Counts and limits are taken on the merged order.

use std::ops::Bound;

use prost::Message as _;

use super::error::{Result, StorageError};
use super::keys::{
    index_key, index_key_after, index_prefix, is_long, long_id, long_index_key,
    long_index_key_after, long_latest_value, parse_index_key, parse_long_index_key,
    parse_long_latest_value, parse_revision, prefix_end, revision_bytes, short_floor, LONG_ID_LEN,
    LONG_PREFIX,
};
use super::meta::{self, COMPACT_DONE, COMPACT_REV, CURRENT_REV};
use super::{Revision, View, WriteTxn};
use crate::proto::kvdpb::RevisionRecord;
use crate::proto::mvccpb::{event::EventType, Event, KeyValue};

const PUT: &[u8] = &[0];
const TOMBSTONE: &[u8] = &[1];

/// Where a range stops, decoded from an etcd `range_end`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RangeEnd {
    /// Empty `range_end`: just the key itself.
    Single,
    /// `range_end` of a single zero byte: every key from the key on.
    Unbounded,
    /// Every key below this one (exclusive).
    Before(Vec<u8>),
}

impl RangeEnd {
    /// Decodes the `range_end` field of an etcd request.
    pub fn from_request(range_end: &[u8]) -> Self {
        match range_end {
            [] => RangeEnd::Single,
            [0] => RangeEnd::Unbounded,
            end => RangeEnd::Before(end.to_vec()),
        }
    }

    /// Whether `key` lies in the range that starts at `start`.
    pub fn contains(&self, start: &[u8], key: &[u8]) -> bool {
        match self {
            RangeEnd::Single => key == start,
            _ => key >= start && self.admits(start, key),
        }
    }

    fn admits(&self, start: &[u8], key: &[u8]) -> bool {
        match self {
            RangeEnd::Single => key == start,
            RangeEnd::Unbounded => true,
            RangeEnd::Before(end) => key < end.as_slice(),
        }
    }
}

/// The keys a range found.
#[derive(Debug, Default)]
pub struct RangeScan {
    /// Up to `limit` live keys in key order.
    pub kvs: Vec<KeyValue>,
    /// How many live keys the whole range holds at the revision.
    pub count: i64,
}

/// The `KeyValue` a stored record stands for at `rev`; a tombstone's has
/// only its key and revision, as etcd's DELETE events do.
fn record_kv(rec: RevisionRecord, rev: Revision) -> KeyValue {
    KeyValue {
        key: rec.key,
        create_revision: rec.create_revision,
        mod_revision: rev.main,
        version: rec.version,
        value: rec.value,
        lease: rec.lease,
    }
}

fn corrupt(what: &'static str) -> StorageError {
    StorageError::corrupt(what, "unparsable key or value")
}

fn decode_record(bytes: &[u8]) -> Result<RevisionRecord> {
    RevisionRecord::decode(bytes).map_err(|e| StorageError::corrupt("revision", e))
}

/// A `RevisionRecord` read for its key alone: decoding skips the value.
#[derive(Clone, PartialEq, prost::Message)]
struct RecordKey {
    #[prost(bytes = "vec", tag = "2")]
    key: Vec<u8>,
}

/// How a key is named in the tables: short keys by themselves, long ones
/// by their identity.
enum Name<'k> {
    Short(&'k [u8]),
    Long(Box<[u8; LONG_ID_LEN]>),
}

impl<'k> Name<'k> {
    fn of(key: &'k [u8]) -> Self {
        if is_long(key) {
            Name::Long(Box::new(long_id(key)))
        } else {
            Name::Short(key)
        }
    }
}

/// Where the visit of a range stands after a key: go on, or stop there.
type Visit<'f> = dyn FnMut(&[u8], Revision) -> Result<bool> + 'f;

impl View<'_> {
    /// The revision of the last write.
    pub fn current_rev(&self) -> Result<i64> {
        Ok(meta::get_u64(*self, CURRENT_REV)? as i64)
    }

    /// How many keys are live now (a count LMDB keeps: no scan).
    pub fn live_keys(&self) -> Result<u64> {
        Ok(self.dbs.latest.len(self.txn)? + self.dbs.long_latest.len(self.txn)?)
    }

    /// The revision the keyspace has been compacted at (0 if never).
    pub fn compact_rev(&self) -> Result<i64> {
        Ok(meta::get_u64(*self, COMPACT_REV)? as i64)
    }

    /// The revision of the last compaction, `None` if there was none
    /// (etcd tells "never" from "at revision 0").
    pub fn compacted_at(&self) -> Result<Option<i64>> {
        Ok(match self.dbs.meta.get(self.txn, COMPACT_REV)? {
            Some(_) => Some(self.compact_rev()?),
            None => None,
        })
    }

    /// The revision up to which compaction has physically finished.
    pub fn compact_done_rev(&self) -> Result<i64> {
        Ok(meta::get_u64(*self, COMPACT_DONE)? as i64)
    }

    /// The newest revision of `key` at or below main revision `at`, and
    /// whether it is a tombstone.
    pub fn latest(&self, key: &[u8], at: i64) -> Result<Option<(Revision, bool)>> {
        if is_long(key) {
            return self.long_latest_at(&long_id(key), at);
        }
        let probe = index_key(key, Revision::last_of(at));
        let Some((found, kind)) = self
            .dbs
            .index
            .get_lower_than_or_equal_to(self.txn, &probe)?
        else {
            return Ok(None);
        };
        let prefix = index_prefix(key);
        if !found.starts_with(&prefix) {
            return Ok(None);
        }
        let (_, rev) = parse_index_key(found).ok_or_else(|| corrupt("index"))?;
        Ok(Some((rev, kind == TOMBSTONE)))
    }

    /// `latest` for the long key with identity `id`.
    fn long_latest_at(&self, id: &[u8], at: i64) -> Result<Option<(Revision, bool)>> {
        let probe = long_index_key(id, Revision::last_of(at));
        let Some((found, kind)) = self
            .dbs
            .long_index
            .get_lower_than_or_equal_to(self.txn, &probe)?
        else {
            return Ok(None);
        };
        if !found.starts_with(id) {
            return Ok(None);
        }
        let (_, rev) = parse_long_index_key(found).ok_or_else(|| corrupt("long index"))?;
        Ok(Some((rev, kind == TOMBSTONE)))
    }

    /// The key of the record stored at `rev`, without its value.
    fn key_at_revision(&self, rev: Revision) -> Result<Vec<u8>> {
        let bytes = self
            .dbs
            .revs
            .get(self.txn, &revision_bytes(rev))?
            .ok_or_else(|| corrupt("revision"))?;
        Ok(RecordKey::decode(bytes)
            .map_err(|e| StorageError::corrupt("revision", e))?
            .key)
    }

    /// The record stored at `rev`, as the key's `KeyValue` at that revision.
    pub fn kv_at_revision(&self, rev: Revision) -> Result<KeyValue> {
        let bytes = self
            .dbs
            .revs
            .get(self.txn, &revision_bytes(rev))?
            .ok_or_else(|| corrupt("revision"))?;
        Ok(record_kv(decode_record(bytes)?, rev))
    }

    /// Whether a read at main revision `at` sees the keyspace as it is
    /// now, so the table of live keys answers it.
    fn reads_now(&self, at: i64) -> Result<bool> {
        Ok(at >= self.current_rev()?)
    }

    /// The live value of `key` at main revision `at`, if any.
    pub fn get(&self, key: &[u8], at: i64) -> Result<Option<KeyValue>> {
        if key.is_empty() {
            // No key is empty (and LMDB cannot look one up).
            return Ok(None);
        }
        let found = if !self.reads_now(at)? {
            match self.latest(key, at)? {
                Some((rev, false)) => Some(rev),
                _ => None,
            }
        } else {
            match Name::of(key) {
                Name::Short(key) => match self.dbs.latest.get(self.txn, key)? {
                    Some(rev) => Some(parse_revision(rev).ok_or_else(|| corrupt("latest"))?),
                    None => None,
                },
                Name::Long(id) => match self.dbs.long_latest.get(self.txn, &id[..])? {
                    Some(v) => Some(
                        parse_long_latest_value(v)
                            .ok_or_else(|| corrupt("long latest"))?
                            .0,
                    ),
                    None => None,
                },
            }
        };
        let Some(rev) = found else {
            return Ok(None);
        };
        let kv = self.kv_at_revision(rev)?;
        if kv.key.as_ref() != key && is_long(key) {
            // Only two long keys with one SHA-256 digest could do this.
            return Err(StorageError::corrupt(
                "long index",
                "two keys share an identity",
            ));
        }
        Ok(Some(kv))
    }

    /// The live keys in `[start, end)` at main revision `at`, in key order:
    /// at most `limit` of them (0: no limit) with their values unless
    /// `count_only`, and the count of all of them.
    pub fn range(
        &self,
        start: &[u8],
        end: &RangeEnd,
        at: i64,
        limit: usize,
        count_only: bool,
    ) -> Result<RangeScan> {
        let mut scan = RangeScan::default();
        if *end == RangeEnd::Single {
            if let Some(kv) = self.get(start, at)? {
                scan.count = 1;
                if !count_only {
                    scan.kvs.push(kv);
                }
            }
            return Ok(scan);
        }
        if let RangeEnd::Before(e) = end {
            if e.as_slice() <= start {
                return Ok(scan);
            }
        }
        {
            let mut visit = |key: &[u8], rev: Revision| -> Result<bool> {
                if !end.admits(start, key) {
                    return Ok(false);
                }
                scan.count += 1;
                if !count_only && (limit == 0 || scan.kvs.len() < limit) {
                    scan.kvs.push(self.kv_at_revision(rev)?);
                }
                Ok(true)
            };
            if self.reads_now(at)? {
                self.visit_now(start, end, &mut visit)?;
            } else {
                self.visit_at(start, end, at, &mut visit)?;
            }
        }
        Ok(scan)
    }
}

impl View<'_> {
    /// Calls `visit` with each live key from `start` on (and its revision)
    /// at the current revision, in key order, until it returns false:
    /// one pass over the live keys, merged with the long ones.
    fn visit_now(&self, start: &[u8], end: &RangeEnd, visit: &mut Visit<'_>) -> Result<()> {
        let mut long = LongKeys::new(*self, None, start, end);
        // A long start is past every short key that is its prefix.
        let floor = short_floor(start);
        let cut = floor.len() < start.len();
        // LMDB has no empty keys to seek to; from "" is from the start.
        let from = if floor.is_empty() {
            Bound::Unbounded
        } else {
            Bound::Included(floor)
        };
        for item in self.dbs.latest.range(self.txn, &(from, Bound::Unbounded))? {
            let (key, rev) = item?;
            if cut && key < start {
                continue;
            }
            if !long.visit_below(Some(key), visit)? {
                return Ok(());
            }
            let rev = parse_revision(rev).ok_or_else(|| corrupt("latest"))?;
            if !visit(key, rev)? {
                return Ok(());
            }
        }
        long.visit_below(None, visit)?;
        Ok(())
    }

    /// `visit_now` at main revision `at`, through the history index: one
    /// seek per key.
    fn visit_at(&self, start: &[u8], end: &RangeEnd, at: i64, visit: &mut Visit<'_>) -> Result<()> {
        let mut long = LongKeys::new(*self, Some(at), start, end);
        let mut cursor = Bound::Included(index_prefix(short_floor(start)));
        loop {
            let bound = (cursor.as_ref().map(Vec::as_slice), Bound::Unbounded);
            let next = match self.dbs.index.range(self.txn, &bound)?.next() {
                Some(item) => item?.0,
                None => break,
            };
            let (key, _) = parse_index_key(next).ok_or_else(|| corrupt("index"))?;
            cursor = Bound::Excluded(index_key_after(&key));
            if key.as_slice() < start {
                continue;
            }
            if !long.visit_below(Some(&key), visit)? || !end.admits(start, &key) {
                return Ok(());
            }
            if let Some((rev, false)) = self.latest(&key, at)? {
                if !visit(&key, rev)? {
                    return Ok(());
                }
            }
        }
        long.visit_below(None, visit)?;
        Ok(())
    }

    /// The changes to keys in `[start, end)` at main revisions `from..=to`,
    /// in revision order, each with the key's previous version, stopping
    /// at a revision boundary once `max_events` events or `max_bytes` of
    /// them are collected. Returns the events and the last revision they
    /// cover.
    pub fn history(
        &self,
        start: &[u8],
        end: &RangeEnd,
        from: i64,
        to: i64,
        max_events: usize,
        max_bytes: usize,
    ) -> Result<(Vec<Event>, i64)> {
        let lo = revision_bytes(Revision { main: from, sub: 0 });
        let hi = revision_bytes(Revision::last_of(to));
        let bound = (Bound::Included(&lo[..]), Bound::Included(&hi[..]));
        let mut events = Vec::new();
        let mut bytes = 0;
        let mut last_seen = from - 1;
        for item in self.dbs.revs.range(self.txn, &bound)? {
            let (k, v) = item?;
            let rev = super::keys::parse_revision(k).ok_or_else(|| corrupt("revision"))?;
            // Never split a revision: stop only where a new one begins.
            let full = events.len() >= max_events || bytes >= max_bytes;
            if full && rev.main > last_seen {
                return Ok((events, last_seen));
            }
            last_seen = rev.main;
            let rec = decode_record(v)?;
            if !end.contains(start, &rec.key) {
                continue;
            }
            let prev = self.get(&rec.key, rev.main - 1)?;
            let kind = if rec.tombstone {
                EventType::Delete
            } else {
                EventType::Put
            };
            let event = Event {
                r#type: kind as i32,
                kv: Some(record_kv(rec, rev)),
                prev_kv: prev,
            };
            bytes += event.encoded_len();
            events.push(event);
        }
        Ok((events, to))
    }
}

/// The live long keys from a range's start on, in key order: each group of
/// long keys sharing their first `LONG_PREFIX` bytes (their identities
/// sort by digest within it) is read whole, with each key's full bytes,
/// and sorted. Groups need no sorting among themselves: their prefixes
/// have one length, so every key of a lower group is below every key of a
/// higher one. Short keys may fall between a group's keys (a short key can
/// share its first 512 bytes); callers merge the two streams by key.
struct LongKeys<'v, 'r> {
    view: View<'v>,
    /// The revision read at; `None`: now, from `long_latest`.
    at: Option<i64>,
    start: &'r [u8],
    end: &'r RangeEnd,
    /// Where to look for the next group; `None` once past the range.
    next_group: Option<Vec<u8>>,
    /// The current group's keys not yet visited, in key order.
    group: std::vec::IntoIter<(Vec<u8>, Revision)>,
    /// The next key to visit, once looked up.
    head: Option<Option<(Vec<u8>, Revision)>>,
}

impl<'v, 'r> LongKeys<'v, 'r> {
    fn new(view: View<'v>, at: Option<i64>, start: &'r [u8], end: &'r RangeEnd) -> Self {
        // Identities begin with the key's first LONG_PREFIX bytes: none
        // below this one can belong to a key at or after `start`.
        let from = start[..start.len().min(LONG_PREFIX)].to_vec();
        LongKeys {
            view,
            at,
            start,
            end,
            next_group: Some(from),
            group: Vec::new().into_iter(),
            head: None,
        }
    }

    /// Visits the long keys below `below` (all if `None`) in key order;
    /// false if `visit` asked to stop.
    fn visit_below(&mut self, below: Option<&[u8]>, visit: &mut Visit<'_>) -> Result<bool> {
        loop {
            if self.head.is_none() {
                self.head = Some(self.next()?);
            }
            let Some(Some((key, rev))) = &self.head else {
                return Ok(true);
            };
            if below.is_some_and(|b| key.as_slice() >= b) {
                return Ok(true);
            }
            if !visit(key, *rev)? {
                return Ok(false);
            }
            self.head = None;
        }
    }

    fn next(&mut self) -> Result<Option<(Vec<u8>, Revision)>> {
        loop {
            if let Some(item) = self.group.next() {
                return Ok(Some(item));
            }
            let Some(from) = self.next_group.take() else {
                return Ok(None);
            };
            self.read_group(&from)?;
        }
    }

    /// Reads the first group at or after `from`, unless it lies past the
    /// range, and notes where the one after it begins.
    fn read_group(&mut self, from: &[u8]) -> Result<()> {
        let (dbs, txn) = (self.view.dbs, self.view.txn);
        let table = match self.at {
            Some(_) => dbs.long_index,
            None => dbs.long_latest,
        };
        // LMDB has no empty keys to seek to; from "" is from the start.
        let lower = match from {
            [] => Bound::Unbounded,
            from => Bound::Included(from),
        };
        let prefix = match table.range(txn, &(lower, Bound::Unbounded))?.next() {
            Some(item) => item?
                .0
                .get(..LONG_PREFIX)
                .ok_or_else(|| corrupt("long index"))?
                .to_vec(),
            None => return Ok(()),
        };
        if let RangeEnd::Before(end) = self.end {
            // Every key of the group is above its prefix.
            if prefix.as_slice() >= end.as_slice() {
                return Ok(());
            }
        }
        let after = prefix_end(&prefix);
        if after != [0] {
            self.next_group = Some(after);
        }
        let mut keys = match self.at {
            None => self.group_now(&prefix)?,
            Some(at) => self.group_at(&prefix, at)?,
        };
        keys.retain(|(key, _)| key.as_slice() >= self.start);
        keys.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        self.group = keys.into_iter();
        Ok(())
    }

    /// The live keys of the group with this prefix now.
    fn group_now(&self, prefix: &[u8]) -> Result<Vec<(Vec<u8>, Revision)>> {
        let mut keys = Vec::new();
        let (dbs, txn) = (self.view.dbs, self.view.txn);
        for item in dbs.long_latest.prefix_iter(txn, prefix)? {
            let (_, value) = item?;
            let (rev, key) = parse_long_latest_value(value)
                .filter(|(_, key)| key.starts_with(prefix))
                .ok_or_else(|| corrupt("long latest"))?;
            keys.push((key.to_vec(), rev));
        }
        Ok(keys)
    }

    /// The keys of the group with this prefix live at main revision `at`:
    /// one seek per key, and the key read from its revision record.
    fn group_at(&self, prefix: &[u8], at: i64) -> Result<Vec<(Vec<u8>, Revision)>> {
        let mut keys = Vec::new();
        let (dbs, txn) = (self.view.dbs, self.view.txn);
        let mut cursor = Bound::Included(prefix.to_vec());
        loop {
            let bound = (cursor.as_ref().map(Vec::as_slice), Bound::Unbounded);
            let next = match dbs.long_index.range(txn, &bound)?.next() {
                Some(item) => item?.0,
                None => break,
            };
            if !next.starts_with(prefix) {
                break;
            }
            let (id, _) = parse_long_index_key(next).ok_or_else(|| corrupt("long index"))?;
            let id = id.to_vec();
            if let Some((rev, false)) = self.view.long_latest_at(&id, at)? {
                keys.push((self.view.key_at_revision(rev)?, rev));
            }
            cursor = Bound::Excluded(long_index_key_after(&id));
        }
        Ok(keys)
    }
}

impl WriteTxn<'_> {
    /// Writes a new version of `key` at `rev` and returns it with the
    /// version it replaced (if the key was live).
    pub fn put_kv(
        &mut self,
        key: &[u8],
        value: &[u8],
        lease: i64,
        rev: Revision,
    ) -> Result<(KeyValue, Option<KeyValue>)> {
        let prev = self.view().get(key, rev.main)?;
        let (create_revision, version) = match &prev {
            Some(p) => (p.create_revision, p.version + 1),
            None => (rev.main, 1),
        };
        let kv = KeyValue {
            key: key.to_vec().into(),
            create_revision,
            mod_revision: rev.main,
            version,
            value: value.to_vec().into(),
            lease,
        };
        let prev_lease = prev.as_ref().map(|p| p.lease).unwrap_or(0);
        self.write_put(&kv, rev, prev_lease)?;
        Ok((kv, prev))
    }

    /// Writes `kv` as the put at `rev` with the create revision and version
    /// it carries, attaching it to its lease as `put_kv` does: an imported
    /// etcd history (`etcd_import`), whose older versions may be compacted
    /// away, so they cannot be counted here.
    pub(super) fn import_put(&mut self, kv: &KeyValue, rev: Revision) -> Result<()> {
        let prev_lease = self.live_lease(&kv.key, rev.main)?;
        self.write_put(kv, rev, prev_lease)
    }

    /// Writes the delete of `key` at `rev` of an imported etcd history,
    /// detaching it from the lease of its live version.
    pub(super) fn import_delete(&mut self, key: &[u8], rev: Revision) -> Result<()> {
        let lease = self.live_lease(key, rev.main)?;
        self.delete_kv(key, lease, rev)
    }

    /// The lease of `key`'s version live at revision `at` (0 for none).
    fn live_lease(&self, key: &[u8], at: i64) -> Result<i64> {
        Ok(self.view().get(key, at)?.map_or(0, |p| p.lease))
    }

    /// Writes the put `kv` at `rev`, moving the key from `prev_lease` (that
    /// of its live version, 0 for none) to its own.
    fn write_put(&mut self, kv: &KeyValue, rev: Revision, prev_lease: i64) -> Result<()> {
        let record = RevisionRecord {
            tombstone: false,
            key: kv.key.clone(),
            create_revision: kv.create_revision,
            version: kv.version,
            value: kv.value.clone(),
            lease: kv.lease,
        };
        self.write_revision(&kv.key, rev, &record, PUT)?;
        if prev_lease != 0 && prev_lease != kv.lease {
            self.detach(prev_lease, &kv.key)?;
        }
        if kv.lease != 0 {
            self.attach(kv.lease, &kv.key)?;
        }
        Ok(())
    }

    /// Writes a tombstone for `key` at `rev`, detaching it from `lease`
    /// (the lease of its live version, 0 for none).
    pub fn delete_kv(&mut self, key: &[u8], lease: i64, rev: Revision) -> Result<()> {
        let record = RevisionRecord {
            tombstone: true,
            key: key.to_vec().into(),
            ..Default::default()
        };
        if lease != 0 {
            self.detach(lease, key)?;
        }
        self.write_revision(key, rev, &record, TOMBSTONE)
    }

    fn write_revision(
        &mut self,
        key: &[u8],
        rev: Revision,
        record: &RevisionRecord,
        kind: &[u8],
    ) -> Result<()> {
        self.dbs
            .revs
            .put(&mut self.txn, &revision_bytes(rev), &record.encode_to_vec())?;
        match Name::of(key) {
            Name::Short(key) => {
                self.dbs
                    .index
                    .put(&mut self.txn, &index_key(key, rev), kind)?;
                if kind == TOMBSTONE {
                    self.dbs.latest.delete(&mut self.txn, key)?;
                } else {
                    self.dbs
                        .latest
                        .put(&mut self.txn, key, &revision_bytes(rev))?;
                }
            }
            Name::Long(id) => {
                self.dbs
                    .long_index
                    .put(&mut self.txn, &long_index_key(&id[..], rev), kind)?;
                if kind == TOMBSTONE {
                    self.dbs.long_latest.delete(&mut self.txn, &id[..])?;
                } else {
                    self.dbs.long_latest.put(
                        &mut self.txn,
                        &id[..],
                        &long_latest_value(rev, key),
                    )?;
                }
            }
        }
        Ok(())
    }

    /// Records the revision of the last write.
    pub fn set_current_rev(&mut self, rev: i64) -> Result<()> {
        meta::put_u64(self, CURRENT_REV, rev as u64)
    }

    /// Records that the keyspace is compacted at `rev`: reads below it are
    /// refused from now on, and the physical removal may follow later.
    pub fn set_compact_rev(&mut self, rev: i64) -> Result<()> {
        meta::put_u64(self, COMPACT_REV, rev as u64)
    }

    /// Records that history below `rev` is physically removed (an imported
    /// etcd keyspace, compacted before it came).
    pub(super) fn set_compact_done_rev(&mut self, rev: i64) -> Result<()> {
        meta::put_u64(self, COMPACT_DONE, rev as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn store() -> (tempfile::TempDir, Store) {
        crate::store::scratch_store()
    }

    /// Writes one change per main revision, as apply does.
    fn put(s: &Store, key: &str, value: &str) -> i64 {
        let mut txn = s.write().unwrap();
        let rev = txn.view().current_rev().unwrap() + 1;
        let r = Revision { main: rev, sub: 0 };
        txn.put_kv(key.as_bytes(), value.as_bytes(), 0, r).unwrap();
        txn.set_current_rev(rev).unwrap();
        txn.commit().unwrap();
        rev
    }

    fn del(s: &Store, key: &str) -> i64 {
        let mut txn = s.write().unwrap();
        let rev = txn.view().current_rev().unwrap() + 1;
        txn.delete_kv(key.as_bytes(), 0, Revision { main: rev, sub: 0 })
            .unwrap();
        txn.set_current_rev(rev).unwrap();
        txn.commit().unwrap();
        rev
    }

    fn keys_at(s: &Store, rev: i64) -> Vec<(String, String)> {
        let txn = s.read().unwrap();
        txn.view()
            .range(b"\0", &RangeEnd::Unbounded, rev, 0, false)
            .unwrap()
            .kvs
            .into_iter()
            .map(|kv| {
                (
                    String::from_utf8(kv.key.to_vec()).unwrap(),
                    String::from_utf8(kv.value.to_vec()).unwrap(),
                )
            })
            .collect()
    }

    #[test]
    fn every_revision_stays_readable() {
        let (_t, s) = store();
        let r1 = put(&s, "a", "1");
        let r2 = put(&s, "b", "1");
        let r3 = put(&s, "a", "2");
        let r4 = del(&s, "b");
        let owned = |v: &[(&str, &str)]| -> Vec<(String, String)> {
            v.iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        assert_eq!(keys_at(&s, r1), owned(&[("a", "1")]));
        assert_eq!(keys_at(&s, r2), owned(&[("a", "1"), ("b", "1")]));
        assert_eq!(keys_at(&s, r3), owned(&[("a", "2"), ("b", "1")]));
        assert_eq!(keys_at(&s, r4), owned(&[("a", "2")]));
        let txn = s.read().unwrap();
        let kv = txn.view().get(b"a", r4).unwrap().unwrap();
        assert_eq!(
            (kv.create_revision, kv.mod_revision, kv.version),
            (r1, r3, 2)
        );
    }

    #[test]
    fn limit_returns_a_prefix_but_counts_everything() {
        let (_t, s) = store();
        for k in ["a", "b", "c", "d"] {
            put(&s, k, "v");
        }
        let txn = s.read().unwrap();
        let scan = txn
            .view()
            .range(b"a", &RangeEnd::Before(b"d".to_vec()), 5, 2, false)
            .unwrap();
        assert_eq!((scan.kvs.len(), scan.count), (2, 3));
        let only_count = txn
            .view()
            .range(b"a", &RangeEnd::Unbounded, 5, 0, true)
            .unwrap();
        assert_eq!((only_count.kvs.len(), only_count.count), (0, 4));
    }

    #[test]
    fn keys_with_zero_bytes_keep_byte_order() {
        let (_t, s) = store();
        for k in ["a\0b", "a", "a\0", "ab"] {
            put(&s, k, "v");
        }
        let got: Vec<String> = keys_at(&s, 5).into_iter().map(|(k, _)| k).collect();
        assert_eq!(got, ["a", "a\0", "a\0b", "ab"]);
    }

    #[test]
    fn compaction_keeps_the_newest_live_version_only() {
        let (_t, s) = store();
        put(&s, "a", "1");
        put(&s, "a", "2");
        let keep = put(&s, "a", "3");
        put(&s, "gone", "x");
        let tomb = del(&s, "gone");
        let after = put(&s, "a", "4");
        let mut from = Vec::new();
        // A budget of one key per step exercises resuming.
        while let Some(next) = crate::store::compact_step(&s, tomb, &from, 1).unwrap() {
            from = next;
        }
        let txn = s.read().unwrap();
        let v = txn.view();
        assert_eq!(v.compact_done_rev().unwrap(), tomb);
        assert_eq!(
            v.latest(b"a", keep - 1).unwrap(),
            None,
            "older versions are gone"
        );
        assert_eq!(v.get(b"a", tomb).unwrap().unwrap().value.as_ref(), b"3");
        assert_eq!(v.get(b"a", after).unwrap().unwrap().value.as_ref(), b"4");
        assert_eq!(
            v.latest(b"gone", tomb).unwrap(),
            None,
            "a compacted tombstone goes too"
        );
    }

    /// Reads at the current revision (the table of live keys) agree with
    /// reads through the history index at every step of a mixed workload.
    #[test]
    fn live_keys_agree_with_the_history_index() {
        let (_t, s) = store();
        let keys = ["a", "b", "c", "a\0x", "d"];
        for step in 0..60i64 {
            let key = keys[(step * 7 % 5) as usize].as_bytes();
            let mut txn = s.write().unwrap();
            let rev = Revision {
                main: txn.view().current_rev().unwrap() + 1,
                sub: 0,
            };
            if step % 3 == 2 {
                txn.delete_kv(key, 0, rev).unwrap();
            } else {
                txn.put_kv(key, format!("v{step}").as_bytes(), 0, rev)
                    .unwrap();
            }
            txn.set_current_rev(rev.main).unwrap();
            txn.commit().unwrap();
            let txn = s.read().unwrap();
            let view = txn.view();
            let now = view
                .range(b"", &RangeEnd::Unbounded, rev.main, 0, false)
                .unwrap();
            // Compare with the history index, key by key.
            let mut by_index = Vec::new();
            for k in keys {
                if let Some((r, false)) = view.latest(k.as_bytes(), rev.main).unwrap() {
                    by_index.push(view.kv_at_revision(r).unwrap());
                }
            }
            by_index.sort_by(|x, y| x.key.cmp(&y.key));
            assert_eq!(now.kvs, by_index, "step {step}");
            assert_eq!(now.count, by_index.len() as i64);
            for k in keys {
                let got = view.get(k.as_bytes(), rev.main).unwrap();
                let want = by_index.iter().find(|kv| kv.key.as_ref() == k.as_bytes());
                assert_eq!(got.as_ref(), want, "step {step} key {k:?}");
            }
        }
    }

    // Long keys (`keys::is_long`): their own tables, the same answers.

    use crate::store::keys::{is_long, prefix_end, LONG_PREFIX, SHORT_KEY_MAX};
    use std::collections::BTreeMap;

    fn put_b(s: &Store, key: &[u8], value: &[u8]) -> i64 {
        let mut txn = s.write().unwrap();
        let rev = txn.view().current_rev().unwrap() + 1;
        txn.put_kv(key, value, 0, Revision { main: rev, sub: 0 })
            .unwrap();
        txn.set_current_rev(rev).unwrap();
        txn.commit().unwrap();
        rev
    }

    fn del_b(s: &Store, key: &[u8]) -> i64 {
        let mut txn = s.write().unwrap();
        let rev = txn.view().current_rev().unwrap() + 1;
        txn.delete_kv(key, 0, Revision { main: rev, sub: 0 })
            .unwrap();
        txn.set_current_rev(rev).unwrap();
        txn.commit().unwrap();
        rev
    }

    #[test]
    fn long_keys_of_any_length_are_put_read_and_deleted() {
        let (_t, s) = store();
        for (i, len) in [2 << 10, 64 << 10, 1 << 20].into_iter().enumerate() {
            // Zero bytes included, and a prefix of its own per key.
            let key: Vec<u8> = (0..len).map(|j| (j * 7 + i) as u8).collect();
            assert!(is_long(&key));
            let r1 = put_b(&s, &key, b"one");
            let r2 = put_b(&s, &key, b"two");
            {
                let txn = s.read().unwrap();
                let v = txn.view();
                let kv = v.get(&key, r2).unwrap().unwrap();
                assert_eq!(kv.key.as_ref(), key.as_slice());
                assert_eq!(kv.value.as_ref(), b"two");
                assert_eq!(
                    (kv.create_revision, kv.mod_revision, kv.version),
                    (r1, r2, 2)
                );
                let old = v.get(&key, r1).unwrap().unwrap();
                assert_eq!((old.value.as_ref(), old.version), (&b"one"[..], 1));
                assert_eq!(
                    v.latest(&key, r2).unwrap(),
                    Some((Revision { main: r2, sub: 0 }, false))
                );
                let mut other = key.clone();
                *other.last_mut().unwrap() ^= 1;
                assert_eq!(v.get(&other, r2).unwrap(), None, "differs in its last byte");
                assert_eq!(v.get(&key[..len - 1], r2).unwrap(), None, "a prefix of it");
                let one = v.range(&key, &RangeEnd::Single, r2, 0, false).unwrap();
                assert_eq!((one.count, one.kvs.len()), (1, 1));
                let from = v.range(&key, &RangeEnd::Unbounded, r2, 0, false).unwrap();
                assert_eq!(from.kvs[0].key.as_ref(), key.as_slice());
            }
            let r3 = del_b(&s, &key);
            let txn = s.read().unwrap();
            let v = txn.view();
            assert_eq!(v.get(&key, r3).unwrap(), None);
            assert_eq!(v.get(&key, r2).unwrap().unwrap().value.as_ref(), b"two");
            assert_eq!(
                v.latest(&key, r3).unwrap(),
                Some((Revision { main: r3, sub: 0 }, true))
            );
            let none = v.range(&key, &RangeEnd::Unbounded, r3, 0, false).unwrap();
            assert_eq!(none.count, 0);
        }
    }

    /// The keys of the order tests: short and long ones around the
    /// short/long boundary and the identity's prefix, keys that are
    /// prefixes of each other, zero bytes, and 100 long keys sharing a
    /// 4 KiB prefix with short keys between them.
    fn mixed_keys() -> (Vec<u8>, Vec<Vec<u8>>) {
        let base: Vec<u8> = [b"k/".to_vec(), vec![b'x'; 4094]].concat();
        let mut keys: Vec<Vec<u8>> = Vec::new();
        for n in [
            LONG_PREFIX - 1,
            LONG_PREFIX,
            LONG_PREFIX + 1,
            SHORT_KEY_MAX - 1,
            SHORT_KEY_MAX,
            SHORT_KEY_MAX + 1,
            SHORT_KEY_MAX + 2,
            3000,
        ] {
            keys.push(base[..n].to_vec());
        }
        // 982 zero bytes are the longest short run of them.
        for n in [981, 982, 983, 984] {
            keys.push(vec![0; n]);
            keys.push([vec![0; n], b"a".to_vec()].concat());
        }
        // Short keys inside and around the group, and a long key that
        // shares only the first 600 bytes with it (same identity prefix).
        for k in [&b"a"[..], b"k/", b"k/w", b"k/y", b"zz"] {
            keys.push(k.to_vec());
        }
        keys.push([&base[..700], b"a"].concat());
        keys.push([&base[..700], b"z"].concat());
        keys.push([&base[..1500], b"\0"].concat());
        keys.push([&base[..600], &[b'a'; 2000][..]].concat());
        keys.push([&base[..600], &[b'z'; 2000][..]].concat());
        // The 4 KiB group: the prefix itself, keys that are prefixes of
        // one another, that differ only in their last byte, zero bytes.
        let mut suffixes: Vec<Vec<u8>> = [
            &b""[..],
            b"a",
            b"a\0",
            b"a\0\0",
            b"a\0a",
            b"a\x01",
            b"aa",
            b"ab",
            b"b",
            b"\0",
            b"\0\0",
            b"\0\x01",
            b"\xff",
            b"\xff\xff",
        ]
        .iter()
        .map(|s| s.to_vec())
        .collect();
        for i in 0..86u8 {
            suffixes.push(match i % 3 {
                0 => vec![b'n', i],
                1 => vec![b'z', 0, i, 0],
                _ => format!("q{i}").into_bytes(),
            });
        }
        for suffix in &suffixes {
            keys.push([&base[..], suffix].concat());
        }
        keys.sort();
        keys.dedup();
        (base, keys)
    }

    /// A write to a key: its revision and value (`None` for a delete).
    type Write = (i64, Option<Vec<u8>>);
    /// Live keys: key -> (value, mod revision).
    type Live<'a> = BTreeMap<&'a [u8], (&'a [u8], i64)>;
    /// One live key as `Live` has it.
    type LiveKey<'a> = (&'a [u8], (&'a [u8], i64));

    /// What is live at each revision, from the writes made.
    #[derive(Default)]
    struct Model {
        /// key -> its writes, oldest first.
        history: BTreeMap<Vec<u8>, Vec<Write>>,
    }

    impl Model {
        fn live_at(&self, rev: i64) -> Live<'_> {
            let mut out = BTreeMap::new();
            for (k, h) in &self.history {
                if let Some((r, Some(v))) = h.iter().rev().find(|(r, _)| *r <= rev) {
                    out.insert(k.as_slice(), (v.as_slice(), *r));
                }
            }
            out
        }
    }

    fn check_range(view: &View<'_>, live: &Live<'_>, start: &[u8], end: &RangeEnd, rev: i64) {
        let want: Vec<LiveKey<'_>> = live
            .iter()
            .filter(|(k, _)| end.contains(start, k))
            .map(|(k, v)| (*k, *v))
            .collect();
        let what = || {
            format!(
                "range from {} ({} bytes) to {end:?}... at {rev}",
                String::from_utf8_lossy(&start[..start.len().min(8)]),
                start.len()
            )
        };
        for limit in [0, 1, 5] {
            let scan = view.range(start, end, rev, limit, false).unwrap();
            assert_eq!(scan.count, want.len() as i64, "{}", what());
            let n = if limit == 0 {
                want.len()
            } else {
                limit.min(want.len())
            };
            let got: Vec<LiveKey<'_>> = scan
                .kvs
                .iter()
                .map(|kv| (kv.key.as_ref(), (kv.value.as_ref(), kv.mod_revision)))
                .collect();
            assert!(got == want[..n], "{} limit {limit}", what());
        }
        let counted = view.range(start, end, rev, 0, true).unwrap();
        assert_eq!((counted.count, counted.kvs.len()), (want.len() as i64, 0));
    }

    /// Every range, now and at past revisions, with and without a limit,
    /// counted or not, lists exactly the live keys of a model in byte
    /// order, whatever mix of short and long keys it spans.
    #[test]
    fn short_and_long_keys_keep_byte_order_in_every_range() {
        let (_t, s) = store();
        let (base, keys) = mixed_keys();
        assert!(keys.iter().filter(|k| is_long(k)).count() > 100);
        assert!(keys.iter().filter(|k| !is_long(k)).count() > 15);
        let mut model = Model::default();
        let mut seed = 7u64;
        let mut random = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        let prefix = &base[..LONG_PREFIX];
        let within = |s: &[u8]| [&base[..], s].concat();
        let mut ranges: Vec<(Vec<u8>, RangeEnd)> = vec![
            (b"\0".to_vec(), RangeEnd::Unbounded),
            (b"k/".to_vec(), RangeEnd::Before(b"k/y".to_vec())),
            (prefix.to_vec(), RangeEnd::Before(prefix_end(prefix))),
            (base.clone(), RangeEnd::Before(prefix_end(&base))),
            (within(b"a"), RangeEnd::Before(within(b"b"))),
            (within(b"a\0"), RangeEnd::Before(within(b"n\x10"))),
            (within(b"\0"), RangeEnd::Unbounded),
            (
                base[..600].to_vec(),
                RangeEnd::Before([&base[..700], b"b"].concat()),
            ),
            (
                base[..SHORT_KEY_MAX].to_vec(),
                RangeEnd::Before(within(b"\0\x01")),
            ),
            (vec![0; 982], RangeEnd::Before(vec![0; 984])),
        ];
        let mut revs = Vec::new();
        for step in 0..400 {
            let key = &keys[random(keys.len())];
            let live = model.live_at(i64::MAX).contains_key(key.as_slice());
            let rev = if live && random(3) == 0 {
                let rev = del_b(&s, key);
                model
                    .history
                    .entry(key.clone())
                    .or_default()
                    .push((rev, None));
                rev
            } else {
                let value = format!("v{step}").into_bytes();
                let rev = put_b(&s, key, &value);
                model
                    .history
                    .entry(key.clone())
                    .or_default()
                    .push((rev, Some(value)));
                rev
            };
            revs.push(rev);
            if step % 50 != 49 {
                continue;
            }
            // Some ranges between random keys of the mix too.
            for _ in 0..3 {
                let (a, b) = (&keys[random(keys.len())], &keys[random(keys.len())]);
                let (a, b) = if a <= b { (a, b) } else { (b, a) };
                ranges.push((a.clone(), RangeEnd::Before(b.clone())));
                ranges.push((b.clone(), RangeEnd::Unbounded));
            }
            let txn = s.read().unwrap();
            let view = txn.view();
            // Now (the live keys) and in the past (the history index).
            for at in [rev, revs[revs.len() / 2], revs[revs.len() / 5]] {
                let live = model.live_at(at);
                for (start, end) in &ranges {
                    check_range(&view, &live, start, end, at);
                }
                for key in &keys {
                    let got = view.get(key, at).unwrap();
                    let want = live.get(key.as_slice());
                    assert_eq!(
                        got.map(|kv| (kv.value.to_vec(), kv.mod_revision)),
                        want.map(|(v, r)| (v.to_vec(), *r)),
                        "get of a {}-byte key at {at}",
                        key.len()
                    );
                }
            }
        }
    }

    #[test]
    fn compaction_removes_the_history_of_long_keys_as_of_short_ones() {
        let (_t, s) = store();
        let long = |c: u8| vec![c; 3000];
        // Two long keys of one group: they share 1000 bytes.
        let shared = |c: u8| [vec![b'p'; 1000], vec![c; 1000]].concat();
        put_b(&s, &long(b'a'), b"1");
        put_b(&s, &long(b'a'), b"2");
        let keep = put_b(&s, &long(b'a'), b"3");
        put_b(&s, b"short", b"1");
        put_b(&s, &shared(b'1'), b"1");
        put_b(&s, &shared(b'1'), b"2");
        put_b(&s, &shared(b'2'), b"1");
        put_b(&s, &long(b'g'), b"x");
        let tomb = del_b(&s, &long(b'g'));
        let after = put_b(&s, &long(b'a'), b"4");
        {
            let mut txn = s.write().unwrap();
            txn.set_compact_rev(tomb).unwrap();
            txn.commit().unwrap();
        }
        let hash = |s: &Store| s.read().unwrap().view().hash_kv(after, tomb).unwrap();
        let before = hash(&s);
        let mut from = Vec::new();
        let mut steps = 0;
        // One key per step: resuming crosses from short keys to long ones.
        while let Some(next) = crate::store::compact_step(&s, tomb, &from, 1).unwrap() {
            from = next;
            steps += 1;
        }
        assert!(steps >= 4, "{steps}");
        assert_eq!(hash(&s), before, "the hash ignores compaction progress");
        let txn = s.read().unwrap();
        let v = txn.view();
        assert_eq!(v.compact_done_rev().unwrap(), tomb);
        assert_eq!(
            v.latest(&long(b'a'), keep - 1).unwrap(),
            None,
            "older versions go"
        );
        assert_eq!(
            v.get(&long(b'a'), tomb).unwrap().unwrap().value.as_ref(),
            b"3"
        );
        assert_eq!(
            v.get(&long(b'a'), after).unwrap().unwrap().value.as_ref(),
            b"4"
        );
        assert_eq!(
            v.latest(&long(b'g'), tomb).unwrap(),
            None,
            "a tombstone goes too"
        );
        assert_eq!(
            v.get(&shared(b'1'), tomb).unwrap().unwrap().value.as_ref(),
            b"2"
        );
        assert_eq!(
            v.get(&shared(b'2'), tomb).unwrap().unwrap().value.as_ref(),
            b"1"
        );
        // What is left: a's newest two, one each for the shared pair.
        assert_eq!(v.dbs.long_index.len(v.txn).unwrap(), 4);
        assert_eq!(v.dbs.index.len(v.txn).unwrap(), 1);
        assert_eq!(v.dbs.revs.len(v.txn).unwrap(), 5);
        let all = v
            .range(b"\0", &RangeEnd::Unbounded, after, 0, false)
            .unwrap();
        let got: Vec<&[u8]> = all.kvs.iter().map(|kv| &kv.key[..]).collect();
        assert_eq!(
            got,
            [&long(b'a')[..], &shared(b'1'), &shared(b'2'), b"short"]
        );
    }

    #[test]
    fn long_keys_attached_to_a_lease_are_listed_in_key_order_and_detached() {
        let (_t, s) = store();
        let keys = [
            [vec![b'l'; 2000], b"b".to_vec()].concat(),
            [vec![b'l'; 2000], b"a".to_vec()].concat(),
            b"l".to_vec(),
            vec![b'm'; 5000],
        ];
        let mut txn = s.write().unwrap();
        for (i, key) in keys.iter().enumerate() {
            let rev = Revision {
                main: 2 + i as i64,
                sub: 0,
            };
            txn.put_kv(key, b"v", 7, rev).unwrap();
        }
        let mut sorted = keys.to_vec();
        sorted.sort();
        assert_eq!(txn.view().lease_keys(7).unwrap(), sorted);
        // Moved to another lease, deleted: detached.
        txn.put_kv(&keys[0], b"v", 8, Revision { main: 6, sub: 0 })
            .unwrap();
        txn.delete_kv(&keys[3], 7, Revision { main: 7, sub: 0 })
            .unwrap();
        assert_eq!(
            txn.view().lease_keys(7).unwrap(),
            [keys[2].clone(), keys[1].clone()]
        );
        assert_eq!(txn.view().lease_keys(8).unwrap(), [keys[0].clone()]);
        txn.delete_lease(7).unwrap();
        assert!(txn.view().lease_keys(7).unwrap().is_empty());
        assert_eq!(txn.view().lease_keys(8).unwrap().len(), 1);
    }

    #[test]
    fn history_of_a_long_key_prefix_has_its_events_and_previous_versions() {
        let (_t, s) = store();
        let prefix = vec![b'w'; 4096];
        let key = |c: u8| [&prefix[..], &[c]].concat();
        let r1 = put_b(&s, &key(b'b'), b"1");
        put_b(&s, b"other", b"x");
        put_b(&s, &key(b'a'), b"1");
        put_b(&s, &key(b'b'), b"2");
        let r5 = del_b(&s, &key(b'a'));
        let txn = s.read().unwrap();
        let end = RangeEnd::Before(prefix_end(&prefix));
        let (events, to) = txn
            .view()
            .history(&prefix, &end, r1, r5, 100, 1 << 30)
            .unwrap();
        assert_eq!(to, r5);
        let seen: Vec<(i32, Vec<u8>, Option<Vec<u8>>)> = events
            .iter()
            .map(|e| {
                let kv = e.kv.as_ref().unwrap();
                let prev = e.prev_kv.as_ref().map(|p| p.value.to_vec());
                (e.r#type, kv.key[prefix.len()..].to_vec(), prev)
            })
            .collect();
        let (put, delete) = (EventType::Put as i32, EventType::Delete as i32);
        assert_eq!(
            seen,
            [
                (put, b"b".to_vec(), None),
                (put, b"a".to_vec(), None),
                (put, b"b".to_vec(), Some(b"1".to_vec())),
                (delete, b"a".to_vec(), Some(b"1".to_vec())),
            ]
        );
    }
}
