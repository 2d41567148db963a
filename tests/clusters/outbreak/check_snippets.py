#!/usr/bin/env python3
"""Sanity check for gold.json of this cluster (no dependency on the parallax code).

For every group member: the snippet has 6-12 words, contains no markup/entity
characters, occurs exactly once in its document (after folding curly quotes and
case; HTML: tags removed, entities decoded) and lies inside one sentence.
For every contradiction/acceptable/trap/update value: the span occurs inside a
sentence that holds a member of one and the same group (all values of an entry in
one group). Every contradiction/trap/update has a valid "kind"; every contradiction
has a boolean "core". Every boilerplate line occurs in its document. Per article:
word and sentence counts of the text without boilerplate lines (targets 350-700
words, 18-35 sentences) and a 2025 date of writing.
"""
import glob, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def fold(s):
    for a, b in (("\u201c", '"'), ("\u201d", '"'), ("\u2018", "'"), ("\u2019", "'"), ("\u00a0", " ")):
        s = s.replace(a, b)
    return s.lower()

def doc_text(path):
    t = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        t = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", t)
        t = re.sub(r"(?s)<!--.*?-->", " ", t)
        t = re.sub(r"(?i)</?(p|div|li|h\d|nav|header|footer|aside|article|ol|ul|br|button|main|body|html|head|title)\b[^>]*>", "\n", t)
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
    for p in glob.glob(os.path.join(HERE, "0*")):
        docs[os.path.basename(p)[:2]] = doc_text(p)
    sents = {d: sentences(t) for d, t in docs.items()}
    errors = 0
    def err(msg):
        nonlocal errors
        errors += 1
        print("FAIL:", msg)
    member_sents = []  # per group: {doc: [sentences]}
    for g in gold["groups"]:
        per = {}
        for d, snip in g["members"]:
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
    KINDS = {"place", "date", "number", "person", "title", "negation", "quote"}
    for kind in ("contradictions", "acceptable", "traps", "updates"):
        for e in gold.get(kind, []):
            if kind != "acceptable" and e.get("kind") not in KINDS:
                err(f"{kind} {e['name']}: bad or missing kind {e.get('kind')!r}")
            if kind == "contradictions" and not isinstance(e.get("core"), bool):
                err(f"{kind} {e['name']}: missing boolean core")
            for d, span in e["values"]:
                if fold(span) not in fold(docs[d]):
                    err(f"{kind} {e['name']}: span not in doc {d}: {span!r}")
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
    if "updates" not in gold:
        err("no updates list")
    for kind in ("place", "date", "number", "person", "title", "negation", "quote"):
        if not any(e.get("kind") == kind for e in gold["contradictions"]):
            err(f"no contradiction of kind {kind}")
    bp = {}
    for d, line in gold["boilerplate"]:
        bp.setdefault(d, set()).add(fold(re.sub(r"[ \t]+", " ", line.strip())))
    for d, t in sorted(docs.items()):
        lines = [re.sub(r"[ \t\u00a0]+", " ", l).strip() for l in t.split("\n")]
        body = "\n".join(l for l in lines if l and fold(l) not in bp.get(d, set()))
        n_w, n_s = len(body.split()), len(sentences(body))
        dated = bool(re.search(r"2025", open(os.path.join(HERE, [p for p in os.listdir(HERE) if p.startswith(d)][0]), encoding="utf-8").read()))
        print(d, "words:", len(t.split()), "| body words:", n_w, "sentences:", n_s, "| dated 2025:", dated)
        if not dated:
            err(f"{d}: no 2025 date")
    print("FAILURES:", errors)
    sys.exit(1 if errors else 0)

main()
