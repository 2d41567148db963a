//! One source says a thing happened, another that it did not.
//!
//! A negation cue ("not", "never", "yet to"…) in one sentence negates the
//! content words right after it, within its clause. If the other sentence of
//! the group uses the same word as the same predicate (lower case, outside
//! any negation of its own clause, after the same auxiliary or subject) the
//! two disagree. Antonymous predicates ("rose"/"fell", "acquitted"/"convicted",
//! `assets/contrast/antonyms.tsv`, from WordNet) in two close paraphrases
//! disagree the same way.

use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::{claim, Findings, Member, Spot};
use crate::model::{DetailKind, DivergenceKind};

/// Cues that negate the verb after them; words like "refused" or "without"
/// carry negation in their meaning and are too easily paraphrased to compare.
const GRAMMATICAL: [&str; 4] = ["not", "never", "no", "n't"];
/// Share of the shorter sentence's content words the two must have in common.
const MIN_SHARED: f32 = 0.5;

/// Whether two sentences say nearly the same thing in nearly the same words.
fn close_paraphrase(a: &Member, b: &Member) -> bool {
    a.shared_words(b) as f32 >= MIN_SHARED * a.words.len().min(b.words.len()) as f32
}

/// Tokens before a word, within its clause, in which the other side's own
/// cue would negate it.
const LOOKBACK: usize = 10;
/// Tokens before a cue, and before the other side's word, that must share
/// one word: the auxiliary or subject that makes them one predicate
/// ("would not appeal" / "would appeal").
const ANCHOR: usize = 3;

/// A grammatical negation cue.
fn is_cue(d: &crate::model::Detail) -> bool {
    d.kind == DetailKind::Negation && GRAMMATICAL.contains(&d.value.as_str())
}

pub(crate) fn compare(a: &Member, b: &Member, ia: usize, ib: usize, out: &mut Findings) {
    if asks(a) || asks(b) {
        return;
    }
    one_way(a, b, ia, ib, out);
    one_way(b, a, ib, ia, out);
    no_one(a, b, ia, ib, out);
    no_one(b, a, ib, ia, out);
    antonyms(a, b, ia, ib, out);
}

/// Words that open a question or a heading that asks one.
const QUESTION_WORDS: [&str; 7] = ["what", "how", "why", "who", "where", "when", "which"];

/// Whether a sentence asks rather than states: a question ("How many people
/// were hurt?"), or a heading that opens with a question word and ends with
/// no full stop ("What the deal leaves out"). Neither asserts a claim to deny.
fn asks(m: &Member) -> bool {
    let text = m.text.trim_end();
    let heading =
        m.tokens.first().is_some_and(|t| {
            QUESTION_WORDS.contains(&m.text[t.start..t.end].to_lowercase().as_str())
        }) && !text.ends_with(['.', '!', '"', '\u{201d}']);
    text.ends_with('?') || heading
}

/// The lower-case word of a token.
fn word_of(m: &Member, t: &crate::text::Token) -> String {
    m.text[t.start..t.end].to_lowercase()
}

/// A subject that denies there was anyone ("No one was inside the
/// warehouse", "Nobody was hurt") against a sentence that names someone in
/// the same state ("A night watchman was inside the building"): the cue
/// opens its clause, a form of "be" follows, and the other sentence puts the
/// same word after a form of "be" with a subject of its own, in one claim.
fn no_one(neg: &Member, plain: &Member, ineg: usize, iplain: usize, out: &mut Findings) {
    let denies_anyone = neg
        .details
        .iter()
        .any(|d| d.kind == DetailKind::Negation && matches!(d.value.as_str(), "no" | "nobody"));
    if !denies_anyone
        || out
            .conflict
            .iter()
            .any(|(k, _, _)| *k == DivergenceKind::Negation)
    {
        return;
    }
    let toks = &neg.tokens;
    let is_be = |m: &Member, t: &crate::text::Token| BE.contains(&word_of(m, t).as_str());
    for (i, t) in toks.iter().enumerate() {
        let w = word_of(neg, t);
        let after = match w.as_str() {
            "nobody" => i + 1,
            "no" if toks.get(i + 1).is_some_and(|n| word_of(neg, n) == "one") => i + 2,
            _ => continue,
        };
        // The cue opens its clause: it is the subject.
        if toks[clause_start(neg, i, LOOKBACK)..i]
            .iter()
            .any(|t| t.content)
        {
            continue;
        }
        let (Some(be), Some(word)) = (toks.get(after), toks.get(after + 1)) else {
            continue;
        };
        if !is_be(neg, be) || !word.content || word.detail.is_some() || is_name(neg, word) {
            continue;
        }
        let found = plain.tokens.iter().enumerate().find(|(k, p)| {
            p.norm == word.norm
                && *k >= 2
                && is_be(plain, &plain.tokens[k - 1])
                && !negated(plain, *k)
                && plain.tokens[clause_start(plain, k - 1, ANCHOR)..k - 1]
                    .iter()
                    .any(|s| s.content && !NO_ONE.contains(&word_of(plain, s).as_str()))
        });
        if let Some((_, hit)) = found.filter(|_| claim::same_claim(neg, plain)) {
            out.conflict.push((
                DivergenceKind::Negation,
                Spot {
                    member: ineg,
                    start: t.start,
                    end: word.end,
                    value: format!("not {}", word.norm),
                },
                Spot {
                    member: iplain,
                    start: hit.start,
                    end: hit.end,
                    value: hit.norm.clone(),
                },
            ));
            return;
        }
    }
}

/// Subjects that deny there was anyone.
const NO_ONE: [&str; 4] = ["no", "one", "nobody", "none"];

