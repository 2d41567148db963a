#!/usr/bin/env python3
"""Draw and score samples of the divergences parallax shows on ECB+ (real news).

  scripts/divergences.py sample --seed 23 --n 150 --out /tmp/sample.json
      every divergence of `parallax report --format json --no-clean` on each ECB+
      topic_subtopic folder 1-30 (sorted), then random.seed(SEED); random.sample(N).
      The output holds only sentences (what a blind judge may see), no rule names.
  scripts/divergences.py calib
      how many of the judged divergences in ecbplus/judged-divergences.json the
      current build still shows, per label (a tuning aid: that sample is spent).
  scripts/divergences.py score JUDGED.json
      the label shares of a judged sample.
  scripts/divergences.py agree A.json B.json
      how often two judged samples give the same label to the items both hold.
  scripts/divergences.py shown JUDGED.json
      the label shares of the judged items the current build still shows.
  scripts/divergences.py kinds
      per kind, the labels of the divergences the current build shows, each
      labelled from tests/judged/*.json (same values, else two values in common).
  scripts/divergences.py unjudged --out NEW.json
      every divergence the current build shows that no item of tests/judged/*.json
      labels (same values, or at least two values in common: the rule of the
      "shown now" figure of `evaluate`), in the sample format, for a blind judge.

Needs a release build (target/release/parallax) and ../shared/data/ecbplus.
"""
import argparse, ast, collections, json, os, random, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ECB = os.path.join(ROOT, "..", "shared", "data", "ecbplus")
BIN = os.environ.get("PARALLAX_BIN", os.path.join(ROOT, "target", "release", "parallax"))


def folders():
    names = [n for n in os.listdir(ECB) if os.path.isdir(os.path.join(ECB, n))]
    return sorted(names)


def divergences():
    out = []
    for name in folders():
        run = subprocess.run([BIN, "report", "--format", "json", "--no-clean",
                              os.path.join(ECB, name)], capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"{name}: {run.stderr}")
        rep = json.loads(run.stdout)
        arts = rep["articles"]
        base = lambda a: os.path.basename(arts[a]["path"])
        for d in rep["divergences"]:
            g = rep["groups"][d["group"]]
            out.append({
                "cluster": name,
                "kind": d["kind"],
                "relation": d.get("relation", "contradiction"),
                "note": d["note"],
                "values": [{"article": base(v["article"]), "span": v["text"],
                            "sentence": arts[v["article"]]["sentences"][v["sentence"]]["text"]}
                           for v in d["values"]],
                "group_members": [{"article": base(m["article"]),
                                   "sentence": arts[m["article"]]["sentences"][m["sentence"]]["text"]}
                                  for m in g["members"]],
            })
    return out


def judged_items():
    d = json.load(open(os.path.join(ECB, "judged-divergences.json")))
    items = d["items"]
    return ast.literal_eval(items) if isinstance(items, str) else items


def key_values(item):
    return {(v["article"], v["span"]) for v in item["values"]}


