//! Inside each aligned group, the details that members state differently.
//!
//! Members are compared two by two. Typed details of one kind that carry the
//! same value agree; those left over on both sides are paired by their context
//! (the words around them, the preposition before them) and each pair whose
//! values are incompatible conflicts ([`slots`]). Quotes are diffed word by word
//! with `similar` ([`quotes`]) and negation cues are checked against the other
//! side ([`negation`]). Agreements and conflicts are then joined across the whole
//! group, so "Istanbul" in three sources and "Ankara" in a fourth become one
//! divergence with a note saying who says what ([`note`]).
//!
//! Paraphrase is never a divergence: only typed details, quoted words and
//! negation are compared, and values are compared after normalisation
//! (aliases, diacritics, number formats).

mod amounts;
mod claim;
mod compat;
mod memo;
mod negation;
mod note;
mod office;
mod quotes;
mod slots;
mod update;

use std::collections::BTreeMap;

use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::model::{
    Article, Detail, DetailKind, Divergence, DivergenceKind, DivergentValue, Group, Relation,
    SentenceRef,
};
use crate::text::{self, Token};
use crate::Analysed;

/// A group member prepared for comparison.
pub(crate) struct Member<'a> {
    pub at: SentenceRef,
    pub text: &'a str,
    pub details: &'a [Detail],
    pub tokens: &'a [Token],
    /// Its content words (normalised) as the group's word ids, sorted and distinct.
    pub words: Vec<u32>,
    /// Its content tokens in order, as indices into `tokens`…
    pub content_at: Vec<usize>,
    /// …and as the group's word ids.
    pub content_ids: Vec<u32>,
    /// The places it names by demonym ("Ukrainian officials": Ukraine).
    pub demonyms: Vec<&'static str>,
    /// Its words outside details, roles for their synonyms, sorted and
    /// distinct ([`claim::claim_words`]).
    pub claim_words: Vec<&'a str>,
    /// Its predicates that have an antonym, with the token index and their
    /// lemma forms ([`negation`]).
    pub antonym_candidates: Vec<(usize, Vec<String>)>,
    /// Its negation cues, those inside quotations included: a cue within a
    /// quote still negates the words after it.
    pub cues: Vec<Detail>,
    /// It is a page's date stamp ("Published April 11, 2007").
    pub stamp: bool,
    /// Its article's day of writing, when known.
    pub written: Option<crate::calendar::Ymd>,
    /// Places the collation names as countries by a demonym of their own
    /// ([`nations_by_demonym`]).
    pub nations: &'a FxHashSet<String>,
    memo: memo::Memo<'a>,
}

impl<'a> Member<'a> {
    /// `ids` numbers the words of the whole group, so members compare word ids.
    pub fn new(
        at: SentenceRef,
        text: &'a str,
        details: &'a [Detail],
        tokens: &'a [Token],
        ids: &mut FxHashMap<&'a str, u32>,
    ) -> Self {
        let content_at: Vec<usize> = (0..tokens.len()).filter(|&i| tokens[i].content).collect();
        let content_ids: Vec<u32> = content_at
            .iter()
            .map(|&i| {
                let next = ids.len() as u32;
                *ids.entry(tokens[i].norm.as_str()).or_insert(next)
            })
            .collect();
        let mut words = content_ids.clone();
        words.sort_unstable();
        words.dedup();
        // A demonym is a content word: stop words need no lookup.
        let demonyms = tokens
            .iter()
            .filter(|t| t.content)
            .filter_map(|t| text::demonym_place(&text[t.start..t.end]))
            .collect();
        Self {
            at,
            text,
            details,
            tokens,
            words,
            content_at,
            content_ids,
            demonyms,
            claim_words: claim::claim_words(tokens),
            antonym_candidates: negation::antonym_candidates(text, tokens),
            cues: negation::all_cues(text, details),
            stamp: text.len() <= MAX_STAMP_BYTES
                && details.iter().any(|d| d.kind == DetailKind::Date)
                && crate::corpus::is_date_line(text),
            written: None,
            nations: &NO_NATIONS,
            memo: memo::Memo::new(details.len()),
        }
    }

    /// How many content words the two members share.
    pub fn shared_words(&self, other: &Member) -> usize {
        let (a, b) = (&self.words, &other.words);
        let (mut i, mut j, mut shared) = (0, 0, 0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        shared
    }
}

static NO_NATIONS: std::sync::LazyLock<FxHashSet<String>> =
    std::sync::LazyLock::new(FxHashSet::default);

/// Endings that make a demonym of a place's name: "Merovia" and
/// "Merovian", "Vardenia" and "Vardenian", "Kestria" and "Kestrian".
const DEMONYM_ENDINGS: [&str; 4] = ["n", "an", "ian", "ese"];

/// The places of a collation whose name some article also writes as a
/// demonym ("Merovian qualifier Andrés Kovalin"): peoples have nations, so
/// the place is a country or a region, whatever the tables know. A town is
/// no rival to it.
fn nations_by_demonym(analysed: &Analysed) -> FxHashSet<String> {
    let sentences = || analysed.articles().iter().flat_map(|a| &a.sentences);
    nations_in(
        sentences().map(|s| s.text.as_str()),
        sentences()
            .flat_map(|s| &s.details)
            .filter(|d| d.kind == DetailKind::Place)
            .map(|d| d.value.as_str()),
    )
}

/// [`nations_by_demonym`] over texts and the place values they name.
fn nations_in<'t>(
    texts: impl Iterator<Item = &'t str>,
    places: impl Iterator<Item = &'t str>,
) -> FxHashSet<String> {
    let mut words: FxHashSet<String> = FxHashSet::default();
    for text in texts {
        for w in text.split(|c: char| !c.is_alphanumeric()) {
            if w.len() > 4 && w.starts_with(char::is_uppercase) {
                words.insert(text::fold(w));
            }
        }
    }
    let places: FxHashSet<&str> = places
        .filter(|p| !p.contains(' ') && p.len() >= 4)
        .collect();
    places
        .into_iter()
        .filter(|p| {
            let stem = p.strip_suffix(['a', 'e', 'y']).unwrap_or(p);
            DEMONYM_ENDINGS.iter().any(|e| {
                words.contains(&format!("{p}{e}")) || words.contains(&format!("{stem}{e}"))
            })
        })
        .map(str::to_string)
        .collect()
}