/// Antonym lemma pairs, each stored both ways (keyed by the words as listed:
/// stemming them all at start-up would cost more than the seeds' run), with
/// whether the pair is one of verbs.
static ANTONYMS: LazyLock<FxHashMap<(&'static str, &'static str), bool>> = LazyLock::new(|| {
    let mut out = FxHashMap::default();
    for (x, rest) in super::table_rows(include_str!("../../assets/contrast/antonyms.tsv")) {
        let (y, pos) = rest.split_once('\t').unwrap_or((rest, "verb"));
        let verbs = pos.trim() == "verb";
        if x != y {
            out.insert((x, y), verbs);
            out.insert((y, x), verbs);
        }
    }
    out
});

/// Words that have an antonym at all.
static HAS_ANTONYM: LazyLock<FxHashSet<&'static str>> =
    LazyLock::new(|| ANTONYMS.keys().map(|(x, _)| *x).collect());

/// A sentence's content words outside details that have an antonym, with
/// their lemma forms: computed once per member, not per pair.
pub(crate) fn antonym_candidates(
    text: &str,
    tokens: &[crate::text::Token],
) -> Vec<(usize, Vec<String>)> {
    tokens
        .iter()
        .enumerate()
        // A lexical cue ("denied") is a predicate with an antonym too
        // ("admitted"); a grammatical one ("not") is none.
        .filter(|(_, t)| {
            t.content
                && !t.in_quote
                && match t.detail {
                    None => true,
                    Some(DetailKind::Negation) => {
                        !GRAMMATICAL.contains(&text[t.start..t.end].to_lowercase().as_str())
                    }
                    Some(_) => false,
                }
        })
        .filter_map(|(k, t)| {
            let lemmas: Vec<String> = claim::lemmas(&text[t.start..t.end])
                .into_iter()
                .filter(|l| HAS_ANTONYM.contains(l.as_str()))
                .collect();
            (!lemmas.is_empty()).then_some((k, lemmas))
        })
        .collect()
}

/// Whether two lemma lists hold an antonym pair: `Some(true)` for verbs,
/// `Some(false)` for adjectives.
fn antonymous(lu: &[String], lv: &[String]) -> Option<bool> {
    lu.iter().find_map(|a| {
        lv.iter()
            .find_map(|b| ANTONYMS.get(&(a.as_str(), b.as_str())).copied())
    })
}

/// An adjective right before a content word modifies it ("national
/// observers"): it classifies, it asserts nothing.
fn attributive(m: &Member, k: usize) -> bool {
    m.tokens.get(k + 1).is_some_and(|next| {
        next.content
            && next.detail.is_none()
            && m.text[m.tokens[k].end..next.start].trim().is_empty()
    })
}

/// Words that open a noun phrase: a word right after one names a thing or a
/// class ("the front line", "the dead", "those lives"), it states nothing.
const DETERMINERS: [&str; 16] = [
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my",
    "your", "each", "every",
];

/// Whether the word at `k` is used as a noun or an adverb, not as a
/// predicate: it follows a determiner, or a figure ("15km back from the
/// line").
fn nominal(m: &Member, k: usize) -> bool {
    let Some(before) = k.checked_sub(1).map(|p| &m.tokens[p]) else {
        return false;
    };
    before.detail == Some(DetailKind::Number)
        || DETERMINERS.contains(&m.text[before.start..before.end].to_lowercase().as_str())
}

/// Two close paraphrases whose predicates are antonyms: "prices rose" /
/// "prices fell", "the jury acquitted him" / "the jury convicted him".
fn antonyms(a: &Member, b: &Member, ia: usize, ib: usize, out: &mut Findings) {
    if a.antonym_candidates.is_empty() || b.antonym_candidates.is_empty() {
        return;
    }
    let paraphrase = close_paraphrase(a, b);
    let predicate =
        |m: &Member, k: usize| !is_name(m, &m.tokens[k]) && !negated(m, k) && !nominal(m, k);
    let has = |m: &Member, norm: &str| m.tokens.iter().any(|t| t.norm == norm);
    for (i, la) in &a.antonym_candidates {
        for (j, lb) in &b.antonym_candidates {
            let (u, v) = (&a.tokens[*i], &b.tokens[*j]);
            let Some(verbs) = antonymous(la, lb) else {
                continue;
            };
            if (verbs || !(attributive(a, *i) || attributive(b, *j)))
                && !has(b, &u.norm)
                && !has(a, &v.norm)
                && predicate(a, *i)
                && predicate(b, *j)
                && ((paraphrase && anchored(a, *i, b, *j)) || same_object(a, *i, b, *j))
            {
                let spot = |member: usize, t: &crate::text::Token| Spot {
                    member,
                    start: t.start,
                    end: t.end,
                    value: t.norm.clone(),
                };
                out.conflict
                    .push((DivergenceKind::Negation, spot(ia, u), spot(ib, v)));
                return;
            }
        }
    }
}

