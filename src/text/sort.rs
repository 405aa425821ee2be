//! One small stable sort for the whole crate.
//!
//! Why not `slice::sort_by`: std's driftsort and ipnsort are instantiated afresh for every element
//! type *and* every comparator closure, about 56 KB of the wasm for our nineteen call sites. Here
//! the merge sort runs once, on positions (`usize`), with the comparator behind `&mut dyn FnMut`;
//! the only code made per element type is a short loop of swaps that puts the elements in the
//! order found. Stable (equal elements keep their order), O(n log n) comparisons and time, and
//! 2n words of scratch space.

use std::cmp::Ordering;

/// Runs shorter than this are sorted by insertion before merging.
const RUN: usize = 16;

/// Sorts `v` stably by `compare` (like `slice::sort_by`).
pub fn sort_by<T, F: FnMut(&T, &T) -> Ordering>(v: &mut [T], mut compare: F) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let items: &[T] = v;
        sorted_positions(items.len(), &mut |i, j| compare(&items[i], &items[j]))
    };
    apply(v, order);
}

/// Sorts `v` stably by the key `key` gives (like `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord, F: FnMut(&T) -> K>(v: &mut [T], mut key: F) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v` stably by the key `key` gives, computing each element's key once (like
/// `slice::sort_by_cached_key`, which is stable too: the same order).
pub fn sort_by_cached_key<T, K: Ord, F: FnMut(&T) -> K>(v: &mut [T], key: F) {
    if v.len() < 2 {
        return;
    }
    let keys: Vec<K> = v.iter().map(key).collect();
    let order = sorted_positions(keys.len(), &mut |i, j| keys[i].cmp(&keys[j]));
    apply(v, order);
}

/// Sorts `v` stably in ascending order (like `slice::sort`).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// The positions `0..n` in the order `compare` (on positions) puts them, ties kept in
/// position order: insertion-sorted runs of [`RUN`], then bottom-up merges between two buffers.
#[inline(never)]
fn sorted_positions(n: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut a: Vec<usize> = (0..n).collect();
    for run in a.chunks_mut(RUN) {
        for k in 1..run.len() {
            let mut j = k;
            while j > 0 && compare(run[j - 1], run[j]) == Ordering::Greater {
                run.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let mut b = vec![0; n];
    let mut width = RUN;
    while width < n {
        for (start, out) in (0..n).step_by(2 * width).zip(b.chunks_mut(2 * width)) {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            merge(&a[start..mid], &a[mid..end], out, compare);
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// Merges two sorted runs into `out` (of their total length), taking from `left` on ties.
fn merge(
    left: &[usize],
    right: &[usize],
    out: &mut [usize],
    compare: &mut dyn FnMut(usize, usize) -> Ordering,
) {
    let (mut i, mut j) = (0, 0);
    for slot in out.iter_mut() {
        let take_left =
            j == right.len() || (i < left.len() && compare(left[i], right[j]) != Ordering::Greater);
        if take_left {
            *slot = left[i];
            i += 1;
        } else {
            *slot = right[j];
            j += 1;
        }
    }
}

/// Puts `v[order[k]]` at position `k` for every `k`, following each cycle of the permutation
/// with swaps (linear time, no copies of the elements).
fn apply<T>(v: &mut [T], mut order: Vec<usize>) {
    for start in 0..v.len() {
        let mut current = start;
        while order[current] != current {
            let next = order[current];
            order[current] = current;
            if next == start {
                break;
            }
            v.swap(current, next);
            current = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_small_and_empty_slices() {
        let mut empty: Vec<u8> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
        let mut one = vec![7];
        sort(&mut one);
        assert_eq!(one, [7]);
        let mut few = vec![3, 1, 2];
        sort(&mut few);
        assert_eq!(few, [1, 2, 3]);
    }

    #[test]
    fn keeps_equal_elements_in_order() {
        let mut v: Vec<(u8, usize)> = (0..100).map(|i| ((i * 7 % 3) as u8, i)).collect();
        sort_by_key(&mut v, |p| p.0);
        for pair in v.windows(2) {
            assert!(pair[0].0 < pair[1].0 || (pair[0].0 == pair[1].0 && pair[0].1 < pair[1].1));
        }
    }

    #[test]
    fn sorts_a_large_reversed_slice() {
        let mut v: Vec<u32> = (0..200_000).rev().collect();
        sort(&mut v);
        assert!(v.iter().enumerate().all(|(i, &x)| x as usize == i));
    }

    #[test]
    fn moves_elements_that_are_not_clone() {
        let mut v: Vec<Box<str>> = ["pear", "apple", "fig"]
            .into_iter()
            .map(Box::from)
            .collect();
        sort(&mut v);
        assert_eq!(
            v.iter().map(|s| &**s).collect::<Vec<_>>(),
            ["apple", "fig", "pear"]
        );
    }

    // proptest does not build for wasm32 (the lib's tests compile there under wasm-pack test).
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn matches_std_stable_sort(v in proptest::collection::vec((0u8..8, proptest::prelude::any::<u16>()), 0..300)) {
            let mut ours = v.clone();
            let mut theirs = v;
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            #[allow(clippy::unnecessary_sort_by)] // std's `sort_by` is the reference here
            theirs.sort_by(|a, b| a.0.cmp(&b.0));
            proptest::prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn matches_std_by_key_and_reverse(v in proptest::collection::vec(proptest::prelude::any::<(i16, u8)>(), 0..300)) {
            let mut ours = v.clone();
            let mut theirs = v.clone();
            sort_by_key(&mut ours, |p| std::cmp::Reverse(p.1));
            theirs.sort_by_key(|p| std::cmp::Reverse(p.1));
            proptest::prop_assert_eq!(ours, theirs);
            let mut ours = v.clone();
            let mut theirs = v;
            sort(&mut ours);
            theirs.sort();
            proptest::prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn matches_std_by_cached_key(v in proptest::collection::vec((0u8..6, proptest::prelude::any::<u16>()), 0..300)) {
            let mut ours = v.clone();
            let mut theirs = v;
            sort_by_cached_key(&mut ours, |p| p.0.to_string());
            theirs.sort_by_cached_key(|p| p.0.to_string());
            proptest::prop_assert_eq!(ours, theirs);
        }
    }
}
