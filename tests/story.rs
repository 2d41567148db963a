//! Story clustering: single-story folders stay whole; mixed ECB+ topics split.

use std::path::Path;

use parallax::model::{Article, Sentence, Story};
use parallax::{corpus, story, Analysed, Options};

fn stories_of(articles: &[Article]) -> Vec<Story> {
    story::cluster(
        &Analysed::of_articles(articles.to_vec()),
        &story::Tuning::default(),
    )
}

fn article(path: &str, title: &str, body: &[&str]) -> Article {
    let text = body.join("\n");
    let mut start = 0;
    let sentences = body
        .iter()
        .map(|s| {
            let sentence = Sentence {
                text: s.to_string(),
                start,
                end: start + s.len(),
                details: parallax::text::details(s),
            };
            start += s.len() + 1;
            sentence
        })
        .collect();
    Article {
        path: path.into(),
        title: title.into(),
        text,
        sentences,
        meta: Default::default(),
    }
}

fn two_quakes() -> Vec<Article> {
    vec![
        article("a", "Quake shakes Velmora", &[
            "A strong earthquake struck the coastal city of Velmora on Tuesday, killing 14 people.",
            "Mayor Ilse Brandvik said rescuers in Velmora were searching collapsed homes.",
            "The quake was felt across Ostria province.",
        ]),
        article("b", "Earthquake in Karsk", &[
            "An earthquake hit the mountain town of Karsk on Saturday, injuring dozens.",
            "Governor Tomas Reyland said Karsk hospitals were overwhelmed.",
            "Aftershocks rattled the Dunmere valley overnight.",
        ]),
        article("c", "Velmora earthquake toll rises", &[
            "Rescuers in Velmora pulled survivors from rubble after Tuesday's earthquake.",
            "Ilse Brandvik, the mayor, said 14 people had died in Velmora.",
            "Ostria province declared an emergency.",
        ]),
        article("d", "Karsk quake leaves dozens hurt", &[
            "Dozens were hurt when an earthquake shook Karsk on Saturday.",
            "Tomas Reyland, the governor, said hospitals in Karsk were full.",
            "The Dunmere valley felt strong aftershocks.",
        ]),
    ]
}

#[test]
fn two_events_of_one_kind_make_two_stories() {
    let stories = stories_of(&two_quakes());
    let sets: Vec<Vec<usize>> = stories.iter().map(|s| s.articles.clone()).collect();
    assert_eq!(sets, vec![vec![0, 2], vec![1, 3]]);
    assert!(stories.iter().all(|s| !s.label.is_empty()));
}

#[test]
fn paraphrases_of_one_event_make_one_story() {
    let quakes = two_quakes();
    let one = [quakes[0].clone(), quakes[2].clone()];
    assert_eq!(stories_of(&one).len(), 1);
}

#[test]
fn empty_and_single_inputs() {
    assert!(stories_of(&[]).is_empty());
    let one = [two_quakes().remove(0)];
    let stories = stories_of(&one);
    assert_eq!(stories.len(), 1);
    assert_eq!(stories[0].articles, vec![0]);
}

#[test]
fn clustering_is_deterministic() {
    let quakes = two_quakes();
    assert_eq!(stories_of(&quakes), stories_of(&quakes));
}

#[test]
fn bundled_seeds_are_one_story() {
    let c = parallax::collate(&corpus::bundled_seeds(), &Options::default());
    assert_eq!(c.stories.len(), 1, "{:?}", c.stories);
    assert_eq!(
        c.stories[0].articles,
        (0..c.articles.len()).collect::<Vec<_>>()
    );
}

fn cluster_is_one_story(name: &str) {
    let dir = Path::new("tests/clusters").join(name);
    let cluster = parallax_lab::eval::read_cluster(&dir).expect(name);
    let c = parallax::collate(&cluster.sources, &Options::default());
    assert_eq!(c.stories.len(), 1, "{name}: {:?}", c.stories);
}

#[test]
fn quake_cluster_is_one_story() {
    cluster_is_one_story("quake");
}

#[test]
fn verdict_cluster_is_one_story() {
    cluster_is_one_story("verdict");
}

/// Mixed ECB+ topics (two real events of one kind each): pairwise clustering F1
/// over a few easy and hard topics must stay near what was measured.
#[test]
fn ecbplus_mixed_topics_split() {
    let Some(root) = parallax_lab::needs::data("ecbplus", "ecbplus_mixed_topics_split") else {
        return;
    };
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for topic in [1, 3, 5, 8, 12, 20, 24, 26] {
        let mut sources = Vec::new();
        let mut labels = Vec::new();
        for sub in 1..=2 {
            let cluster =
                parallax_lab::eval::read_cluster(&root.join(format!("{topic}_{sub}"))).unwrap();
            labels.extend(std::iter::repeat_n(sub, cluster.sources.len()));
            sources.extend(cluster.sources);
        }
        let c = parallax::collate(
            &sources,
            &Options {
                clean: false,
                one_story: false,
            },
        );
        let story_of = |a: usize| c.story_of(a).unwrap();
        for a in 0..labels.len() {
            for b in a + 1..labels.len() {
                match (labels[a] == labels[b], story_of(a) == story_of(b)) {
                    (true, true) => tp += 1,
                    (false, true) => fp += 1,
                    (true, false) => fn_ += 1,
                    _ => {}
                }
            }
        }
    }
    let (p, r) = (tp as f64 / (tp + fp) as f64, tp as f64 / (tp + fn_) as f64);
    let f1 = 2.0 * p * r / (p + r);
    // Measured 0.808 (P 0.713, R 0.932), before and after the typed details landed.
    assert!(f1 >= 0.75, "clustering F1 {f1:.3} (P {p:.3} R {r:.3})");
}