/// Whether a place is a country: a demonym of the tables or of the
/// collation names it.
pub(crate) fn is_nation(m: &Member, place: &str) -> bool {
    text::is_demonym_place(place) || m.nations.contains(place)
}

/// Longer sentences are never a page's date stamp (the longest seen on
/// ECB+, "POSTED: 1052 GMT (1852 HKT), April 10, 2007", is 45 bytes).
const MAX_STAMP_BYTES: usize = 160;

pub(crate) use crate::text::tables::{table_rows, word_list};

/// Words that frame a figure or a predicate (`assets/contrast/frame_words.tsv`).
static FRAME_WORDS: std::sync::LazyLock<FxHashMap<&'static str, &'static str>> =
    std::sync::LazyLock::new(|| {
        table_rows(include_str!("../../assets/contrast/frame_words.tsv")).collect()
    });

/// Whether a lower-case word is a frame word of `kind` (`frame_words.tsv`).
pub(crate) fn frames_as(word: &str, kind: &str) -> bool {
    frame_word(word, kind).is_some()
}

/// The table's own copy of a frame word of `kind`, if `word` is one.
pub(crate) fn frame_word(word: &str, kind: &str) -> Option<&'static str> {
    FRAME_WORDS
        .get_key_value(word)
        .filter(|(_, k)| **k == kind)
        .map(|(w, _)| *w)
}

/// A span of one member: the unit that agrees or conflicts.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct Spot {
    pub member: usize,
    pub start: usize,
    pub end: usize,
    pub value: String,
}

/// What a pairwise comparison found.
#[derive(Debug, Default)]
pub(crate) struct Findings {
    pub agree: Vec<(DivergenceKind, Spot, Spot)>,
    pub conflict: Vec<(DivergenceKind, Spot, Spot)>,
    /// Values of one slot that differ but can both be true ("at least 212"
    /// and 221): no rivals.
    pub compatible: Vec<(Spot, Spot)>,
    /// The member pairs compared, `(i, j)` with `i < j`…
    pub compared: Vec<(usize, usize)>,
    /// …and those of them that state one claim.
    pub claimed: Vec<(usize, usize)>,
}

/// In a large group each member is compared with this many pivots (members
/// of distinct articles) rather than with every other member: agreement and
/// conflict still connect through the pivots, at a cost linear in the group.
const PIVOTS: usize = 6;
/// Members a group may hold and still have every mutually closest pair
/// compared: a group that joins two facts ("1,200 officers" and "a reward of
/// €50,000", two sentences of each article) holds each fact's pair apart
/// from the pivots.
const ALL_PAIRS: usize = 24;

/// Typed divergences for every group.
pub fn contrast(analysed: &Analysed, groups: &[Group]) -> Vec<Divergence> {
    let articles = analysed.articles();
    let labels = crate::label::source_labels(articles);
    let voices = crate::label::voices(articles);
    let written: Vec<_> = articles.iter().map(text::relative::written).collect();
    let nations = nations_by_demonym(analysed);
    let names = note::Names {
        labels: &labels,
        voices: &voices,
        written: &written,
    };
    groups
        .par_iter()
        .enumerate()
        .flat_map_iter(|(g, group)| contrast_group(analysed, &names, &nations, g, group))
        .collect()
}

/// The member pairs to compare: mutually closest members of two articles, all
/// of them in a group of up to [`ALL_PAIRS`] members, member × pivot in a larger one.
fn comparisons(members: &[Member]) -> Vec<(usize, usize)> {
    let mut pivots: Vec<usize> = Vec::new();
    for (i, m) in members.iter().enumerate() {
        if pivots.len() < PIVOTS
            && !pivots
                .iter()
                .any(|&p| members[p].at.article == m.at.article)
        {
            pivots.push(i);
        }
    }
    if members.len() > ALL_PAIRS {
        return pivot_comparisons(members, &pivots);
    }
    let closest = closest_by_article(members);
    cross_article_pairs(members)
        .into_iter()
        .filter(|&(i, j)| closest[i].contains(&j) && closest[j].contains(&i))
        .collect()
}

/// Every two members of different articles, `(i, j)` with `i < j`, in order.
fn cross_article_pairs(members: &[Member]) -> Vec<(usize, usize)> {
    let n = members.len();
    (0..n)
        .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
        .filter(|&(i, j)| members[i].at.article != members[j].at.article)
        .collect()
}

