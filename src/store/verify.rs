//! Offline structural check of an LMDB data file (`data.mdb`).
//!
//! LMDB memory-maps its file and trusts every page it reads, so a damaged
//! file (torn write, bad disk, stray overwrite) can crash the process with
//! SIGSEGV/SIGBUS instead of returning an error. This module reads the file
//! with ordinary reads, never through LMDB or mmap, and walks every page LMDB
//! could reach from the newest meta page, so damage is reported before the
//! file is handed to LMDB.
//!
//! The layout is LMDB 0.9 as built by `lmdb-master-sys` (`mdb.c`): 64-bit,
//! little-endian, `MDB_DEVEL` off. Only plain databases are supported (no
//! DUPSORT, INTEGERKEY, reverse keys or custom comparators). LMDB keeps no
//! checksums, so a value whose bytes change in place cannot be detected.

use std::cmp::Ordering;
use std::fmt;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::Path;

// Sizes and offsets from mdb.c (MDB_page, MDB_node, MDB_db, MDB_meta).
const PAGE_HDR: usize = 16;
const NODE_HDR: usize = 8;
const DB_REC: usize = 48;
const META_FREE_DB: usize = PAGE_HDR + 24;
const META_MAIN_DB: usize = META_FREE_DB + DB_REC;
const META_LAST_PG: usize = META_MAIN_DB + DB_REC;
const META_TXNID: usize = META_LAST_PG + 8;
const META_END: usize = META_TXNID + 8;
const DB_ROOT: u64 = 40;

const MAGIC: u32 = 0xBEEF_C0DE;
const DATA_VERSION: u32 = 1;
const NUM_METAS: u64 = 2;
const P_INVALID: u64 = u64::MAX;
const P_BRANCH: u16 = 0x01;
const P_LEAF: u16 = 0x02;
const P_OVERFLOW: u16 = 0x04;
const P_META: u16 = 0x08;
const F_BIGDATA: u16 = 0x01;
const F_SUBDATA: u16 = 0x02;
const F_DUPDATA: u16 = 0x04;
/// LMDB's default OS page size floor and `MAX_PAGESIZE` without `MDB_DEVEL`.
const MIN_PAGE_SIZE: u32 = 512;
const MAX_PAGE_SIZE: u32 = 0x8000;
/// `CURSOR_STACK`: LMDB cannot descend deeper than this.
const MAX_DEPTH: u16 = 32;
/// Keys LMDB accepts without the `longer-keys` feature, whatever the page size.
const LEGACY_MAX_KEY: usize = 511;
/// Read size for free-list records stored in overflow pages.
const IDL_CHUNK: usize = 64 * 1024;

/// What is wrong with a database file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damage {
    /// Byte offset in the file where the problem was found.
    pub offset: u64,
    /// Human-readable description of the problem.
    pub what: String,
}

impl Damage {
    fn new(offset: u64, what: impl Into<String>) -> Self {
        Damage {
            offset,
            what: what.into(),
        }
    }
}

impl fmt::Display for Damage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at byte {}: {}", self.offset, self.what)
    }
}

impl std::error::Error for Damage {}

/// What a successful check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Page size recorded in the meta pages.
    pub page_size: u32,
    /// Highest page number in use (`mm_last_pg` of the newest meta page).
    pub last_page: u64,
    /// Transaction id of the newest meta page.
    pub txn_id: u64,
    /// Pages read and checked: both meta pages, tree pages, overflow pages.
    pub pages_checked: u64,
    /// Names of the named databases in the main database, in key order.
    pub named_databases: Vec<String>,
}

/// Checks the LMDB file at `path`; Ok(summary) if every page reachable from
/// the newest valid meta page is well formed.
///
/// Reads only the pages it checks, so memory stays small for large files.
pub fn verify_file(path: &Path) -> Result<Summary, Damage> {
    let open_err = |e: io::Error| Damage::new(0, format!("cannot read {}: {e}", path.display()));
    let file = File::open(path).map_err(open_err)?;
    let len = file.metadata().map_err(open_err)?.len();
    run(file, len, None).0
}

/// Same check as [`verify_file`] on a buffer holding the whole file (the
/// tests' way in).
///
/// Never panics; work and memory are bounded by the buffer's length.
#[cfg(test)]
pub fn verify_bytes(bytes: &[u8]) -> Result<Summary, Damage> {
    run(io::Cursor::new(bytes), bytes.len() as u64, None).0
}

fn run<R: Read + Seek>(
    src: R,
    len: u64,
    trace: Option<Trace>,
) -> (Result<Summary, Damage>, Option<Trace>) {
    let mut rd = Reader { src, len };
    let meta = match newest_meta(&mut rd) {
        Ok(meta) => meta,
        Err(e) => return (Err(e), trace),
    };
    let mut walker = match Walker::new(rd, &meta, trace) {
        Ok(walker) => walker,
        Err(e) => return (Err(e), None),
    };
    let result = walker.verify(&meta);
    (result, walker.trace)
}

// ---------------------------------------------------------------- reading

/// Bounds-checked positional reads from the file or buffer.
struct Reader<R> {
    src: R,
    len: u64,
}

impl<R: Read + Seek> Reader<R> {
    fn read_at(&mut self, off: u64, buf: &mut [u8]) -> Result<(), Damage> {
        let fits = off
            .checked_add(buf.len() as u64)
            .is_some_and(|end| end <= self.len);
        if !fits {
            return Err(Damage::new(off, "read past the end of the file"));
        }
        self.src
            .seek(SeekFrom::Start(off))
            .and_then(|_| self.src.read_exact(buf))
            .map_err(|e| Damage::new(off, format!("read failed: {e}")))
    }

    fn read_u64(&mut self, off: u64) -> Result<u64, Damage> {
        let mut b = [0; 8];
        self.read_at(off, &mut b)?;
        Ok(u64::from_le_bytes(b))
    }
}

/// Little-endian field of `N` bytes at `off`, or None if out of range.
fn field<const N: usize>(buf: &[u8], off: usize) -> Option<[u8; N]> {
    buf.get(off..off.checked_add(N)?)?.try_into().ok()
}

fn le16(buf: &[u8], off: usize) -> Option<u16> {
    field(buf, off).map(u16::from_le_bytes)
}

fn le32(buf: &[u8], off: usize) -> Option<u32> {
    field(buf, off).map(u32::from_le_bytes)
}

fn le64(buf: &[u8], off: usize) -> Option<u64> {
    field(buf, off).map(u64::from_le_bytes)
}

/// One page read into memory, with accessors that report damage
/// instead of panicking on an out-of-range field.
struct Page {
    pgno: u64,
    base: u64,
    buf: Vec<u8>,
}

impl Page {
    fn damage(&self, off: usize, what: impl fmt::Display) -> Damage {
        Damage::new(
            self.base + off as u64,
            format!("page {}: {what}", self.pgno),
        )
    }