fn one_way(neg: &Member, plain: &Member, ineg: usize, iplain: usize, out: &mut Findings) {
    if !neg.details.iter().any(is_cue) {
        return;
    }
    let paraphrase = close_paraphrase(neg, plain);
    for cue in neg
        .details
        .iter()
        .filter(|d| d.kind == DetailKind::Negation && GRAMMATICAL.contains(&d.value.as_str()))
    {
        let after = neg
            .tokens
            .iter()
            .position(|t| t.start >= cue.end)
            .unwrap_or(neg.tokens.len());
        // The scope ends with the clause: "was not damaged, engineers said".
        let clause: Vec<&crate::text::Token> = neg.tokens[after..]
            .iter()
            .take_while(|t| !neg.text[cue.end..t.start].contains([',', ';', ':']))
            .collect();
        // "not be restored till 31 December" says when, not whether.
        if clause
            .iter()
            .any(|t| BOUNDS.contains(&neg.text[t.start..t.end].to_lowercase().as_str()))
        {
            continue;
        }
        // The negated predicate is the first content word, past manner
        // adverbs ("did not immediately respond").
        let Some(word) = clause
            .iter()
            .find(|t| t.content && t.detail.is_none() && !is_manner_adverb(neg, t))
        else {
            continue;
        };
        if is_name(neg, word) {
            continue;
        }
        let cue_at = neg
            .tokens
            .iter()
            .position(|t| t.end > cue.start)
            .unwrap_or(after);
        // "the No campaign", "a No vote": a side's name, no denial.
        if cue.start > 0 && neg.text[cue.start..].starts_with(char::is_uppercase) {
            continue;
        }
        if supposed(neg, cue_at) {
            continue;
        }
        // Sentences that say more besides ("Rellić has not been charged, and
        // his lawyer said…") still deny one claim when the other sentence
        // holds the whole clause of the cue.
        // A clause too short to share two words ("he has not been
        // detained") still denies one verb chain word for word.
        let stated = paraphrase || clause_stated(neg, cue_at, &clause, plain);
        {
            // One verb in two forms: "did not shake hands" / "shook hands".
            let lemma_of = |m: &Member, t: &crate::text::Token| {
                let text = &m.text[t.start..t.end];
                crate::text::verb_lemma(text).map_or_else(|| text.to_lowercase(), str::to_string)
            };
            let word_lemma = lemma_of(neg, word);
            let same_verb = |t: &crate::text::Token| {
                t.norm == word.norm || (t.content && lemma_of(plain, t) == word_lemma)
            };
            let Some(k) = plain
                .tokens
                .iter()
                .position(|t| same_verb(t) && !is_name(plain, t))
            else {
                continue;
            };
            // The other sentence denies it too, in another clause: "asked
            // what she saw, she said she couldn't see".
            if plain
                .tokens
                .iter()
                .enumerate()
                .any(|(j, t)| j != k && same_verb(t) && negated(plain, j))
            {
                continue;
            }
            // "Felt never said it" denies one statement, not every "said".
            let word_at = neg.tokens.iter().position(|t| t.start == word.start);
            let speech =
                crate::text::is_speech_verb(&neg.text[word.start..word.end].to_lowercase());
            if speech && word_at.and_then(|w| complement(neg, w)) != complement(plain, k) {
                continue;
            }
            let word_at = word_at.unwrap_or(after);
            if supposed(plain, k)
                || done_badly(plain, k)
                || duty_before(neg, cue_at + 1) != duty_before(plain, k)
                || planned_before(neg, word_at) != planned_before(plain, k)
            {
                continue;
            }
            if !negated(plain, k)
                && ((stated
                    && (anchored(neg, cue_at, plain, k)
                        || one_object(neg, (cue_at, word_at), plain, k)))
                    || one_verb_chain(neg, (cue_at, word_at), plain, k))
            {
                let hit = &plain.tokens[k];
                out.conflict.push((
                    DivergenceKind::Negation,
                    Spot {
                        member: ineg,
                        start: cue.start,
                        end: word.end,
                        value: format!("not {}", word.norm),
                    },
                    Spot {
                        member: iplain,
                        start: hit.start,
                        end: hit.end,
                        value: hit.norm.clone(),
                    },
                ));
                break;
            }
        }
    }
}

/// Content words of a cue's clause the other sentence must hold…
const CLAUSE_SHARED: usize = 2;
/// …and their least share of the clause's content words.
const CLAUSE_SHARE: f32 = 0.6;

/// Whether the other sentence holds most content words of the cue's clause:
/// from the clause's start (a `,` `;` `:` or clause word before the cue) to
/// its end.
fn clause_stated(
    neg: &Member,
    cue_at: usize,
    after: &[&crate::text::Token],
    plain: &Member,
) -> bool {
    let from = clause_start(neg, cue_at, usize::MAX);
    let words: Vec<&str> = neg.tokens[from..cue_at]
        .iter()
        .chain(after.iter().copied())
        .filter(|t| t.content)
        .map(|t| t.norm.as_str())
        .collect();
    let held = words
        .iter()
        .filter(|w| plain.tokens.iter().any(|t| t.norm == **w))
        .count();
    held >= CLAUSE_SHARED && held as f32 >= CLAUSE_SHARE * words.len() as f32
}

/// Tokens after a predicate searched for its complement.
const COMPLEMENT: usize = 3;

/// The first content word after the token at `k`, within its clause: what a
/// verb of saying says ("said he saw", "never said it" has none).
fn complement<'m>(m: &'m Member, k: usize) -> Option<&'m str> {
    clause_after(m, k, COMPLEMENT)
        .map(|i| &m.tokens[i])
        .find(|t| t.content)
        .map(|t| t.norm.as_str())
}

/// The indices of at most `n` tokens after token `k` that stand in its
/// clause (no `,` `;` `:` `.` between).
fn clause_after(m: &Member, k: usize, n: usize) -> std::ops::Range<usize> {
    let from = m.tokens[k].end;
    let end = (k + 1..m.tokens.len())
        .take(n)
        .take_while(|&i| !m.text[from..m.tokens[i].start].contains([',', ';', ':', '.']))
        .last()
        .map_or(k + 1, |i| i + 1);
    k + 1..end
}

/// An adverb of manner or time ("immediately", "fully"): the word after it
/// is the predicate.
fn is_manner_adverb(m: &Member, t: &crate::text::Token) -> bool {
    let word = &m.text[t.start..t.end];
    word.len() > 4 && word.ends_with("ly")
}

/// Words after a negation that turn it into a time bound
/// (`assets/contrast/negation_bounds.txt`).
static BOUNDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::word_list(include_str!("../../assets/contrast/negation_bounds.txt")));

/// A member's negation cues: its negation details, and when it quotes
/// someone, the cues inside the quotation too.
pub(crate) fn all_cues(text: &str, details: &[crate::model::Detail]) -> Vec<crate::model::Detail> {
    if details.iter().any(|d| d.kind == DetailKind::Quote) {
        crate::text::negation_cues(text)
    } else {
        details
            .iter()
            .filter(|d| d.kind == DetailKind::Negation)
            .cloned()
            .collect()
    }
}

/// A capitalised word inside the sentence: a name or a title, no predicate.
fn is_name(m: &Member, t: &crate::text::Token) -> bool {
    t.start > 0 && m.text[t.start..].starts_with(char::is_uppercase)
}

