//! Scoring a collation against hand-written or third-party gold annotations.
//!
//! Gold files share one shape (ECB+ clusters in `../shared/data/ecbplus` use it
//! too): sentence groups that report the same thing, the contradictions a reader
//! must be shown, the traps (differences that are not contradictions) and the
//! site-chrome lines that must not become sentences. Every item names its
//! document by file-name prefix and its sentence by a verbatim snippet, so gold
//! survives changes to cleaning and splitting.
//!
//! Alignment is scored pairwise over annotated sentences from different
//! documents (precision, recall, F1); a gold sentence that cannot be found
//! counts its pairs as missed.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;

use parallax::model::{Collation, SentenceRef};

#[derive(Debug, Clone, Default, Deserialize)]
pub struct Gold {
    #[serde(default)]
    pub about: String,
    #[serde(default)]
    pub groups: Vec<GoldGroup>,
    #[serde(default)]
    pub contradictions: Vec<GoldDifference>,
    /// Genuine differences a collation may show but need not.
    #[serde(default)]
    pub acceptable: Vec<GoldDifference>,
    #[serde(default)]
    pub traps: Vec<GoldDifference>,
    /// Real changes over time (a toll that rose between two reports): may be
    /// shown, best as updates, never required.
    #[serde(default)]
    pub updates: Vec<GoldDifference>,
    /// `[doc, line]`: page chrome that must not survive cleaning.
    #[serde(default)]
    pub boilerplate: Vec<(String, String)>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldGroup {
    #[serde(default)]
    pub name: String,
    /// `[doc, snippet]`.
    pub members: Vec<(String, String)>,
}

/// A difference between sources: a contradiction (with its kind) or a trap.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldDifference {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub kind: Option<String>,
    /// `[doc, text]`: the span each source uses.
    pub values: Vec<(String, String)>,
    /// For contradictions: whether both sentences state the claim directly
    /// (false: finding it needs inference). Absent means core.
    #[serde(default)]
    pub core: Option<bool>,
}

impl GoldDifference {
    pub fn is_core(&self) -> bool {
        self.core.unwrap_or(true)
    }
}

/// Pairwise counts; add them up across clusters for micro averages.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PairCounts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    /// Gold members whose sentence could not be found.
    pub unfound: usize,
}

impl PairCounts {
    pub fn add(&mut self, other: PairCounts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
        self.unfound += other.unfound;
    }
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Case-folded, curly quotes straightened, white space collapsed.
pub fn fold(text: &str) -> String {
    let straight: String = text
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201B}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201F}' => '"',
            c => c,
        })
        .collect();
    straight
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The article whose file name starts with `doc`.
pub fn find_article(collation: &Collation, doc: &str) -> Option<usize> {
    collation.articles.iter().position(|a| {
        let name = a.path.rsplit(['/', '\\']).next().unwrap_or(&a.path);
        name.strip_prefix(doc)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['_', '.']))
    })
}

/// The sentence of `doc` that contains `snippet`.
pub fn locate(collation: &Collation, doc: &str, snippet: &str) -> Option<SentenceRef> {
    let article = find_article(collation, doc)?;
    let needle = fold(snippet);
    collation.articles[article]
        .sentences
        .iter()
        .position(|s| fold(&s.text).contains(&needle))
        .map(|sentence| SentenceRef { article, sentence })
}

/// One pair of gold sentences from different documents, judged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JudgedPair {
    pub a: (String, Option<SentenceRef>),
    pub b: (String, Option<SentenceRef>),
    pub positive: bool,
    pub linked: bool,
}

/// Pairwise alignment counts of `collation` against `gold`.
pub fn score_alignment(collation: &Collation, gold: &Gold) -> PairCounts {
    let (counts, _) = judge_alignment(collation, gold);
    counts
}

