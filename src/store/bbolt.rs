//! A read-only reader of bbolt files, the database etcd keeps its state
//! in and `etcdctl snapshot save` writes, so that an etcd snapshot can be
//! restored into kvd (`etcd_import`). It reads only what a restore needs:
//! the newest valid meta page, and the key/value pairs of a bucket in key
//! order (branch, leaf and overflow pages; buckets stored on pages of their
//! own or inline in their parent's value). It never writes.
//!
//! The file is untrusted input: every offset and length read from it is
//! checked against the page or value it lies in, page numbers against the
//! file's pages, and a walk refuses a page it has seen before and trees
//! deeper than `MAX_DEPTH`, so a damaged file is an error, never a panic,
//! an out-of-bounds read or an endless loop. Pages are read one at a time
//! (positioned reads), so memory stays at a few pages per tree level
//! however large the file is.
//!
//! The layout (all integers little-endian, as bbolt writes them on the
//! machines etcd runs on): every page starts with a 16-byte header (page
//! id u64, flags u16, element count u16, overflow pages u32). Pages 0 and 1
//! hold a meta record each, right after the header: magic, version, page
//! size, flags (u32 each), the root bucket (root page u64, sequence u64),
//! the freelist page, the number of pages in use, the transaction ID (u64
//! each) and an FNV-1a 64 checksum of the fields before it. A branch page
//! holds `count` elements of (pos u32, key size u32, child page u64), a
//! leaf page `count` elements of (flags u32, pos u32, key size u32, value
//! size u32); `pos` counts from the element's own start, and a leaf value
//! follows its key. A leaf element flagged as a bucket holds the bucket's
//! root page and sequence (u64 each); a root page of 0 means the bucket's
//! one leaf page follows inline in the value.

use std::collections::HashSet;
use std::fs::File;
use std::os::unix::fs::FileExt as _;

use thiserror::Error;

/// bbolt's magic number, the first field of each meta record.
pub const MAGIC: u32 = 0xED0C_DAED;
/// The only file format version bbolt has written.
const VERSION: u32 = 2;
/// Every page's header: id, flags, count, overflow.
pub const PAGE_HEADER: usize = 16;
/// The meta record's fields, checksum included.
const META_LEN: usize = 64;
/// The bytes of the meta record the checksum covers.
const META_SUMMED: usize = 56;
/// A branch or leaf element's header.
const ELEMENT: usize = 16;
/// A bucket's header in its parent's value: root page and sequence.
const BUCKET_HEADER: usize = 16;

const BRANCH_PAGE: u16 = 0x01;
const LEAF_PAGE: u16 = 0x02;
/// A leaf element that is a nested bucket rather than a value.
const BUCKET_ELEMENT: u32 = 0x01;

/// Deeper trees than this are damage: bbolt's trees are a handful of
/// levels even for files of many gigabytes.
const MAX_DEPTH: usize = 64;
/// The page sizes a meta record may give. bbolt uses the OS page size
/// (4 KiB, 16 KiB or 64 KiB in practice); anything outside this range is
/// damage, and the bound keeps a bad size from costing a huge read.
const MIN_PAGE_SIZE: u32 = 512;
const MAX_PAGE_SIZE: u32 = 1 << 20;

/// Why a bbolt file cannot be read.
#[derive(Debug, Error)]
pub enum BoltError {
    #[error("reading it failed: {0}")]
    Io(#[from] std::io::Error),
    #[error("it is not a readable bbolt database: {0}")]
    NoMeta(String),
    #[error("it is cut short: its meta page says {needed} bytes of pages, the file has {len}")]
    Truncated { needed: u64, len: u64 },
    #[error("the bbolt database is damaged: {0:?} is a value where a bucket belongs")]
    NotABucket(String),
    #[error("the bbolt database is damaged: page {page}: {why}")]
    Damaged { page: u64, why: String },
}

fn damaged(page: u64, why: impl Into<String>) -> BoltError {
    BoltError::Damaged {
        page,
        why: why.into(),
    }
}

/// A meta record: where the database's newest committed state is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Meta {
    /// The file's page size.
    pub page_size: u32,
    /// The root bucket's page.
    pub root: u64,
    /// The number of pages in use (the high-water mark).
    pub pages: u64,
    /// The transaction that wrote it.
    pub txid: u64,
}