/// [`comparisons`] in a large group: the mutually closest pairs that hold a
/// pivot, found without comparing every member with every other (the
/// closest member of an article is the earliest of the most alike, as
/// [`closest_by_article`] finds it). A group of 800 members costs a few
/// thousand word comparisons, not 640,000.
fn pivot_comparisons(members: &[Member], pivots: &[usize]) -> Vec<(usize, usize)> {
    let mut by_article: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (j, m) in members.iter().enumerate() {
        by_article.entry(m.at.article).or_default().push(j);
    }
    // The member of `article` most alike to member `i`.
    let closest_in = |i: usize, article: usize| -> Option<usize> {
        let mut best: Option<(usize, usize)> = None;
        for &j in by_article.get(&article)? {
            let shared = members[i].shared_words(&members[j]);
            if best.is_none_or(|(s, _)| shared > s) {
                best = Some((shared, j));
            }
        }
        best.map(|(_, j)| j)
    };
    // Per pivot, its closest member in each other article, once each, kept
    // where the pivot is that member's closest in the pivot's article too.
    let mut pairs = Vec::new();
    for &p in pivots {
        let home = members[p].at.article;
        for &article in by_article.keys().filter(|&&a| a != home) {
            if let Some(i) = closest_in(p, article).filter(|&i| closest_in(i, home) == Some(p)) {
                pairs.push((i.min(p), i.max(p)));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// The member pairs whose negations are compared: in a group of up to
/// [`ALL_PAIRS`] members, every two of different articles. A denial states
/// its whole claim ("would not increase its offer" / "would increase its
/// offer"), so it meets the plain sentence of another article even where
/// that article's closest member is another one (a quote of the same
/// minister); figures and dates need the closest pairing, which keeps two
/// events' values apart. A larger group keeps [`comparisons`].
fn denial_pairs(members: &[Member], compared: &[(usize, usize)]) -> Vec<(usize, usize)> {
    if members.len() > ALL_PAIRS {
        return compared.to_vec();
    }
    cross_article_pairs(members)
}

/// For each member, its most alike member in every other article of the group.
///
/// When a group holds two sentences of one article, each states a different
/// part of the fact ("talks collapsed in March 2022" beside "the invasion began
/// in February 2022"); a member is compared only with the one it is closest to,
/// so the dates of two different events never meet.
fn closest_by_article(members: &[Member]) -> Vec<Vec<usize>> {
    let n = members.len();
    let mut shared = vec![0usize; n * n];
    for i in 0..n {
        for j in i + 1..n {
            let s = members[i].shared_words(&members[j]);
            shared[i * n + j] = s;
            shared[j * n + i] = s;
        }
    }
    (0..n)
        .map(|i| {
            let mut best: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
            for j in 0..n {
                let article = members[j].at.article;
                if article == members[i].at.article {
                    continue;
                }
                let shared = shared[i * n + j];
                let slot = best.entry(article).or_insert((shared, j));
                if shared > slot.0 {
                    *slot = (shared, j);
                }
            }
            best.into_values().map(|(_, j)| j).collect()
        })
        .collect()
}

fn contrast_group(
    analysed: &Analysed,
    names: &note::Names,
    nations: &FxHashSet<String>,
    g: usize,
    group: &Group,
) -> Vec<Divergence> {
    let mut ids = FxHashMap::default();
    let sentence = |at: SentenceRef| &analysed.articles()[at.article].sentences[at.sentence];
    // Each date with the span it names, against its article's day of writing.
    let details: Vec<_> = group
        .members
        .iter()
        .map(|&at| {
            let s = sentence(at);
            compat::with_resolved(&s.text, &s.details, names.written[at.article])
        })
        .collect();
    let members: Vec<Member> = group
        .members
        .iter()
        .zip(&details)
        .map(|(&at, details)| Member {
            written: names.written[at.article],
            nations,
            ..Member::new(
                at,
                &sentence(at).text,
                details,
                analysed.sentence_tokens(at),
                &mut ids,
            )
        })
        .collect();
    let mut findings = Findings::default();
    let compared = comparisons(&members);
    for &(i, j) in &compared {
        let (a, b) = (&members[i], &members[j]);
        let mut pair = Findings::default();
        slots::compare(a, b, i, j, &mut pair);
        // Members of one group share a topic; only two that state one claim
        // may contradict each other. A quote is its own claim (quotes.rs).
        findings.compared.push((i, j));
        if claim::same_claim(a, b) {
            findings.claimed.push((i, j));
        } else {
            pair.conflict.clear();
        }
        quotes::compare(a, b, i, j, &mut pair);
        findings.agree.append(&mut pair.agree);
        findings.conflict.append(&mut pair.conflict);
        findings.compatible.append(&mut pair.compatible);
    }
    for (i, j) in denial_pairs(&members, &compared) {
        let (a, b) = (&members[i], &members[j]);
        // The compared pairs (sorted) already know whether they state one claim.
        let one_claim = match compared.binary_search(&(i, j)) {
            Ok(_) => findings.claimed.binary_search(&(i, j)).is_ok(),
            Err(_) => claim::same_claim(a, b),
        };
        if one_claim {
            negation::compare(a, b, i, j, &mut findings);
        }
    }
    drop_self_rivals(&members, &mut findings);
    join(analysed.articles(), names, &members, g, findings)
}

/// Drops each conflict between two values that one source states both of,
/// in any members of the group: an outlet that writes "close 87 of its 212
/// stores" and "will leave the chain with 125 stores", or "226 yards
/// rushing" and "507 yards on offense", gives two figures of two roles, not
/// two answers to one question, and no other source's pair of them is a
/// rivalry either. Only figures: an outlet that names two places or two
/// days may tell two events of one claim apart that another source confuses.
fn drop_self_rivals(members: &[Member], findings: &mut Findings) {
    let valued = |kind: DivergenceKind| kind == DivergenceKind::Number;
    // Each figure value with the articles that state it and how they count it.
    let mut stated: FxHashMap<&str, Vec<(usize, Counted)>> = FxHashMap::default();
    for (kind, x, y) in findings.agree.iter().chain(&findings.conflict) {
        if valued(*kind) {
            for s in [x, y] {
                let counted = counted_at(members, s);
                stated
                    .entry(counted.0)
                    .or_default()
                    .push((members[s.member].at.article, counted));
            }
        }
    }
    let articles_stating = |c: &Counted| -> FxHashSet<usize> {
        stated.get(c.0).map_or_else(FxHashSet::default, |all| {
            all.iter()
                .filter(|(_, v)| one_figure(v, c))
                .map(|(article, _)| *article)
                .collect()
        })
    };
    let keep: Vec<bool> = findings
        .conflict
        .iter()
        .map(|(kind, x, y)| {
            if !valued(*kind) {
                return true;
            }
            let (x, y) = (counted_at(members, x), counted_at(members, y));
            let with_x = articles_stating(&x);
            with_x.is_empty() || articles_stating(&y).is_disjoint(&with_x)
        })
        .collect();
    let mut keep = keep.into_iter();
    findings.conflict.retain(|_| keep.next().unwrap_or(true));
}

/// Joins pairwise findings into group-level divergences: one per connected set
/// of spots that contains a conflict.
fn join(
    articles: &[Article],
    names: &note::Names,
    members: &[Member],
    g: usize,
    findings: Findings,
) -> Vec<Divergence> {
    let mut ids: BTreeMap<(DivergenceKind, Spot), usize> = BTreeMap::new();
    let mut parent: Vec<usize> = Vec::new();
    let mut id_of = |kind: DivergenceKind, spot: &Spot, parent: &mut Vec<usize>| {
        *ids.entry((kind, spot.clone())).or_insert_with(|| {
            parent.push(parent.len());
            parent.len() - 1
        })
    };
    let mut edges = Vec::new();
    for (conflict, list) in [(false, &findings.agree), (true, &findings.conflict)] {
        for (kind, a, b) in list {
            let (x, y) = (id_of(*kind, a, &mut parent), id_of(*kind, b, &mut parent));
            edges.push((x, y, conflict));
        }
    }
    for &(x, y, _) in &edges {
        let (rx, ry) = (find(&mut parent, x), find(&mut parent, y));
        parent[rx] = ry;
    }
    let mut has_conflict = vec![false; parent.len()];
    for &(x, _, conflict) in &edges {
        if conflict {
            let r = find(&mut parent, x);
            has_conflict[r] = true;
        }
    }
    let mut components: BTreeMap<usize, (DivergenceKind, Vec<Spot>)> = BTreeMap::new();
    for ((kind, spot), id) in &ids {
        let root = find(&mut parent, *id);
        if has_conflict[root] {
            components
                .entry(root)
                .or_insert_with(|| (*kind, Vec::new()))
                .1
                .push(spot.clone());
        }
    }
    let mut out: Vec<Divergence> = components
        .into_values()
        .filter(|(kind, spots)| {
            !slots::SLOT_KINDS.iter().any(|&k| kind_of(k) == *kind)
                || seen_by_most(members, *kind, spots, &findings)
        })
        .flat_map(|(kind, spots)| {
            let values: Vec<DivergentValue> = spots
                .iter()
                .map(|s| {
                    let m = &members[s.member];
                    DivergentValue {
                        article: m.at.article,
                        sentence: m.at.sentence,
                        text: m.text[s.start..s.end].to_string(),
                        start: s.start,
                        end: s.end,
                        value: s.value.clone(),
                        resolved: (kind == DivergenceKind::Date)
                            .then(|| resolved_at(m, s).map(str::to_string))
                            .flatten(),
                    }
                })
                .collect();
            let distinct: std::collections::BTreeSet<&str> =
                values.iter().map(DivergentValue::compared).collect();
            if distinct.len() < 2 {
                return Vec::new();
            }
            if kind == DivergenceKind::Quote
                && (!quoted_alike_twice(names, &values) || !words_changed(&values))
            {
                return Vec::new();
            }
            // A moving count told on different days is the story moving.
            let moving = kind == DivergenceKind::Number && spots.iter().all(|s| moving(members, s));
            let contradiction = |values: Vec<DivergentValue>| Divergence {
                kind,
                group: g,
                note: note::agreement(names, &values),
                values,
                relation: Relation::Contradiction,
            };
            let update = |(values, note): update::Moved| Divergence {
                kind,
                group: g,
                note,
                values,
                relation: Relation::Update,
            };
            if moving {
                if let Some(moved) = update::as_update(articles, names.labels, &values) {
                    return vec![update(moved)];
                }
                // Sources of one day disagree, and a later one moved on:
                // the first is a contradiction, the second an update.
                if let Some((same_day, moved)) = update::split(articles, names.labels, &values) {
                    // The day's sources disagree only where two of them met as rivals.
                    if !conflict_within(members, &findings, &same_day) {
                        return vec![update(moved)];
                    }
                    return vec![contradiction(same_day), update(moved)];
                }
            }
            vec![contradiction(values)]
        })
        .collect();
    out.sort_by_key(|d| {
        (
            d.values
                .iter()
                .map(|v| (v.article, v.sentence, v.start))
                .min(),
            d.kind,
        )
    });
    out
}

/// Whether two of `values` were paired as a conflict by one comparison: "86
/// residents" and "between 80 and 90" both meet a later "more than 240" as
/// rivals, not each other.
fn conflict_within(members: &[Member], findings: &Findings, values: &[DivergentValue]) -> bool {
    let holds = |s: &Spot| {
        let m = &members[s.member];
        values
            .iter()
            .any(|v| (v.article, v.sentence, v.start) == (m.at.article, m.at.sentence, s.start))
    };
    findings
        .conflict
        .iter()
        .any(|(_, x, y)| holds(x) && holds(y))
}

/// Whether two voices (copies of one wire text are one) print one rendering
/// of the quote word for word. Two single renderings that differ are as
/// likely two translations or transcriptions of one remark ("a sad day" /
/// "a sad time") as a misquote; one rendering that two outlets print alike
/// is the evidence that the third changed the words. So is a change of
/// several words on every side.
fn quoted_alike_twice(names: &note::Names, values: &[DivergentValue]) -> bool {
    let voice_of = |article: usize| names.voices.get(article).copied().unwrap_or(article);
    let mut seen: Vec<(&str, usize)> = values
        .iter()
        .map(|v| (v.value.as_str(), voice_of(v.article)))
        .collect();
    seen.sort_unstable();
    seen.dedup();
    let reworded = |v: &DivergentValue| {
        v.value
            .split(' ')
            .filter(|w| !crate::text::is_stopword(w))
            .count()
            >= REWORDED
    };
    seen.windows(2).any(|w| w[0].0 == w[1].0) || values.iter().all(reworded)
}

/// Words of grammar beside the stop words (`assets/contrast/grammar_words.txt`).
static GRAMMAR: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| word_list(include_str!("../../assets/contrast/grammar_words.txt")));

/// Whether two renderings of a quote differ in a content word: "and a
/// dozen other people" / "and there were another dozen other people", "to
/// do anything" / "to do any of that" change only words of grammar, which
/// translation and transcription change at will.
fn words_changed(values: &[DivergentValue]) -> bool {
    // The words as written: a value holds their stems.
    fn content(v: &DivergentValue) -> Vec<String> {
        let mut words: Vec<String> = v
            .text
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
            .map(str::to_lowercase)
            .filter(|w| {
                !w.is_empty() && !crate::text::is_stopword(w) && !GRAMMAR.contains(&w.as_str())
            })
            .map(|w| crate::text::normalize_word(&w))
            .collect();
        words.sort_unstable();
        words
    }
    let mut bags: Vec<Vec<String>> = values.iter().map(content).collect();
    bags.sort();
    bags.dedup();
    bags.len() >= 2
}

/// Content words changed on each side that make two single renderings
/// differ by more than a slip of transcription: "prolonging the killings" /
/// "extending the murders", not "a sad day" / "a sad time".
const REWORDED: usize = 2;

/// The resolved span of the date a spot holds ([`compat::with_resolved`]).
fn resolved_at<'m>(m: &Member<'m>, spot: &Spot) -> Option<&'m str> {
    m.details
        .iter()
        .find(|d| d.kind == DetailKind::Date && d.start == spot.start && d.end == spot.end)?
        .about
        .as_deref()
}

/// A figure with the noun it counts and that noun's class.
type Counted<'s> = (&'s str, Option<&'s str>, Option<&'static str>);