/// Whether the token at `k` lies in the scope of a negation of its own
/// clause, or of a verb that denies it ([`denied_by_a_verb`]).
fn negated(m: &Member, k: usize) -> bool {
    let word = &m.tokens[k];
    let from = m.tokens[clause_start(m, k, LOOKBACK)].start;
    // A lexical cue is no negation of itself: "denied" asserts a denial.
    m.cues
        .iter()
        .any(|d| d.start >= from && d.start < word.end && d.start < word.start)
        || denied_by_a_verb(m, k)
        || too_to(m, k)
}

/// "too stiff to fill properly" says it cannot fill: "too", a word, "to",
/// then the predicate. "struggling to sustain drives" says as much.
fn too_to(m: &Member, k: usize) -> bool {
    let word = |i: usize| word_of(m, &m.tokens[i]);
    k >= 2
        && word(k - 1) == "to"
        && (super::frames_as(&word(k - 2), "unmanaged") || (k >= 3 && word(k - 3) == "too"))
}

/// Words that open a condition: what follows in the clause is supposed,
/// not stated ("will leak the data if the money is not paid" / "unless it
/// is paid").
const CONDITIONS: [&str; 3] = ["if", "unless", "whether"];

/// Whether the token at `k` stands in a conditional clause.
fn supposed(m: &Member, k: usize) -> bool {
    (clause_start(m, k, LOOKBACK)..k)
        .any(|i| CONDITIONS.contains(&word_of(m, &m.tokens[i]).as_str()))
}

/// Modals of duty: "the law should not leave the decision to operators"
/// says what ought to be, not what is.
const DUTY: [&str; 3] = ["should", "must", "ought"];

/// The modal of duty right before token `k` (past the cue), if any.
fn duty_before(m: &Member, k: usize) -> Option<String> {
    m.tokens[k.saturating_sub(2)..k]
        .iter()
        .map(|t| word_of(m, t))
        .find(|w| DUTY.contains(&w.as_str()))
}

/// Tokens before a predicate searched for a plan ("due to be installed").
const PLANNED_BEFORE: usize = 3;

/// Whether a word of `frame_words.tsv` kind `planned` and "to" stand just
/// before the token at `k`: "barriers were due to be installed" plans what
/// "had never been installed" denies happened, no rival to it.
fn planned_before(m: &Member, k: usize) -> bool {
    let from = k.saturating_sub(PLANNED_BEFORE);
    m.tokens[from..k]
        .windows(2)
        .any(|w| super::frames_as(&word_of(m, &w[0]), "planned") && word_of(m, &w[1]) == "to")
}

/// Whether a manner adverb that denies how a thing was done ("heat-treated
/// incorrectly" is "not heat-treated properly"; `frame_words.tsv`, kind
/// `badly`) follows the token at `k` within two words.
fn done_badly(m: &Member, k: usize) -> bool {
    m.tokens[k + 1..]
        .iter()
        .take(2)
        .any(|t| super::frames_as(&word_of(m, t), "badly"))
}

/// Verbs that deny what they govern (`assets/contrast/negative_verbs.txt`),
/// each with the particle it needs, if any.
static NEGATIVE_VERBS: LazyLock<Vec<(&'static str, Option<&'static str>)>> = LazyLock::new(|| {
    super::word_list(include_str!("../../assets/contrast/negative_verbs.txt"))
        .into_iter()
        .map(|l| match l.split_once(' ') {
            Some((verb, particle)) => (verb, Some(particle)),
            None => (l, None),
        })
        .collect()
});

/// Forms of "be" that make the verb after them a passive.
const BE: [&str; 7] = ["be", "been", "being", "is", "are", "was", "were"];

/// Tokens before a word, and after it, in which a denying verb governs it.
const DENIED_BEFORE: usize = 3;
const DENIED_AFTER: usize = 4;

/// Whether a verb of its clause denies the token at `k`: "ruled out paying
/// the ransom", "was barred from holding office", "refused to pay", and after
/// it, "fishing downstream has been banned".
fn denied_by_a_verb(m: &Member, k: usize) -> bool {
    let denies = |i: usize| {
        let t = &m.tokens[i];
        let forms = claim::lemmas(&m.text[t.start..t.end]);
        NEGATIVE_VERBS.iter().any(|(verb, particle)| {
            forms.iter().any(|f| f == verb)
                && particle.is_none_or(|p| {
                    m.tokens
                        .get(i + 1)
                        .is_some_and(|n| m.text[n.start..n.end].eq_ignore_ascii_case(p))
                })
        })
    };
    // After the word, only a passive denies it: "fishing has been banned",
    // not "they need to stop driving".
    let passive = |i: usize| {
        i > 0 && {
            let t = &m.tokens[i - 1];
            BE.contains(&m.text[t.start..t.end].to_lowercase().as_str())
        }
    };
    (clause_start(m, k, DENIED_BEFORE)..k).any(denies)
        || clause_after(m, k, DENIED_AFTER).any(|i| passive(i) && denies(i))
}

/// The first token of the clause of token `k`, at most `limit` tokens back:
/// the clause starts after the last `,` `;` `:` or clause word ("but",
/// `clause_words.txt`) before it.
fn clause_start(m: &Member, k: usize, limit: usize) -> usize {
    let mut from = k;
    while from > 0 && k - from < limit {
        let t = &m.tokens[from - 1];
        let gap_end = m.tokens.get(from).map_or(m.text.len(), |n| n.start);
        if claim::ends_clause(t) || m.text[t.end..gap_end].contains([',', ';', ':']) {
            break;
        }
        from -= 1;
    }
    from
}

/// Two predicates whose objects are one: the first content word after each,
/// in its clause, is the same ("admitted the charge" / "denied the charge"),
/// whatever else the sentences say.
fn same_object(a: &Member, i: usize, b: &Member, j: usize) -> bool {
    fn object<'m>(m: &'m Member, k: usize) -> Option<&'m str> {
        let next = m.tokens.get(k + 1..)?.iter().find(|t| t.content)?;
        let gap = &m.text[m.tokens[k].end..next.start];
        (!gap.contains([',', ';', ':']) && next.detail.is_none()).then_some(next.norm.as_str())
    }
    object(a, i).is_some_and(|o| Some(o) == object(b, j))
}

