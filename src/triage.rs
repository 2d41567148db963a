//! Triage marks: a fact-checker's verdict on a divergence (confirmed,
//! dismissed, to check) and an optional note, kept between runs.
//!
//! A mark is keyed by what the divergence says, never by its position in the
//! collation's arrays (which move when an article is added or a rule changes):
//! a hash of its kind and, sorted, each side's source file name, sentence and
//! value ([`key`]). Marks are stored per corpus (the inputs named on the
//! command line) under the XDG state folder,
//! `$XDG_STATE_HOME/parallax/marks/<hash of the corpus>.json` (default
//! `~/.local/state`), never beside or inside the articles, and written
//! atomically. A file that cannot be read is reported and never overwritten.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::Collation;

/// The schema name of a marks file.
pub const SCHEMA: &str = "parallax.marks/1";

/// A fact-checker's verdict on a divergence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// Checked: the sources do disagree.
    Confirmed,
    /// Checked: not a real disagreement.
    Dismissed,
    /// Still to check.
    Check,
}

impl Verdict {
    /// Every verdict, in the order filters cycle through them.
    pub const ALL: [Verdict; 3] = [Verdict::Confirmed, Verdict::Dismissed, Verdict::Check];

    /// The verdict as JSON and reports write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Confirmed => "confirmed",
            Verdict::Dismissed => "dismissed",
            Verdict::Check => "check",
        }
    }

    /// The verdict in words, for a screen or a report.
    pub fn words(self) -> &'static str {
        match self {
            Verdict::Confirmed => "confirmed",
            Verdict::Dismissed => "dismissed",
            Verdict::Check => "to check",
        }
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.words())
    }
}

/// One mark as stored: the verdict, the note, and what it was about (for a
/// person reading the file).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    /// The verdict.
    pub verdict: Verdict,
    /// The fact-checker's note; empty when none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The divergence's kind and note when it was marked.
    #[serde(default)]
    pub about: String,
}

/// A corpus's marks, by [`key`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Marks {
    /// [`SCHEMA`].
    pub schema: String,
    /// The inputs the marks belong to, as [`corpus_id`] writes them.
    pub corpus: String,
    /// Mark by divergence key.
    pub marks: BTreeMap<String, Mark>,
}

/// FNV-1a, 64 bits: a hash that is the same on every build and platform
/// (std's hasher promises neither).
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The last part of a path or address: the same file read from another
/// folder keeps its marks.
fn file_name(path: &str) -> &str {
    path.trim_end_matches('/')
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(path)
}

/// The stable key of divergence `d`: its kind and, sorted, each side's source
/// file name, sentence text and value, hashed.
pub fn key(c: &Collation, d: usize) -> String {
    let Some(div) = c.divergences.get(d) else {
        return String::new();
    };
    let mut sides: Vec<String> = div
        .values
        .iter()
        .map(|v| {
            let article = c.articles.get(v.article);
            let source = article.map_or("", |a| file_name(&a.path));
            let sentence = article
                .and_then(|a| a.sentences.get(v.sentence))
                .map_or("", |s| s.text.as_str());
            format!("{source}\u{1f}{sentence}\u{1f}{}", v.text)
        })
        .collect();
    sides.sort();
    sides.dedup();
    let text = format!("{}\u{1e}{}", div.kind.as_str(), sides.join("\u{1e}"));
    format!("{:016x}", fnv(text.as_bytes()))
}

/// Every divergence's key, in order.
pub fn keys(c: &Collation) -> Vec<String> {
    (0..c.divergences.len()).map(|d| key(c, d)).collect()
}

/// The corpus the inputs name: each existing path made absolute, addresses
/// and `-` as written, sorted; the bundled seeds when there are none.
pub fn corpus_id(inputs: &[PathBuf]) -> String {
    if inputs.is_empty() {
        return "bundled seeds".to_string();
    }
    let mut named: Vec<String> = inputs
        .iter()
        .map(|p| {
            std::fs::canonicalize(p)
                .unwrap_or_else(|_| p.clone())
                .display()
                .to_string()
        })
        .collect();
    named.sort();
    named.dedup();
    named.join("\n")
}

/// The state folder: `$XDG_STATE_HOME`, else `$HOME/.local/state`.
fn state_home() -> Option<PathBuf> {
    let var = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    var("XDG_STATE_HOME")
        .filter(|p| p.is_absolute())
        .or_else(|| var("HOME").map(|h| h.join(".local/state")))
}