/// [`score_alignment`] with every judged pair, for error analysis.
pub fn judge_alignment(collation: &Collation, gold: &Gold) -> (PairCounts, Vec<JudgedPair>) {
    let mut judged = Vec::new();
    let mut counts = PairCounts::default();
    // Gold items: (doc, located sentence) with the gold groups each belongs to.
    // Two snippets of one sentence are one item, in the groups of both.
    let mut items: Vec<(String, Option<SentenceRef>, HashSet<usize>)> = Vec::new();
    let mut by_snippet: HashMap<(String, String), usize> = HashMap::new();
    let mut by_sentence: HashMap<SentenceRef, usize> = HashMap::new();
    for (g, group) in gold.groups.iter().enumerate() {
        for (doc, snippet) in &group.members {
            let key = (doc.clone(), fold(snippet));
            let at = match by_snippet.get(&key) {
                Some(&at) => at,
                None => {
                    let found = locate(collation, doc, snippet);
                    let at = match found.and_then(|s| by_sentence.get(&s)) {
                        Some(&at) => at,
                        None => {
                            items.push((doc.clone(), found, HashSet::new()));
                            items.len() - 1
                        }
                    };
                    if let Some(s) = found {
                        by_sentence.insert(s, at);
                    }
                    by_snippet.insert(key, at);
                    at
                }
            };
            items[at].2.insert(g);
        }
    }
    counts.unfound = items.iter().filter(|i| i.1.is_none()).count();
    let mut groups_of: HashMap<SentenceRef, HashSet<usize>> = HashMap::new();
    for (g, group) in collation.groups.iter().enumerate() {
        for m in &group.members {
            groups_of.entry(*m).or_default().insert(g);
        }
    }
    for x in 0..items.len() {
        for y in x + 1..items.len() {
            let (a, b) = (&items[x], &items[y]);
            if a.0 == b.0 {
                continue;
            }
            let positive = !a.2.is_disjoint(&b.2);
            let linked = match (a.1, b.1) {
                (Some(sa), Some(sb)) => {
                    sa == sb
                        || matches!((groups_of.get(&sa), groups_of.get(&sb)), (Some(ga), Some(gb)) if !ga.is_disjoint(gb))
                }
                _ => false,
            };
            match (positive, linked) {
                (true, true) => counts.tp += 1,
                (true, false) => counts.fn_ += 1,
                (false, true) => counts.fp += 1,
                (false, false) => {}
            }
            judged.push(JudgedPair {
                a: (a.0.clone(), a.1),
                b: (b.0.clone(), b.1),
                positive,
                linked,
            });
        }
    }
    (counts, judged)
}

/// Which gold differences a collation's divergences show.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DifferenceScore {
    /// Names of gold contradictions found / missed.
    pub found: Vec<String>,
    pub missed: Vec<String>,
    /// Core contradictions (stated directly on both sides): found and in all.
    pub core_found: usize,
    pub core_total: usize,
    /// Traps raised as divergences (each a false alarm).
    pub traps_raised: Vec<String>,
    /// Divergences that match no gold contradiction (note of each).
    pub unexpected: Vec<String>,
    /// Gold updates (a count that moved in a later article): in all, shown
    /// by some divergence, and shown by one marked `relation: update`.
    pub updates_total: usize,
    pub updates_shown: usize,
    pub updates_labelled: usize,
    /// The gold updates no divergence shows, by name.
    pub updates_missed: Vec<String>,
}

impl DifferenceScore {
    pub fn false_alarms(&self) -> usize {
        self.traps_raised.len() + self.unexpected.len()
    }
}

