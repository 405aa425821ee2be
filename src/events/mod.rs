//! Events: dated statements with place, people and status, merged across articles. (Being written.)
