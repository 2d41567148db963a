//! Sentence vectors for similarity: idf-weighted content words, with details
//! masked by type.
//!
//! A detail contributes both its value ("istanbul") and a placeholder for its
//! kind ("⟨place⟩"): two sentences naming the same place score higher, yet a
//! changed place, date or number still leaves the placeholder in common, so a
//! contradiction does not stop the sentences from being aligned.

use std::fmt::Write;

use rustc_hash::FxHashMap;

use crate::model::{DetailKind, Sentence};
use crate::text::Token;

/// A term id, dense per alignment run.
pub type Term = u32;

/// An L2-normalised sparse vector, sorted by term.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Vector {
    pub terms: Vec<(Term, f32)>,
}

impl Vector {
    pub fn dot(&self, other: &Vector) -> f32 {
        let (mut i, mut j, mut sum) = (0, 0, 0.0);
        let (a, b) = (&self.terms, &other.terms);
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += a[i].1 * b[j].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        sum
    }
}

/// Interns the terms of every sentence and weighs them by inverse document
/// frequency (documents = sentences).
#[derive(Debug, Default)]
pub struct Vocabulary {
    ids: FxHashMap<String, Term>,
    df: Vec<u32>,
}

impl Vocabulary {
    /// The distinct terms of a sentence (its `tokens`), interned.
    pub fn terms_of(&mut self, sentence: &Sentence, tokens: &[Token]) -> Vec<Term> {
        let mut terms: Vec<Term> = Vec::with_capacity(tokens.len() + 2 * sentence.details.len());
        for token in tokens {
            // A site's closing word ("Square", "Gate") says what the
            // sentence is about as the plain word would.
            let site_word = || {
                token.detail == Some(DetailKind::Place)
                    && crate::text::closes_a_site(
                        &sentence.text[token.start..token.end].to_lowercase(),
                    )
            };
            if token.content && (token.detail.is_none() || site_word()) {
                terms.push(self.intern(&token.norm));
            }
        }
        let mut key = String::new();
        for detail in &sentence.details {
            if matches!(detail.kind, DetailKind::Quote | DetailKind::Negation) {
                continue;
            }
            key.clear();
            let _ = write!(key, "⟨{:?}⟩", detail.kind);
            terms.push(self.intern(&key));
            key.clear();
            let _ = write!(key, "{:?}:{}", detail.kind, detail.value);
            terms.push(self.intern(&key));
        }
        terms.sort_unstable();
        terms.dedup();
        for &t in &terms {
            self.df[t as usize] += 1;
        }
        terms
    }

    fn intern(&mut self, term: &str) -> Term {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.ids.len() as Term;
        self.ids.insert(term.to_string(), id);
        self.df.push(0);
        id
    }

    pub fn df(&self, term: Term) -> u32 {
        self.df[term as usize]
    }

    /// Weighted, normalised vector of a term set out of `documents` sentences.
    pub fn vector(&self, terms: &[Term], documents: usize) -> Vector {
        let n = documents as f32;
        let mut weighted: Vec<(Term, f32)> = terms
            .iter()
            .map(|&t| (t, (1.0 + n / self.df(t) as f32).ln()))
            .collect();
        let norm = weighted.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            for (_, w) in &mut weighted {
                *w /= norm;
            }
        }
        Vector { terms: weighted }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text;

    fn sentence(text: &str) -> Sentence {
        Sentence {
            text: text.to_string(),
            start: 0,
            end: text.len(),
            details: text::details(text),
        }
    }

    #[test]
    fn identical_sentences_have_unit_similarity() {
        let mut vocab = Vocabulary::default();
        let mut terms = |s: &Sentence| vocab.terms_of(s, &text::tokens_with(&s.text, &s.details));
        let a = terms(&sentence(
            "Leaders gathered in the capital for urgent talks.",
        ));
        let b = terms(&sentence(
            "Leaders gathered in the capital for urgent talks.",
        ));
        let c = terms(&sentence("Farmers harvested wheat early this season."));
        let (va, vb, vc) = (
            vocab.vector(&a, 3),
            vocab.vector(&b, 3),
            vocab.vector(&c, 3),
        );
        assert!((va.dot(&vb) - 1.0).abs() < 1e-5);
        assert!(va.dot(&vc) < 0.01);
    }
}