    fn u16(&self, off: usize) -> Result<u16, Damage> {
        le16(&self.buf, off).ok_or_else(|| self.damage(off, "field outside the page"))
    }

    fn u64(&self, off: usize) -> Result<u64, Damage> {
        le64(&self.buf, off).ok_or_else(|| self.damage(off, "field outside the page"))
    }

    fn bytes(&self, off: usize, len: usize) -> &[u8] {
        // Callers only ask for ranges already checked against the page size.
        off.checked_add(len)
            .and_then(|end| self.buf.get(off..end))
            .unwrap_or(&[])
    }
}

// ------------------------------------------------------------ meta pages

/// An `MDB_db` record: the root and statistics of one B-tree.
#[derive(Debug, Clone, Copy)]
struct DbRecord {
    pad: u32,
    flags: u16,
    depth: u16,
    branch_pages: u64,
    leaf_pages: u64,
    overflow_pages: u64,
    entries: u64,
    root: u64,
}

impl DbRecord {
    fn parse(b: &[u8]) -> Option<Self> {
        Some(DbRecord {
            pad: le32(b, 0)?,
            flags: le16(b, 4)?,
            depth: le16(b, 6)?,
            branch_pages: le64(b, 8)?,
            leaf_pages: le64(b, 16)?,
            overflow_pages: le64(b, 24)?,
            entries: le64(b, 32)?,
            root: le64(b, 40)?,
        })
    }
}

/// The fields of a meta page the walk needs.
struct Meta {
    base: u64,
    page_size: u32,
    free: DbRecord,
    main: DbRecord,
    last_pg: u64,
    txnid: u64,
}

/// Reads both meta pages; LMDB refuses to open unless both are valid,
/// then uses the one with the higher txnid (page 0 on a tie).
fn newest_meta<R: Read + Seek>(rd: &mut Reader<R>) -> Result<Meta, Damage> {
    let m0 = read_meta(rd, 0, 0)?;
    let m1 = read_meta(rd, 1, u64::from(m0.page_size))?;
    if m0.page_size != m1.page_size {
        return Err(Damage::new(m1.base, "meta pages disagree on the page size"));
    }
    let two_pages = 2 * u64::from(m0.page_size);
    if rd.len < two_pages {
        return Err(Damage::new(
            rd.len,
            "file is shorter than its two meta pages",
        ));
    }
    let newest = if m0.txnid < m1.txnid { m1 } else { m0 };
    // LMDB reads transaction T's meta from page T & 1, whichever page holds
    // the higher txnid: a meta on the other page would send it to the older
    // meta's trees.
    let expected = (newest.txnid & 1) * u64::from(newest.page_size);
    if newest.base != expected {
        let what = format!(
            "the newest meta (transaction {}) is on meta page {}, where LMDB does not look for it",
            newest.txnid,
            newest.base / u64::from(newest.page_size)
        );
        return Err(Damage::new(newest.base + META_TXNID as u64, what));
    }
    Ok(newest)
}

fn read_meta<R: Read + Seek>(rd: &mut Reader<R>, pgno: u64, base: u64) -> Result<Meta, Damage> {
    let mut b = [0u8; META_END];
    rd.read_at(base, &mut b)?;
    let bad = |off: usize, what: &str| {
        Damage::new(base + off as u64, format!("meta page {pgno}: {what}"))
    };
    let get = |off| le64(&b, off).unwrap_or(u64::MAX);
    if get(0) != pgno {
        return Err(bad(0, "wrong page number"));
    }
    if le16(&b, 10) != Some(P_META) {
        return Err(bad(10, "not flagged as a meta page"));
    }
    if le32(&b, PAGE_HDR) != Some(MAGIC) {
        return Err(bad(PAGE_HDR, "bad magic (not an LMDB file)"));
    }
    if le32(&b, PAGE_HDR + 4) != Some(DATA_VERSION) {
        return Err(bad(PAGE_HDR + 4, "unsupported data version"));
    }
    let rec = |off: usize| b.get(off..off + DB_REC).and_then(DbRecord::parse);
    let (Some(free), Some(main)) = (rec(META_FREE_DB), rec(META_MAIN_DB)) else {
        return Err(bad(META_FREE_DB, "truncated database records"));
    };
    // The free DB's md_pad holds the page size (mm_psize).
    let page_size = free.pad;
    if !page_size.is_power_of_two() || !(MIN_PAGE_SIZE..=MAX_PAGE_SIZE).contains(&page_size) {
        return Err(bad(META_FREE_DB, &format!("insane page size {page_size}")));
    }
    Ok(Meta {
        base,
        page_size,
        free,
        main,
        last_pg: get(META_LAST_PG),
        txnid: get(META_TXNID),
    })
}

// ---------------------------------------------------------------- walking

/// One bit per page number: set once a page is claimed by a tree or the
/// free list, so no page is walked twice and the walk always ends.
struct Bitmap(Vec<u64>);

impl Bitmap {
    fn new(bits: u64) -> Option<Self> {
        let words = usize::try_from(bits.div_ceil(64)).ok()?;
        Some(Bitmap(vec![0; words]))
    }

    /// Sets bit `i`; true if it was already set (or is out of range).
    fn test_and_set(&mut self, i: u64) -> bool {
        let Some(word) = usize::try_from(i / 64).ok().and_then(|w| self.0.get_mut(w)) else {
            return true;
        };
        let mask = 1u64 << (i % 64);
        let was = *word & mask != 0;
        *word |= mask;
        was
    }

    fn get(&self, i: u64) -> bool {
        usize::try_from(i / 64)
            .ok()
            .and_then(|w| self.0.get(w))
            .is_some_and(|word| word & (1u64 << (i % 64)) != 0)
    }
}

/// Which tree is being walked; decides key order and allowed node kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TreeKind {
    /// The free-page DB: u64 txnid keys, IDL values.
    Free,
    /// The main DB: may hold named-database records.
    Main,
    /// A named database: plain keys and values.
    Named,
}

/// Page and entry counts found by a walk, compared to the `MDB_db` record.
#[derive(Debug, Default, PartialEq, Eq)]
struct Counts {
    branch: u64,
    leaf: u64,
    overflow: u64,
    entries: u64,
}

/// A named database found in the main DB.
struct NamedDb {
    name: String,
    db: DbRecord,
    at: u64,
}

/// State of one tree walk.
struct Tree {
    kind: TreeKind,
    depth: u16,
    counts: Counts,
    named: Vec<NamedDb>,
}

/// A node header inside a branch or leaf page.
struct Node {
    off: usize,
    flags: u16,
    ksize: usize,
    /// Data size for leaf nodes, low 32 bits of the child pgno for branches.
    lo_hi: u32,
    /// Bytes the node occupies, before rounding up to even.
    size: usize,
}