/// The cue and the plain word follow a common word (auxiliary, subject or
/// verb): the two sentences negate and assert one predicate.
fn anchored(neg: &Member, cue_at: usize, plain: &Member, k: usize) -> bool {
    // Within the clause: "Unlike X, Ross is not signed" is not about X.
    let before = |m: &'_ Member, at: usize| {
        let mut from = at;
        while from > 0 && at - from < ANCHOR {
            let gap_end = m.tokens.get(from).map_or(m.text.len(), |t| t.start);
            if m.text[m.tokens[from - 1].end..gap_end].contains([',', ';', ':']) {
                break;
            }
            from -= 1;
        }
        from..at
    };
    let (bn, bp) = (
        &neg.tokens[before(neg, cue_at)],
        &plain.tokens[before(plain, k)],
    );
    // "said it would not draw" / "says it will draw": two verbs that
    // report a statement are one anchor; one that addresses someone ("told
    // not to fish") gives an order, not a statement.
    let speech = |m: &Member, t: &crate::text::Token| {
        let word = word_of(m, t);
        crate::text::is_speech_verb(&word) && !crate::text::is_addressed_verb(&word)
    };
    bn.iter()
        .filter(|w| !FUNCTION_WORDS.contains(&w.norm.as_str()))
        .any(|w| {
            bp.iter()
                .any(|p| p.norm == w.norm || (speech(neg, w) && speech(plain, p)))
        })
}

/// Pronouns that stand for a subject named in an earlier sentence.
const PRONOUNS: [&str; 4] = ["he", "she", "it", "they"];

/// Whether a pronoun's predicate and the plain one are one verb phrase word
/// for word but the cue: "he has not been detained" / "the driver … has
/// been detained". A group holds sentences of one fact, so the pronoun
/// stands for the plain side's subject; another chain ("have been
/// charged"), another form ("was detained") or another object is another
/// claim.
fn one_verb_chain(
    neg: &Member,
    (cue_at, word_at): (usize, usize),
    plain: &Member,
    k: usize,
) -> bool {
    let (Some(aux), Some(subject)) = (cue_at.checked_sub(1), cue_at.checked_sub(2)) else {
        return false;
    };
    if !PRONOUNS.contains(&word_of(neg, &neg.tokens[subject]).as_str()) || word_at <= cue_at {
        return false;
    }
    let chain: Vec<String> = std::iter::once(aux)
        .chain(cue_at + 1..=word_at)
        .map(|i| word_of(neg, &neg.tokens[i]))
        .collect();
    let Some(from) = (k + 1).checked_sub(chain.len()) else {
        return false;
    };
    // What follows the verb is one too, or nothing on either side ("has
    // not been charged with any offence" / "has been charged with
    // negligence" are two charges).
    chain.len() >= 3
        && complement(neg, word_at) == complement(plain, k)
        && (from..=k)
            .map(|i| word_of(plain, &plain.tokens[i]))
            .eq(chain.iter().cloned())
}

/// Content words after a predicate that may hold its object…
const OBJECT: usize = 3;

/// Whether a denied predicate and the plain one take one object, the words
/// of the two clauses crossed: "the report did not call for the bridge to be
/// closed" / "a report from 2023 had called for the bridge to be closed", and
/// the passive beside the active, "the fire was not being treated as
/// suspicious" / "they are treating the fire as suspicious". Two subjects
/// that share no word are two claims ("Ross is not signed for the sequel" /
/// "Lawrence and Hemsworth are signed for the sequel"; "the embassy had no
/// comment on the judge's ruling" / "the judge made his comments").
fn one_object(neg: &Member, (cue_at, word_at): (usize, usize), plain: &Member, k: usize) -> bool {
    // A verb's negation ("not", "never"), not a noun's ("no jobs will be
    // lost" / "job guarantees").
    let cue = &neg.tokens[cue_at];
    if neg.text[cue.start..cue.end].eq_ignore_ascii_case("no") {
        return false;
    }
    let (sn, sp) = (subject_words(neg, cue_at), subject_words(plain, k));
    // The plain side's subject may stand further off, past a phrase or an
    // auxiliary chain ("its insurance policy with Aldmere Mutual covers",
    // "loyalty points will continue to be accepted").
    let farther = || subject_words_within(plain, k, SUBJECT_REACH);
    let shares = |words: &[&str]| sn.iter().any(|w| words.contains(w));
    // The denied predicate has a subject of its own words ("Not if the
    // prime minister can help it" denies no predicate of the other side).
    if sn.is_empty() || (!sp.is_empty() && !shares(&sp) && !shares(&farther())) {
        return false;
    }
    let on = object_words(neg, word_at);
    let op = object_words(plain, k);
    sn.iter()
        .chain(&on)
        .any(|w| sp.contains(w) || op.contains(w))
}

/// Whether a token may tie two clauses: names count (a subject named on
/// both sides); figures, dates, cues, verbs of saying ("police say they are
/// treating…") and function words do not.
fn tying(m: &Member, t: &crate::text::Token) -> bool {
    t.content
        && !crate::text::is_speech_verb(&m.text[t.start..t.end].to_lowercase())
        && !matches!(
            t.detail,
            Some(DetailKind::Number | DetailKind::Date | DetailKind::Negation)
        )
        && !FUNCTION_WORDS.contains(&t.norm.as_str())
}

/// Tokens before the plain side's predicate searched for its subject.
const SUBJECT_REACH: usize = 7;

/// The tying words before token `at` in its clause, within [`ANCHOR`].
fn subject_words<'m>(m: &'m Member, at: usize) -> Vec<&'m str> {
    subject_words_within(m, at, ANCHOR)
}

