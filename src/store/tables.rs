//! The one list of kvd's LMDB tables: their names, the storage format
//! that added each, and their numbers in snapshots. Opening, upgrades and
//! snapshots all derive from it, so a new table is declared once here
//! (and given its field in `Dbs`, which `Dbs::get` makes the compiler ask
//! for).

/// A table of the LMDB environment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum TableId {
    Meta,
    Revs,
    Index,
    Members,
    Leases,
    LeaseKeys,
    LeaseDeadlines,
    Latest,
    LongIndex,
    LongLatest,
    LongLeaseKeys,
    Auth,
}

impl TableId {
    /// Every table, in the order they are opened.
    pub const ALL: [TableId; 12] = [
        TableId::Meta,
        TableId::Revs,
        TableId::Index,
        TableId::Members,
        TableId::Leases,
        TableId::LeaseKeys,
        TableId::LeaseDeadlines,
        TableId::Latest,
        TableId::LongIndex,
        TableId::LongLatest,
        TableId::LongLeaseKeys,
        TableId::Auth,
    ];

    /// Its LMDB name.
    pub fn name(self) -> &'static str {
        match self {
            TableId::Meta => "meta",
            TableId::Revs => "revs",
            TableId::Index => "index",
            TableId::Members => "members",
            TableId::Leases => "leases",
            TableId::LeaseKeys => "lease_keys",
            TableId::LeaseDeadlines => "lease_deadlines",
            TableId::Latest => "latest",
            TableId::LongIndex => "long_index",
            TableId::LongLatest => "long_latest",
            TableId::LongLeaseKeys => "long_lease_keys",
            TableId::Auth => "auth",
        }
    }

    /// Whether every store `upgrade` reads has it (formats 1 to 3); the
    /// others are added, empty, when an older store is upgraded.
    pub fn in_every_format(self) -> bool {
        !matches!(
            self,
            TableId::LongIndex | TableId::LongLatest | TableId::LongLeaseKeys | TableId::Auth
        )
    }

    /// Its number in snapshots and backups; `None` for what is this
    /// member's alone (lease deadlines). Of `meta` only the records of the
    /// state machine travel (`snapshot::STATE_META`).
    pub fn snapshot_id(self) -> Option<u32> {
        Some(match self {
            TableId::Meta => 1,
            TableId::Revs => 2,
            TableId::Index => 3,
            TableId::Members => 4,
            TableId::Leases => 5,
            TableId::LeaseKeys => 6,
            TableId::Latest => 7,
            TableId::LongIndex => 8,
            TableId::LongLatest => 9,
            TableId::LongLeaseKeys => 10,
            TableId::Auth => 11,
            TableId::LeaseDeadlines => return None,
        })
    }

    /// The table a snapshot record's number names.
    pub fn from_snapshot_id(id: u32) -> Option<TableId> {
        TableId::ALL
            .into_iter()
            .find(|t| t.snapshot_id() == Some(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_snapshot_numbers_are_unique() {
        let mut names: Vec<&str> = TableId::ALL.iter().map(|t| t.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), TableId::ALL.len());
        let mut ids: Vec<u32> = TableId::ALL
            .iter()
            .filter_map(|t| t.snapshot_id())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), TableId::ALL.len() - 1);
        for t in TableId::ALL {
            if let Some(id) = t.snapshot_id() {
                assert_eq!(TableId::from_snapshot_id(id), Some(t));
            }
        }
    }
}
