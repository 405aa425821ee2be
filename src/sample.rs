//! The built-in sample: five short articles about the US–Russia talks on a Ukraine peace plan
//! in December 2025, written for this project in its own words (the outlets are invented).
//!
//! They date themselves the way real news does, so the engine has work to do: one comes with a
//! `published` date, one opens with a `MOSCOW, Dec. 3, 2025 —` dateline, one with a numeric
//! `3.12.2025, 09:40` line, and two carry no date at all; all of them lean on relative
//! expressions ("on Tuesday", "yesterday", "last weekend", "two weekends ago", "in August").

use crate::model::Article;

/// One sample article: id, title, outlet, publication date if given, and its text.
struct Sample {
    id: &'static str,
    title: &'static str,
    source: &'static str,
    published: Option<&'static str>,
    text: &'static str,
}

const SAMPLES: [Sample; 5] = [
    Sample {
        id: "sample-kremlin-talks",
        title: "Kremlin talks end without a deal on Ukraine",
        source: "The Northern Ledger",
        published: Some("2025-12-03"),
        text: include_str!("sample/kremlin-talks.txt"),
    },
    Sample {
        id: "sample-moscow-dateline",
        title: "Putin and U.S. envoys fail to close the gap on territory",
        source: "Eastbridge Wire",
        published: None,
        text: include_str!("sample/moscow-dateline.txt"),
    },
    Sample {
        id: "sample-road-to-moscow",
        title: "From Anchorage to the Kremlin: months of stop-start diplomacy",
        source: "Meridian Daily",
        published: None,
        text: include_str!("sample/road-to-moscow.txt"),
    },
    Sample {
        id: "sample-kyiv-waits",
        title: "Kyiv waits for word from the American envoys",
        source: "The Lantern Post",
        published: None,
        text: include_str!("sample/kyiv-waits.txt"),
    },
    Sample {
        id: "sample-brussels-next",
        title: "Europeans to hear from Ukraine's negotiator in Brussels",
        source: "Continental Review",
        published: None,
        text: include_str!("sample/brussels-next.txt"),
    },
];

/// The built-in sample: short articles in the project's own words about one story (the
/// December 2025 US–Russia talks on a Ukraine peace plan), with ids like
/// `sample-kremlin-talks`, titles and (invented) outlet names.
///
/// ```
/// let articles = datelines::sample::sample_articles();
/// assert_eq!(articles[0].id, "sample-kremlin-talks");
/// assert!(articles.len() >= 4);
/// ```
pub fn sample_articles() -> Vec<Article> {
    SAMPLES
        .iter()
        .map(|s| Article {
            id: s.id.to_string(),
            title: Some(s.title.to_string()),
            source: Some(s.source.to_string()),
            url: None,
            published: s.published.map(str::to_string),
            text: s.text.trim().to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sample_shape() {
        let articles = sample_articles();
        assert!((4..=5).contains(&articles.len()));
        let mut ids: Vec<_> = articles.iter().map(|a| a.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), articles.len(), "ids are unique");
        for article in &articles {
            assert!(article.id.starts_with("sample-"));
            assert!(article.title.is_some() && article.source.is_some());
            let words = article.text.split_whitespace().count();
            assert!(
                (150..=350).contains(&words),
                "{}: {words} words",
                article.id
            );
            assert!(!crate::input::looks_binary(article.text.as_bytes()));
        }
    }

    #[test]
    fn varied_date_styles() {
        let articles = sample_articles();
        let given: Vec<_> = articles
            .iter()
            .filter_map(|a| a.published.as_deref())
            .collect();
        assert_eq!(given, ["2025-12-03"]);
        assert!(articles
            .iter()
            .any(|a| a.text.starts_with("MOSCOW, Dec. 3, 2025 —")));
        assert!(articles
            .iter()
            .any(|a| a.text.starts_with("3.12.2025, 09:40")));
        let undated = articles
            .iter()
            .filter(|a| a.published.is_none() && !a.text.contains("2025"))
            .count();
        assert!(undated >= 2);
    }

    /// The sample must be the project's own wording: no run of 7 words from the seed articles
    /// (checked when /work/shared is there).
    #[test]
    fn no_long_phrase_from_the_seeds() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");
        let Ok(entries) = std::fs::read_dir(dir) else {
            eprintln!("skipping: {dir} is absent");
            return;
        };
        fn words(text: &str) -> Vec<String> {
            text.to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect()
        }
        const N: usize = 7;
        let mut seen = std::collections::HashSet::new();
        for entry in entries.flatten() {
            if let Ok(text) = std::fs::read_to_string(entry.path()) {
                for run in words(&text).windows(N) {
                    seen.insert(run.join(" "));
                }
            }
        }
        for article in sample_articles() {
            for run in words(&article.text).windows(N) {
                let run = run.join(" ");
                assert!(
                    !seen.contains(&run),
                    "{} repeats a seed phrase: {run}",
                    article.id
                );
            }
        }
    }
}
