//! The five bundled seeds cleaned together: no line of page furniture
//! survives, and every article paragraph (first, subheadings, last) does.

use parallax::corpus::{bundled_seeds, clean, Cleaned, Cleaning};

fn cleaned() -> Vec<Cleaned> {
    clean(&bundled_seeds(), Cleaning::RemoveFurniture)
}

/// Every furniture line of the seeds, by seed.
const CHROME: [&[&str]; 5] = [
    &[
        "Breaking News",
        "Read more: Zelensky Apologizes to Trump, Aims to Mend US-Ukraine Relations",
        "Facebook",
        "Twitter",
        "LinkedIn",
        "Pinterest",
        "WhatsApp",
    ],
    &["3 min read"],
    &[
        "back to top",
        "Sunday, June 1, 2025",
        "Share",
        "READ MORE: India and Pakistan Confirm Immediate Ceasefire after US-Mediated Talks",
        "Read more",
        "Local News",
    ],
    &["ON NOW Newsnight", "Volodymyr Zelensky", "Follow us on:", "• en", "en"],
    &[
        "globzette.com",
        "Home",
        "Sports",
        "Business",
        "Technology",
        "Culture",
        "Travel",
        "Pages",
        "About Us",
        "Contributor",
        "Contact Us",
        "🔥",
        "Asia",
        "US",
        "UK",
        "Europe",
        "Australia",
        "Africa",
        "Russia",
        "Turkiye",
        "War-in-Ukraine",
        "Gaza-War",
        "Latin-America",
        "US-Elections",
        "Paris-Olympics",
        "Font ResizerAa",
        "globzette.comglobzette.com",
        "Search",
        "Have an existing account? Sign In",
        "Follow US",
        "© 2022 Foxiz News Network. Ruby Design Company. All Rights Reserved.",
        "globzette.com > Blog > Europe > Ukraine-Russia Peace Talks: Zelensky to Meet Putin in Istanbul",
        "Admin",
        "Last updated: May 12, 2025 9:23 am",
        "Published: May 12, 2025",
        "SHARE",
        "Zelensky Putin Peace Talks",
        "Contents",
        "Why have Russia's peace talks with Ukraine picked up pace?Is a ceasefire likely before our meetings?What part are Western countries playing?Why Istanbul today and why now?Might this conference bring about peace?What Can Institutions and People Do?",
        "Trump’s Engagement with Putin: A Path to Peace or a Strategic Misstep?",
        "Russia Intensifies Attacks on Ukraine Amid Ongoing Conflict",
        "Is the US-Ukraine Ceasefire Agreement a Step Towards Peace?",
        "Devastating Landslides in Minas Gerais Leave At Least 10 Dead and Dozens Homeless",
        "Chinese Soldiers in Ukraine: Zelensky’s Warning",
        "TAGGED:ceasefirediplomacyNegotiations",
        "Share This Article",
        "Email Copy Link Print",
        "Previous Article Russian shadow oil tankers UK’s Sanctions Against Russian Shadow Fleet Disrupt Oil Exports",
        "Next Article Confiscated hermit crabs Hermit Crab Smuggling Operation Exposed on Japan’s Amami Island",
        "Leave a Comment",
        "Leave a Reply Cancel reply",
        "Your email address will not be published. Required fields are marked *",
        "You Might Also Like",
        "US China trade talks",
        "US-China Trade Talks Aim to Ease Global Tensions",
        "By Admin",
        "Ukrainian soldiers silhouette",
        "UK’s £450m Ukraine Military Aid Package Boosts Kyiv’s Defence",
        "Legendary French Actor Alain Delon Dies, Leaving a “Huge Void”",
        "Trump and Starmer discussing US-UK relations",
        "Trump and Starmer: A New Era in US- UK Relations?",
        "About US",
        "Globzette is your go-to source for up-to-date news and in-depth analysis on global events. Covering a wide range of topics including politics, technology, business, culture, sports, and international affairs, we deliver timely, accurate, and well-researched content. Stay informed with Globzette, where news meets perspective.",
        "Facebook Instagram",
        "Top Categories",
        "Useful Links",
        "US Elections",
        "War in Ukraine",
        "Gaza War",
        "Latin America",
        "Paris Olympics",
        "Blog",
        "Privacy Policy",
        "Terms and Conditions",
        "© 2023-25. Global Gazette. All Rights Reserved.",
        "Welcome Back!",
        "Sign in to your account",
        "Username or Email Address",
        "Password",
        "Lost your password?",
    ],
];