fn counted_at<'s>(members: &'s [Member], spot: &'s Spot) -> Counted<'s> {
    let m = &members[spot.member];
    let role = m
        .details
        .iter()
        .find(|d| d.start == spot.start && d.end == spot.end)
        .map(|d| claim::number_role(m, d));
    (
        compared_at(members, spot),
        role.as_ref().and_then(|r| r.head),
        role.as_ref().and_then(|r| r.class),
    )
}

/// Whether two figures may be one: one value, and nouns of one thing when
/// both name what they count ("87 shops" / "87 stores"; "four people" and
/// "four helicopters" are two figures).
fn one_figure(x: &Counted, y: &Counted) -> bool {
    x.0 == y.0
        && match (x.1, y.1) {
            (Some(hx), Some(hy)) => hx == hy || (x.2.is_some() && x.2 == y.2),
            _ => true,
        }
}

/// What a spot is compared by: a date's resolved span, else its value (two
/// values of one date that name one day are no rivals).
fn compared_at<'s>(members: &'s [Member], spot: &'s Spot) -> &'s str {
    resolved_at(&members[spot.member], spot).unwrap_or(&spot.value)
}

/// Whether the number a spot holds is a count that moves as a story
/// develops: its role is one of `moving_roles.txt`, or it counts people or
/// things with no role word at all ("12 lawmakers signed", "396 flights").
fn moving(members: &[Member], spot: &Spot) -> bool {
    let m = &members[spot.member];
    let Some(d) = m
        .details
        .iter()
        .find(|d| d.start == spot.start && d.end == spot.end)
    else {
        return false;
    };
    let role = claim::number_role(m, d);
    update::moves(role.event) || (role.event.is_none() && update::counts_things(&role, &d.value))
}