def judged_by_cluster():
    """Per ECB+ folder, (values, label) of every item of tests/judged/*.json."""
    labelled = collections.defaultdict(list)
    judged_dir = os.path.join(ROOT, "tests", "judged")
    for name in sorted(os.listdir(judged_dir)):
        if name.endswith(".json"):
            for it in json.load(open(os.path.join(judged_dir, name)))["items"]:
                values = it.get("values")
                if values and isinstance(values[0], dict) and "span" in values[0]:
                    labelled[it["cluster"]].append((key_values(it), it.get("label")))
    return labelled


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sample"); s.add_argument("--seed", type=int, required=True)
    s.add_argument("--n", type=int, default=150); s.add_argument("--out", required=True)
    sub.add_parser("calib")
    sub.add_parser("count")
    sc = sub.add_parser("score"); sc.add_argument("judged")
    ag = sub.add_parser("agree"); ag.add_argument("a"); ag.add_argument("b")
    sh = sub.add_parser("shown"); sh.add_argument("judged")
    u = sub.add_parser("unjudged"); u.add_argument("--out", required=True)
    sub.add_parser("kinds")
    a = p.parse_args()
    if a.cmd == "kinds":
        labelled = judged_by_cluster()
        table = collections.defaultdict(collections.Counter)
        for d in divergences():
            got = key_values(d)
            label = next((l for k, l in labelled[d["cluster"]] if k == got), None) or \
                next((l for k, l in labelled[d["cluster"]] if len(k & got) >= 2), None) or "unjudged"
            table[d["kind"]][label] += 1
        for kind, c in sorted(table.items()):
            good = c["REAL"] + c["UPDATE"]
            judged = sum(v for l, v in c.items() if l != "unjudged")
            print(f"{kind:<9} real or update {good:>3}/{judged:<3} {dict(sorted(c.items()))}")
        return
    if a.cmd == "unjudged":
        labelled = judged_by_cluster()
        new = []
        for d in divergences():
            got = key_values(d)
            if not any(k == got or len(k & got) >= 2 for k, _ in labelled[d["cluster"]]):
                d["id"] = len(new)
                new.append(d)
        json.dump({"about": "divergences shown by the current build that no judged sample labels",
                   "total": len(new), "items": new}, open(a.out, "w"), indent=1)
        print(f"{len(new)} unjudged divergences -> {a.out}")
        return
    if a.cmd == "sample":
        all_ = divergences()
        random.seed(a.seed)
        picked = random.sample(all_, min(a.n, len(all_)))
        for i, it in enumerate(picked):
            it["id"] = i
        json.dump({"about": f"random.seed({a.seed}); random.sample of {len(all_)} divergences",
                   "total": len(all_), "items": picked}, open(a.out, "w"), indent=1)
        print(f"{len(picked)} of {len(all_)} divergences -> {a.out}")
    elif a.cmd == "count":
        all_ = divergences()
        print(len(all_), collections.Counter(d["kind"] for d in all_))
    elif a.cmd == "calib":
        now = collections.defaultdict(list)
        for d in divergences():
            now[d["cluster"]].append(key_values(d))
        kept = collections.Counter(); total = collections.Counter()
        for it in judged_items():
            total[it["label"]] += 1
            want = key_values(it)
            if any(len(want & got) >= 2 for got in now[it["cluster"]]):
                kept[it["label"]] += 1
        for label in sorted(total):
            print(f"{label:<11} still shown {kept[label]:>3} of {total[label]:>3}")
        print("total divergences now:", sum(len(v) for v in now.values()))
    elif a.cmd == "agree":
        good = lambda label: label in ("REAL", "UPDATE")
        first = {(i["cluster"], frozenset(key_values(i))): i["label"]
                 for i in json.load(open(a.a))["items"]}
        both = same = verdict = 0
        for i in json.load(open(a.b))["items"]:
            label = first.get((i["cluster"], frozenset(key_values(i))))
            if label is None:
                continue
            both += 1; same += label == i["label"]; verdict += good(label) == good(i["label"])
        print(f"items in both: {both}; same label: {same}; same real-or-not: {verdict}")
    elif a.cmd in ("score", "shown"):
        items = json.load(open(a.judged))["items"]
        if a.cmd == "shown":
            now = {(d["cluster"], frozenset(key_values(d))) for d in divergences()}
            items = [i for i in items if (i["cluster"], frozenset(key_values(i))) in now]
        c = collections.Counter(i["label"] for i in items)
        n = sum(c.values())
        for label, k in c.most_common():
            print(f"{label:<11} {k:>4}  {100*k/n:5.1f} %")
        good = c["REAL"] + c["UPDATE"]
        print(f"real or update: {good}/{n} = {100*good/n:.1f} %")


if __name__ == "__main__":
    main()
