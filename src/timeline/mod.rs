//! The timeline model and its exports. (Being written.)
