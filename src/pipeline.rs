//! The whole analysis: articles in, [`Analysis`] out. (Being written.)
use crate::{model::{Analysis, Article, Options}, Error};
/// Analyse a collection of articles about one story.
pub fn analyze(_articles: &[Article], _options: &Options) -> Result<Analysis, Error> { Ok(Analysis::default()) }
