//! UTF-8 byte offsets to UTF-16 code-unit offsets (JS string indices), for the wasm API.
//!
//! The core counts UTF-8 bytes; JS strings count UTF-16 code units. [`Utf16Offsets`] converts
//! one text's offsets in constant time per offset (after one linear pass over the text), so an
//! analysis with many sentences of a long article converts in linear time overall.

/// Bytes per checkpoint of the running UTF-16 count.
const BLOCK: usize = 64;

/// Converts UTF-8 byte offsets into one text to UTF-16 code-unit offsets (JS string indices).
pub struct Utf16Offsets<'a> {
    text: &'a str,
    /// UTF-16 units of the characters that start before byte `k * BLOCK`; empty for ASCII text.
    checkpoints: Vec<usize>,
}

impl<'a> Utf16Offsets<'a> {
    /// A converter for offsets into `text`.
    pub fn new(text: &'a str) -> Self {
        let checkpoints = if text.is_ascii() {
            Vec::new()
        } else {
            let mut units = 0;
            let mut checkpoints = Vec::with_capacity(text.len() / BLOCK + 1);
            for block in text.as_bytes().chunks(BLOCK) {
                checkpoints.push(units);
                units += units_of(block);
            }
            checkpoints.push(units);
            checkpoints
        };
        Utf16Offsets { text, checkpoints }
    }

    /// The UTF-16 offset of byte offset `byte`; offsets past the end clamp to the end and offsets
    /// inside a character to that character's start.
    pub fn at(&self, byte: usize) -> usize {
        let mut byte = byte.min(self.text.len());
        if self.checkpoints.is_empty() {
            return byte;
        }
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let block = byte / BLOCK;
        self.checkpoints[block] + units_of(&self.text.as_bytes()[block * BLOCK..byte])
    }
}

/// UTF-16 units of the characters whose first byte lies in `bytes`: one per character, two for
/// those outside the Basic Multilingual Plane (four UTF-8 bytes, lead byte `0xF0..`).
fn units_of(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0xBF => 0,
            0xF0..=0xFF => 2,
            _ => 1,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain definition: UTF-16 length of the text before the boundary at or below `byte`.
    fn slow(text: &str, byte: usize) -> usize {
        let mut byte = byte.min(text.len());
        while !text.is_char_boundary(byte) {
            byte -= 1;
        }
        text[..byte].encode_utf16().count()
    }

    #[test]
    fn every_offset_matches_the_utf16_length_of_the_prefix() {
        let text = "Kyiv — Київ 😀 met in Genève on 2 Dec. ".repeat(9);
        let offsets = Utf16Offsets::new(&text);
        for byte in 0..=text.len() + 3 {
            assert_eq!(offsets.at(byte), slow(&text, byte), "byte {byte}");
        }
        assert_eq!(offsets.at(text.len()), text.encode_utf16().count());
    }

    #[test]
    fn ascii_offsets_are_unchanged_and_clamped() {
        let offsets = Utf16Offsets::new("ascii");
        assert_eq!((offsets.at(3), offsets.at(99)), (3, 5));
        assert_eq!(Utf16Offsets::new("").at(4), 0);
    }
}
