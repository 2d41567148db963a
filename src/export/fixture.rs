//! A small hand-made collation with stories, groups and divergences, for tests.

use crate::model::Collation;

/// Two stories, three groups, three divergences, one skipped file; article text
/// holds Markdown and HTML metacharacters, an ANSI escape and a bidi override.
pub fn collation() -> Collation {
    serde_json::from_str(include_str!("../../tests/fixtures/collation.json"))
        .expect("the fixture is a valid collation")
}