/// Scores divergences against gold contradictions and traps.
///
/// A gold difference is shown by a divergence (of the same kind, for
/// contradictions) whose values cover at least two of its listed spans with
/// different wording, each in the named document.
pub fn score_differences(collation: &Collation, gold: &Gold) -> DifferenceScore {
    let mut score = DifferenceScore::default();
    let shows = |div: &parallax::model::Divergence, diff: &GoldDifference| {
        let matched: Vec<&(String, String)> = diff
            .values
            .iter()
            .filter(|(doc, text)| {
                let Some(article) = find_article(collation, doc) else {
                    return false;
                };
                let want = fold(text);
                div.values.iter().any(|v| {
                    let got = fold(&v.text);
                    v.article == article && (got.contains(&want) || want.contains(&got))
                })
            })
            .collect();
        let distinct: HashSet<String> = matched.iter().map(|(_, t)| fold(t)).collect();
        distinct.len() >= 2
    };
    let mut explained = vec![false; collation.divergences.len()];
    for c in &gold.contradictions {
        let hits: Vec<usize> = collation
            .divergences
            .iter()
            .enumerate()
            .filter(|(_, d)| c.kind.as_deref().is_none_or(|k| k == d.kind.as_str()) && shows(d, c))
            .map(|(i, _)| i)
            .collect();
        for &h in &hits {
            explained[h] = true;
        }
        if c.is_core() {
            score.core_total += 1;
            score.core_found += usize::from(!hits.is_empty());
        }
        if hits.is_empty() {
            score.missed.push(c.name.clone());
        } else {
            score.found.push(c.name.clone());
        }
    }
    for a in gold.acceptable.iter().chain(&gold.updates) {
        for (i, d) in collation.divergences.iter().enumerate() {
            if shows(d, a) {
                explained[i] = true;
            }
        }
    }
    for u in &gold.updates {
        let showing: Vec<_> = collation
            .divergences
            .iter()
            .filter(|d| shows(d, u))
            .collect();
        score.updates_total += 1;
        score.updates_shown += usize::from(!showing.is_empty());
        if showing.is_empty() {
            score.updates_missed.push(u.name.clone());
        }
        score.updates_labelled += usize::from(
            showing
                .iter()
                .any(|d| d.relation == parallax::model::Relation::Update),
        );
    }
    for t in &gold.traps {
        for (i, d) in collation.divergences.iter().enumerate() {
            if !explained[i] && shows(d, t) {
                explained[i] = true;
                score.traps_raised.push(format!("{}: {}", t.name, d.note));
            }
        }
    }
    for (i, d) in collation.divergences.iter().enumerate() {
        if !explained[i] {
            score
                .unexpected
                .push(format!("{} (group {}): {}", d.kind, d.group, d.note));
        }
    }
    score
}

/// Gold chrome lines that survived cleaning as (part of) a sentence.
pub fn chrome_kept(collation: &Collation, gold: &Gold) -> Vec<String> {
    gold.boilerplate
        .iter()
        .filter(|(doc, line)| {
            let Some(article) = find_article(collation, doc) else {
                return false;
            };
            let want = fold(line);
            collation.articles[article].sentences.iter().any(|s| {
                let got = fold(&s.text);
                // A short chrome line ("Volodymyr Zelensky") may well occur
                // inside an article sentence; only a long one is telling.
                got == want || (want.split(' ').count() >= 5 && got.contains(&want))
            })
        })
        .map(|(doc, line)| format!("{doc}: {line}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_straightens_quotes_and_case() {
        assert_eq!(fold("  “Hello”  World’s "), "\"hello\" world's");
    }

    #[test]
    fn pair_counts_f1() {
        let c = PairCounts {
            tp: 8,
            fp: 2,
            fn_: 2,
            unfound: 0,
        };
        assert!((c.f1() - 0.8).abs() < 1e-9);
    }
}

/// A gold cluster on disk: its articles and `gold.json`.
#[derive(Debug)]
pub struct Cluster {
    pub name: String,
    pub sources: Vec<parallax::corpus::Source>,
    pub gold: Gold,
}

/// Reads a cluster folder: every article in it plus its `gold.json`.
pub fn read_cluster(dir: &std::path::Path) -> anyhow::Result<Cluster> {
    let gold: Gold = serde_json::from_str(&std::fs::read_to_string(dir.join("gold.json"))?)?;
    let mut loaded = parallax::corpus::load(&[dir.to_path_buf()])?;
    // A cluster folder documents itself in a README beside its articles.
    loaded.sources.retain(|s| !s.path.ends_with("README.md"));
    Ok(Cluster {
        name: dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        sources: loaded.sources,
        gold,
    })
}

/// The seeds' gold annotations (kept in `tests/gold/seeds.json`).
pub fn seeds_gold() -> Gold {
    serde_json::from_str(include_str!("../../tests/gold/seeds.json"))
        .expect("seeds gold is valid JSON")
}

/// The same collation with every sentence in one group per story: the
/// "link everything" baseline.
pub fn link_everything(collation: &Collation) -> Collation {
    let mut all = collation.clone();
    all.groups = collation
        .stories
        .iter()
        .map(|story| parallax::model::Group {
            members: story
                .articles
                .iter()
                .flat_map(|&a| {
                    (0..collation.articles[a].sentences.len()).map(move |s| SentenceRef {
                        article: a,
                        sentence: s,
                    })
                })
                .collect(),
            score: 0.0,
        })
        .collect();
    all
}