/// FNV-1a, 64 bits: bbolt's meta checksum.
fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(
        b.get(at..at.checked_add(2)?)?.try_into().ok()?,
    ))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(
        b.get(at..at.checked_add(4)?)?.try_into().ok()?,
    ))
}

fn u64_at(b: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(
        b.get(at..at.checked_add(8)?)?.try_into().ok()?,
    ))
}

/// Decodes a meta record (the 64 bytes after a meta page's header).
fn parse_meta(b: &[u8]) -> Result<Meta, String> {
    let field = |at| u32_at(b, at).ok_or("the meta record is cut short");
    let wide = |at| u64_at(b, at).ok_or("the meta record is cut short");
    if field(0)? != MAGIC {
        return Err(format!("bad magic {:#010x}", field(0)?));
    }
    if field(4)? != VERSION {
        return Err(format!("format version {}, not {VERSION}", field(4)?));
    }
    let summed = b.get(..META_SUMMED).ok_or("the meta record is cut short")?;
    if fnv1a64(summed) != wide(56)? {
        return Err("its checksum does not match".into());
    }
    let page_size = field(8)?;
    if !page_size.is_power_of_two() || !(MIN_PAGE_SIZE..=MAX_PAGE_SIZE).contains(&page_size) {
        return Err(format!("page size {page_size}"));
    }
    let meta = Meta {
        page_size,
        root: wide(16)?,
        pages: wide(40)?,
        txid: wide(48)?,
    };
    // Pages 0 and 1 are the meta pages, so the root lies beyond them.
    if meta.root < 2 || meta.root >= meta.pages {
        return Err(format!(
            "root page {} outside its {} pages",
            meta.root, meta.pages
        ));
    }
    Ok(meta)
}

/// Where pages are read from.
enum Source {
    File(File),
    #[cfg(test)]
    Bytes(Vec<u8>),
}

impl Source {
    /// Reads `len` bytes at `at`; the caller has checked they lie within
    /// the database's length.
    fn read(&self, at: u64, len: usize) -> std::io::Result<Vec<u8>> {
        match self {
            Source::File(f) => {
                let mut buf = vec![0u8; len];
                f.read_exact_at(&mut buf, at)?;
                Ok(buf)
            }
            #[cfg(test)]
            Source::Bytes(b) => {
                let start = usize::try_from(at).map_err(std::io::Error::other)?;
                b.get(start..start.saturating_add(len))
                    .map(<[u8]>::to_vec)
                    .ok_or_else(|| std::io::ErrorKind::UnexpectedEof.into())
            }
        }
    }
}

/// An open bbolt database, read as of its newest valid meta page.
pub struct Bolt {
    source: Source,
    meta: Meta,
}

/// A bucket: where its entries are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Bucket {
    /// A B-tree rooted at this page.
    Page(u64),
    /// One leaf page held in the parent's value (header included).
    Inline(Vec<u8>),
}

/// What `Bolt::for_each` calls with each entry of a bucket.
pub type Visit<'f, E> = dyn FnMut(&[u8], Entry<'_>) -> Result<(), E> + 'f;

/// One entry of a bucket.
#[derive(Debug)]
pub enum Entry<'a> {
    /// A key's value.
    Value(&'a [u8]),
    /// A nested bucket.
    Bucket(Bucket),
}

impl Bolt {
    /// Opens the bbolt database in the first `len` bytes of `file` (an
    /// etcd snapshot has a digest after them).
    pub fn open(file: File, len: u64) -> Result<Bolt, BoltError> {
        Self::from_source(Source::File(file), len)
    }

    #[cfg(test)]
    fn from_bytes(bytes: Vec<u8>) -> Result<Bolt, BoltError> {
        let len = bytes.len() as u64;
        Self::from_source(Source::Bytes(bytes), len)
    }

