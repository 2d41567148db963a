//! The office a sentence gives a named person, so that two different names
//! are compared only as holders of one office in one claim.
//!
//! "Defence lawyer Petra Voss said the case rested on…" and "Defence lawyer
//! Jonas Brill said the conviction rested on…" name two people for one
//! office: one of them is wrong. "Senator Ames said" and "Senator Brill said"
//! name two of the many senators of a story: no rivals. The office is read
//! from the title the person finder attached, else from a person noun next to
//! the name: before it ("race doctor Elena Fabbri", "the coach, Radek
//! Mlynář"), or in apposition after it ("Ilse Marrow, a geologist at…",
//! "Mary Quinn, head of the pilots' union"). A person noun is one WordNet
//! classes as a person (`noun_classes.tsv`). Outside close paraphrases an
//! office must be narrowed alike on both sides to be one person's.

use super::{claim, Member};
use crate::model::{Detail, DetailKind};
use crate::text::{lemmas, noun_class, Token};

/// Words of an apposition searched for its office noun ("a retired Supreme
/// Court judge").
const APPOSITION_REACH: usize = 5;

/// A person's office in one sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Office {
    /// The office word, lemma form ("lawyer", "judge", "justice minister").
    pub head: String,
    /// The word that narrows it ("defence" lawyer, head of "quality").
    pub qualifier: Option<String>,
    /// Read from a title ("President", "Sen."): offices many hold over
    /// time or at once.
    pub titled: bool,
}

/// Whether two different people named by `x` in `a` and `y` in `b` hold
/// one office there. In close paraphrases the same office word is enough;
/// otherwise only an office narrowed alike on both sides ("race doctor",
/// "defence lawyer", "head of quality") is one person's: a bare "coach" or
/// "President" is held by many in one story (two teams, two terms).
pub(crate) fn same_office(a: &Member, x: &Detail, b: &Member, y: &Detail) -> bool {
    let (Some(ox), Some(oy)) = (office(a, x), office(b, y)) else {
        return false;
    };
    // "defence lawyer" / "prosecution lawyer": two offices; "president" and
    // "UBC president" may be one.
    let heads_agree = ox.head == oy.head
        || (ox.titled && oy.titled && super::compat::one_office_title(&ox.head, &oy.head));
    if !heads_agree
        || (ox.qualifier.is_some() && oy.qualifier.is_some() && ox.qualifier != oy.qualifier)
    {
        return false;
    }
    let narrowed_alike = !ox.titled && ox.qualifier.is_some() && ox.qualifier == oy.qualifier;
    narrowed_alike || claim::close_paraphrase(a, b)
}

fn lower(m: &Member, t: &Token) -> String {
    m.text[t.start..t.end].to_lowercase()
}

/// The office a sentence gives the person `person` names, if it says.
pub(crate) fn office(m: &Member, person: &Detail) -> Option<Office> {
    if let Some(title) = m
        .details
        .iter()
        .find(|d| d.kind == DetailKind::Title && d.about.as_deref() == Some(person.value.as_str()))
    {
        return Some(Office {
            head: title.value.clone(),
            qualifier: None,
            titled: true,
        });
    }
    let first = m.tokens.iter().position(|t| t.start >= person.start)?;
    let last = m.tokens.iter().rposition(|t| t.end <= person.end)?;
    before(m, first, person).or_else(|| after(m, last, person))
}

/// "race doctor Elena Fabbri", "the coach, Radek Mlynář".
fn before(m: &Member, first: usize, person: &Detail) -> Option<Office> {
    let w = first.checked_sub(1)?;
    // A token that runs into the name ("United Nations" before a name read
    // from "Nations …") leaves no gap to read.
    let gap = m.text.get(m.tokens[w].end..person.start)?.trim();
    if !(gap.is_empty() || gap == ",") {
        return None;
    }
    let head = office_word(m, &m.tokens[w])?;
    let qualifier = w
        .checked_sub(1)
        .filter(|&q| m.text[m.tokens[q].end..m.tokens[w].start] == *" ")
        .map(|q| &m.tokens[q])
        .filter(|t| t.content && t.detail.is_none())
        .map(|t| lower(m, t));
    Some(Office {
        head,
        qualifier,
        titled: false,
    })
}

