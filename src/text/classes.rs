//! What a noun names, from Open English WordNet: the class of a counted noun
//! (person, time, money…), so that a number's role and a title's office word
//! can be read (`assets/contrast/noun_classes.tsv`, derived by
//! `scripts/wordnet_tables.py`).

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

/// A noun (lower case, as WordNet lists it) -> the class of what it counts.
/// Keyed by the word itself: stemming 9,000 lemmas at start-up would cost
/// more than the seeds' whole run; [`lemmas`] finds the entry instead.
static NOUN_CLASSES: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    super::tables::table_rows(include_str!("../../assets/contrast/noun_classes.tsv")).collect()
});

/// Irregular verb forms -> their lemma ("shook" -> "shake"), from WordNet
/// (`assets/contrast/verb_forms.tsv`).
static VERB_FORMS: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
    super::tables::table_rows(include_str!("../../assets/contrast/verb_forms.tsv")).collect()
});

/// The lemma of an irregular verb form ("shook" → "shake"), if it is one.
pub(crate) fn verb_lemma(word: &str) -> Option<&'static str> {
    VERB_FORMS.get(word.to_lowercase().as_str()).copied()
}

/// The forms a table of lemmas may list a word under: itself and itself
/// without a plural or past ending ("workers", "acquitted" → "acquit").
pub(crate) fn lemmas(word: &str) -> Vec<String> {
    let w = word.to_lowercase();
    let mut out = vec![w.clone()];
    for suffix in ["s", "es", "d", "ed", "ing"] {
        if let Some(stem) = w.strip_suffix(suffix).filter(|s| s.len() > 2) {
            out.push(stem.to_string());
            // "acquitted" → "acquitt" → "acquit"
            let mut last = stem.chars().rev();
            let (x, y) = (last.next(), last.next());
            if stem.chars().count() > 3 && x == y {
                let cut = stem.len() - x.map_or(0, char::len_utf8);
                out.push(stem[..cut].to_string());
            }
        }
    }
    // "cities" → "city", "denied" → "deny".
    if let Some(stem) = w.strip_suffix("ies").or_else(|| w.strip_suffix("ied")) {
        out.push(format!("{stem}y"));
    }
    out
}

/// The class of a counted noun, from its surface form.
pub(crate) fn noun_class(word: &str) -> Option<&'static str> {
    lemmas(word)
        .iter()
        .find_map(|l| NOUN_CLASSES.get(l.as_str()).copied())
}

#[cfg(test)]
mod tests {
    use super::lemmas;

    #[test]
    fn a_doubled_letter_is_cut_by_characters_not_bytes() {
        assert!(lemmas("acquitted").contains(&"acquit".to_string()));
        assert!(lemmas("denied").contains(&"deny".to_string()));
        // Two equal non-ASCII letters before an ending: no byte-cut panic.
        assert!(lemmas("ўўўўs").contains(&"ўўў".to_string()));
    }
}