impl Node {
    fn key<'p>(&self, page: &'p Page) -> &'p [u8] {
        page.bytes(self.off + NODE_HDR, self.ksize)
    }

    fn data_off(&self) -> usize {
        self.off + NODE_HDR + self.ksize
    }

    /// Branch child: on 64-bit builds mn_flags holds pgno bits 32..48.
    fn child(&self) -> u64 {
        u64::from(self.lo_hi) | (u64::from(self.flags) << 32)
    }
}

/// Kinds of bytes whose damage a structural check may miss; everything
/// else in a reached page is structure that must be verified. Recorded only
/// when tracing (tests use it to classify random damage).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Soft {
    /// Free space, padding, slack after a record: never read by LMDB.
    Unused,
    /// Value bytes: LMDB has no checksums to notice changes.
    Payload,
    /// Key bytes: a change that keeps key order looks like valid data.
    Key,
}

/// Optional record of what the walk reached (used by tests).
#[derive(Debug, Default)]
struct Trace {
    /// Tree and overflow pages reached.
    pages: Vec<u64>,
    /// Byte ranges `[start, end)` that are not structure.
    soft: Vec<(u64, u64, Soft)>,
    /// Pages neither in use nor listed as free.
    leaked: u64,
}

/// Walks the trees of one snapshot, claiming each page exactly once.
struct Walker<R> {
    rd: Reader<R>,
    psize: usize,
    last_pg: u64,
    txnid: u64,
    /// Pages wholly inside the file.
    file_pages: u64,
    max_key: usize,
    seen: Bitmap,
    pages_checked: u64,
    trace: Option<Trace>,
}

impl<R: Read + Seek> Walker<R> {
    fn new(rd: Reader<R>, meta: &Meta, trace: Option<Trace>) -> Result<Self, Damage> {
        let psize = meta.page_size as usize;
        let file_pages = rd.len / u64::from(meta.page_size);
        check_last_pg(meta, rd.len)?;
        let last_at = meta.base + META_LAST_PG as u64;
        let seen = Bitmap::new(meta.last_pg + 1)
            .ok_or_else(|| Damage::new(last_at, "page count too large"))?;
        // me_nodemax - (NODESIZE + sizeof(MDB_db)) as in mdb_env_open2.
        let nodemax = (((psize - PAGE_HDR) / 2) & !1) - 2;
        Ok(Walker {
            rd,
            psize,
            last_pg: meta.last_pg,
            txnid: meta.txnid,
            file_pages,
            max_key: (nodemax - NODE_HDR - DB_REC).max(LEGACY_MAX_KEY),
            seen,
            pages_checked: NUM_METAS,
            trace,
        })
    }

    fn verify(&mut self, meta: &Meta) -> Result<Summary, Damage> {
        let main_at = meta.base + META_MAIN_DB as u64;
        let named = self.walk_tree(TreeKind::Main, "main", meta.main, main_at)?;
        let mut names = Vec::with_capacity(named.len());
        for n in named {
            self.walk_tree(TreeKind::Named, &n.name, n.db, n.at)?;
            names.push(n.name);
        }
        // Free DB last, so its page lists are compared against every page
        // the other trees use.
        let free_at = meta.base + META_FREE_DB as u64;
        self.walk_tree(TreeKind::Free, "free", meta.free, free_at)?;
        self.check_tail()?;
        self.count_leaks();
        Ok(Summary {
            page_size: meta.page_size,
            last_page: self.last_pg,
            txn_id: self.txnid,
            pages_checked: self.pages_checked,
            named_databases: names,
        })
    }

    fn note(&mut self, start: u64, len: u64, kind: Soft) {
        if let Some(t) = self.trace.as_mut().filter(|_| len > 0) {
            t.soft.push((start, start.saturating_add(len), kind));
        }
    }

    fn note_page(&mut self, pgno: u64) {
        if let Some(t) = &mut self.trace {
            t.pages.push(pgno);
        }
    }

    /// Marks `pgno` as used by a tree; `from` is where the reference was.
    fn claim(&mut self, pgno: u64, from: u64) -> Result<(), Damage> {
        if pgno < NUM_METAS || pgno > self.last_pg {
            let what = format!("reference to page {pgno}, outside 2..={}", self.last_pg);
            return Err(Damage::new(from, what));
        }
        if pgno >= self.file_pages {
            return Err(Damage::new(
                from,
                format!("page {pgno} is past the end of the file"),
            ));
        }
        if self.seen.test_and_set(pgno) {
            return Err(Damage::new(
                from,
                format!("page {pgno} is reached twice (cycle or shared page)"),
            ));
        }
        self.pages_checked += 1;
        self.note_page(pgno);
        Ok(())
    }

    /// Marks `pgno` as listed in the free DB.
    fn claim_free(&mut self, pgno: u64, from: u64) -> Result<(), Damage> {
        if pgno < NUM_METAS || pgno > self.last_pg {
            let what = format!("free list names page {pgno}, outside 2..={}", self.last_pg);
            return Err(Damage::new(from, what));
        }
        if self.seen.test_and_set(pgno) {
            return Err(Damage::new(
                from,
                format!("free page {pgno} is also in use or listed twice"),
            ));
        }
        Ok(())
    }

    fn read_page(&mut self, pgno: u64) -> Result<Page, Damage> {
        let base = pgno
            .checked_mul(self.psize as u64)
            .ok_or_else(|| Damage::new(0, format!("page {pgno} offset overflows")))?;
        let mut buf = vec![0; self.psize];
        self.rd.read_at(base, &mut buf)?;
        Ok(Page { pgno, base, buf })
    }

    /// Walks one B-tree from its `MDB_db` record at file offset `at`.
    fn walk_tree(
        &mut self,
        kind: TreeKind,
        name: &str,
        db: DbRecord,
        at: u64,
    ) -> Result<Vec<NamedDb>, Damage> {
        let bad = |what: String| Damage::new(at, format!("database {name:?}: {what}"));
        check_db_flags(kind, &db).map_err(bad)?;
        let mut t = Tree {
            kind,
            depth: db.depth,
            counts: Counts::default(),
            named: Vec::new(),
        };
        if db.root == P_INVALID {
            if !empty_db_ok(&db) {
                return Err(bad("empty tree with non-zero depth or counts".into()));
            }
            return Ok(t.named);
        }
        if db.depth == 0 || db.depth > MAX_DEPTH {
            return Err(bad(format!("insane depth {}", db.depth)));
        }
        self.walk_page(&mut t, db.root, 1, (None, None), at + DB_ROOT)?;
        let want = Counts {
            branch: db.branch_pages,
            leaf: db.leaf_pages,
            overflow: db.overflow_pages,
            entries: db.entries,
        };
        if t.counts != want {
            return Err(bad(format!(
                "record says {want:?} but the tree has {:?}",
                t.counts
            )));
        }
        Ok(t.named)
    }