    fn from_source(source: Source, len: u64) -> Result<Bolt, BoltError> {
        let read_meta = |page_start: u64| -> Result<Meta, String> {
            let end = page_start + (PAGE_HEADER + META_LEN) as u64;
            if end > len {
                return Err("the file is too short to hold it".into());
            }
            let b = source
                .read(page_start + PAGE_HEADER as u64, META_LEN)
                .map_err(|e| e.to_string())?;
            parse_meta(&b)
        };
        // Meta page 0 gives the page size, which places meta page 1. If
        // page 0 is damaged, page 1 is looked for at each size bbolt may
        // have used, as bbolt itself falls back to the other meta page.
        let first = read_meta(0);
        let second = match &first {
            Ok(m) => read_meta(u64::from(m.page_size))
                .and_then(|s| same_size(s, m.page_size))
                .ok(),
            Err(_) => (MIN_PAGE_SIZE.trailing_zeros()..=MAX_PAGE_SIZE.trailing_zeros())
                .map(|shift| 1u32 << shift)
                .find_map(|size| {
                    read_meta(u64::from(size))
                        .and_then(|s| same_size(s, size))
                        .ok()
                }),
        };
        let meta = match (first, second) {
            (Ok(a), Some(b)) if b.txid > a.txid => b,
            (Ok(a), _) => a,
            (Err(_), Some(b)) => b,
            (Err(why), None) => return Err(BoltError::NoMeta(format!("meta page 0: {why}"))),
        };
        let needed = meta
            .pages
            .checked_mul(u64::from(meta.page_size))
            .ok_or_else(|| BoltError::NoMeta(format!("{} pages", meta.pages)))?;
        if needed > len {
            return Err(BoltError::Truncated { needed, len });
        }
        Ok(Bolt { source, meta })
    }

    /// The meta record read.
    #[cfg(test)]
    fn meta(&self) -> Meta {
        self.meta
    }

    /// The database's size in bytes: its pages in use (what bbolt's
    /// `Tx.Size` gives).
    pub fn size(&self) -> u64 {
        self.meta.pages * u64::from(self.meta.page_size)
    }

    /// The root bucket, whose entries are the top-level buckets.
    pub fn root(&self) -> Bucket {
        Bucket::Page(self.meta.root)
    }

    /// Reads page `id` whole (its overflow pages too), checking it lies
    /// within the file's pages.
    fn page(&self, id: u64) -> Result<Vec<u8>, BoltError> {
        if id < 2 || id >= self.meta.pages {
            return Err(damaged(
                id,
                format!(
                    "a reference to it, outside the data pages 2..{}",
                    self.meta.pages
                ),
            ));
        }
        let size = u64::from(self.meta.page_size);
        let header = self.source.read(id * size, PAGE_HEADER)?;
        let overflow = u32_at(&header, 12).map(u64::from).unwrap_or(0);
        if u64_at(&header, 0) != Some(id) {
            return Err(damaged(id, "its header names another page"));
        }
        let count = 1 + overflow;
        if id + count > self.meta.pages {
            return Err(damaged(
                id,
                format!("{overflow} overflow pages run past the file's pages"),
            ));
        }
        let len = usize::try_from(count * size)
            .map_err(|_| damaged(id, format!("{overflow} overflow pages")))?;
        Ok(self.source.read(id * size, len)?)
    }

    /// The bucket called `name` in `parent`, if there is one.
    pub fn bucket(&self, parent: &Bucket, name: &[u8]) -> Result<Option<Bucket>, BoltError> {
        let mut found = None;
        self.for_each(parent, &mut |key, entry| {
            if key == name {
                match entry {
                    Entry::Bucket(b) => found = Some(b),
                    Entry::Value(_) => {
                        return Err(BoltError::NotABucket(key.escape_ascii().to_string()))
                    }
                }
            }
            Ok(())
        })?;
        Ok(found)
    }

    /// Calls `f` with each entry of `bucket`, in key order. Stops at the
    /// first error, from the file or from `f`.
    pub fn for_each<E: From<BoltError>>(
        &self,
        bucket: &Bucket,
        f: &mut Visit<'_, E>,
    ) -> Result<(), E> {
        let mut walk = Walk {
            seen: HashSet::new(),
            last: None,
        };
        match bucket {
            Bucket::Page(id) => self.walk(&mut walk, *id, 0, f),
            Bucket::Inline(page) => {
                let header =
                    page_header(page).ok_or_else(|| damaged(0, "an inline bucket is cut short"))?;
                if header.flags != LEAF_PAGE {
                    return Err(damaged(0, "an inline bucket is not a leaf page").into());
                }
                leaf(page, header, 0, &mut walk, f)
            }
        }
    }