/// The tying words before token `at` in its clause, within `reach` tokens.
fn subject_words_within<'m>(m: &'m Member, at: usize, reach: usize) -> Vec<&'m str> {
    m.tokens[clause_start(m, at, reach)..at]
        .iter()
        .filter(|t| tying(m, t))
        .map(|t| t.norm.as_str())
        .collect()
}

/// The tying words of the object after the predicate at `at`, within
/// [`OBJECT`] tokens of its clause. The agent of a passive ("identified by
/// police") says who acts, not on what: it ties no object ("police did not
/// identify the man" / "the woman, identified by police as…").
fn object_words<'m>(m: &'m Member, at: usize) -> Vec<&'m str> {
    let agent = |i: usize| {
        m.tokens[i.saturating_sub(2)..i]
            .iter()
            .any(|t| m.text[t.start..t.end].eq_ignore_ascii_case("by"))
    };
    clause_after(m, at, OBJECT)
        .filter(|&i| tying(m, &m.tokens[i]) && !agent(i))
        .map(|i| m.tokens[i].norm.as_str())
        .collect()
}

/// Words too common to tie two predicates together
/// (`assets/contrast/function_words.txt`).
static FUNCTION_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::word_list(include_str!("../../assets/contrast/function_words.txt")));

#[cfg(test)]
mod tests {
    use super::*;

    fn negations(a: &str, b: &str) -> Vec<(String, String)> {
        super::super::pair_findings(a, b, compare)
            .conflict
            .into_iter()
            .map(|(_, x, y)| (x.value, y.value))
            .collect()
    }

