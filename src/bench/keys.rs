//! What the workloads write: keys drawn from a key space (in order or at
//! random), values of a given size, and the timestamped values the watch
//! workloads use to measure delivery latency.

use super::BenchError;

/// The keys a run writes: `size` keys, each `width` bytes long, numbered
/// 0 to size-1 and spelled as zero-padded decimal numbers, so they are
/// readable with `kvd get` and sort in number order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeySpace {
    width: usize,
    size: u64,
    sequential: bool,
}

impl KeySpace {
    /// A key space of `size` keys of `width` bytes, written in order when
    /// `sequential`, else at random.
    pub fn new(width: usize, size: u64, sequential: bool) -> Result<KeySpace, BenchError> {
        if width == 0 {
            return Err(BenchError::Invalid("--key-size must be at least 1".into()));
        }
        if size == 0 {
            return Err(BenchError::Invalid(
                "--key-space-size must be at least 1".into(),
            ));
        }
        let digits = (size - 1).to_string().len();
        if digits > width {
            return Err(BenchError::Invalid(format!(
                "--key-size {width} is too short for --key-space-size {size}: key {} needs {digits} bytes",
                size - 1
            )));
        }
        Ok(KeySpace {
            width,
            size,
            sequential,
        })
    }

    /// Number of keys.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// Key number `n` (modulo the size).
    pub fn key(&self, n: u64) -> Vec<u8> {
        format!("{:0width$}", n % self.size, width = self.width).into_bytes()
    }

    /// The key number for the run's request `index`: the next one in order,
    /// or one drawn from `rng`.
    pub fn pick(&self, index: u64, rng: &mut Rng) -> u64 {
        if self.sequential {
            index % self.size
        } else {
            rng.below(self.size)
        }
    }

    /// `[key, range_end)` holding every key of the space: the first key up
    /// to just past the last one.
    pub fn range(&self) -> (Vec<u8>, Vec<u8>) {
        let mut end = self.key(self.size - 1);
        end.push(0);
        (self.key(0), end)
    }
}

/// A small, fast pseudo-random generator (SplitMix64): a benchmark needs
/// keys spread evenly, not unpredictable ones.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator; different seeds give different sequences.
    #[cfg(test)]
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// A generator seeded from the clock and `salt` (a task number), so
    /// that runs and tasks differ.
    pub fn seeded(salt: u64) -> Rng {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0);
        Rng(nanos ^ salt.wrapping_mul(0x9E37_79B9_7F4A_7C15))
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `[0, n)`; `n` must not be 0. (The modulo bias is below
    /// 2^-40 for any key space a server can hold.)
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// A number in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// `len` random bytes.
    pub fn bytes(&mut self, len: usize) -> Vec<u8> {
        let mut out = Vec::with_capacity(len + 8);
        while out.len() < len {
            out.extend_from_slice(&self.next_u64().to_le_bytes());
        }
        out.truncate(len);
        out
    }
}

/// Bytes of a timestamped value taken by the timestamp.
pub const STAMP_LEN: usize = 8;

/// A value of `len` bytes (at least `STAMP_LEN`) that starts with `nanos`,
/// the time of the put in nanoseconds since the run's origin: a watcher
/// learns from the event itself when the change was sent.
pub fn stamped_value(nanos: u64, len: usize, filler: &[u8]) -> Vec<u8> {
    let mut v = nanos.to_be_bytes().to_vec();
    v.extend(filler.iter().cycle().take(len.saturating_sub(STAMP_LEN)));
    v
}

/// The timestamp `stamped_value` put in `value`, if it has one.
pub fn stamp_of(value: &[u8]) -> Option<u64> {
    let stamp: [u8; STAMP_LEN] = value.get(..STAMP_LEN)?.try_into().ok()?;
    Some(u64::from_be_bytes(stamp))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_padded_numbers_in_the_space() {
        let ks = KeySpace::new(4, 100, true).unwrap();
        assert_eq!(ks.key(7), b"0007");
        assert_eq!(ks.key(99), b"0099");
        assert_eq!(ks.key(100), b"0000");
        let (start, end) = ks.range();
        assert_eq!(start, b"0000");
        assert_eq!(end, b"0099\0");
        for n in [0, 50, 99] {
            let k = ks.key(n);
            assert!(start <= k && k < end);
        }
        assert!(b"0100".as_slice() >= end.as_slice());
    }

    #[test]
    fn a_key_space_must_fit_its_key_size() {
        assert!(KeySpace::new(2, 100, false).is_ok());
        assert!(KeySpace::new(2, 101, false).is_err());
        assert!(KeySpace::new(0, 1, false).is_err());
        assert!(KeySpace::new(8, 0, false).is_err());
    }

    #[test]
    fn sequential_keys_cycle_and_random_ones_stay_inside() {
        let mut rng = Rng::new(1);
        let seq = KeySpace::new(3, 10, true).unwrap();
        let picks: Vec<u64> = (0..12).map(|i| seq.pick(i, &mut rng)).collect();
        assert_eq!(picks, vec![0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]);
        let random = KeySpace::new(3, 10, false).unwrap();
        let mut seen = [0u32; 10];
        for i in 0..10_000 {
            seen[random.pick(i, &mut rng) as usize] += 1;
        }
        // Evenly spread: each key near 1000 times.
        assert!(seen.iter().all(|&c| (800..1200).contains(&c)), "{seen:?}");
    }

    #[test]
    fn random_numbers_are_in_range() {
        let mut rng = Rng::new(7);
        for _ in 0..1000 {
            let u = rng.unit();
            assert!((0.0..1.0).contains(&u));
        }
        assert_eq!(rng.bytes(13).len(), 13);
        assert_ne!(Rng::new(1).next_u64(), Rng::new(2).next_u64());
    }

    #[test]
    fn a_stamp_survives_the_value() {
        let v = stamped_value(123_456_789, 20, b"xy");
        assert_eq!(v.len(), 20);
        assert_eq!(stamp_of(&v), Some(123_456_789));
        assert_eq!(&v[8..12], b"xyxy");
        assert_eq!(stamped_value(5, 3, b"x").len(), STAMP_LEN);
        assert_eq!(stamp_of(b"short"), None);
    }
}
