//! A fast hash for the crate's own hash maps: words, term ids and dates, none chosen by an
//! adversary in a way that matters (a worst case only costs time on one's own input, and the
//! maps stay linear in it). Eight bytes at a time with the multiply-rotate step of rustc's
//! FxHasher, several times faster than std's SipHash on short keys.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hash, Hasher};

/// The hasher (see the module doc).
#[derive(Debug, Clone, Copy, Default)]
pub struct FastHasher(u64);

impl FastHasher {
    #[inline(always)]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
}

impl Hasher for FastHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Little-endian words, the last one zero-padded; plain loops, as the size-built wasm
        // would call through `chunks_exact` and `copy_from_slice` for every word of every key.
        let mut k = 0;
        while k + 8 <= bytes.len() {
            let b = &bytes[k..k + 8];
            self.add(u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]));
            k += 8;
        }
        if k < bytes.len() {
            let mut word = 0u64;
            let mut shift = 0;
            while k < bytes.len() {
                word |= u64::from(bytes[k]) << shift;
                shift += 8;
                k += 1;
            }
            self.add(word);
        }
    }

    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
}

/// A `HashMap` with [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;

/// A `HashSet` with [`FastHasher`].
pub type FastSet<T> = HashSet<T, BuildHasherDefault<FastHasher>>;

/// A set of owned strings kept in a `FastMap<String, usize>`: the map type that several rooms
/// use anyway, so the wasm module carries one copy of the hash-table code for both instead of
/// one more for `FastSet<String>`.
#[derive(Debug, Clone, Default)]
pub struct StringSet(FastMap<String, usize>);

impl StringSet {
    /// Adds `value`; whether it was new.
    pub fn insert(&mut self, value: String) -> bool {
        self.0.insert(value, 0).is_none()
    }

    /// Whether `value` is in the set.
    pub fn contains(&self, value: &str) -> bool {
        self.0.contains_key(value)
    }

    /// Whether the set is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A map from pairs of keys to indices (into the caller's vectors), held as two levels of
/// `FastMap<K, usize>`: the first key to a row of `second`, the second key to the index. Keyed by
/// `&str` or `usize`, whose map types the wasm module has anyway, it costs no copy of the
/// hash-table code of its own, as a map keyed by the pair would.
#[derive(Debug, Clone)]
pub struct PairIndex<K> {
    first: FastMap<K, usize>,
    second: Vec<FastMap<K, usize>>,
}

impl<K> Default for PairIndex<K> {
    fn default() -> Self {
        PairIndex { first: FastMap::default(), second: Vec::new() }
    }
}

impl<K: Hash + Eq + Copy> PairIndex<K> {
    /// The index of `(a, b)`, if there is one.
    pub fn get(&self, a: K, b: K) -> Option<usize> {
        let &row = self.first.get(&a)?;
        self.second.get(row)?.get(&b).copied()
    }

    /// The index of `(a, b)`; `index` (then also kept for the pair) when there was none.
    pub fn entry(&mut self, a: K, b: K, index: usize) -> usize {
        let second = &mut self.second;
        let row = *self.first.entry(a).or_insert_with(|| {
            second.push(FastMap::default());
            second.len() - 1
        });
        match second.get_mut(row) {
            Some(map) => *map.entry(b).or_insert(index),
            None => index,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pair_index_keeps_the_first_index_of_each_pair() {
        let mut index: PairIndex<&str> = PairIndex::default();
        assert_eq!(index.entry("2025-01-02", "Oslo", 0), 0);
        assert_eq!(index.entry("2025-01-02", "Lima", 1), 1);
        assert_eq!(index.entry("2025-01-02", "Oslo", 2), 0);
        assert_eq!(index.entry("Oslo", "2025-01-02", 3), 3);
        assert_eq!(index.get("2025-01-02", "Lima"), Some(1));
        assert_eq!(index.get("Lima", "2025-01-02"), None);
        assert_eq!(index.get("2025-01-03", "Oslo"), None);
    }

    /// Words of eight bytes read with slices (the obvious way), for comparison.
    fn by_chunks(bytes: &[u8]) -> u64 {
        let mut h = FastHasher::default();
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            h.add(u64::from_le_bytes(word));
        }
        h.finish()
    }

    #[test]
    fn bytes_are_read_as_zero_padded_little_endian_words() {
        for key in ["", "a", "seven77", "eight888", "nine99999", "a longer key of 24 bytes", "Genève 2025"] {
            let mut h = FastHasher::default();
            h.write(key.as_bytes());
            assert_eq!(h.finish(), by_chunks(key.as_bytes()), "{key:?}");
        }
    }

    fn hash<T: Hash + ?Sized>(t: &T) -> u64 {
        let mut h = FastHasher::default();
        t.hash(&mut h);
        h.finish()
    }

    #[test]
    fn different_short_keys_hash_apart_and_maps_work() {
        let words = [
            "a",
            "b",
            "ab",
            "ba",
            "abcdefgh",
            "abcdefghi",
            "abcdefgh\u{0}",
            "",
        ];
        for (i, a) in words.iter().enumerate() {
            for b in &words[i + 1..] {
                assert_ne!(hash(*a), hash(*b), "{a:?} {b:?}");
            }
        }
        let mut map: FastMap<String, usize> = FastMap::default();
        for (i, w) in words.iter().enumerate() {
            map.insert(w.to_string(), i);
        }
        assert_eq!(map.get("abcdefghi"), Some(&5));
        assert_eq!(map.len(), words.len());
    }
}