/// Headlines, and article lines that must be kept (prefixes of paragraphs).
const TITLES: [&str; 5] = [
    "Zelensky Invites Putin to Peace Talks in Istanbul Amid Ceasefire Push",
    "Zelensky challenges Putin to meet him after Trump demands Ukraine-Russia talks",
    "Putin Proposes Direct Peace Talks in Istanbul; Zelenskiy Welcomes Gesture but Demands Ceasefire",
    "Zelensky Confirms Turkey Visit, Urges Putin to Meet for Direct Peace Talks",
    "Ukraine-Russia Peace Talks: Zelensky to Meet Putin in Istanbul",
];

const BODY: [&[&str]; 5] = [
    &[
        "Ukrainian President Volodymyr Zelensky has invited Russian President",
        "In a statement posted on X (formerly Twitter) on Sunday night",
        "This invitation came shortly after former US President",
        "Zelensky’s challenge to Putin highlights the urgency",
    ],
    &[
        "Zelensky invites Putin to Istanbul for peace talks amid Western pressure",
        "Ukrainian President Volodymyr Zelensky has publicly invited",
        "As Thursday approaches, the world waits to see",
    ],
    &[
        "President Vladimir Putin on Sunday called for direct",
        "A Ceasefire as the First Condition",
        "EU Demands Unconditional 30-Day Truce",
        "Turkey’s Role as a Mediator",
        "Potential Obstacles to Negotiations",
        "Territorial Sovereignty: Russia’s 2014 annexation",
        "War Crimes and Justice: Kyiv demands accountability",
        "Turkey’s Diplomatic Tightrope",
        "Agenda Setting: Ukraine demands ceasefire timelines",
        "Conclusion",
        "President Putin’s call for direct talks in Istanbul injects",
    ],
    &[
        "Zelensky has confirmed his trip to Ankara",
        "Ukrainian President Volodymyr Zelensky has announced plans",
        "“We will do everything to ensure that this meeting takes place,”",
        "As pressure builds and the clock ticks down to Thursday",
    ],
    &[
        "Volodymyr Zelensky, the President of Ukraine, has declared",
        "Zelensky said in an X post",
        "Why have Russia's peace talks with Ukraine picked up pace?",
        "Why Istanbul today and why now?",
        "What Can Institutions and People Do?",
        "Everybody has something to contribute.",
    ],
];

#[test]
fn no_chrome_line_survives() {
    for (i, (article, chrome)) in cleaned().iter().zip(CHROME).enumerate() {
        for line in article.text.lines() {
            let bare = line.trim_start_matches(['•', ' ']);
            assert!(
                !chrome
                    .iter()
                    .any(|c| c.trim_start_matches(['•', ' ']) == bare),
                "seed {i} kept chrome line {line:?}"
            );
        }
    }
}

#[test]
fn headline_is_the_first_line_once() {
    for (article, title) in cleaned().iter().zip(TITLES) {
        assert_eq!(article.title, title);
        assert!(article.title_found);
        assert_eq!(article.text.lines().next(), Some(title));
        assert_eq!(article.text.lines().filter(|l| *l == title).count(), 1);
    }
}

#[test]
fn every_article_paragraph_is_kept() {
    for (i, (article, body)) in cleaned().iter().zip(BODY).enumerate() {
        for start in body {
            assert!(
                article.text.lines().any(|l| l.starts_with(start)),
                "seed {i} lost {start:?}"
            );
        }
        let paragraphs = article.text.lines().count();
        assert!(paragraphs >= body.len(), "seed {i}");
    }
}

#[test]
fn output_contract_holds() {
    for article in cleaned() {
        assert!(!article.text.contains("\n\n"));
        assert!(article
            .text
            .lines()
            .all(|l| l == l.trim() && !l.contains("  ")));
        assert!(!article.text.chars().any(|c| c.is_control() && c != '\n'));
    }
}

#[test]
fn no_clean_keeps_every_line() {
    let seeds = bundled_seeds();
    let raw = clean(&seeds, Cleaning::KeepEverything);
    assert_eq!(raw[0].title, "Breaking News");
    assert!(raw[4].text.lines().any(|l| l == "• Home"));
    assert_eq!(raw[1].text.lines().count(), 17);
}
