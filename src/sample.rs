//! The built-in sample articles. (Being written.)
use crate::model::Article;
/// The built-in sample: short articles in the project's own words about one story.
pub fn sample_articles() -> Vec<Article> { Vec::new() }