/// Whether most compared member pairs that hold two of the component's
/// different values paired them as a conflict. A date or a place that met its
/// rival in one comparison out of several is more likely an accident of
/// slotting (two events in one group) than a contradiction.
fn seen_by_most(
    members: &[Member],
    kind: DivergenceKind,
    spots: &[Spot],
    findings: &Findings,
) -> bool {
    // A figure, a name or a title is compared as part of a claim: a pair
    // that states another claim is no evidence against its rival. Dates and
    // places of two events often stand in sentences that read as one claim
    // ("talks collapsed in March 2022" / "the invasion began in February
    // 2022"): every pair compared counts for them.
    let pairs: FxHashSet<(usize, usize)> = match kind {
        DivergenceKind::Date | DivergenceKind::Place => &findings.compared,
        _ => &findings.claimed,
    }
    .iter()
    .copied()
    .collect();
    let compared = |a: usize, b: usize| pairs.contains(&(a.min(b), a.max(b)));
    // A spot is its member and start; pairs are kept in one order.
    let key = |x: &Spot, y: &Spot| {
        let (p, q) = ((x.member, x.start), (y.member, y.start));
        (p.min(q), p.max(q))
    };
    let compatible: rustc_hash::FxHashSet<_> =
        findings.compatible.iter().map(|(x, y)| key(x, y)).collect();
    // Rival figures per member pair, at most as many as one-to-one pairing
    // could make: the score "4-4" against "5-5" is two rivals, not four.
    // (Two dates in one sentence name two moments, each its own rival.)
    let mut rival_pairs: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for (i, s) in spots.iter().enumerate() {
        for t in &spots[i + 1..] {
            if s.member != t.member
                && s.value != t.value
                && compared_at(members, s) != compared_at(members, t)
                && compared(s.member, t.member)
                && !compatible.contains(&key(s, t))
            {
                *rival_pairs
                    .entry((s.member.min(t.member), s.member.max(t.member)))
                    .or_default() += 1;
            }
        }
    }
    let spots_of = |m: usize| spots.iter().filter(|s| s.member == m).count();
    let rivals: usize = rival_pairs
        .iter()
        .map(|(&(a, b), &n)| match kind {
            DivergenceKind::Number => n.min(spots_of(a).min(spots_of(b))),
            _ => n,
        })
        .sum();
    let held: FxHashSet<&Spot> = spots.iter().collect();
    let conflicts = findings
        .conflict
        .iter()
        .filter(|(_, a, b)| held.contains(a) && held.contains(b))
        .count();
    // A name meets a rival only as the holder of one office (office.rs):
    // two comparisons that say so are evidence enough, however many others
    // could not tell.
    2 * conflicts >= rivals || (kind == DivergenceKind::Person && conflicts >= NAMES_SEEN)
}

/// Comparisons that must pair two names as rivals for them to stand.
const NAMES_SEEN: usize = 2;

/// A divergent value as unit tests need one: `text` in sentence 0 of
/// `article`, its value the text in lower case.
#[cfg(test)]
pub(crate) fn divergent_value(article: usize, text: &str) -> DivergentValue {
    DivergentValue {
        article,
        sentence: 0,
        text: text.into(),
        start: 0,
        end: text.len(),
        value: text.to_lowercase(),
        resolved: None,
    }
}