    fn walk<E: From<BoltError>>(
        &self,
        walk: &mut Walk,
        id: u64,
        depth: usize,
        f: &mut Visit<'_, E>,
    ) -> Result<(), E> {
        if depth > MAX_DEPTH {
            return Err(damaged(id, format!("the tree is deeper than {MAX_DEPTH} levels")).into());
        }
        if !walk.seen.insert(id) {
            return Err(damaged(id, "reached twice in one tree (a cycle)").into());
        }
        let page = self.page(id)?;
        let header = page_header(&page).ok_or_else(|| damaged(id, "cut short"))?;
        match header.flags {
            LEAF_PAGE => leaf(&page, header, id, walk, f),
            BRANCH_PAGE => {
                if header.count == 0 {
                    return Err(damaged(id, "an empty branch page").into());
                }
                for i in 0..usize::from(header.count) {
                    let at = element_at(&page, i, id)?;
                    let child = u64_at(&page, at + 8).ok_or_else(|| damaged(id, "cut short"))?;
                    self.walk(walk, child, depth + 1, f)?;
                }
                Ok(())
            }
            other => Err(damaged(
                id,
                format!("flags {other:#x} where a branch or leaf page belongs"),
            )
            .into()),
        }
    }
}

fn same_size(m: Meta, size: u32) -> Result<Meta, String> {
    if m.page_size == size {
        Ok(m)
    } else {
        Err(format!("page size {} on a page of {size}", m.page_size))
    }
}

/// What one walk of a tree has seen: its pages (a page twice is a
/// cycle), and the last key (keys must rise).
struct Walk {
    seen: HashSet<u64>,
    last: Option<Vec<u8>>,
}

#[derive(Clone, Copy)]
struct PageHeader {
    flags: u16,
    count: u16,
}

fn page_header(page: &[u8]) -> Option<PageHeader> {
    Some(PageHeader {
        flags: u16_at(page, 8)?,
        count: u16_at(page, 10)?,
    })
}

/// Where element `i` of `page` starts, checked to lie within it.
fn element_at(page: &[u8], i: usize, id: u64) -> Result<usize, BoltError> {
    let at = PAGE_HEADER + i * ELEMENT;
    if at + ELEMENT > page.len() {
        return Err(damaged(id, format!("element {i} lies past the page's end")));
    }
    Ok(at)
}

/// `len` bytes at `pos` after element start `at`, within `page`.
fn span(page: &[u8], at: usize, pos: u32, len: u32, id: u64) -> Result<&[u8], BoltError> {
    let start = at.checked_add(pos as usize);
    let end = start.and_then(|s| s.checked_add(len as usize));
    match (start, end) {
        (Some(s), Some(e)) if e <= page.len() => Ok(&page[s..e]),
        _ => Err(damaged(
            id,
            format!("an element's {len} bytes at {pos} lie past the page's end"),
        )),
    }
}

/// Hands the entries of leaf page `page` (page `id`; 0 for inline) to `f`.
fn leaf<E: From<BoltError>>(
    page: &[u8],
    header: PageHeader,
    id: u64,
    walk: &mut Walk,
    f: &mut Visit<'_, E>,
) -> Result<(), E> {
    for i in 0..usize::from(header.count) {
        let at = element_at(page, i, id)?;
        let field = |off| u32_at(page, at + off).unwrap_or(0);
        let (flags, pos, ksize, vsize) = (field(0), field(4), field(8), field(12));
        let key = span(page, at, pos, ksize, id)?;
        let value_pos = pos
            .checked_add(ksize)
            .ok_or_else(|| damaged(id, "an element's key size overflows"))?;
        let value = span(page, at, value_pos, vsize, id)?;
        if walk.last.as_deref().is_some_and(|last| last >= key) {
            return Err(damaged(id, "its keys are out of order").into());
        }
        walk.last = Some(key.to_vec());
        let entry = if flags & BUCKET_ELEMENT != 0 {
            Entry::Bucket(nested(value, id)?)
        } else {
            Entry::Value(value)
        };
        f(key, entry)?;
    }
    Ok(())
}