    /// Checks page `pgno` at tree level `level` (root = 1), whose keys must
    /// lie in `[bounds.0, bounds.1)`, then its children or values.
    fn walk_page(
        &mut self,
        t: &mut Tree,
        pgno: u64,
        level: u16,
        bounds: Bounds,
        from: u64,
    ) -> Result<(), Damage> {
        self.claim(pgno, from)?;
        let page = self.read_page(pgno)?;
        let leaf = level >= t.depth;
        check_header(&page, if leaf { P_LEAF } else { P_BRANCH })?;
        let nodes = self.nodes(&page, leaf)?;
        // Fewer keys make LMDB index before the first node (an empty page)
        // or assert (a non-free branch with one child).
        let min = match (leaf, t.kind) {
            (true, _) | (false, TreeKind::Free) => 1,
            (false, _) => 2,
        };
        if nodes.len() < min {
            return Err(page.damage(12, format!("only {} keys", nodes.len())));
        }
        self.check_keys(t.kind, &page, &nodes, leaf, bounds)?;
        self.note_layout(&page, &nodes);
        if leaf {
            t.counts.leaf += 1;
            t.counts.entries += nodes.len() as u64;
            self.leaf_values(t, &page, &nodes)
        } else {
            t.counts.branch += 1;
            self.walk_children(t, &page, &nodes, level, bounds)
        }
    }

    fn walk_children(
        &mut self,
        t: &mut Tree,
        page: &Page,
        nodes: &[Node],
        level: u16,
        bounds: Bounds,
    ) -> Result<(), Damage> {
        for (i, node) in nodes.iter().enumerate() {
            // Child i holds keys from its separator up to the next one.
            let lo = if i == 0 {
                bounds.0
            } else {
                Some(node.key(page))
            };
            let hi = nodes.get(i + 1).map(|n| n.key(page)).or(bounds.1);
            let from = page.base + node.off as u64;
            self.walk_page(t, node.child(), level + 1, (lo, hi), from)?;
        }
        Ok(())
    }

    /// Parses the node pointer array and checks the nodes exactly tile the
    /// space from `mp_upper` to the page end, as LMDB always keeps them.
    fn nodes(&self, page: &Page, leaf: bool) -> Result<Vec<Node>, Damage> {
        let lower = usize::from(page.u16(12)?);
        let upper = usize::from(page.u16(14)?);
        if lower < PAGE_HDR || lower % 2 != 0 || lower > upper || upper > self.psize {
            return Err(page.damage(12, format!("bad free-space bounds {lower}..{upper}")));
        }
        let count = (lower - PAGE_HDR) / 2;
        let mut nodes = Vec::with_capacity(count);
        for i in 0..count {
            nodes.push(self.node(page, PAGE_HDR + 2 * i, upper, leaf)?);
        }
        check_tiling(page, &nodes, upper, self.psize)?;
        Ok(nodes)
    }

    /// Reads the node whose offset is stored at `ptr_at`.
    fn node(&self, page: &Page, ptr_at: usize, upper: usize, leaf: bool) -> Result<Node, Damage> {
        let off = usize::from(page.u16(ptr_at)?);
        if off < upper || off % 2 != 0 || off + NODE_HDR > self.psize {
            return Err(page.damage(ptr_at, format!("bad node offset {off}")));
        }
        let lo_hi = u32::from(page.u16(off)?) | (u32::from(page.u16(off + 2)?) << 16);
        let flags = page.u16(off + 4)?;
        let ksize = usize::from(page.u16(off + 6)?);
        let data = match (leaf, flags & F_BIGDATA != 0) {
            (false, _) => 0,
            (true, true) => 8,
            (true, false) => lo_hi as usize,
        };
        let size = NODE_HDR + ksize + data;
        if off + size > self.psize {
            return Err(page.damage(off, format!("node of {size} bytes runs off the page")));
        }
        Ok(Node {
            off,
            flags,
            ksize,
            lo_hi,
            size,
        })
    }

    /// Key sizes, strict ascending order, and bounds from the parent.
    fn check_keys(
        &self,
        kind: TreeKind,
        page: &Page,
        nodes: &[Node],
        leaf: bool,
        bounds: Bounds,
    ) -> Result<(), Damage> {
        let mut prev: Option<&[u8]> = None;
        for (i, node) in nodes.iter().enumerate() {
            let at = node.off + 6;
            if !leaf && i == 0 {
                // LMDB stores the first branch key empty; it is never read.
                if node.ksize != 0 {
                    return Err(page.damage(at, "first branch key is not empty"));
                }
                continue;
            }
            let key = node.key(page);
            let size_ok = match kind {
                TreeKind::Free => key.len() == 8 && (1..=self.txnid).contains(&key_u64(key)),
                _ => (1..=self.max_key).contains(&key.len()),
            };
            if !size_ok {
                return Err(page.damage(at, format!("bad key (size {})", key.len())));
            }
            let out_of_order = prev.is_some_and(|p| cmp(kind, p, key) != Ordering::Less)
                || bounds
                    .0
                    .is_some_and(|lo| cmp(kind, key, lo) == Ordering::Less)
                || bounds
                    .1
                    .is_some_and(|hi| cmp(kind, key, hi) != Ordering::Less);
            if out_of_order {
                return Err(page.damage(node.off + NODE_HDR, format!("key {i} out of order")));
            }
            prev = Some(key);
        }
        Ok(())
    }

    /// Traces the soft parts of a branch or leaf page.
    fn note_layout(&mut self, page: &Page, nodes: &[Node]) {
        if self.trace.is_none() {
            return;
        }
        let lower = u64::from(le16(&page.buf, 12).unwrap_or(0));
        let upper = u64::from(le16(&page.buf, 14).unwrap_or(0));
        self.note(page.base + 8, 2, Soft::Unused); // mp_pad
        self.note(page.base + lower, upper.saturating_sub(lower), Soft::Unused);
        for n in nodes {
            let key_at = page.base + (n.off + NODE_HDR) as u64;
            self.note(key_at, n.ksize as u64, Soft::Key);
            if n.size % 2 == 1 {
                self.note(page.base + (n.off + n.size) as u64, 1, Soft::Unused);
            }
        }
    }

    fn leaf_values(&mut self, t: &mut Tree, page: &Page, nodes: &[Node]) -> Result<(), Damage> {
        for node in nodes {
            let at = page.base + node.data_off() as u64;
            let dsize = u64::from(node.lo_hi);
            match (t.kind, node.flags) {
                (TreeKind::Free, 0) => self.check_idl(at, dsize)?,
                (_, 0) => self.note(at, dsize, Soft::Payload),
                (_, F_BIGDATA) => self.big_value(t, page.u64(node.data_off())?, dsize, at)?,
                (TreeKind::Main, F_SUBDATA) => {
                    self.note(at, 4, Soft::Unused); // md_pad
                    t.named.push(named_db(page, node)?);
                }
                (_, f) if f & F_DUPDATA != 0 => {
                    return Err(page.damage(node.off + 4, "duplicate-sorted data is not supported"));
                }
                (_, f) => return Err(page.damage(node.off + 4, format!("bad node flags {f:#x}"))),
            }
        }
        Ok(())
    }