/// "Ilse Marrow, a geologist at…", "Dana Kovač, Corvane's head of quality".
fn after(m: &Member, last: usize, person: &Detail) -> Option<Office> {
    m.text[person.end..].strip_prefix(',')?;
    let rest = &m.tokens[last + 1..];
    let mut previous: Option<&Token> = None;
    for (i, t) in rest.iter().enumerate().take(APPOSITION_REACH) {
        // The apposition ends at its comma.
        if i > 0 && m.text[rest[i - 1].end..t.start].contains(',') {
            return None;
        }
        if let Some(head) = office_word(m, t) {
            // "the governor of Hormozgan", "head of quality", "a retired judge".
            let qualifier = of_noun(m, &rest[i..]).or_else(|| {
                previous
                    .filter(|p| p.content && p.detail.is_none())
                    .map(|p| lower(m, p))
            });
            return Some(Office {
                head,
                qualifier,
                titled: false,
            });
        }
        if !t.content && i > 0 {
            // "…, who chairs", "…, said": no apposition of an office.
            return None;
        }
        previous = Some(t);
    }
    None
}

/// The noun of "head of quality", "chief of the pilots' union".
fn of_noun(m: &Member, from: &[Token]) -> Option<String> {
    let mut it = from.iter().skip(1);
    if it.next().map(|t| lower(m, t)).as_deref() != Some("of") {
        return None;
    }
    it.find(|t| t.content).map(|t| lower(m, t))
}

/// A lower-case person noun ("lawyer", "geologist", "head"), as its lemma.
fn office_word(m: &Member, t: &Token) -> Option<String> {
    if t.detail.is_some() {
        return None;
    }
    let word = lower(m, t);
    if word == "head" || word == "chief" {
        return Some(word);
    }
    noun_class(&word).filter(|&c| c == "person")?;
    lemmas(&word)
        .into_iter()
        .find(|l| noun_class(l).is_some())
        .or(Some(word))
}

#[cfg(test)]
mod tests {
    use crate::contrast::pair_members;
    use crate::model::DetailKind;

    fn same(a: &str, b: &str) -> bool {
        pair_members(a, b, |ma, mb| {
            let person = |m: &super::Member| {
                m.details
                    .iter()
                    .find(|d| d.kind == DetailKind::Person)
                    .cloned()
                    .expect("a person")
            };
            super::same_office(ma, &person(ma), mb, &person(mb))
        })
    }

    #[test]
    fn a_name_read_inside_a_longer_token_gives_no_office_and_no_panic() {
        let a = "The United Nations Food Relief Organisation says up to 1.3 million people \
                 could face shortages, and its country director, Ingrid Varga, has asked donors for seed.";
        let b = "Its regional director, Ingrid Varga, has asked donors for seed.";
        crate::contrast::pair_members(a, b, |ma, mb| {
            for d in ma.details.iter().filter(|d| d.kind == DetailKind::Person) {
                let _ = super::office(ma, d);
            }
            for d in mb.details.iter().filter(|d| d.kind == DetailKind::Person) {
                assert!(super::office(mb, d).is_some());
            }
        });
    }

    #[test]
    fn one_office_in_two_names_is_one_office() {
        assert!(same(
            "Defence lawyer Petra Voss said the case rested on the word of a contractor.",
            "Defence lawyer Jonas Brill said the conviction rested on a contractor's word."
        ));
        assert!(same(
            "Mary Quinn, head of the pilots' union, said the deal was unfair.",
            "Laura Bennett, head of the pilots' union, told the radio the deal was unfair."
        ));
    }

    #[test]
    fn a_title_with_and_without_its_organisation_is_one_office_in_a_paraphrase() {
        assert!(same(
            "UBC president Hector Malloy has ordered a full review of the three scorecards.",
            "UBC President Colin Farrow has ordered a review of the scorecards."
        ));
        assert!(!same(
            "WBA President Hector Malloy has ordered a full review of the three scorecards.",
            "UBC President Colin Farrow has ordered a review of the scorecards."
        ));
    }

    #[test]
    fn two_offices_or_an_office_many_hold_are_no_rivals() {
        // Two qualifiers, each missing from the other sentence.
        assert!(!same(
            "Defence lawyer Petra Voss said the case was weak.",
            "Prosecution lawyer Jonas Brill said the case was strong."
        ));
        // Heads of two things.
        assert!(!same(
            "Mary Quinn, head of quality, said the bolts were faulty.",
            "Laura Bennett, head of marketing, said the bolts were faulty."
        ));
        // Different office words.
        assert!(!same(
            "Judge Konrad Aldane ordered the suspect held.",
            "Prosecutor Stefan Morel asked for the suspect to be held."
        ));
        // An office many people hold, in sentences that are no paraphrases.
        assert!(!same(
            "Senator Anna Ames said the bill would pass next week.",
            "Senator Jonas Brill warned that hospitals would close."
        ));
        // A bare office word, as two teams' coaches hold it.
        assert!(!same(
            "Colts coach Tony Dungy said the team was grateful for the win.",
            "Coach Brad Childress said the decision had nothing to do with health."
        ));
        // No office at all.
        assert!(!same(
            "Petra Voss said the case rested on the word of a contractor.",
            "Jonas Brill said the case rested on the word of a contractor."
        ));
    }
}
