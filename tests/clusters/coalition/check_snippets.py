#!/usr/bin/env python3
"""Sanity check for gold.json of this cluster (no dependency on the parallax code).

Adapted from ../quake/check_snippets.py:
For every group member: the snippet has 6-12 words, contains no markup/entity
characters, occurs exactly once in its document (after folding curly quotes and
case; HTML: script/style/comments removed, tags removed, entities decoded) and lies
inside one sentence.
For every contradiction/acceptable/trap/update value: the span occurs inside a
sentence that holds a member of one and the same group (all values of an entry in
one group); every entry has a name, a kind from the seven kinds and at least two
documents; contradictions carry a boolean "core".
Every boilerplate line occurs in its document.
Also prints, per article, the word and sentence count of the story text
(HTML: the <article> element; text files: without the boilerplate lines).
"""
import glob, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"place", "date", "number", "person", "title", "negation", "quote"}

def fold(s):
    for a, b in (("\u201c", '"'), ("\u201d", '"'), ("\u2018", "'"), ("\u2019", "'"), ("\u00a0", " ")):
        s = s.replace(a, b)
    return s.lower()

def strip_html(t):
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", t)
    t = re.sub(r"(?s)<!--.*?-->", " ", t)
    t = re.sub(r"(?i)</?(p|div|li|h\d|nav|header|footer|aside|article|ol|ul|br|button|main|body|html|head|title)\b[^>]*>", "\n", t)
    t = re.sub(r"<[^>]+>", " ", t)
    return html.unescape(t)

def doc_text(path):
    t = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        t = strip_html(t)
    return t

ABBR = ["gen.", "dr.", "st.", "u.s.", "a.m.", "p.m.", "mr.", "mrs.", "k."]

def sentences(text):
    """Crude splitter: lines/paragraphs, then '. ' (or '." ') before a capital or digit,
    protecting a few abbreviations (as whole words) and decimals."""
    out = []
    for para in text.split("\n"):
        para = re.sub(r"[ \t\u00a0]+", " ", para).strip()
        if not para:
            continue
        prot = para
        for a in ABBR:
            prot = re.sub(r"(?<![A-Za-z])" + re.escape(a), lambda m: m.group(0).replace(".", "\x00"), prot, flags=re.I)
        for s in re.split(r'(?:(?<=[.!?])|(?<=[.!?]["\u201d]))\s+(?=["\u201c(]?[A-Z0-9])', prot):
            out.append(fold(s.replace("\x00", ".")))
    return out

def main():
    gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    docs, raw = {}, {}
    for p in sorted(glob.glob(os.path.join(HERE, "0*"))):
        d = os.path.basename(p)[:2]
        docs[d] = doc_text(p)
        raw[d] = open(p, encoding="utf-8").read()
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
    for kind in ("contradictions", "acceptable", "traps", "updates"):
        for e in gold.get(kind, []):
            if not e.get("name"):
                err(f"{kind}: entry without name")
            if e.get("kind") not in KINDS:
                err(f"{kind} {e.get('name')}: bad kind {e.get('kind')!r}")
            if kind == "contradictions" and not isinstance(e.get("core"), bool):
                err(f"{kind} {e.get('name')}: missing boolean 'core'")
            if len({d for d, _ in e["values"]}) < 2:
                err(f"{kind} {e['name']}: fewer than 2 documents")
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
    for d, line in gold["boilerplate"]:
        if fold(line.strip()) not in re.sub(r"[ \t]+", " ", fold(docs[d])):
            err(f"boilerplate {d}: not found: {line!r}")
    # story size per article
    bp = {}
    for d, line in gold["boilerplate"]:
        bp.setdefault(d, set()).add(fold(line.strip()))
    for d in sorted(docs):
        if raw[d].lstrip().lower().startswith("<!doctype"):
            m = re.search(r"(?is)<article\b.*?</article>", raw[d])
            story = strip_html(m.group(0)) if m else ""
        else:
            story = "\n".join(l for l in docs[d].split("\n") if fold(l.strip()) not in bp.get(d, set()))
        n_w, n_s = len(story.split()), len(sentences(story))
        print(d, "story words:", n_w, "sentences:", n_s)
        if not (350 <= n_w <= 700 and 18 <= n_s <= 35):
            err(f"doc {d}: story size out of range ({n_w} words, {n_s} sentences)")
    print("groups:", len(gold["groups"]), "contradictions:", len(gold["contradictions"]),
          "acceptable:", len(gold["acceptable"]), "traps:", len(gold["traps"]),
          "updates:", len(gold.get("updates", [])), "boilerplate:", len(gold["boilerplate"]))
    print("FAILURES:", errors)
    sys.exit(1 if errors else 0)

main()
