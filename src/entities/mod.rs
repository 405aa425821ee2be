//! Entities: places and people. (Being written.)