    #[test]
    fn a_plan_is_no_rival_of_a_denial_that_it_happened() {
        assert!(negations(
            "Opposition deputies demanded to know why steel barriers promised after the 2019 crash had never been installed on the pass.",
            "Steel crash barriers were due to be installed on the pass in 2026.",
        )
        .is_empty());
        assert_eq!(
            negations(
                "Steel barriers had never been installed on the pass, the ministry said.",
                "Steel barriers were installed on the pass in 2026, the ministry said.",
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_pronoun_denying_one_verb_chain_word_for_word_meets_it() {
        assert_eq!(
            negations(
                "The driver of the moving train, 52, suffered head injuries and is in hospital; he has not been detained, police said.",
                "The driver of the moving train, a 52-year-old with 19 years of experience, has been detained, and he has been taken off duty by the operator.",
            )
            .len(),
            1
        );
        // Another chain is another claim.
        assert!(negations(
            "The driver of the moving train suffered head injuries; he has not been detained, police said.",
            "Two managers of the operator have been detained, police said.",
        )
        .is_empty());
    }

    #[test]
    fn the_plain_subject_may_stand_past_a_phrase() {
        assert_eq!(
            negations(
                "Aldmere Mutual insured the work for €40 million, but the policy does not cover forgery.",
                "The museum said its insurance policy with Aldmere Mutual covers forgery.",
            )
            .len(),
            1
        );
        // Another subject past the phrase is another claim.
        assert!(negations(
            "Aldmere Mutual insured the work for €40 million, but the policy does not cover forgery.",
            "The museum said its own fund for restoration with Aldmere Mutual covers forgery.",
        )
        .is_empty());
    }

    #[test]
    fn no_one_in_a_state_meets_someone_in_it_a_question_does_not() {
        assert_eq!(
            negations(
                "No one was inside the depot when the fire started, police said.",
                "A security guard was inside the building when the fire broke out but escaped unhurt.",
            ),
            [("not insid".to_string(), "insid".to_string())]
        );
        assert!(negations(
            "No one was hurt by the gas leak near the depot.",
            "How many people were hurt by the gas leak?",
        )
        .is_empty());
        assert!(negations(
            "No one was inside the depot when the fire started, police said.",
            "Nobody was inside the building when the fire broke out.",
        )
        .is_empty());
    }

    #[test]
    fn two_tenses_of_saying_anchor_one_predicate_an_order_does_not() {
        assert_eq!(
            negations(
                "Corvane said it would not take water from Lake Telmar and will rely on recycled water.",
                "Corvane says it will take water from Lake Telmar, topping up supplies with recycled water.",
            ),
            [("not take".to_string(), "take".to_string())]
        );
        assert!(negations(
            "Swimmers were told not to swim downstream of the plant.",
            "The agency said swimming downstream of the plant would stay banned while it tests the water.",
        )
        .is_empty());
    }

    #[test]
    fn a_negation_elsewhere_in_the_plain_sentence_does_not_hide_the_conflict() {
        let found = negations(
            "Engineers said the dam above the town was not damaged, officials said.",
            "Engineers said the dam above the town was damaged, but posed no threat.",
        );
        assert_eq!(found, [("not damag".to_string(), "damag".to_string())]);
    }

    #[test]
    fn identical_wording_inside_one_negation_is_no_conflict() {
        let found = negations(
            "Salazar is concerned, but has not indicated that he will act by the deadline.",
            "Salazar said he is concerned but has not indicated that he will act by the deadline.",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_name_after_the_cue_is_no_predicate() {
        let found = negations(
            "But he was not a match for Peyton Manning in the game.",
            "Peyton Manning completed 29 of 34 passes in the game.",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn different_predicates_on_one_noun_do_not_conflict() {
        let found = negations(
            "The embassy had no comment on the judge's ruling.",
            "The judge made his comments on the ruling to the embassy.",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn the_same_auxiliary_makes_one_predicate() {
        let found = negations(
            "Vaskin's lawyer said he would not appeal the verdict.",
            "Vaskin's lawyer said he would appeal the verdict.",
        );
        assert_eq!(found, [("not appeal".to_string(), "appeal".to_string())]);
    }

    #[test]
    fn antonymous_predicates_conflict_only_in_one_claim() {
        let found = negations(
            "Shares in the company rose sharply on Monday after the report.",
            "Shares in the company fell sharply on Monday after the report.",
        );
        assert_eq!(found, [("rose".to_string(), "fell".to_string())]);
        let found = negations(
            "Shares in the company rose sharply on Monday after the report.",
            "The report said rents fell in the capital last year.",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn an_irregular_past_is_the_verb_it_is_a_form_of() {
        let found = negations(
            "Vasstrom did not shake hands with Revik and left the stage straight after the final move.",
            "Vasstrom shook hands with Revik at the board before leaving the stage.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        let found = negations(
            "The witness told detectives she couldn't see the incident from the angle she was at.",
            "Asked what she saw, the witness told detectives she couldn't see the incident from the angle she was at.",
        );
        assert!(found.is_empty(), "{found:?}");
        // Refused: another verb with a form of its own is no denial.
        let found = negations(
            "Vasstrom did not shake hands with Revik at the board.",
            "Vasstrom took photographs with Revik at the board.",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_supposed_clause_denies_nothing_a_stated_one_does() {
        let found = negations(
            "The gang says it will leak the patient data if the money is not paid by Friday.",
            "The gang says it will leak the patient data unless the money is paid by Friday.",
        );
        assert!(found.is_empty(), "{found:?}");
        // Refused: the same words outside a condition still conflict.
        let found = negations(
            "The hospital group said the ransom was not paid by Friday.",
            "The hospital group said the ransom was paid by Friday.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn what_ought_to_be_is_no_denial_of_what_is() {
        let found = negations(
            "The group says the law should not leave the decision to close a piste to operators.",
            "The law leaves the decision to close a piste to operators.",
        );
        assert!(found.is_empty(), "{found:?}");
        // Refused: one duty on both sides is one claim.
        let found = negations(
            "The report says operators must not leave the decision to close a piste to guides.",
            "The report says operators must leave the decision to close a piste to guides.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn too_much_to_do_a_thing_and_doing_it_badly_are_denials() {
        let found = negations(
            "The heart muscle becomes stiff and cannot fill properly between beats.",
            "The heart muscle becomes too stiff to fill properly between beats.",
        );
        assert!(found.is_empty(), "{found:?}");
        let found = negations(
            "Engineers said the bolts had not been heat-treated properly by a supplier.",
            "Engineers said the bolts had been heat-treated incorrectly by a supplier.",
        );
        assert!(found.is_empty(), "{found:?}");
        let found = negations(
            "Unfortunately, the Colts offense simply could not sustain drives.",
            "With the Colts offense struggling to sustain drives, the defense stood tall.",
        );
        assert!(found.is_empty(), "{found:?}");
        // Refused: done properly against not done properly still conflicts.
        let found = negations(
            "Engineers said the bolts had not been heat-treated properly by a supplier.",
            "Engineers said the bolts had been heat-treated properly by a supplier.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_side_called_no_is_no_denial() {
        let found = negations(
            "Kelmen, whose party led the No campaign, called on Orsanu to resign.",
            "Kelmen, whose party campaigned against the amendment, called on Orsanu to resign.",
        );
        assert!(found.is_empty(), "{found:?}");
        // Refused: "no" in lower case still denies.
        let found = negations(
            "Kelmen's party ran no campaign against the amendment, aides said.",
            "Kelmen's party ran a campaign against the amendment, aides said.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn a_question_or_a_heading_that_asks_denies_nothing() {
        let found = negations("What the deal leaves out", "What is not in the deal?");
        assert!(found.is_empty(), "{found:?}");
        let found = negations(
            "The deal does not cover the prisoners held in the north.",
            "Does the deal cover the prisoners held in the north?",
        );
        assert!(found.is_empty(), "{found:?}");
        // Refused: a statement that opens with "when" still states.
        let found = negations(
            "When the fire started the alarm did not sound in the east wing.",
            "When the fire started the alarm sounded in the east wing.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn an_antonym_used_as_a_noun_or_after_a_figure_is_no_predicate() {
        let found = negations(
            "Both armies must move heavy guns 15km back from the line of contact.",
            "Both armies must withdraw heavy guns 15 kilometres from the front line.",
        );
        assert!(found.is_empty(), "{found:?}");
        let found = negations(
            "Seven of the dead were killed by a landslide in the village.",
            "A landslide in the village claimed seven of those lives.",
        );
        assert!(found.is_empty(), "{found:?}");
        // Refused: a predicate adjective after its verb still conflicts.
        let found = negations(
            "The miner found in the shaft on Monday was alive, rescuers said.",
            "The miner found in the shaft on Monday was dead, rescuers said.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn antonymous_predicates_of_one_object_conflict() {
        let found = negations(
            "Brannock admitted the charge at a three-hour hearing before an independent panel sitting in Montbrec.",
            "The lock denied the charge of foul play when he appeared before the independent panel.",
        );
        assert_eq!(found, [("admit".to_string(), "deni".to_string())]);
        let found = negations(
            "The government rejected calls from the federation to extend the ban to the whole country.",
            "The government has accepted calls from the federation to extend the ban to the whole country, the federation said.",
        );
        assert_eq!(found.len(), 1, "{found:?}");
        // Antonyms of two objects are two claims.
        let found = negations(
            "Brannock admitted the charge at a hearing before the panel.",
            "The club denied the report of a split when the panel met.",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn the_scope_of_a_cue_ends_with_its_clause() {
        let found = negations(
            "The dam above the town was not damaged, engineers said on Monday.",
            "Engineers inspected the dam above the town on Monday.",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    /// The first pair must raise nothing; the second exactly `want`.
    fn refuses_then_finds(refused: (&str, &str), found: (&str, &str), want: (&str, &str)) {
        let none = negations(refused.0, refused.1);
        assert!(none.is_empty(), "{none:?}");
        let got = negations(found.0, found.1);
        assert_eq!(got, [(want.0.to_string(), want.1.to_string())]);
    }

    #[test]
    fn a_negation_inside_a_quotation_still_negates_its_words() {
        // One source quotes with double quotes (a quotation detail hides the
        // cue from the details), the other with single ones.
        refuses_then_finds(
            (
                "\"I'm not positive all three of the people were targeted,\" the chief said.",
                "'I'm not positive all three of the people were targeted, 'the chief said.",
            ),
            (
                "'I'm not positive all three of the people were targeted, 'the chief said.",
                "\"I'm positive all three of the people were targeted,\" the chief said.",
            ),
            ("not posit", "posit"),
        );
    }

    #[test]
    fn the_first_predicate_after_the_cue_decides() {
        // "never recovered" is in both; "big" is no predicate of the cue.
        refuses_then_finds(
            ("Thompson never recovered from a big right hand near the end of the fifth round.", "Klitschko floored Thompson with a big right hand near the end of the fifth round, and he never recovered."),
            ("The ministry did not immediately respond to the request on Monday.", "The ministry did respond to the request on Monday."),
            ("not respond", "respond"),
        );
    }

    #[test]
    fn a_denied_statement_is_no_denial_of_every_statement() {
        refuses_then_finds(
            (
                "His daughter said her father ate a big breakfast, the family said.",
                "Felt never said it, the family said.",
            ),
            (
                "Felt said the money was his, the family said.",
                "Felt never said the money was his, the family said.",
            ),
            ("not said", "said"),
        );
    }

    #[test]
    fn a_denied_clause_the_other_sentence_states_whole_conflicts() {
        refuses_then_finds(
            (
                "He has not been charged with any offence, and his lawyer said he had followed every procedure.",
                "The captain, Tomas Rellic, 54, has been charged with negligence and is being held in Varnik.",
            ),
            (
                "Rellic has not been charged, and his lawyer said he had followed every procedure before leaving port.",
                "The captain, Tomas Rellic, 54, has been charged with negligence and is being held in Varnik.",
            ),
            ("not charg", "charg"),
        );
    }

    #[test]
    fn no_one_else_leaves_the_named_ones_out() {
        refuses_then_finds(
            (
                "Police said at least one officer was injured in the blast.",
                "Police said no one else was injured in the blast.",
            ),
            (
                "Police said an officer was injured in the blast.",
                "Police said no officer was injured in the blast.",
            ),
            ("not offic", "offic"),
        );
    }

    #[test]
    fn not_until_is_a_time_bound_not_a_denial() {
        refuses_then_finds(
            (
                "A ship was sent but normal service may not be restored till 31 December.",
                "A ship was sent and normal service may be restored by 31 December.",
            ),
            (
                "A ship was sent but normal service may not be restored this year.",
                "A ship was sent and normal service may be restored this year.",
            ),
            ("not restor", "restor"),
        );
    }

    #[test]
    fn the_anchor_lies_in_the_clause_of_the_cue() {
        refuses_then_finds(
            (
                "Unlike stars Lawrence and Hemsworth, Ross is not signed for the sequel.",
                "Stars Lawrence and Hemsworth are already signed for the sequel.",
            ),
            (
                "Director Ross is not signed for the sequel, the studio said.",
                "Director Ross is signed for the sequel, the studio said.",
            ),
            ("not sign", "sign"),
        );
    }

    #[test]
    fn a_denied_predicate_of_one_object_conflicts_whatever_its_subject_words() {
        refuses_then_finds(
            (
                "Unlike stars Lawrence and Hemsworth, Ross is not signed for the sequel.",
                "Stars Lawrence and Hemsworth are signed for the sequel, the studio said.",
            ),
            (
                "The report did not call for the bridge to be closed, but it recommended new bearings.",
                "A consultants' report from 2023 had called for the bridge to be closed until new bearings were fitted.",
            ),
            ("not call", "call"),
        );
        // The passive beside the active: the subject of one is the object of the other.
        refuses_then_finds(
            (
                "Police said the fire was not being treated as suspicious.",
                "Police say they are treating three of the injured as outpatients.",
            ),
            (
                "Police said the fire was not being treated as suspicious.",
                "Police say they are treating the fire as suspicious.",
            ),
            ("not treat", "treat"),
        );
    }

    #[test]
    fn a_verb_that_denies_the_predicate_agrees_with_its_negation() {
        refuses_then_finds(
            (
                "The group said on Tuesday that it would not pay the ransom.",
                "The group has ruled out paying the ransom.",
            ),
            (
                "The group said on Tuesday that it would not pay the ransom.",
                "The group has said that it would pay the ransom.",
            ),
            ("not pay", "pay"),
        );
        for (neg, plain) in [
            (
                "He may not hold public office for ten years once he is released.",
                "He was also barred from holding public office for ten years.",
            ),
            (
                "Anglers were told not to fish downstream of the plant.",
                "Fishing downstream has been banned.",
            ),
        ] {
            assert!(negations(neg, plain).is_empty(), "{neg} / {plain}");
        }
        // After its word, only a passive denies it.
        let found = negations(
            "Owners do not need to stop driving their cars, the company said.",
            "The company has told owners they need to stop driving their cars.",
        );
        assert_eq!(found, [("not need".to_string(), "need".to_string())]);
    }

    #[test]
    fn a_noun_negated_or_no_subject_takes_no_object_from_the_other_side() {
        for (neg, plain) in [
            (
                "The union wants a guarantee that no jobs will be lost at the terminal.",
                "The union is seeking job guarantees at the terminal.",
            ),
            (
                "Not if the prime minister can help it.",
                "Coalition partners have so far stood by the prime minister.",
            ),
            (
                "The man, whom police did not identify, was not in the office.",
                "The woman, identified by the police as Madeline Kafoury, died at the scene.",
            ),
        ] {
            assert!(negations(neg, plain).is_empty(), "{neg} / {plain}");
        }
    }

    #[test]
    fn adjective_antonyms_before_their_noun_classify_and_do_not_conflict() {
        refuses_then_finds(
            (
                "The elections will be monitored by national observers and foreign experts.",
                "The elections will be monitored by local observers and foreign experts.",
            ),
            (
                "The court said the defendant was guilty of every charge on Monday.",
                "The court said the defendant was innocent of every charge on Monday.",
            ),
            ("guilti", "innoc"),
        );
    }
}