    /// Checks the overflow pages holding a value of `dsize` bytes that starts
    /// at page `pgno`; `from` is where the node stores the page number.
    fn big_value(&mut self, t: &mut Tree, pgno: u64, dsize: u64, from: u64) -> Result<(), Damage> {
        self.claim(pgno, from)?;
        let page = self.read_page(pgno)?;
        check_header(&page, P_OVERFLOW)?;
        self.note(page.base + 8, 2, Soft::Unused); // mp_pad
        let pages = u64::from(le32(&page.buf, 12).unwrap_or(0));
        // OVPAGES(size, psize) from mdb.c; LMDB may reuse a longer run.
        let need = (PAGE_HDR as u64 - 1 + dsize) / self.psize as u64 + 1;
        let last = pgno.saturating_add(pages.saturating_sub(1));
        if pages < need || last > self.last_pg {
            return Err(page.damage(
                12,
                format!("overflow run of {pages} pages is wrong for {dsize} bytes"),
            ));
        }
        for p in pgno + 1..=last {
            self.claim(p, page.base + 12)?;
        }
        t.counts.overflow += pages;
        let data_at = page.base + PAGE_HDR as u64;
        let run_end = page.base + pages * self.psize as u64;
        self.note(
            data_at + dsize,
            run_end.saturating_sub(data_at + dsize),
            Soft::Unused,
        );
        if t.kind == TreeKind::Free {
            return self.check_idl(data_at, dsize);
        }
        self.note(data_at, dsize, Soft::Payload);
        Ok(())
    }

    /// A free DB value is an IDL: a u64 count, then that many page numbers
    /// in descending order; LMDB may reserve more room than it fills.
    fn check_idl(&mut self, at: u64, dsize: u64) -> Result<(), Damage> {
        let count = if dsize >= 8 {
            self.rd.read_u64(at)?
        } else {
            u64::MAX
        };
        let used = count
            .checked_add(1)
            .and_then(|c| c.checked_mul(8))
            .filter(|&u| u <= dsize)
            .ok_or_else(|| {
                Damage::new(
                    at,
                    format!("free list of {count} pages does not fit {dsize} bytes"),
                )
            })?;
        // A smaller count only leaks pages, which LMDB survives.
        self.note(at, 8, Soft::Payload);
        self.note(at + used, dsize - used, Soft::Unused);
        let mut prev = u64::MAX;
        let mut buf = vec![0u8; IDL_CHUNK.min(used as usize)];
        let mut off = at + 8;
        while off < at + used {
            let len = buf.len().min((at + used - off) as usize);
            self.rd.read_at(off, &mut buf[..len])?;
            for (i, entry) in buf[..len].chunks_exact(8).enumerate() {
                let pgno = le64(entry, 0).unwrap_or(0);
                let entry_at = off + 8 * i as u64;
                if pgno >= prev {
                    return Err(Damage::new(entry_at, "free list not in descending order"));
                }
                self.claim_free(pgno, entry_at)?;
                prev = pgno;
            }
            off += len as u64;
        }
        Ok(())
    }

    /// Pages past the end of the file must all be free (see `new`).
    fn check_tail(&self) -> Result<(), Damage> {
        for pgno in self.file_pages..=self.last_pg {
            if !self.seen.get(pgno) {
                let what = format!("page {pgno} is past the end of the file but not free");
                return Err(Damage::new(self.rd.len, what));
            }
        }
        Ok(())
    }

    /// Leaked pages are harmless to LMDB, so they are only traced.
    fn count_leaks(&mut self) {
        if let Some(t) = &mut self.trace {
            t.leaked = (NUM_METAS..=self.last_pg)
                .filter(|&p| !self.seen.get(p))
                .count() as u64;
        }
    }
}

/// `mm_last_pg` must be plausible for a file of `len` bytes. Pages past the
/// end of the file are legal only if free (LMDB does not write pages freed in
/// the transaction that allocated them), and each needs an 8-byte free-list
/// entry, so a tail longer than `len / 8` pages is impossible. This also
/// bounds the page bitmap by the file size.
fn check_last_pg(meta: &Meta, len: u64) -> Result<(), Damage> {
    let at = meta.base + META_LAST_PG as u64;
    if meta.last_pg < NUM_METAS - 1 || meta.last_pg == u64::MAX {
        return Err(Damage::new(
            at,
            format!("insane last page {}", meta.last_pg),
        ));
    }
    let file_pages = len / u64::from(meta.page_size);
    if (meta.last_pg + 1).saturating_sub(file_pages) > len / 8 {
        let what = format!(
            "last page {} is far beyond the end of the file",
            meta.last_pg
        );
        return Err(Damage::new(at, what));
    }
    Ok(())
}

/// Lower (inclusive) and upper (exclusive) key bounds set by the parents.
type Bounds<'a> = (Option<&'a [u8]>, Option<&'a [u8]>);

/// Key order of a tree: memcmp, or native u64 for the free DB's txnids.
fn cmp(kind: TreeKind, a: &[u8], b: &[u8]) -> Ordering {
    match kind {
        TreeKind::Free => key_u64(a).cmp(&key_u64(b)),
        _ => a.cmp(b),
    }
}

fn key_u64(key: &[u8]) -> u64 {
    le64(key, 0).unwrap_or(0)
}

fn check_header(page: &Page, want: u16) -> Result<(), Damage> {
    let pgno = page.u64(0)?;
    if pgno != page.pgno {
        return Err(page.damage(0, format!("header says page {pgno}")));
    }
    let flags = page.u16(10)?;
    if flags != want {
        return Err(page.damage(10, format!("flags {flags:#x}, expected {want:#x}")));
    }
    Ok(())
}

/// Nodes must cover `[upper, psize)` exactly, each rounded to even size:
/// overlapping nodes or wrong sizes mean damaged pointers or headers.
fn check_tiling(page: &Page, nodes: &[Node], upper: usize, psize: usize) -> Result<(), Damage> {
    let mut spans: Vec<(usize, usize)> =
        nodes.iter().map(|n| (n.off, n.size + n.size % 2)).collect();
    spans.sort_unstable();
    let mut at = upper;
    for (off, size) in spans {
        if off != at {
            return Err(page.damage(off, "nodes overlap or leave a gap"));
        }
        at = off + size;
    }
    if at != psize {
        return Err(page.damage(upper, "nodes do not fill the page"));
    }
    Ok(())
}

