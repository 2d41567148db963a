//! What an article is about, as one weighted term vector.
//!
//! Two reports of one event share its vocabulary and, above all, its particulars:
//! the people, places and dates. Two events of the same kind share the vocabulary
//! of that kind ("earthquake", "magnitude", "injured") but not the particulars. So
//! each article becomes a tf-idf vector of its content words (idf over the folder),
//! in which proper names (capitalised inside a sentence) and the typed details
//! (people, places, dates) count extra. Only the strongest terms are kept, which
//! removes noise and keeps the pairwise comparison cheap.

use rustc_hash::FxHashMap as HashMap;

use rayon::prelude::*;

use crate::model::{Article, DetailKind};
use crate::text::{self, Token};
use crate::Analysed;

/// Weights of the term kinds; see [`super::Tuning`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    /// Factor on a word written with a capital inside a sentence (a name).
    pub proper: f32,
    /// Factor on a person, place or date detail.
    pub detail: f32,
    /// Terms kept per article (the strongest).
    pub keep: usize,
    /// Sentences read per article: the lead names the event; the rest adds
    /// background (and cost).
    pub lead: usize,
}

/// A sparse unit vector: (term id, weight), sorted by term id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Profile(pub Vec<(u32, f32)>);

/// The profiles of all articles, idf computed over them.
pub fn profiles(analysed: &Analysed, weights: &Weights) -> Vec<Profile> {
    let articles = analysed.articles();
    let words: Vec<Vec<(String, f32)>> = articles
        .par_iter()
        .enumerate()
        .map(|(i, a)| term_counts(a, analysed.tokens(i), weights))
        .collect();
    // Ids in order of first use, so that every run adds up the same floats.
    let terms: usize = words.iter().map(Vec::len).sum();
    let mut ids: HashMap<String, u32> =
        HashMap::with_capacity_and_hasher(terms, Default::default());
    let counts: Vec<Vec<(u32, f32)>> = words
        .into_iter()
        .map(|terms| {
            terms
                .into_iter()
                .map(|(word, w)| {
                    let next = ids.len() as u32;
                    (*ids.entry(word).or_insert(next), w)
                })
                .collect()
        })
        .collect();
    let mut df = vec![0u32; ids.len()];
    for c in &counts {
        for &(t, _) in c {
            df[t as usize] += 1;
        }
    }
    let n = articles.len() as f32;
    counts
        .into_par_iter()
        .map(|c| {
            let mut terms: Vec<(u32, f32)> = c
                .into_iter()
                .map(|(t, w)| {
                    let idf = ((1.0 + n) / (1.0 + df[t as usize] as f32)).ln() + 1.0;
                    (t, (1.0 + w.ln()) * idf)
                })
                .collect();
            terms.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            terms.truncate(weights.keep);
            let norm = terms.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
            terms.iter_mut().for_each(|(_, w)| *w /= norm);
            terms.sort_by_key(|&(t, _)| t);
            Profile(terms)
        })
        .collect()
}

/// Weighted counts of an article's terms; a weight above 1 stands for that many
/// occurrences, so a name counts like a word said several times.
fn term_counts(article: &Article, tokens: &[Vec<Token>], weights: &Weights) -> Vec<(String, f32)> {
    let mut counts: HashMap<String, f32> = HashMap::default();
    let mut add = |key: &str, w: f32| match counts.get_mut(key) {
        Some(c) => *c += w,
        None => {
            counts.insert(key.to_string(), w);
        }
    };
    // The title's details are not at hand (it is not a sentence); none is needed.
    let title_tokens = text::tokens_with(&article.title, &[]);
    let title = std::iter::once((article.title.as_str(), title_tokens.as_slice()))
        .filter(|t| !t.0.is_empty());
    let lead = &article.sentences[..article.sentences.len().min(weights.lead)];
    for (s, (sentence, sentence_tokens)) in title
        .chain(
            lead.iter()
                .zip(tokens)
                .map(|(s, t)| (s.text.as_str(), t.as_slice())),
        )
        .enumerate()
    {
        let shouting = sentence
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        for (i, token) in sentence_tokens.iter().enumerate() {
            if !token.content {
                continue;
            }
            let word = &sentence[token.start..token.end];
            let capital = word.chars().next().is_some_and(char::is_uppercase);
            let name = capital && i > 0 && !shouting && s > 0;
            add(&token.norm, if name { weights.proper } else { 1.0 });
        }
    }
    for detail in lead.iter().flat_map(|s| &s.details) {
        let tag = match detail.kind {
            DetailKind::Person => "person",
            DetailKind::Place => "place",
            DetailKind::Date => "date",
            _ => continue,
        };
        add(&format!("{tag}:{}", detail.value), weights.detail);
    }
    let mut counts: Vec<(String, f32)> = counts.into_iter().collect();
    counts.sort_by(|a, b| a.0.cmp(&b.0));
    counts
}

