//! Human, unambiguous names for sources, and which sources are copies of one
//! text.
//!
//! Notes ("003 says Ankara"), reports, exports and the reader name a source
//! the same way: the shortest leading part of its file name that no other
//! source shares ("003" of `003_daily.txt`; "7_10ecb" where every ECB+ file
//! starts with "7"; the parent folder added when two folders hold one file
//! name). Syndicated wire copies of one text are one voice, not several
//! votes: [`voices`] finds them.

use rustc_hash::FxHashMap as HashMap;

use crate::model::Article;

/// One label per article, in order: its outlet when the page names one
/// ("Reuters"; "Reuters 003" when two articles share it), else its file name.
pub fn source_labels(articles: &[Article]) -> Vec<String> {
    let files = file_labels(articles);
    let mut outlets: HashMap<&str, usize> = HashMap::default();
    for a in articles {
        if let Some(o) = outlet(a) {
            *outlets.entry(o).or_default() += 1;
        }
    }
    articles
        .iter()
        .zip(files)
        .map(|(a, file)| match outlet(a) {
            Some(o) if outlets[o] == 1 => o.to_string(),
            Some(o) => format!("{o} {file}"),
            None => file,
        })
        .collect()
}

/// The outlet a page names, tidied to one line.
fn outlet(a: &Article) -> Option<&str> {
    a.meta
        .outlet
        .as_deref()
        .map(str::trim)
        .filter(|o| !o.is_empty() && o.chars().count() <= 40 && !o.contains(['\n', '\r']))
}

/// The shortest leading file-name part that tells each article apart.
fn file_labels(articles: &[Article]) -> Vec<String> {
    let parts: Vec<Vec<(&str, usize)>> = articles.iter().map(|a| name_parts(&a.path)).collect();
    // How many file names open with each run of parts: a name's label is its
    // shortest opening run that no other name opens with.
    fn opening<'p>(own: &[(&'p str, usize)], k: usize) -> Vec<&'p str> {
        own[..k].iter().map(|(w, _)| *w).collect()
    }
    let mut openings: HashMap<Vec<&str>, usize> = HashMap::default();
    for own in &parts {
        for k in 1..=own.len() {
            *openings.entry(opening(own, k)).or_default() += 1;
        }
    }
    let mut labels: Vec<String> = parts
        .iter()
        .enumerate()
        .map(|(i, own)| {
            let k = (1..=own.len())
                .find(|&k| openings.get(&opening(own, k)).copied().unwrap_or(0) <= 1)
                .unwrap_or(own.len());
            join_parts(&articles[i].path, own, k)
        })
        .collect();
    // The same file name in two folders: say which folder.
    let mut seen: HashMap<String, usize> = HashMap::default();
    for l in &labels {
        *seen.entry(l.clone()).or_default() += 1;
    }
    for (i, l) in labels.iter_mut().enumerate() {
        if seen[l.as_str()] > 1 {
            if let Some(folder) = parent(&articles[i].path) {
                *l = format!("{folder}/{l}");
            }
        }
    }
    labels
}

/// The file name without its extension, cut at `_`, `-`, `.` and spaces:
/// each part with the byte offset in the file name where it ends.
fn name_parts(path: &str) -> Vec<(&str, usize)> {
    let name = file_name(path);
    let stem = match name.rsplit_once('.') {
        Some((stem, ext))
            if !stem.is_empty()
                && ext.len() <= 5
                && ext.chars().all(|c| c.is_ascii_alphabetic()) =>
        {
            stem
        }
        _ => name,
    };
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, c) in stem.char_indices() {
        if matches!(c, '_' | '-' | '.' | ' ') {
            if i > start {
                parts.push((&stem[start..i], i));
            }
            start = i + c.len_utf8();
        }
    }
    if start < stem.len() || parts.is_empty() {
        parts.push((&stem[start..], stem.len()));
    }
    parts
}

fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// The file name up to the end of its `k`-th part.
fn join_parts(path: &str, parts: &[(&str, usize)], k: usize) -> String {
    let name = file_name(path);
    match parts.get(k.saturating_sub(1)) {
        Some(&(_, end)) => name[..end].to_string(),
        None => name.to_string(),
    }
}

fn parent(path: &str) -> Option<&str> {
    let mut it = path.rsplit(['/', '\\']);
    it.next()?;
    it.next().filter(|p| !p.is_empty())
}

/// Least share of the smaller article's sentences two copies have in common.
const COPY_SHARE: f64 = 0.8;
/// Articles shorter than this are never called copies.
const MIN_SENTENCES: usize = 3;
/// A sentence held by more articles than this is boilerplate, not evidence.
const COMMON_SENTENCE: usize = 50;