/// An empty article written on `published`, as unit tests of dates need one.
#[cfg(test)]
pub(crate) fn dated_article(published: Option<&str>) -> crate::model::Article {
    crate::model::Article {
        path: String::new(),
        title: String::new(),
        text: String::new(),
        sentences: Vec::new(),
        meta: crate::model::ArticleMeta {
            published: published.map(str::to_string),
            ..Default::default()
        },
    }
}

/// Two sentences as members of one group (of two articles), as unit tests need them.
#[cfg(test)]
pub(crate) fn pair_members<R>(a: &str, b: &str, f: impl FnOnce(&Member, &Member) -> R) -> R {
    pair_members_in(a, b, &NO_NATIONS, f)
}

/// [`pair_members`] in a collation that names `nations` by their demonyms.
#[cfg(test)]
pub(crate) fn pair_members_in<R>(
    a: &str,
    b: &str,
    nations: &FxHashSet<String>,
    f: impl FnOnce(&Member, &Member) -> R,
) -> R {
    let (da, db) = (text::details(a), text::details(b));
    let (ta, tb) = (text::tokens_with(a, &da), text::tokens_with(b, &db));
    let at = |article| SentenceRef {
        article,
        sentence: 0,
    };
    let mut ids = FxHashMap::default();
    let ma = Member {
        nations,
        ..Member::new(at(0), a, &da, &ta, &mut ids)
    };
    let mb = Member {
        nations,
        ..Member::new(at(1), b, &db, &tb, &mut ids)
    };
    f(&ma, &mb)
}

/// Two sentences as members of one group, each with its article's day of
/// writing and its dates resolved against it, as unit tests of dates need them.
#[cfg(test)]
pub(crate) fn dated_pair_members<R>(
    (a, written_a): (&str, crate::calendar::Ymd),
    (b, written_b): (&str, crate::calendar::Ymd),
    f: impl FnOnce(&Member, &Member) -> R,
) -> R {
    let resolved = |t: &str, w| compat::with_resolved(t, &text::details(t), Some(w)).into_owned();
    let (da, db) = (resolved(a, written_a), resolved(b, written_b));
    let (ta, tb) = (text::tokens_with(a, &da), text::tokens_with(b, &db));
    let at = |article| SentenceRef {
        article,
        sentence: 0,
    };
    let mut ids = FxHashMap::default();
    let ma = Member {
        written: Some(written_a),
        ..Member::new(at(0), a, &da, &ta, &mut ids)
    };
    let mb = Member {
        written: Some(written_b),
        ..Member::new(at(1), b, &db, &tb, &mut ids)
    };
    f(&ma, &mb)
}

/// What one comparison rule finds between two sentences, as unit tests need it.
#[cfg(test)]
pub(crate) fn pair_findings(
    a: &str,
    b: &str,
    rule: fn(&Member, &Member, usize, usize, &mut Findings),
) -> Findings {
    pair_members(a, b, |ma, mb| {
        let mut out = Findings::default();
        rule(ma, mb, 0, 1, &mut out);
        out
    })
}