/// kvd opens its databases with no flags; the free DB's flags hold the
/// environment flags instead and are not checked.
fn check_db_flags(kind: TreeKind, db: &DbRecord) -> Result<(), String> {
    match (kind, db.flags) {
        (TreeKind::Free, _) | (_, 0) => Ok(()),
        (_, f) => Err(format!("unsupported database flags {f:#x}")),
    }
}

fn empty_db_ok(db: &DbRecord) -> bool {
    db.depth == 0
        && db.branch_pages == 0
        && db.leaf_pages == 0
        && db.overflow_pages == 0
        && db.entries == 0
}

/// A main-DB node with F_SUBDATA: key = database name, data = `MDB_db`.
fn named_db(page: &Page, node: &Node) -> Result<NamedDb, Damage> {
    let rec = (node.lo_hi as usize == DB_REC)
        .then(|| DbRecord::parse(page.bytes(node.data_off(), DB_REC)))
        .flatten()
        .ok_or_else(|| page.damage(node.off, "named database record has the wrong size"))?;
    Ok(NamedDb {
        name: String::from_utf8_lossy(node.key(page)).into_owned(),
        db: rec,
        at: page.base + node.data_off() as u64,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use heed::types::Bytes;
    use heed::{Database, DatabaseFlags, Env, EnvOpenOptions};
    use std::sync::OnceLock;
    use std::time::Instant;

    type Db = Database<Bytes, Bytes>;

    const NAMES: [&str; 4] = ["big", "kv", "lease", "meta"];

    /// xorshift64: deterministic pseudo-random numbers without a crate.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            let mut x = self.0;
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            self.0 = x;
            x
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n.max(1) as u64) as usize
        }

        fn fill(&mut self, buf: &mut [u8]) {
            buf.iter_mut().for_each(|b| *b = self.next() as u8);
        }

        fn bytes(&mut self, n: usize) -> Vec<u8> {
            let mut v = vec![0; n];
            self.fill(&mut v);
            v
        }
    }

    fn open_env(dir: &Path) -> Env {
        let mut opts = EnvOpenOptions::new();
        opts.map_size(1 << 30).max_dbs(16);
        // SAFETY: every caller uses its own directory and opens it once.
        unsafe { opts.open(dir) }.expect("open env")
    }

    fn close_env(env: Env) {
        env.prepare_for_closing().wait();
    }

    fn kv_key(i: usize) -> Vec<u8> {
        format!("/registry/pods/ns-{}/pod-{i:07}", i % 7).into_bytes()
    }

    /// Builds a database like kvd's: several named databases, enough keys
    /// for branch pages, overflow values, and deletes in later transactions
    /// so the free list is not empty. Returns the bytes of data.mdb.
    fn build(dir: &Path, keys: usize, value_len: usize) -> Vec<u8> {
        let env = open_env(dir);
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let mut txn = env.write_txn().unwrap();
        let dbs: Vec<Db> = NAMES
            .iter()
            .map(|n| env.create_database(&mut txn, Some(n)).unwrap())
            .collect();
        let (big, kv, lease, meta) = (dbs[0], dbs[1], dbs[2], dbs[3]);
        for i in 0..keys {
            let n = value_len / 2 + rng.below(value_len);
            kv.put(&mut txn, &kv_key(i), &rng.bytes(n)).unwrap();
        }
        for i in 0..keys / 10 {
            lease
                .put(&mut txn, &(i as u64).to_be_bytes(), &rng.bytes(16))
                .unwrap();
        }
        meta.put(&mut txn, b"cluster_id", b"kvd-test").unwrap();
        txn.commit().unwrap();
        for round in 0..8 {
            let mut txn = env.write_txn().unwrap();
            for i in (round..keys).step_by(11) {
                kv.delete(&mut txn, &kv_key(i)).unwrap();
            }
            for i in 0..6 {
                let n = 3000 + rng.below(30_000);
                let key = format!("big-{}", round * 6 + i);
                big.put(&mut txn, key.as_bytes(), &rng.bytes(n)).unwrap();
            }
            if round > 0 {
                let key = format!("big-{}", (round - 1) * 6);
                big.delete(&mut txn, key.as_bytes()).unwrap();
            }
            for i in 0..50 {
                let n = rng.below(value_len) + 1;
                kv.put(&mut txn, &kv_key(keys + round * 50 + i), &rng.bytes(n))
                    .unwrap();
            }
            meta.put(&mut txn, b"revision", &(round as u64).to_le_bytes())
                .unwrap();
            txn.commit().unwrap();
        }
        // More keys than the free list holds, so the file grows and its
        // last page is a tree page (the case that crashed LMDB).
        let mut txn = env.write_txn().unwrap();
        for i in 0..keys / 2 {
            let n = rng.below(value_len) + 1;
            kv.put(&mut txn, &kv_key(2 * keys + i), &rng.bytes(n))
                .unwrap();
        }
        txn.commit().unwrap();
        close_env(env);
        std::fs::read(dir.join("data.mdb")).unwrap()
    }

    /// The shared sample database, built once.
    fn sample() -> &'static [u8] {
        static SAMPLE: OnceLock<Vec<u8>> = OnceLock::new();
        SAMPLE.get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            build(dir.path(), 3000, 200)
        })
    }

    fn traced(bytes: &[u8]) -> (Result<Summary, Damage>, Trace) {
        let (res, trace) = run(
            io::Cursor::new(bytes),
            bytes.len() as u64,
            Some(Trace::default()),
        );
        (res, trace.unwrap_or_default())
    }

    /// Opens `bytes` with heed, reads every database and commits a small
    /// write (which reuses free pages, as kvd's startup does). Errors are
    /// fine; the point is that the process does not crash.
    fn heed_survives(bytes: &[u8], names: &[&str]) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("data.mdb"), bytes).unwrap();
        let env = open_env(dir.path());
        let _ = read_and_write_all(&env, names);
        close_env(env);
    }

    fn read_and_write_all(env: &Env, names: &[&str]) -> heed::Result<usize> {
        let mut total = 0;
        let rtxn = env.read_txn()?;
        for &name in names {
            if let Some(db) = env.open_database::<Bytes, Bytes>(&rtxn, Some(name))? {
                for item in db.iter(&rtxn)? {
                    let (k, v) = item?;
                    total += k.len() + v.len();
                }
            }
        }
        drop(rtxn);
        let mut wtxn = env.write_txn()?;
        for &name in names {
            let db: Db = env.create_database(&mut wtxn, Some(name))?;
            db.put(&mut wtxn, b"probe", &[7; 5000])?;
            db.delete(&mut wtxn, b"probe")?;
        }
        wtxn.commit()?;
        Ok(total)
    }

    #[test]
    fn intact_database_verifies() {
        let bytes = sample();
        let (res, trace) = traced(bytes);
        let summary = res.expect("intact file must verify");
        assert_eq!(summary.named_databases, NAMES);
        assert!(summary.pages_checked > 200, "{summary:?}");
        assert_eq!(trace.leaked, 0, "every page is either in use or free");
        let mut rd = Reader {
            src: io::Cursor::new(bytes),
            len: bytes.len() as u64,
        };
        let meta = newest_meta(&mut rd).unwrap();
        assert!(meta.free.entries > 0, "free list should not be empty");
        assert!(meta.main.depth >= 1);

        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("data.mdb");
        std::fs::write(&path, bytes).unwrap();
        assert_eq!(verify_file(&path), Ok(summary));
        assert!(verify_file(&dir.path().join("missing.mdb")).is_err());
    }

    #[test]
    fn damaged_last_page_is_caught() {
        let bytes = sample();
        let (res, trace) = traced(bytes);
        let psize = res.unwrap().page_size as usize;
        // The highest branch or leaf page; overflow pages hold value bytes.
        let last = trace
            .pages
            .iter()
            .map(|&p| p as usize)
            .filter(|&p| matches!(le16(bytes, p * psize + 10), Some(P_LEAF | P_BRANCH)))
            .max()
            .unwrap();
        let page = last * psize..(last + 1) * psize;

        let mut zeroed = bytes.to_vec();
        zeroed[page.clone()].fill(0);
        let err = verify_bytes(&zeroed).unwrap_err();
        eprintln!("zeroed last used page {last}: {err}");

        let mut random = bytes.to_vec();
        Rng(42).fill(&mut random[page]);
        let err = verify_bytes(&random).unwrap_err();
        eprintln!("random last used page {last}: {err}");
    }

    #[test]
    fn the_newest_meta_must_be_where_lmdb_reads_it() {
        // Found by the data_dir fuzz target: LMDB reads transaction T's
        // meta from page T & 1, so a higher txnid written into the other
        // meta page made it walk the older meta's trees, past the end of
        // the file (SIGBUS).
        let mut bytes = sample().to_vec();
        let psize = verify_bytes(&bytes).unwrap().page_size as usize;
        let txnid = |b: &[u8], page: usize| le64(b, page * psize + META_TXNID).unwrap();
        let newest = txnid(&bytes, 0).max(txnid(&bytes, 1));
        // A txnid of the newest one's parity, on the other meta page.
        let other = 1 - (newest & 1) as usize;
        let at = other * psize + META_TXNID;
        bytes[at..at + 8].copy_from_slice(&(newest + 2).to_le_bytes());
        let err = verify_bytes(&bytes).unwrap_err();
        assert!(err.what.contains("where LMDB does not look"), "{err}");
    }

    #[test]
    fn damaged_free_pages_are_harmless() {
        let bytes = sample();
        let (res, trace) = traced(bytes);
        let psize = res.unwrap().page_size as usize;
        let used = *trace.pages.iter().max().unwrap() as usize;
        let file_pages = bytes.len() / psize;
        assert!(used + 1 < file_pages, "sample should end with free pages");
        // LMDB never reads a free page, so garbage there is fine...
        let mut random = bytes.to_vec();
        Rng(43).fill(&mut random[(used + 1) * psize..]);
        assert!(verify_bytes(&random).is_ok());
        heed_survives(&random, &NAMES);
        // ...and so is a file cut short after the last used page, since
        // LMDB writes pages back before it uses them again.
        let cut = &bytes[..(used + 1) * psize];
        assert!(verify_bytes(cut).is_ok());
        heed_survives(cut, &NAMES);
    }

    #[test]
    fn varied_databases_verify() {
        let dir = tempfile::tempdir().unwrap();
        let env = open_env(dir.path());
        let names = ["a", "b", "cleared", "empty"];
        let mut rng = Rng(11);
        let mut txn = env.write_txn().unwrap();
        let dbs: Vec<Db> = names
            .iter()
            .map(|n| env.create_database(&mut txn, Some(n)).unwrap())
            .collect();
        let (a, b, cleared) = (dbs[0], dbs[1], dbs[2]);
        for i in 0..20_000u32 {
            a.put(&mut txn, &i.to_be_bytes(), &rng.bytes(40)).unwrap();
        }
        for len in [1, 2, 100, 510, 511] {
            for _ in 0..50 {
                b.put(&mut txn, &rng.bytes(len), &rng.bytes(len)).unwrap();
            }
        }
        // Values on both sides of the inline/overflow and page boundaries.
        for size in (1990..2100).step_by(3).chain(4070..4110).chain(8170..8200) {
            b.put(&mut txn, format!("v{size}").as_bytes(), &rng.bytes(size))
                .unwrap();
        }
        b.put(&mut txn, b"empty-value", b"").unwrap();
        for i in 0..500u32 {
            cleared.put(&mut txn, &i.to_le_bytes(), b"x").unwrap();
        }
        txn.commit().unwrap();
        // Free thousands of pages in one transaction: the free list record
        // no longer fits a page and moves to overflow pages.
        let mut txn = env.write_txn().unwrap();
        for i in (0..20_000u32).filter(|i| i % 50 != 0) {
            a.delete(&mut txn, &i.to_be_bytes()).unwrap();
        }
        cleared.clear(&mut txn).unwrap();
        txn.commit().unwrap();
        // Reuse part of the free list.
        let mut txn = env.write_txn().unwrap();
        for i in 0..300u32 {
            a.put(&mut txn, &(i * 50 + 1).to_be_bytes(), &rng.bytes(300))
                .unwrap();
        }
        txn.commit().unwrap();
        close_env(env);

        let bytes = std::fs::read(dir.path().join("data.mdb")).unwrap();
        let (res, trace) = traced(&bytes);
        let summary = res.expect("varied database must verify");
        assert_eq!(summary.named_databases, names);
        assert_eq!(trace.leaked, 0);
        let mut rd = Reader {
            src: io::Cursor::new(&bytes[..]),
            len: bytes.len() as u64,
        };
        let meta = newest_meta(&mut rd).unwrap();
        assert!(
            meta.free.overflow_pages > 0,
            "free list should use overflow pages"
        );
        heed_survives(&bytes, &names);
    }

    #[test]
    fn damaged_meta_pages_are_caught() {
        let bytes = sample();
        let psize = verify_bytes(bytes).unwrap().page_size as usize;
        for page in 0..2 {
            let mut bad = bytes.to_vec();
            bad[page * psize..(page + 1) * psize].fill(0);
            assert!(verify_bytes(&bad).is_err(), "zeroed meta page {page}");
        }
    }

    #[test]
    fn cycle_is_caught() {
        let bytes = sample();
        let (_, trace) = traced(bytes);
        let psize = verify_bytes(bytes).unwrap().page_size as usize;
        let branch = trace
            .pages
            .iter()
            .map(|&p| p as usize * psize)
            .find(|&base| le16(bytes, base + 10) == Some(P_BRANCH))
            .expect("sample has a branch page");
        // Point the branch's second child back at the branch itself.
        let node = base_of_node(bytes, branch, 1);
        let mut bad = bytes.to_vec();
        let pgno = (branch / psize) as u32;
        bad[node..node + 4].copy_from_slice(&pgno.to_le_bytes());
        bad[node + 4..node + 6].fill(0);
        let err = verify_bytes(&bad).unwrap_err();
        assert!(err.what.contains("twice"), "{err}");
    }

    fn base_of_node(bytes: &[u8], page: usize, i: usize) -> usize {
        page + usize::from(le16(bytes, page + PAGE_HDR + 2 * i).unwrap())
    }

    #[test]
    fn dupsort_database_is_unsupported() {
        let dir = tempfile::tempdir().unwrap();
        let env = open_env(dir.path());
        let mut txn = env.write_txn().unwrap();
        let db: Db = env
            .database_options()
            .types::<Bytes, Bytes>()
            .name("dup")
            .flags(DatabaseFlags::DUP_SORT)
            .create(&mut txn)
            .unwrap();
        db.put(&mut txn, b"k", b"v1").unwrap();
        db.put(&mut txn, b"k", b"v2").unwrap();
        txn.commit().unwrap();
        close_env(env);
        let err = verify_file(&dir.path().join("data.mdb")).unwrap_err();
        assert!(err.what.contains("unsupported"), "{err}");
    }

    #[test]
    fn truncated_empty_and_random_files_are_caught() {
        let bytes = sample();
        let psize = verify_bytes(bytes).unwrap().page_size as usize;
        assert!(verify_bytes(&bytes[..bytes.len() / 2]).is_err());
        let (_, trace) = traced(bytes);
        let used = *trace.pages.iter().max().unwrap() as usize;
        assert!(verify_bytes(&bytes[..used * psize]).is_err());
        assert!(verify_bytes(&[]).is_err());
        let mut rng = Rng(7);
        assert!(verify_bytes(&rng.bytes(1 << 20)).is_err());
        // Valid meta pages in front of garbage.
        let mut garbage = rng.bytes(bytes.len());
        garbage[..2 * psize].copy_from_slice(&bytes[..2 * psize]);
        assert!(verify_bytes(&garbage).is_err());
    }

    #[test]
    fn arbitrary_inputs_never_panic() {
        let bytes = sample();
        let mut rng = Rng(0xDEAD_BEEF);
        for len in 0..300 {
            let _ = verify_bytes(&rng.bytes(len));
            let _ = verify_bytes(&vec![0; len]);
        }
        for _ in 0..200 {
            let n = rng.below(bytes.len());
            let _ = verify_bytes(&bytes[..n]);
        }
        // Few changed bytes anywhere, including meta pages: the walk gets
        // deep before it finds anything.
        for _ in 0..500 {
            let mut bad = bytes.to_vec();
            for _ in 0..=rng.below(8) {
                let at = rng.below(bad.len());
                bad[at] = rng.next() as u8;
            }
            let _ = verify_bytes(&bad);
        }
    }

    /// How a 64-byte overwrite is judged, by the hardest kind of byte it
    /// actually changed.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
    enum Hit {
        Unused,
        Payload,
        Key,
        Structure,
    }

    fn classify(soft: &[(u64, u64, Soft)], pos: u64) -> Hit {
        let i = soft.partition_point(|s| s.0 <= pos);
        match i.checked_sub(1).map(|i| soft[i]) {
            Some((_, end, kind)) if pos < end => match kind {
                Soft::Unused => Hit::Unused,
                Soft::Payload => Hit::Payload,
                Soft::Key => Hit::Key,
            },
            _ => Hit::Structure,
        }
    }

    #[test]
    fn random_overwrites_of_reached_pages() {
        let bytes = sample();
        let (res, trace) = traced(bytes);
        let psize = res.unwrap().page_size as usize;
        let mut soft = trace.soft.clone();
        soft.sort_unstable();
        // Pages starting with a header (not overflow continuation pages,
        // which are all value bytes).
        let headed: Vec<usize> = trace
            .pages
            .iter()
            .map(|&p| p as usize)
            .filter(|&p| le64(bytes, p * psize) == Some(p as u64))
            .collect();
        let mut rng = Rng(0x5EED_0001_2345_6789);
        let mut stats = std::collections::BTreeMap::<Hit, (u32, u32)>::new();
        let mut misses = Vec::new();
        let mut survivors = Vec::new();
        for _ in 0..2500 {
            let pgno = headed[rng.below(headed.len())];
            let start = pgno * psize + rng.below(psize - 64);
            let mut bad = bytes.to_vec();
            rng.fill(&mut bad[start..start + 64]);
            let hit = (start..start + 64)
                .filter(|&p| bad[p] != bytes[p])
                .map(|p| classify(&soft, p as u64))
                .max()
                .unwrap_or(Hit::Unused);
            let res = verify_bytes(&bad);
            let entry = stats.entry(hit).or_default();
            match res {
                Err(_) => entry.0 += 1,
                Ok(_) => {
                    entry.1 += 1;
                    if hit == Hit::Structure {
                        misses.push((pgno, start % psize));
                    } else if survivors.iter().filter(|(h, _)| *h == hit).count() < 5 {
                        survivors.push((hit, bad));
                    }
                }
            }
        }
        for (hit, (caught, passed)) in &stats {
            eprintln!("{hit:?}: {caught} reported, {passed} passed");
        }
        assert!(
            misses.is_empty(),
            "structural damage missed (page, offset): {misses:?}"
        );
        assert!(stats.get(&Hit::Structure).is_some_and(|s| s.0 > 300));
        // Whatever passed must be safe for LMDB to open, read and write.
        for (_, bad) in &survivors {
            heed_survives(bad, &NAMES);
        }
        eprintln!("{} passing damaged files opened with heed", survivors.len());
    }

    #[test]
    #[ignore = "slow: builds a 50 MB database; run with --ignored --nocapture"]
    fn bench_verify_50mb() {
        let dir = tempfile::tempdir().unwrap();
        let env = open_env(dir.path());
        let mut rng = Rng(5);
        let mut txn = env.write_txn().unwrap();
        let kv: Db = env.create_database(&mut txn, Some("kv")).unwrap();
        // Keys in order fill pages densely, so nearly every page is live.
        for i in 0..200_000 {
            let key = format!("/registry/pods/{i:09}");
            kv.put(&mut txn, key.as_bytes(), &rng.bytes(220)).unwrap();
        }
        txn.commit().unwrap();
        close_env(env);

        let path = dir.path().join("data.mdb");
        let len = std::fs::metadata(&path).unwrap().len();
        let start = Instant::now();
        let summary = verify_file(&path).unwrap();
        let took = start.elapsed();
        eprintln!(
            "{} MB file, {} pages checked, verify_file took {took:?}",
            len >> 20,
            summary.pages_checked
        );
        assert!(len > 45 << 20);
    }
}
