#!/usr/bin/env python3
"""Derives parallax's compact word tables from Open English WordNet (CC BY 4.0).

  python3 scripts/wordnet_tables.py ../shared/data/wordnet/yaml

writes
  assets/contrast/antonyms.tsv      verb and adjective antonym pairs (first three senses)
  assets/contrast/verb_forms.tsv    irregular verb forms and their lemmas (shook -> shake)
  assets/contrast/noun_classes.tsv  what a counted noun is: person, time, distance,
                                    money, weight, area, volume, speed, vehicle, building,
                                    settlement, shop
                                    (the first sense's hypernym chain)
Run at check-in time; the tables are committed, the YAML is never read at run time.
"""
import glob, os, sys
import yaml

SRC = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/wordnet/yaml"
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "assets", "contrast")
HEADER = ("# Derived from Open English WordNet (https://en-word.net/), CC BY 4.0, by\n"
          "# scripts/wordnet_tables.py; WordNet is derived from Princeton WordNet\n"
          "# (WordNet License). Lines may be added by hand below the generated ones.\n")
Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Anchor synsets (looked up by member lemma + definition start, so ids can move).
ANCHORS = {
    "person": ("person", "an individual with personhood"),
    "time": ("time period", "an amount of time"),
    "time unit": ("time unit", "a unit for measuring time periods"),
    "distance": ("linear unit", "a unit of measurement of length"),
    "money": ("monetary unit", "a unit of money"),
    "weight": ("mass unit", "a unit of measurement"),
    "area": ("area unit", "a system of units used to measure areas"),
    "volume": ("volume unit", "a unit of measurement"),
    "vehicle": ("vehicle", "a conveyance"),
    "building": ("building", "a structure"),
    "animal": ("animal", "a living organism"),
    "weapon": ("weapon", "any instrument"),
    "shop": ("mercantile establishment", "a place of business for retailing goods"),
}
# Further anchors for a class already named: a home counts as a building
# ("240 homes" and "420 houses"), a village and a town as one settlement.
MORE_ANCHORS = [
    ("building", "residence", "any address at which you dwell"),
    ("building", "housing", "structures collectively in which people are housed"),
    ("settlement", "community", "a group of people living in a particular local area"),
    ("settlement", "urban area", "a geographical area constituting a city or town"),
]


HAND = "# hand-added"
POSTURE_PAIRS = [("lie", "sit"), ("lie", "stand"), ("sit", "stand")]


def keep_hand_section(path):
    """The lines from the HAND marker on, kept across regenerations."""
    if not os.path.exists(path):
        return ""
    text = open(path, encoding="utf-8").read()
    at = text.find(HAND)
    return text[at:] if at >= 0 else ""


def load(pattern):
    out = {}
    for f in sorted(glob.glob(os.path.join(SRC, pattern))):
        out.update(yaml.load(open(f, encoding="utf-8"), Loader=Loader) or {})
    return out


def main():
    entries = load("entries-*.yaml")
    synsets = load("noun.*.yaml")
    synsets.update(load("verb.*.yaml"))
    synsets.update(load("adj.*.yaml"))
    sense_lemma = {}
    for lemma, poses in entries.items():
        for pos, e in poses.items():
            for s in e.get("sense", []):
                sense_lemma[s["id"]] = lemma
    # Antonyms: sense-level relations among a lemma's three most frequent senses.
    # The part of speech is kept: an adjective before its noun ("national
    # observers") classifies, it asserts nothing; a verb asserts anywhere.
    pairs = {}
    for lemma, poses in entries.items():
        for pos, e in poses.items():
            if pos not in ("v", "a", "s"):
                continue
            for s in e.get("sense", [])[:3]:
                for other in s.get("antonym", []):
                    o = sense_lemma.get(other)
                    if o and " " not in lemma and " " not in o and o.isalpha() and lemma.isalpha():
                        key = tuple(sorted((lemma.lower(), o.lower())))
                        if pairs.get(key) != "verb":
                            pairs[key] = "verb" if pos == "v" else "adjective"
    # Verbs of posture are antonyms only of the body: in news "lies
    # downstream" and "sits on Sundrian soil" both say where a thing is.
    for key in POSTURE_PAIRS:
        pairs.pop(key, None)
    path = os.path.join(OUT, "antonyms.tsv")
    kept = keep_hand_section(path)
    with open(path, "w") as f:
        f.write(HEADER + "# word <TAB> its antonym <TAB> verb or adjective\n")
        for (a, b), pos in sorted(pairs.items()):
            f.write(f"{a}\t{b}\t{pos}\n")
        f.write(kept)
    # Noun classes through the hypernym chain of the first sense.
    anchor_ids = {}
    for sid, syn in synsets.items():
        if not sid.endswith("-n"):
            continue
        members = syn.get("members", [])
        definition = (syn.get("definition") or [""])[0]
        for cls, (lemma, start) in ANCHORS.items():
            if members and members[0] == lemma and definition.startswith(start) and cls not in anchor_ids:
                anchor_ids[cls] = sid
    missing = set(ANCHORS) - set(anchor_ids)
    if missing:
        print("anchors not found:", missing, file=sys.stderr)
    by_id = {v: k for k, v in anchor_ids.items()}
    for cls, lemma, start in MORE_ANCHORS:
        found = [sid for sid, syn in synsets.items() if sid.endswith("-n")
                 and syn.get("members", [None])[0] == lemma
                 and (syn.get("definition") or [""])[0].startswith(start)]
        if found:
            by_id.setdefault(found[0], cls)
        else:
            print("anchor not found:", lemma, file=sys.stderr)

    def classify(sid, seen=None):
        seen = seen or set()
        while sid and sid not in seen:
            if sid in by_id:
                return by_id[sid]
            seen.add(sid)
            hyper = synsets.get(sid, {}).get("hypernym", []) + synsets.get(sid, {}).get("instance_hypernym", [])
            for h in hyper[1:]:
                c = classify(h, seen)
                if c:
                    return c
            sid = hyper[0] if hyper else None
        return None

    rows = []
    for lemma, poses in entries.items():
        n = poses.get("n")
        if not n or " " in lemma or not lemma.isalpha() or not lemma.islower():
            continue
        senses = n.get("sense", [])
        if not senses:
            continue
        c = classify(senses[0]["synset"])
        if c:
            rows.append((lemma, "time" if c == "time unit" else c))
    path = os.path.join(OUT, "noun_classes.tsv")
    kept = keep_hand_section(path)
    with open(path, "w") as f:
        f.write(HEADER + "# noun (lower case) <TAB> class of what it counts\n")
        for lemma, c in sorted(rows):
            f.write(f"{lemma}\t{c}\n")
        f.write(kept)
    # Irregular forms of verbs ("shook" -> "shake", "fell" -> "fall"), which
    # WordNet lists under each entry's "form".
    forms = {}
    for lemma, poses in entries.items():
        v = poses.get("v")
        if not v or not lemma.isalpha() or not lemma.islower():
            continue
        for form in v.get("form", []) or []:
            if form.isalpha() and form.islower() and form != lemma:
                forms.setdefault(form, lemma)
    path = os.path.join(OUT, "verb_forms.tsv")
    kept = keep_hand_section(path)
    with open(path, "w") as f:
        f.write(HEADER + "# irregular verb form (lower case) <TAB> its lemma\n")
        for form, lemma in sorted(forms.items()):
            f.write(f"{form}\t{lemma}\n")
        f.write(kept)
    print(len(pairs), "antonym pairs;", len(rows), "classed nouns;", len(forms), "verb forms;", anchor_ids)


if __name__ == "__main__":
    main()