/// The bucket a bucket element's value describes.
fn nested(value: &[u8], id: u64) -> Result<Bucket, BoltError> {
    let root = u64_at(value, 0)
        .filter(|_| value.len() >= BUCKET_HEADER)
        .ok_or_else(|| damaged(id, "a bucket's header is cut short"))?;
    if root != 0 {
        return Ok(Bucket::Page(root));
    }
    let page = &value[BUCKET_HEADER..];
    if page.len() < PAGE_HEADER {
        return Err(damaged(id, "an inline bucket's page is cut short"));
    }
    Ok(Bucket::Inline(page.to_vec()))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) const PAGE: usize = 4096;

    /// Builds bbolt images by hand: meta pages, then the pages added.
    pub(crate) struct Image {
        pub pages: Vec<Vec<u8>>,
    }

    fn header(id: u64, flags: u16, count: u16, overflow: u32) -> Vec<u8> {
        let mut h = Vec::with_capacity(PAGE_HEADER);
        h.extend_from_slice(&id.to_le_bytes());
        h.extend_from_slice(&flags.to_le_bytes());
        h.extend_from_slice(&count.to_le_bytes());
        h.extend_from_slice(&overflow.to_le_bytes());
        h
    }

    /// A leaf page image (no padding): entries of (flags, key, value).
    pub(crate) fn leaf_image(id: u64, entries: &[(u32, &[u8], Vec<u8>)]) -> Vec<u8> {
        let mut page = header(id, LEAF_PAGE, entries.len() as u16, 0);
        let mut data = Vec::new();
        let n = entries.len();
        for (i, (flags, k, v)) in entries.iter().enumerate() {
            let elem_at = PAGE_HEADER + i * ELEMENT;
            let pos = (PAGE_HEADER + n * ELEMENT + data.len() - elem_at) as u32;
            page.extend_from_slice(&flags.to_le_bytes());
            page.extend_from_slice(&pos.to_le_bytes());
            page.extend_from_slice(&(k.len() as u32).to_le_bytes());
            page.extend_from_slice(&(v.len() as u32).to_le_bytes());
            data.extend_from_slice(k);
            data.extend_from_slice(v);
        }
        page.extend_from_slice(&data);
        page
    }

    /// A branch page image: (first key, child page).
    pub(crate) fn branch_image(id: u64, children: &[(&[u8], u64)]) -> Vec<u8> {
        let mut page = header(id, BRANCH_PAGE, children.len() as u16, 0);
        let mut data = Vec::new();
        let n = children.len();
        for (i, (k, child)) in children.iter().enumerate() {
            let elem_at = PAGE_HEADER + i * ELEMENT;
            let pos = (PAGE_HEADER + n * ELEMENT + data.len() - elem_at) as u32;
            page.extend_from_slice(&pos.to_le_bytes());
            page.extend_from_slice(&(k.len() as u32).to_le_bytes());
            page.extend_from_slice(&child.to_le_bytes());
            data.extend_from_slice(k);
        }
        page.extend_from_slice(&data);
        page
    }

    /// A bucket element's value: its root page, or its page inline.
    pub(crate) fn bucket_value(root: u64, inline: Option<Vec<u8>>) -> Vec<u8> {
        let mut v = root.to_le_bytes().to_vec();
        v.extend_from_slice(&0u64.to_le_bytes());
        if let Some(page) = inline {
            v.extend(page);
        }
        v
    }

    pub(crate) fn meta_page(id: u64, root: u64, pages: u64, txid: u64) -> Vec<u8> {
        let mut m = header(id, 0x04, 0, 0);
        let mut rec = Vec::new();
        rec.extend_from_slice(&MAGIC.to_le_bytes());
        rec.extend_from_slice(&VERSION.to_le_bytes());
        rec.extend_from_slice(&(PAGE as u32).to_le_bytes());
        rec.extend_from_slice(&0u32.to_le_bytes());
        rec.extend_from_slice(&root.to_le_bytes());
        rec.extend_from_slice(&0u64.to_le_bytes());
        rec.extend_from_slice(&u64::MAX.to_le_bytes());
        rec.extend_from_slice(&pages.to_le_bytes());
        rec.extend_from_slice(&txid.to_le_bytes());
        let sum = fnv1a64(&rec);
        rec.extend_from_slice(&sum.to_le_bytes());
        m.extend(rec);
        m
    }

    impl Image {
        /// Meta pages 0 and 1 (transactions 5 and 4) pointing at `root`,
        /// then the data pages.
        pub(crate) fn new(root: u64, data_pages: Vec<Vec<u8>>) -> Image {
            let total = 2 + data_pages
                .iter()
                .map(|p| p.len().div_ceil(PAGE).max(1) as u64)
                .sum::<u64>();
            let mut pages = vec![meta_page(0, root, total, 5), meta_page(1, root, total, 4)];
            pages.extend(data_pages);
            Image { pages }
        }

        /// The file: each page padded to its size (a page longer than one
        /// takes overflow pages, which its header must say).
        pub(crate) fn bytes(&self) -> Vec<u8> {
            let mut out = Vec::new();
            for p in &self.pages {
                let size = p.len().div_ceil(PAGE).max(1) * PAGE;
                let mut p = p.clone();
                p.resize(size, 0);
                out.extend(p);
            }
            out
        }
    }

    type Pairs = Vec<(Vec<u8>, Vec<u8>)>;

    /// Every (key, value) of a bucket, nested buckets as "<bucket>".
    fn entries(db: &Bolt, b: &Bucket) -> Result<Pairs, BoltError> {
        let mut out = Vec::new();
        db.for_each(b, &mut |k, e| {
            let v = match e {
                Entry::Value(v) => v.to_vec(),
                Entry::Bucket(_) => b"<bucket>".to_vec(),
            };
            out.push((k.to_vec(), v));
            Ok::<_, BoltError>(())
        })?;
        Ok(out)
    }

    /// Root (page 2): buckets "big" (a branch at page 3 over leaves 4 and
    /// 5, page 5 with an overflow page) and "small" (inline).
    fn sample() -> Image {
        let small = leaf_image(0, &[(0, b"x", b"1".to_vec()), (0, b"y", b"2".to_vec())]);
        let root = leaf_image(
            2,
            &[
                (BUCKET_ELEMENT, b"big", bucket_value(3, None)),
                (BUCKET_ELEMENT, b"small", bucket_value(0, Some(small))),
            ],
        );
        let branch = branch_image(3, &[(b"a", 4), (b"m", 5)]);
        let left = leaf_image(4, &[(0, b"a", b"va".to_vec()), (0, b"b", b"vb".to_vec())]);
        let mut right = leaf_image(5, &[(0, b"m", vec![7u8; 6000]), (0, b"n", b"vn".to_vec())]);
        // Longer than a page: page 6 is its overflow page.
        right[12..16].copy_from_slice(&1u32.to_le_bytes());
        Image::new(2, vec![root, branch, left, right])
    }

    #[test]
    fn a_hand_built_image_reads_back_in_key_order() {
        let db = Bolt::from_bytes(sample().bytes()).unwrap();
        assert_eq!(db.size(), 7 * PAGE as u64);
        let root = entries(&db, &db.root()).unwrap();
        assert_eq!(
            root.iter().map(|(k, _)| k.as_slice()).collect::<Vec<_>>(),
            [&b"big"[..], b"small"]
        );
        let big = db.bucket(&db.root(), b"big").unwrap().unwrap();
        let got = entries(&db, &big).unwrap();
        assert_eq!(got.len(), 4);
        assert_eq!(got[0], (b"a".to_vec(), b"va".to_vec()));
        assert_eq!(got[2], (b"m".to_vec(), vec![7u8; 6000]));
        assert_eq!(got[3], (b"n".to_vec(), b"vn".to_vec()));
        let small = db.bucket(&db.root(), b"small").unwrap().unwrap();
        assert!(matches!(small, Bucket::Inline(_)));
        assert_eq!(
            entries(&db, &small).unwrap(),
            [
                (b"x".to_vec(), b"1".to_vec()),
                (b"y".to_vec(), b"2".to_vec())
            ]
        );
        assert_eq!(db.bucket(&db.root(), b"none").unwrap(), None);
    }

    #[test]
    fn the_newest_valid_meta_page_wins() {
        let mut image = sample();
        // Meta 1 newer; once its checksum fails, meta 0 is read instead.
        image.pages[1] = meta_page(1, 2, 7, 9);
        let mut bytes = image.bytes();
        assert_eq!(Bolt::from_bytes(bytes.clone()).unwrap().meta().txid, 9);
        bytes[PAGE + PAGE_HEADER + 20] ^= 1;
        assert_eq!(Bolt::from_bytes(bytes.clone()).unwrap().meta().txid, 5);
        // Meta 0 damaged: meta 1 is found at the page size it names.
        let mut bytes = image.bytes();
        bytes[PAGE_HEADER] ^= 1;
        assert_eq!(Bolt::from_bytes(bytes).unwrap().meta().txid, 9);
    }

    /// Whether reading every bucket of `bytes` fails.
    fn fails(bytes: Vec<u8>) -> BoltError {
        let read = || -> Result<(), BoltError> {
            let db = Bolt::from_bytes(bytes)?;
            for name in [&b"big"[..], b"small"] {
                if let Some(b) = db.bucket(&db.root(), name)? {
                    entries(&db, &b)?;
                }
            }
            Ok(())
        };
        read().expect_err("a damaged image must be refused")
    }

    #[test]
    fn damaged_images_are_errors() {
        let good = sample().bytes();
        // Truncated: shorter than its pages.
        let e = fails(good[..good.len() - 100].to_vec());
        assert!(matches!(e, BoltError::Truncated { .. }), "{e}");
        assert!(matches!(fails(good[..40].to_vec()), BoltError::NoMeta(_)));
        assert!(matches!(fails(Vec::new()), BoltError::NoMeta(_)));
        // Bad magic, bad checksum in both metas.
        let mut b = good.clone();
        b[PAGE_HEADER] ^= 0xff;
        b[PAGE + PAGE_HEADER] ^= 0xff;
        let e = fails(b);
        assert!(e.to_string().contains("magic"), "{e}");
        let mut b = good.clone();
        b[PAGE_HEADER + 30] ^= 1;
        b[PAGE + PAGE_HEADER + 30] ^= 1;
        let e = fails(b);
        assert!(e.to_string().contains("checksum"), "{e}");
        // A child page out of range.
        let mut image = sample();
        image.pages[3] = branch_image(3, &[(b"a", 4), (b"m", 99)]);
        let e = fails(image.bytes());
        assert!(e.to_string().contains("page 99"), "{e}");
        // A cycle: the branch names itself.
        let mut image = sample();
        image.pages[3] = branch_image(3, &[(b"a", 4), (b"m", 3)]);
        let e = fails(image.bytes());
        assert!(e.to_string().contains("cycle"), "{e}");
        // A page whose header names another page, a wrong page kind.
        let mut b = good.clone();
        b[4 * PAGE] = 9;
        assert!(fails(b).to_string().contains("another page"));
        let mut b = good.clone();
        b[4 * PAGE + 8] = 0x10;
        assert!(fails(b).to_string().contains("flags 0x10"));
        // An element pointing past its page; too many elements.
        let mut b = good.clone();
        b[4 * PAGE + PAGE_HEADER + 8..4 * PAGE + PAGE_HEADER + 12]
            .copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(fails(b).to_string().contains("past the page"));
        let mut b = good.clone();
        b[4 * PAGE + 10..4 * PAGE + 12].copy_from_slice(&u16::MAX.to_le_bytes());
        assert!(fails(b).to_string().contains("past the page"));
        // Overflow beyond the file's pages.
        let mut b = good.clone();
        b[5 * PAGE + 12..5 * PAGE + 16].copy_from_slice(&1000u32.to_le_bytes());
        assert!(fails(b).to_string().contains("overflow"));
        // Keys out of order.
        let mut image = sample();
        image.pages[4] = leaf_image(4, &[(0, b"b", b"vb".to_vec()), (0, b"a", b"va".to_vec())]);
        assert!(fails(image.bytes()).to_string().contains("out of order"));
        // An inline bucket cut short.
        let mut image = sample();
        image.pages[2] = leaf_image(
            2,
            &[
                (BUCKET_ELEMENT, b"big", bucket_value(3, None)),
                (BUCKET_ELEMENT, b"small", vec![0u8; 20]),
            ],
        );
        assert!(fails(image.bytes()).to_string().contains("cut short"));
    }

    #[test]
    fn a_deep_chain_of_branches_is_refused() {
        // 80 branch pages, each the only child of the one before.
        let n = 80u64;
        let mut pages = Vec::new();
        let root = leaf_image(2, &[(BUCKET_ELEMENT, b"big", bucket_value(3, None))]);
        pages.push(root);
        for i in 0..n {
            pages.push(branch_image(3 + i, &[(b"a", 4 + i)]));
        }
        pages.push(leaf_image(3 + n, &[(0, b"a", b"v".to_vec())]));
        let e = fails(Image::new(2, pages).bytes());
        assert!(e.to_string().contains("deeper"), "{e}");
    }
}