/// The cosine of two profiles: their shared terms' products summed in term id
/// order, the very sum [`similarities`] and [`Index::row`] make.
pub fn dot(a: &Profile, b: &Profile) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0f32);
    while i < a.0.len() && j < b.0.len() {
        let ((ta, wa), (tb, wb)) = (a.0[i], b.0[j]);
        match ta.cmp(&tb) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += wa * wb;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// Each term's profiles and weights, in profile order: what a row of cosines
/// is summed from without comparing the profiles that share nothing.
pub struct Index<'p> {
    profiles: &'p [Profile],
    postings: Vec<Vec<(u32, f32)>>,
}

impl<'p> Index<'p> {
    pub fn new(profiles: &'p [Profile]) -> Self {
        Self::over(profiles, 0..profiles.len())
    }

    /// An index of the profiles `members` (ascending) only: rows then hold
    /// their cosines alone, the others left at 0.
    pub fn over(profiles: &'p [Profile], members: impl Iterator<Item = usize>) -> Self {
        let terms = profiles
            .iter()
            .flat_map(|p| p.0.iter().map(|&(t, _)| t as usize + 1))
            .max();
        let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); terms.unwrap_or(0)];
        for a in members {
            for &(t, w) in &profiles[a].0 {
                postings[t as usize].push((a as u32, w));
            }
        }
        Self { profiles, postings }
    }

    /// The cosines of profile `a` with the profiles after `from` (all others
    /// when `from` is 0), indexed by profile; `[a]` is 0.
    pub fn row(&self, a: usize, from: usize) -> Vec<f32> {
        let mut row = vec![0.0f32; self.profiles.len()];
        for &(t, wa) in &self.profiles[a].0 {
            let list = &self.postings[t as usize];
            let start = list.partition_point(|&(b, _)| (b as usize) < from);
            for &(b, wb) in &list[start..] {
                if b as usize != a {
                    row[b as usize] += wa * wb;
                }
            }
        }
        row
    }
}

/// Cosine similarities of all pairs, through an inverted index over the kept
/// terms: `sims[i][j]` for `i != j`, 0 where nothing is shared. A dense
/// matrix: for a block of articles, not a whole large folder.
pub fn similarities(profiles: &[Profile]) -> Vec<Vec<f32>> {
    let n = profiles.len();
    let index = Index::new(profiles);
    // Row by row on every core: article a's row holds its pairs with later
    // articles, summed over a's terms in id order, as a serial pass would.
    let mut sims: Vec<Vec<f32>> = (0..n)
        .into_par_iter()
        .map(|a| index.row(a, a + 1))
        .collect();
    for a in 1..n {
        let (above, rest) = sims.split_at_mut(a);
        for (b, upper) in above.iter().enumerate() {
            rest[0][b] = upper[a];
        }
    }
    sims
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Sentence;

    fn article(text: &str) -> Article {
        Article {
            path: String::new(),
            title: String::new(),
            text: text.to_string(),
            sentences: vec![Sentence {
                text: text.to_string(),
                start: 0,
                end: text.len(),
                details: Vec::new(),
            }],
            meta: Default::default(),
        }
    }

    const W: Weights = Weights {
        proper: 3.0,
        detail: 3.0,
        keep: 50,
        lead: 20,
    };

    #[test]
    fn profiles_are_unit_vectors_of_shared_terms() {
        let a = article("The river flooded the valley near Marlow overnight.");
        let b = article("Heavy rain: the river flooded Marlow and its valley.");
        let c = article("Shares in the chip maker fell sharply on Monday.");
        let p = profiles(&Analysed::of_articles(vec![a, b, c]), &W);
        let norm: f32 = p[0].0.iter().map(|(_, w)| w * w).sum();
        assert!((norm - 1.0).abs() < 1e-4);
        let sims = similarities(&p);
        assert!(sims[0][1] > 0.4, "{}", sims[0][1]);
        assert_eq!(sims[0][2], 0.0);
    }

    #[test]
    fn nothing_shared_means_zero() {
        let arts = vec![article("Alpha beta gamma."), article("Delta epsilon zeta.")];
        let p = profiles(&Analysed::of_articles(arts), &W);
        assert!(!p[0].0.is_empty());
        assert_eq!(similarities(&p)[0][1], 0.0);
    }

    #[test]
    fn dot_and_rows_give_the_matrix_bit_for_bit() {
        let arts = vec![
            article("The river flooded the valley near Marlow overnight."),
            article("Heavy rain: the river flooded Marlow and its valley."),
            article("Rain and a flooded river closed the Marlow road."),
        ];
        let p = profiles(&Analysed::of_articles(arts), &W);
        let sims = similarities(&p);
        let index = Index::new(&p);
        for a in 0..3 {
            assert_eq!(index.row(a, 0), sims[a]);
            for b in 0..3 {
                if a != b {
                    assert_eq!(dot(&p[a], &p[b]).to_bits(), sims[a][b].to_bits());
                }
            }
        }
        assert!(sims[0][2] > 0.0 && sims[1][2] > 0.0);
    }
}