fn find(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

/// The divergence kind a detail kind is reported as.
pub(crate) fn kind_of(detail: DetailKind) -> DivergenceKind {
    match detail {
        DetailKind::Place => DivergenceKind::Place,
        DetailKind::Date => DivergenceKind::Date,
        DetailKind::Number => DivergenceKind::Number,
        DetailKind::Person => DivergenceKind::Person,
        DetailKind::Title => DivergenceKind::Title,
        DetailKind::Negation => DivergenceKind::Negation,
        DetailKind::Quote => DivergenceKind::Quote,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use note::Names;

    /// Members of one group made from sentences, each at the place `at` gives.
    fn with_members<R>(
        texts: &[String],
        at: impl Fn(usize) -> SentenceRef,
        f: impl FnOnce(&[Member]) -> R,
    ) -> R {
        let details: Vec<Vec<Detail>> = texts.iter().map(|t| text::details(t)).collect();
        let tokens: Vec<Vec<text::Token>> = texts
            .iter()
            .zip(&details)
            .map(|(t, d)| text::tokens_with(t, d))
            .collect();
        let mut ids = FxHashMap::default();
        let members: Vec<Member> = (0..texts.len())
            .map(|i| Member::new(at(i), &texts[i], &details[i], &tokens[i], &mut ids))
            .collect();
        f(&members)
    }

    /// The spot of member `m`'s first detail that `pick` takes.
    fn spot_of(members: &[Member], m: usize, pick: impl Fn(&Detail) -> bool) -> Spot {
        let d = members[m]
            .details
            .iter()
            .find(|d| pick(d))
            .expect("a detail");
        slots::spot(m, d)
    }

    #[test]
    fn a_score_meets_its_rival_score_as_two_figures_not_four() {
        // "4-4" against "5-5" twice; one comparison paired only one figure.
        let texts = [
            "The disputed call came at 4-4 in the third set.",
            "The decisive call came at 5-5 in the third set.",
            "The line call came at 5-5 in the third set.",
        ];
        let texts: Vec<String> = texts.iter().map(|t| (*t).to_string()).collect();
        let at = |i| SentenceRef {
            article: i,
            sentence: 0,
        };
        with_members(&texts, at, |members| {
            let figures = |m: usize| -> Vec<Spot> {
                members[m]
                    .details
                    .iter()
                    .filter(|d| d.kind == DetailKind::Number)
                    .map(|d| Spot {
                        member: m,
                        start: d.start,
                        end: d.end,
                        value: d.value.clone(),
                    })
                    .collect()
            };
            let (a, b, c) = (figures(0), figures(1), figures(2));
            assert_eq!((a.len(), b.len(), c.len()), (2, 2, 2));
            let n = DivergenceKind::Number;
            let findings = Findings {
                conflict: vec![
                    (n, a[0].clone(), b[0].clone()),
                    (n, a[0].clone(), c[0].clone()),
                    (n, a[1].clone(), c[1].clone()),
                ],
                compared: vec![(0, 1), (0, 2), (1, 2)],
                claimed: vec![(0, 1), (0, 2), (1, 2)],
                ..Findings::default()
            };
            let spots: Vec<Spot> = [a, b, c].concat();
            assert!(seen_by_most(members, n, &spots, &findings));
            // Two dates of one sentence are two moments: each its own rival.
            assert!(!seen_by_most(
                members,
                DivergenceKind::Date,
                &spots,
                &findings
            ));
        });
    }

    #[test]
    fn a_large_group_pairs_its_pivots_as_the_dense_search_would() {
        let words = [
            "quake", "toll", "rescue", "village", "school", "bridge", "rain", "army",
        ];
        let texts: Vec<String> = (0..40)
            .map(|i| {
                let pick = |k: usize| words[(i * k + k) % words.len()];
                format!(
                    "The {} and the {} near the {} on day {i}.",
                    pick(1),
                    pick(3),
                    pick(5)
                )
            })
            .collect();
        let at = |i: usize| SentenceRef {
            article: i % 9,
            sentence: i,
        };
        with_members(&texts, at, |members| {
            assert!(members.len() > ALL_PAIRS);
            let pivots: Vec<usize> = (0..9).take(PIVOTS).collect();
            let closest = closest_by_article(members);
            let mut dense = Vec::new();
            for i in 0..members.len() {
                for j in i + 1..members.len() {
                    if (pivots.contains(&i) || pivots.contains(&j))
                        && members[i].at.article != members[j].at.article
                        && closest[i].contains(&j)
                        && closest[j].contains(&i)
                    {
                        dense.push((i, j));
                    }
                }
            }
            assert!(!dense.is_empty());
            assert_eq!(comparisons(members), dense);
        });
    }

    #[test]
    fn a_place_the_collation_gives_a_demonym_is_a_nation_no_rival_to_a_town() {
        let texts = [
            "Merovian qualifier Andres Kovalin won the Tarsa Open.",
            "He will have a scan in Merovia on Tuesday.",
        ];
        let nations = nations_in(texts.into_iter(), ["merovia", "tarsa"].into_iter());
        // Refused: "Tarsa Open" is no demonym of Tarsa.
        assert_eq!(nations.into_iter().collect::<Vec<_>>(), ["merovia"]);
        let mut set = FxHashSet::default();
        set.insert("merovia".to_string());
        let a = "Barrett will have a scan in Tarsa on Tuesday.";
        let b = "Barrett will have a scan in Merovia on Tuesday.";
        let c = "Barrett will have a scan in Dolvik on Tuesday.";
        let conflicts = |x: &str, y: &str| {
            pair_members_in(x, y, &set, |ma, mb| {
                let mut out = Findings::default();
                slots::compare(ma, mb, 0, 1, &mut out);
                out.conflict.len()
            })
        };
        assert_eq!(conflicts(a, b), 0);
        assert_eq!(conflicts(a, c), 1);
    }

    #[test]
    fn a_source_that_states_both_values_is_no_rival_of_either() {
        // Members 1 and 2 are one article: it says 87 as the others do, so
        // 125 counts something else.
        let texts: Vec<String> = [
            "Fennick will close 87 stores.",
            "Fennick to shut 87 shops.",
            "The closures will leave the chain with 125 stores.",
            "The chain is to close 97 stores.",
            "The chain will keep 125 stores.",
        ]
        .iter()
        .map(|t| (*t).to_string())
        .collect();
        let at = |i: usize| SentenceRef {
            article: [0, 1, 1, 2, 3][i],
            sentence: i,
        };
        with_members(&texts, at, |members| {
            let spot = |m: usize| spot_of(members, m, |d| d.kind == DetailKind::Number);
            let n = DivergenceKind::Number;
            let mut findings = Findings {
                agree: vec![(n, spot(0), spot(1))],
                conflict: vec![
                    (n, spot(0), spot(2)),
                    (n, spot(0), spot(3)),
                    (n, spot(0), spot(4)),
                ],
                ..Findings::default()
            };
            drop_self_rivals(members, &mut findings);
            // The fourth article's 125 is no rival of 87 either: one source
            // gave both. Refused: the third article states 97 alone and
            // stays a rival.
            assert_eq!(findings.conflict, [(n, spot(0), spot(3))]);
        });
    }

    #[test]
    fn pairs_of_another_claim_do_not_outvote_a_figure_but_do_a_date() {
        // 1 meets 2 in the one pair that states one claim; the two other
        // pairs that hold 2 against 1 state other claims.
        let texts: Vec<String> = [
            "The governor released €1.5 million in emergency funding.",
            "The governor released €2.5 million in emergency funding.",
            "The region set aside €1.5 million for the response.",
            "The €1.5 million was topped up by the state.",
        ]
        .iter()
        .map(|t| (*t).to_string())
        .collect();
        let at = |i| SentenceRef {
            article: i,
            sentence: 0,
        };
        with_members(&texts, at, |members| {
            let spot = |m: usize| spot_of(members, m, |_| true);
            let n = DivergenceKind::Number;
            let findings = Findings {
                conflict: vec![(n, spot(0), spot(1))],
                agree: vec![(n, spot(0), spot(2)), (n, spot(0), spot(3))],
                compared: vec![(0, 1), (0, 2), (0, 3), (1, 2), (1, 3)],
                claimed: vec![(0, 1), (0, 2)],
                ..Findings::default()
            };
            let spots: Vec<Spot> = (0..4).map(spot).collect();
            assert!(seen_by_most(members, n, &spots, &findings));
            let date = DivergenceKind::Date;
            assert!(!seen_by_most(members, date, &spots, &findings));
        });
    }

    #[test]
    fn a_day_disagrees_only_where_two_of_its_values_met_as_rivals() {
        let texts: Vec<String> = [
            "The hospital treated 86 residents on Tuesday.",
            "Between 80 and 90 residents went to the hospital.",
            "The hospital has now seen more than 240 residents.",
        ]
        .iter()
        .map(|t| (*t).to_string())
        .collect();
        let at = |i| SentenceRef {
            article: i,
            sentence: 0,
        };
        with_members(&texts, at, |members| {
            let spot = |m: usize, value: &str| spot_of(members, m, |d| d.value == value);
            let value = |s: &Spot| DivergentValue {
                article: s.member,
                sentence: 0,
                start: s.start,
                ..divergent_value(s.member, &s.value)
            };
            let n = DivergenceKind::Number;
            let (a, b, c) = (spot(0, "86"), spot(1, "90"), spot(2, "240"));
            let mut findings = Findings {
                conflict: vec![(n, a.clone(), c.clone()), (n, b.clone(), c)],
                ..Findings::default()
            };
            let day = [value(&a), value(&b)];
            assert!(!conflict_within(members, &findings, &day));
            findings.conflict.push((n, a, b));
            assert!(conflict_within(members, &findings, &day));
        });
    }

    #[test]
    fn a_name_paired_as_a_rival_twice_stands_and_other_kinds_do_not() {
        let texts: Vec<String> = [
            "Race doctor Elena Fabbri said he was conscious.",
            "Race doctor Chiara Monti said he was conscious.",
            "Race doctor Chiara Monti said he was talking.",
            "Race doctor Chiara Monti said so on Monday.",
            "Race doctor Chiara Monti said so at the finish.",
            "Race doctor Chiara Monti said so to reporters.",
        ]
        .iter()
        .map(|t| (*t).to_string())
        .collect();
        let at = |i| SentenceRef {
            article: i,
            sentence: 0,
        };
        with_members(&texts, at, |members| {
            let spot = |m: usize, kind: DetailKind| spot_of(members, m, |d| d.kind == kind);
            let p = DivergenceKind::Person;
            let people: Vec<Spot> = (0..6).map(|m| spot(m, DetailKind::Person)).collect();
            // Five comparisons hold the two names; two paired them.
            let findings = Findings {
                conflict: vec![
                    (p, people[0].clone(), people[1].clone()),
                    (p, people[0].clone(), people[2].clone()),
                ],
                compared: (1..6).map(|j| (0, j)).collect(),
                ..Findings::default()
            };
            assert!(seen_by_most(members, p, &people, &findings));
            // The same two comparisons of five do not make a place stand.
            assert!(!seen_by_most(
                members,
                DivergenceKind::Place,
                &people,
                &findings
            ));
        });
    }

    #[test]
    fn a_denial_meets_every_other_article_not_only_the_closest_member() {
        let texts = [
            "Health Minister Jorun Vestby said the government would not increase its offer.",
            "\"We have made a fair offer,\" Health Minister Jorun Vestby said on Tuesday.",
            "Minister Vestby told the Gazette the government would increase its offer once talks resume.",
        ]
        .map(String::from);
        let at = |i: usize| SentenceRef {
            article: usize::from(i > 0),
            sentence: i,
        };
        with_members(&texts, at, |members| {
            let compared = comparisons(members);
            // The quote is the denial's closest member of the second article…
            assert!(!compared.contains(&(0, 2)), "{compared:?}");
            // …yet the denial meets the plain sentence, and no member its own article.
            let pairs = denial_pairs(members, &compared);
            assert!(pairs.contains(&(0, 2)), "{pairs:?}");
            assert!(!pairs.contains(&(1, 2)), "{pairs:?}");
            let mut findings = Findings::default();
            negation::compare(&members[0], &members[2], 0, 2, &mut findings);
            assert_eq!(findings.conflict.len(), 1);
        });
    }

    #[test]
    fn a_large_group_compares_denials_only_between_its_compared_pairs() {
        let texts: Vec<String> = (0..=ALL_PAIRS)
            .map(|k| format!("The ministry said on day {k} that the port would not close."))
            .collect();
        let at = |i: usize| SentenceRef {
            article: i,
            sentence: 0,
        };
        with_members(&texts, at, |members| {
            let compared = comparisons(members);
            assert_eq!(denial_pairs(members, &compared), compared);
        });
    }

    #[test]
    fn a_group_of_two_facts_compares_each_facts_pair() {
        // Two sentences of each of five articles: officers, then a reward.
        let texts: Vec<String> = (0..5)
            .flat_map(|k| {
                [
                    format!(
                        "Police have deployed {} officers across four provinces.",
                        1200 + k
                    ),
                    format!(
                        "A reward of {}0,000 euros has been offered for information.",
                        5 + k
                    ),
                ]
            })
            .collect();
        let at = |i: usize| SentenceRef {
            article: i / 2,
            sentence: i % 2,
        };
        let pairs = with_members(&texts, at, comparisons);
        // The rewards of the last two articles: neither is a pivot.
        assert!(pairs.contains(&(7, 9)), "{pairs:?}");
        // The officers never meet the rewards.
        assert!(!pairs.contains(&(7, 8)), "{pairs:?}");
    }

    fn said(article: usize, value: &str) -> DivergentValue {
        divergent_value(article, value)
    }

    #[test]
    fn a_misquote_needs_one_rendering_printed_alike_by_two_voices() {
        let labels: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
        let separate = [0, 1, 2];
        let names = Names {
            labels: &labels,
            voices: &separate,
            written: &[],
        };
        let two_against_one = [said(0, "delay"), said(1, "delay"), said(2, "hesitation")];
        assert!(quoted_alike_twice(&names, &two_against_one));
        let one_each = [said(0, "day"), said(1, "time")];
        assert!(!quoted_alike_twice(&names, &one_each));
        let reworded = [
            said(0, "prolonging the killings"),
            said(1, "extending the murders"),
        ];
        assert!(quoted_alike_twice(&names, &reworded));
        // Two copies of one wire text are one voice, not two.
        let copies = [0, 0, 2];
        let names = Names {
            labels: &labels,
            voices: &copies,
            written: &[],
        };
        assert!(!quoted_alike_twice(&names, &two_against_one));
    }

    #[test]
    fn renderings_that_differ_in_words_of_grammar_alone_are_no_misquote() {
        let changed =
            |a: &str, b: &str| words_changed(&[divergent_value(0, a), divergent_value(1, b)]);
        assert!(!changed("a", "there were another"));
        assert!(!changed("anything", "any of that"));
        assert!(changed("person is accounted for", "family has an answer"));
        assert!(changed("grieving", "afraid"));
    }
}
