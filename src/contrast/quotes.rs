//! Quotes that report the same words differently.
//!
//! Two quotes by the same speaker (or with the speaker unknown on one side)
//! that share enough wording are the same remark; the words that changed
//! between them are a `quote` divergence. Where one quote is longer than the
//! other, the extra words are an omission, not a change: a replaced run at
//! either end of the shorter quote is clipped to the shorter side's length.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;
use similar::{capture_diff_slices, Algorithm, DiffOp};

use super::{Findings, Member, Spot};
use crate::model::{Detail, DetailKind, DivergenceKind};
use crate::text::Token;

/// Share of the shorter quote's words that must be common for one remark.
const MIN_OVERLAP: f32 = 0.5;
/// And at least this many words in common.
const MIN_COMMON: usize = 4;
/// Stricter bounds when a speaker is unknown on either side.
const MIN_OVERLAP_UNATTRIBUTED: f32 = 0.6;
const MIN_COMMON_UNATTRIBUTED: usize = 5;
/// Content words that may change on either side for one remark misreported.
const MAX_CHANGED: usize = 2;

pub(crate) fn compare(a: &Member, b: &Member, ia: usize, ib: usize, out: &mut Findings) {
    for qa in a.details.iter().filter(|d| d.kind == DetailKind::Quote) {
        for qb in b.details.iter().filter(|d| d.kind == DetailKind::Quote) {
            let attributed = match (&qa.about, &qb.about) {
                (Some(x), Some(y)) if x != y => {
                    misattributed(a, qa, b, qb, ia, ib, out);
                    continue;
                }
                (Some(_), Some(_)) => true,
                _ => false,
            };
            if let Some((sa, sb)) = changed_words(a, qa, b, qb, attributed) {
                let spot = |member: usize, m: &Member, (start, end): (usize, usize)| Spot {
                    member,
                    start,
                    end,
                    value: words(m.tokens, start, end),
                };
                out.conflict
                    .push((DivergenceKind::Quote, spot(ia, a, sa), spot(ib, b, sb)));
            }
        }
    }
}

/// Share of the shorter quote's words two renderings must have in common,
/// in order, to be one remark when their speakers differ: nearly word for
/// word, since two people may well say alike things.
const SAME_REMARK: f32 = 0.8;

/// One remark, printed nearly word for word, put in the mouths of two
/// different people: "'credibility over comfort,' said Dana Vukov" and the
/// same words "said Irena Pavlic". The two speakers are a `person`
/// divergence. Two different remarks by two people are no rivals.
fn misattributed(
    a: &Member,
    qa: &Detail,
    b: &Member,
    qb: &Detail,
    ia: usize,
    ib: usize,
    out: &mut Findings,
) {
    let (Some(x), Some(y)) = (speaker_of(a, qa), speaker_of(b, qb)) else {
        return;
    };
    let name = |m: &Member, d: &Detail| m.text[d.start..d.end].to_lowercase();
    if same_person(&x.value, &y.value) || same_person(&name(a, x), &name(b, y)) {
        return;
    }
    let (ka, kb) = (quote_words_of(a, qa), quote_words_of(b, qb));
    let wa: Vec<&str> = ka.iter().map(|(w, _)| w.as_str()).collect();
    let wb: Vec<&str> = kb.iter().map(|(w, _)| w.as_str()).collect();
    let shorter = wa.len().min(wb.len());
    if shorter < MIN_COMMON_UNATTRIBUTED {
        return;
    }
    let common = in_common(&capture_diff_slices(Algorithm::Patience, &wa, &wb));
    if (common as f32) < SAME_REMARK * shorter as f32 {
        return;
    }
    let spot = |member: usize, d: &Detail| Spot {
        member,
        start: d.start,
        end: d.end,
        value: d.value.clone(),
    };
    out.conflict
        .push((DivergenceKind::Person, spot(ia, x), spot(ib, y)));
}

/// How many words a word diff keeps in common, in order.
fn in_common(ops: &[DiffOp]) -> usize {
    ops.iter()
        .map(|op| match op {
            DiffOp::Equal { len, .. } => *len,
            _ => 0,
        })
        .sum()
}

/// The name a sentence gives the speaker of its quote, outside the quote.
fn speaker_of<'m>(m: &'m Member, quote: &Detail) -> Option<&'m Detail> {
    let speaker = quote.about.as_deref()?;
    m.details.iter().find(|d| {
        d.kind == DetailKind::Person
            && (d.end <= quote.start || d.start >= quote.end)
            && same_person(&d.value, speaker)
    })
}