/// Where the marks of `corpus` are kept, if there is a state folder.
pub fn path_for(corpus: &str) -> Option<PathBuf> {
    state_home().map(|s| path_in(&s, corpus))
}

/// The marks file of `corpus` under the state folder `state`.
pub fn path_in(state: &Path, corpus: &str) -> PathBuf {
    state
        .join("parallax/marks")
        .join(format!("{:016x}.json", fnv(corpus.as_bytes())))
}

/// A mark as reports print it: "Triage: confirmed — the note".
pub fn line(mark: &Mark) -> String {
    if mark.note.is_empty() {
        format!("Triage: {}", mark.verdict)
    } else {
        format!("Triage: {} — {}", mark.verdict, mark.note)
    }
}

impl Marks {
    /// No marks yet for `corpus`.
    pub fn new(corpus: &str) -> Self {
        Marks {
            schema: SCHEMA.to_string(),
            corpus: corpus.to_string(),
            marks: BTreeMap::new(),
        }
    }

    /// The marks stored at `path` for `corpus`; none when the file does not
    /// exist yet, an error naming the file when it cannot be read.
    pub fn load(path: &Path, corpus: &str) -> Result<Self, String> {
        match std::fs::read_to_string(path) {
            Ok(text) => serde_json::from_str::<Marks>(&text)
                .map_err(|e| format!("{}: not a marks file ({e})", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Marks::new(corpus)),
            Err(e) => Err(format!("{}: {e}", path.display())),
        }
    }

    /// The marks as the file holds them.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("marks serialise") + "\n"
    }

    /// Writes the marks to `path` atomically, creating its folder.
    pub fn save(&self, path: &Path) -> Result<(), String> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        crate::export::write_atomic(path, &[self.to_json()]).map_err(|e| e.to_string())
    }

    /// The mark of divergence `d` of `c`, if any.
    pub fn of(&self, c: &Collation, d: usize) -> Option<&Mark> {
        self.marks.get(&key(c, d))
    }

    /// Each divergence's mark, in order.
    pub fn per_divergence(&self, c: &Collation) -> Vec<Option<Mark>> {
        keys(c).iter().map(|k| self.marks.get(k).cloned()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> Collation {
        crate::tui::fixture::collation()
    }

    #[test]
    fn keys_follow_what_is_said_not_where_it_sits() {
        let c = fixture();
        let k = keys(&c);
        assert_eq!(k.len(), 3);
        assert!(k.iter().all(|k| k.len() == 16));
        assert_ne!(k[0], k[1]);
        // Reordered arrays, another folder: the same keys.
        let mut moved = c.clone();
        moved.divergences.reverse();
        moved.divergences[0].values.reverse();
        for a in &mut moved.articles {
            a.path = format!("/elsewhere/{}", file_name(&a.path));
        }
        let mut again = keys(&moved);
        again.reverse();
        assert_eq!(again, k);
        // Another value is another divergence.
        let mut changed = c.clone();
        changed.divergences[0].values[1].text = "Izmir".into();
        assert_ne!(key(&changed, 0), k[0]);
    }

    #[test]
    fn marks_round_trip_through_an_atomic_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state/parallax/marks/x.json");
        let c = fixture();
        let mut m = Marks::load(&path, "corpus").unwrap();
        assert!(m.marks.is_empty(), "no file yet: no marks");
        m.marks.insert(
            key(&c, 1),
            Mark {
                verdict: Verdict::Confirmed,
                note: "both offices asked".into(),
                about: "date".into(),
            },
        );
        m.save(&path).unwrap();
        let back = Marks::load(&path, "corpus").unwrap();
        assert_eq!(back, m);
        assert_eq!(back.of(&c, 1).unwrap().verdict, Verdict::Confirmed);
        assert_eq!(back.per_divergence(&c)[0], None);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("\"verdict\": \"confirmed\""), "{text}");
    }

    #[test]
    fn an_unreadable_file_is_an_error_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.json");
        std::fs::write(&path, "not json").unwrap();
        let e = Marks::load(&path, "c").unwrap_err();
        assert!(e.contains("m.json: not a marks file"), "{e}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "not json");
    }

    #[test]
    fn the_corpus_is_its_inputs_wherever_they_are_named_from() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a");
        std::fs::create_dir(&a).unwrap();
        let dotted = a.join("..").join("a");
        assert_eq!(corpus_id(&[a]), corpus_id(&[dotted]));
        assert_eq!(corpus_id(&[]), "bundled seeds");
        assert_ne!(path_in(dir.path(), "x"), path_in(dir.path(), "y"));
    }
}
