//! Summary of the whole story. (Being written.)