/// Two names (lower case) that may be one person's: one family name, or a
/// single name that is part of the other ("kovač" or "dana" for "dana kovač").
fn same_person(x: &str, y: &str) -> bool {
    let last = |n: &str| n.rsplit(' ').next().unwrap_or(n).to_string();
    let part_of = |one: &str, full: &str| !one.contains(' ') && full.split(' ').any(|w| w == one);
    x == y || last(x) == last(y) || part_of(x, y) || part_of(y, x)
}

/// Contractions and what they stand for (`assets/contrast/contractions.tsv`).
static CONTRACTIONS: LazyLock<FxHashMap<&'static str, Vec<&'static str>>> = LazyLock::new(|| {
    super::table_rows(include_str!("../../assets/contrast/contractions.tsv"))
        .map(|(short, full)| (short, full.split(' ').collect()))
        .collect()
});

/// Spelling variants and the one form they are compared as
/// (`assets/contrast/spelling_variants.tsv`).
static VARIANTS: LazyLock<FxHashMap<&'static str, &'static str>> = LazyLock::new(|| {
    super::table_rows(include_str!("../../assets/contrast/spelling_variants.tsv")).collect()
});

/// A compared word that negates.
fn is_not(word: &str) -> bool {
    word == "not" || word == "never"
}

/// How many negating words a quote holds: a "not" that only moved ("I didn't
/// feel we were executing" / "I feel we weren't executing") changes nothing.
fn nots(keys: &[(String, usize)]) -> usize {
    keys.iter().filter(|(w, _)| is_not(w)).count()
}

/// The words of a quote as they are compared, each with the index of its
/// token: an editor's insertion in brackets ("[The police] have") is left
/// out, contractions are spelt out, numbers read as values ("11th" is
/// "eleventh") and spelling variants folded.
fn quote_words(text: &str, quote_start: usize, tokens: &[Token]) -> Vec<(String, usize)> {
    let mut out = Vec::with_capacity(tokens.len());
    for (k, t) in tokens.iter().enumerate() {
        let before = &text[quote_start.min(t.start)..t.start];
        if before.matches('[').count() > before.matches(']').count() {
            continue;
        }
        let lower = text[t.start..t.end].to_lowercase().replace('\u{2019}', "'");
        if let Some(full) = CONTRACTIONS.get(lower.as_str()) {
            out.extend(full.iter().map(|w| (crate::text::stem(w), k)));
        } else if let Some(n) = crate::text::word_number(&lower) {
            out.push((format!("#{n}"), k));
        } else {
            let word = VARIANTS.get(lower.as_str()).copied().unwrap_or(&lower);
            out.push((crate::text::stem(&super::compat::spelling(word)), k));
        }
    }
    out
}

/// A quote's [`quote_words`], kept with its member.
fn quote_words_of<'m>(m: &'m Member, q: &Detail) -> std::borrow::Cow<'m, [(String, usize)]> {
    m.quote_words_kept(q, || quote_words(m.text, q.start, inside(m, q)))
}

fn words(tokens: &[Token], start: usize, end: usize) -> String {
    tokens
        .iter()
        .filter(|t| t.start >= start && t.end <= end)
        .map(|t| t.norm.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

fn inside<'t>(m: &'t Member, q: &Detail) -> &'t [Token] {
    let first = m
        .tokens
        .iter()
        .position(|t| t.start >= q.start)
        .unwrap_or(m.tokens.len());
    let last = m
        .tokens
        .iter()
        .rposition(|t| t.end <= q.end)
        .map_or(first, |l| l + 1);
    &m.tokens[first..last.max(first)]
}

/// The byte spans (in each sentence) of the words that changed between two
/// renderings of one quote, or `None` when the quotes agree or are not one remark.
/// Whether `short` is one word made of the first letters of `long`'s
/// words ("ie" of "internet explorer").
fn initials_of(short: &[&str], long: &[&str]) -> bool {
    let [word] = short else {
        return false;
    };
    long.len() >= 2
        && word.chars().count() == long.len()
        && word.chars().zip(long).all(|(c, w)| w.starts_with(c))
}

