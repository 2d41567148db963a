#!/usr/bin/env python3
"""Sanity check for a cluster's gold.json (no dependency on the parallax code).

  python3 tests/clusters/check_snippets.py tests/clusters/<name>

One checker for the clusters written in session 5 (each author adapted quake's;
this is the wildfire author's version, which passes them all).

For every group member: the snippet has 6-12 words, contains no markup/entity
characters, occurs exactly once in its document (after folding curly quotes and
case; HTML: tags removed, entities decoded) and lies inside one sentence.
For every contradiction/update/acceptable/trap value: the span occurs inside a
sentence that holds a member of one and the same group (all values of an entry
in one group). Every such entry has a name, a kind from the seven kinds and at
least two documents; every contradiction has a boolean "core"; every update
involves the follow-up (06).
Every boilerplate line occurs in its document.
Finally prints per-document word and sentence counts of the article text
(document minus boilerplate lines).
"""
import glob, html, json, os, re, sys

HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.getcwd()
KINDS = {"place", "date", "number", "person", "title", "negation", "quote"}

def fold(s):
    for a, b in (("\u201c", '"'), ("\u201d", '"'), ("\u2018", "'"), ("\u2019", "'"), ("\u00a0", " ")):
        s = s.replace(a, b)
    return s.lower()

def doc_text(path):
    t = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", t)
        t = re.sub(r"(?s)<!--.*?-->", " ", t)
        t = re.sub(r"(?i)</?(p|div|li|h\d|nav|header|footer|aside|article|ol|ul|br|button|main|body|html|head|title|time)\b[^>]*>", "\n", t)
        t = re.sub(r"<[^>]+>", " ", t)
        t = html.unescape(t)
    return t

ABBR = ["gen.", "dr.", "st.", "u.s.", "a.m.", "p.m.", "mr.", "mrs.", "k."]

def sentences(text):
    """Crude splitter: lines/paragraphs, then '. ' (or '." ') before a capital or digit,
    protecting a few abbreviations and decimals."""
    out = []
    for para in text.split("\n"):
        para = re.sub(r"[ \t\u00a0]+", " ", para).strip()
        if not para:
            continue
        prot = para
        for a in ABBR:
            prot = re.sub(re.escape(a), lambda m: m.group(0).replace(".", "\x00"), prot, flags=re.I)
        for s in re.split(r'(?:(?<=[.!?])|(?<=[.!?]["\u201d]))\s+(?=["\u201c(]?[A-Z0-9])', prot):
            out.append(fold(s.replace("\x00", ".")))
    return out

def main():
    gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    docs = {}
    for p in sorted(glob.glob(os.path.join(HERE, "0*"))):
        docs[os.path.basename(p)[:2]] = doc_text(p)
    sents = {d: sentences(t) for d, t in docs.items()}
    errors = 0
    def err(msg):
        nonlocal errors
        errors += 1
        print("FAIL:", msg)
    for key in ("about", "groups", "contradictions", "acceptable", "traps", "boilerplate", "updates"):
        if key not in gold:
            err(f"missing key {key!r}")
    member_sents = []  # per group: {doc: [sentences]}
    names = set()
    for g in gold["groups"]:
        if g["name"] in names:
            err(f"duplicate group name {g['name']}")
        names.add(g["name"])
        per = {}
        for d, snip in g["members"]:
            if d not in docs:
                err(f"{g['name']}: unknown doc {d}")
                continue
            f = fold(snip)
            n_words = len(snip.split())
            if not 6 <= n_words <= 12:
                err(f"{g['name']} {d}: {n_words} words: {snip!r}")
            if re.search(r"[<>&]|&#", snip):
                err(f"{g['name']} {d}: markup/entity in {snip!r}")
            c = fold(docs[d]).count(f)
            if c != 1:
                err(f"{g['name']} {d}: occurs {c} times: {snip!r}")
            hits = [s for s in sents[d] if f in s]
            if len(hits) != 1:
                err(f"{g['name']} {d}: snippet not inside exactly one sentence ({len(hits)}): {snip!r}")
            per.setdefault(d, []).extend(hits)
        if len({d for d, _ in g["members"]}) < 2:
            err(f"{g['name']}: fewer than 2 documents")
        member_sents.append(per)
    for kind in ("contradictions", "updates", "acceptable", "traps"):
        for e in gold.get(kind, []):
            if e.get("kind") not in KINDS:
                err(f"{kind} {e.get('name')}: bad kind {e.get('kind')!r}")
            if kind == "contradictions" and not isinstance(e.get("core"), bool):
                err(f"{kind} {e['name']}: missing boolean 'core'")
            if len({d for d, _ in e["values"]}) < 2:
                err(f"{kind} {e['name']}: fewer than 2 documents")
            if kind == "updates" and "06" not in {d for d, _ in e["values"]}:
                err(f"{kind} {e['name']}: no value from the follow-up 06")
            ok_groups = []
            for gi, per in enumerate(member_sents):
                if all(any(fold(span) in s for s in per.get(d, [])) for d, span in e["values"]):
                    ok_groups.append(gold["groups"][gi]["name"])
            if not ok_groups:
                err(f"{kind} {e['name']}: values not all inside sentences of one group")
                for d, span in e["values"]:
                    print("   ", d, span, any(fold(span) in s for per in member_sents for s in per.get(d, [])))
            else:
                print(f"ok {kind}: {e['name']} -> {ok_groups[0]}")
    bp_by_doc = {}
    for d, line in gold["boilerplate"]:
        bp_by_doc.setdefault(d, set()).add(fold(line.strip()))
        if fold(line.strip()) not in re.sub(r"[ \t]+", " ", fold(docs[d])):
            err(f"boilerplate {d}: not found: {line!r}")
    print("counts:", len(gold["groups"]), "groups,", len(gold["contradictions"]), "contradictions,",
          len(gold.get("updates", [])), "updates,", len(gold.get("acceptable", [])), "acceptable,",
          len(gold["traps"]), "traps,", len(gold["boilerplate"]), "boilerplate lines")
    print("contradiction kinds:", sorted({e["kind"] for e in gold["contradictions"]}))
    for d, t in sorted(docs.items()):
        body = [l for l in t.split("\n")
                if l.strip() and fold(re.sub(r"[ \t]+", " ", l.strip())) not in bp_by_doc.get(d, set())]
        body_text = "\n".join(body)
        print(d, "words (total):", len(t.split()), " article words:", len(body_text.split()),
              " article sentences:", len(sentences(body_text)))
    print("FAILURES:", errors)
    sys.exit(1 if errors else 0)

main()