/// For each article, the first article whose text it copies (itself when it
/// copies none): exact or near-exact copies of one text are one voice.
pub fn voices(articles: &[Article]) -> Vec<usize> {
    let keys: Vec<Vec<u64>> = articles
        .iter()
        .map(|a| {
            let mut k: Vec<u64> = a.sentences.iter().map(|s| sentence_key(&s.text)).collect();
            k.sort_unstable();
            k.dedup();
            k
        })
        .collect();
    let mut holders: HashMap<u64, Vec<usize>> = HashMap::default();
    for (i, k) in keys.iter().enumerate() {
        for &h in k {
            holders.entry(h).or_default().push(i);
        }
    }
    let mut voice: Vec<usize> = (0..articles.len()).collect();
    for i in 0..articles.len() {
        if keys[i].len() < MIN_SENTENCES {
            continue;
        }
        let mut shared: HashMap<usize, usize> = HashMap::default();
        for h in &keys[i] {
            let list = &holders[h];
            if list.len() <= COMMON_SENTENCE {
                for &j in list.iter().filter(|&&j| j < i) {
                    *shared.entry(j).or_default() += 1;
                }
            }
        }
        let copied = shared
            .into_iter()
            .filter(|&(j, n)| {
                let smaller = keys[i].len().min(keys[j].len());
                smaller >= MIN_SENTENCES && n as f64 >= COPY_SHARE * smaller as f64
            })
            .map(|(j, _)| voice[j])
            .min();
        if let Some(first) = copied {
            voice[i] = first;
        }
    }
    voice
}

/// A sentence's words, lower-cased, as one hash.
fn sentence_key(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    for w in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        w.to_lowercase().hash(&mut h);
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Sentence;

    fn article(path: &str, sentences: &[&str]) -> Article {
        Article {
            path: path.into(),
            title: String::new(),
            text: String::new(),
            sentences: sentences
                .iter()
                .map(|s| Sentence {
                    text: s.to_string(),
                    start: 0,
                    end: 0,
                    details: Vec::new(),
                })
                .collect(),
            meta: Default::default(),
        }
    }

    fn labels_of(paths: &[&str]) -> Vec<String> {
        let articles: Vec<Article> = paths.iter().map(|p| article(p, &[])).collect();
        source_labels(&articles)
    }

    #[test]
    fn the_shortest_leading_part_that_tells_sources_apart() {
        assert_eq!(
            labels_of(&["seeds/000_a.txt", "seeds/001_b.txt"]),
            ["000", "001"]
        );
        assert_eq!(
            labels_of(&["e/7_10ecb.txt", "e/7_7ecb.txt", "e/7_1ecb.txt"]),
            ["7_10ecb", "7_7ecb", "7_1ecb"]
        );
        assert_eq!(
            labels_of(&["APW19981227.0123", "APW19981227.0456"]),
            ["APW19981227.0123", "APW19981227.0456"]
        );
    }

    #[test]
    fn an_outlet_names_its_source_and_a_shared_one_adds_the_file() {
        let mut articles: Vec<Article> = ["a/01_x.txt", "a/02_y.txt", "a/03_z.txt"]
            .iter()
            .map(|p| article(p, &[]))
            .collect();
        articles[0].meta.outlet = Some("Reuters".into());
        articles[1].meta.outlet = Some("AP".into());
        articles[2].meta.outlet = Some("AP".into());
        assert_eq!(source_labels(&articles), ["Reuters", "AP 02", "AP 03"]);
    }

    #[test]
    fn one_file_name_in_two_folders_names_the_folder() {
        assert_eq!(
            labels_of(&["reuters/story.txt", "ap/story.txt"]),
            ["reuters/story", "ap/story"]
        );
    }

    #[test]
    fn copies_of_one_text_are_one_voice() {
        let body = [
            "One sentence here.",
            "Another one there.",
            "A third line.",
            "A fourth.",
        ];
        let mut edited = body.to_vec();
        edited[3] = "A changed fourth.";
        let articles = [
            article("a.txt", &body),
            article(
                "b.txt",
                &["Something else.", "Entirely.", "Other words.", "Yes."],
            ),
            article("c.txt", &body),
            article("d.txt", &edited),
            article("e.txt", &body[..2]),
        ];
        // d shares 3 of 4 sentences (75 %): not a copy; e is too short to judge.
        assert_eq!(voices(&articles), [0, 1, 0, 3, 4]);
    }
}