fn changed_words(
    a: &Member,
    qa: &Detail,
    b: &Member,
    qb: &Detail,
    attributed: bool,
) -> Option<((usize, usize), (usize, usize))> {
    let (ta, tb) = (inside(a, qa), inside(b, qb));
    let (ka, kb) = (quote_words_of(a, qa), quote_words_of(b, qb));
    let wa: Vec<&str> = ka.iter().map(|(w, _)| w.as_str()).collect();
    let wb: Vec<&str> = kb.iter().map(|(w, _)| w.as_str()).collect();
    if wa.is_empty() || wb.is_empty() || wa == wb {
        return None; // nothing changed (or nothing to compare)
    }
    let ops = capture_diff_slices(Algorithm::Patience, &wa, &wb);
    let common = in_common(&ops);
    let shorter = wa.len().min(wb.len());
    let (min_common, min_overlap) = if attributed {
        (MIN_COMMON, MIN_OVERLAP)
    } else {
        (MIN_COMMON_UNATTRIBUTED, MIN_OVERLAP_UNATTRIBUTED)
    };
    if common < min_common.min(shorter) || (common as f32) < min_overlap * shorter as f32 {
        return None;
    }
    let first_equal = ops
        .iter()
        .position(|op| matches!(op, DiffOp::Equal { .. }))?;
    let last_equal = ops
        .iter()
        .rposition(|op| matches!(op, DiffOp::Equal { .. }))?;
    let mut changed_a: Vec<usize> = Vec::new();
    let mut changed_b: Vec<usize> = Vec::new();
    for (k, op) in ops.iter().enumerate() {
        let (tag, old, new) = op.as_tag_tuple();
        if tag == similar::DiffTag::Equal {
            continue;
        }
        if old.is_empty() || new.is_empty() {
            // Words only added or dropped are an omission, unless one of them
            // is a "not": "we will appeal" / "we will not appeal". The other
            // side's mark is the word the "not" would stand before.
            let (added, keys) = if old.is_empty() {
                (&new, &kb)
            } else {
                (&old, &ka)
            };
            if k > first_equal
                && k < last_equal
                && nots(&ka) != nots(&kb)
                && keys[added.clone()].iter().any(|(w, _)| is_not(w))
            {
                let (other, len) = if old.is_empty() {
                    (old.start, wa.len())
                } else {
                    (new.start, wb.len())
                };
                let at = other.min(len.saturating_sub(1));
                let (x, y) = if old.is_empty() {
                    (at..at + 1, new)
                } else {
                    (old, at..at + 1)
                };
                changed_a.extend(x);
                changed_b.extend(y);
            }
            continue;
        }
        // "all IE customers" / "all Internet Explorer customers": a name
        // and its initials are one word said.
        if initials_of(&wa[old.clone()], &wb[new.clone()])
            || initials_of(&wb[new.clone()], &wa[old.clone()])
        {
            continue;
        }
        let (mut old, mut new) = (old, new);
        let n = old.len().min(new.len());
        if k > last_equal {
            old = old.start..old.start + n;
            new = new.start..new.start + n;
        } else if k < first_equal {
            old = old.end - n..old.end;
            new = new.end - n..new.end;
        }
        changed_a.extend(old);
        changed_b.extend(new);
    }
    // Back from compared words to their tokens.
    let to_tokens = |keys: &[(String, usize)], idx: Vec<usize>| -> Vec<usize> {
        let mut at: Vec<usize> = idx.into_iter().map(|i| keys[i].1).collect();
        at.dedup();
        at
    };
    let (changed_a, changed_b) = (to_tokens(&ka, changed_a), to_tokens(&kb, changed_b));
    let span = |tokens: &[Token], idx: &[usize]| -> Option<(usize, usize)> {
        Some((
            tokens[*idx.iter().min()?].start,
            tokens[*idx.iter().max()?].end,
        ))
    };
    // Only a changed word that carries meaning is a changed quote: "the" for
    // "this" or "in" for "at" is how it was transcribed.
    let carries = |tokens: &[Token], idx: &[usize]| idx.iter().any(|&i| tokens[i].content);
    if !carries(ta, &changed_a) && !carries(tb, &changed_b) {
        return None;
    }
    // Many words changed: another rendering (a translation, a paraphrase, a
    // second remark), not a word of one remark misreported.
    let changed =
        |tokens: &[Token], idx: &[usize]| idx.iter().filter(|&&i| tokens[i].content).count();
    if changed(ta, &changed_a).max(changed(tb, &changed_b)) > MAX_CHANGED {
        return None;
    }
    Some((span(ta, &changed_a)?, span(tb, &changed_b)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn changes(a: &str, b: &str) -> Vec<(String, String)> {
        super::super::pair_findings(a, b, compare)
            .conflict
            .into_iter()
            .map(|(_, x, y)| (x.value, y.value))
            .collect()
    }

    fn agree(a: &str, b: &str) {
        let found = changes(a, b);
        assert!(found.is_empty(), "{a} / {b}: {found:?}");
    }

    #[test]
    fn a_changed_word_of_one_remark_is_a_quote_divergence() {
        let found = changes(
            "\"We will keep searching the coast while there is hope,\" the admiral said.",
            "\"We will keep searching the coast while there is light,\" the admiral said.",
        );
        assert_eq!(found, [("hope".to_string(), "light".to_string())]);
    }

    #[test]
    fn a_name_and_its_initials_are_one_word_said() {
        agree(
            "\"Microsoft encourages all IE customers to deploy this update,\" Budd said.",
            "\"Microsoft encourages all Internet Explorer customers to deploy this update,\" Budd said.",
        );
        let found = changes(
            "\"Microsoft encourages all IE customers to deploy this update,\" Budd said.",
            "\"Microsoft encourages all Windows users customers to deploy this update,\" Budd said.",
        );
        assert!(!found.is_empty());
    }

    #[test]
    fn a_not_added_inside_the_remark_is_a_change_other_words_added_are_not() {
        let found = changes(
            "\"We will appeal against the ruling of the court,\" the lawyer said.",
            "\"We will not appeal against the ruling of the court,\" the lawyer said.",
        );
        assert_eq!(found, [("appeal".to_string(), "not".to_string())]);
        agree(
            "\"We will appeal against the ruling of the court,\" the lawyer said.",
            "\"We will certainly appeal against the ruling of the court,\" the lawyer said.",
        );
    }

    #[test]
    fn contractions_numbers_variants_and_insertions_are_how_it_was_written() {
        agree(
            "\"I know the things I did caused a lot of pain and I'm sorry,\" he said.",
            "\"I know the things I did caused a lot of pain and I am sorry,\" he said.",
        );
        agree(
            "\"By rolling back this 11th hour rule we protect the species,\" he said.",
            "\"By rolling back this eleventh hour rule we protect the species,\" he said.",
        );
        agree(
            "\"I can't speak for the first case, but this one looks like inexperience,\" he said.",
            "\"I cant speak for the first case, but this one looks like inexperience,\" he said.",
        );
        agree(
            "\"I feel on the court we weren't executing the plan we want to have,\" he said.",
            "\"I didn't feel on the court we were executing the plan we want to have,\" he said.",
        );
        agree(
            "\"Everyone was calling home to say that they were OK,\" she said.",
            "\"Everyone was calling home to say that they were okay,\" she said.",
        );
        agree(
            "\"[The police] have a hard time in this neighbourhood,\" a barber said.",
            "\"They have a hard time in this neighbourhood,\" a barber said.",
        );
        agree(
            "\"The network suffered a fibre cut near the coast this morning,\" it said.",
            "\"The network suffered a fiber cut near the coast this morning,\" it said.",
        );
    }

    /// The person conflicts a pair of sentences gives: the two speakers' names.
    fn speakers(a: &str, b: &str) -> Vec<(String, String)> {
        let found = super::super::pair_findings(a, b, compare);
        found
            .conflict
            .iter()
            .filter(|(kind, _, _)| *kind == DivergenceKind::Person)
            .map(|(_, x, y)| (a[x.start..x.end].to_string(), b[y.start..y.end].to_string()))
            .collect()
    }

    #[test]
    fn one_remark_in_two_mouths_is_a_person_divergence() {
        assert_eq!(
            speakers(
                "\"The bank has chosen credibility over comfort,\" said Dana Vukov, an economist.",
                "\"The bank has chosen credibility over comfort,\" said Irena Pavlic, an economist.",
            ),
            [("Dana Vukov".to_string(), "Irena Pavlic".to_string())]
        );
        // Two remarks by two people are no rivals…
        assert!(speakers(
            "\"The bank has chosen credibility over comfort,\" said Dana Vukov.",
            "\"We will not stop until the job is done,\" said Irena Pavlic.",
        )
        .is_empty());
        // …nor one person named in full and by the first name…
        assert!(speakers(
            "\"She was our mom and the grandmother of our children,\" said Charlie Kafoury.",
            "\"She was our mom and the grandmother of our children,\" her son, Charlie, said.",
        )
        .is_empty());
        // …nor the one the words were told to.
        assert!(speakers(
            "\"You treated the budget as your own wallet,\" Judge Miriam Tolland said.",
            "\"You treated the budget as your own wallet,\" the judge, Miriam Tolland, told Vaskin.",
        )
        .is_empty());
    }

    #[test]
    fn another_rendering_of_a_remark_is_no_misquote() {
        // A translation: many words differ, the sense is kept.
        agree(
            "\"We are all deeply shocked by the unjust death of three of our citizens,\" the minister said.",
            "\"We are deeply shocked by the unjust loss of these three people, our fellow nationals,\" the minister said.",
        );
    }
}
