#!/usr/bin/env python3
"""parallax and CollateX side by side on the five seeds: wall time, peak memory,
and how many gold sentence pairs (tests/gold/seeds.json) each recovers.

    python3 scripts/collatex_compare.py [--limit 300]

CollateX (Python, word level, `collate(..., segmentation=False)`) is installed
into a venv under /tmp on first use; nothing of it is committed. Each tool runs
in a child process so its wall time and peak RSS are its own.

Gold pairs: every two annotated sentences from different seeds; a pair is
positive when both sentences belong to one gold group (as in src/eval.rs).
- parallax links two sentences when its collation puts them in one group
  (figures from `cargo run --release --example evaluate`).
- CollateX links two sentences when its alignment table has a column in which
  both witnesses hold the same word (case-folded) that is not a stop word or
  punctuation. Sentences for CollateX are cut from each seed's raw text with
  parallax's rule (after . ! ? before a space or line end; never across a line).
"""

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path("/tmp/parallax-collatex-venv")
STOP = set(
    """a an and are as at be been but by for from had has have he her his i in is it its
    of on or our said says she that the their them they this to was we were which who
    will with would not no you your after before over than then there these those""".split()
)


def ensure_venv():
    python = VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "collatex", "python-Levenshtein"],
            check=True,
        )
    return python


def fold(text):
    text = text.replace("\u2018", "'").replace("\u2019", "'").replace("\u201b", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u201f", '"')
    return " ".join(text.split()).lower()


def sentences(text):
    """(start, end) spans, the rule of parallax::text::split_sentences."""
    spans, line_start = [], 0
    for line in text.split("\n"):
        start = line_start
        for i, ch in enumerate(line):
            if ch in ".!?" and (i + 1 == len(line) or line[i + 1] == " "):
                spans.append((start, line_start + i + 1))
                start = line_start + i + 1
        spans.append((start, line_start + len(line)))
        line_start += len(line) + 1
    return [(s, e) for s, e in spans if text[s:e].strip()]


def seeds():
    return sorted((ROOT / "seeds").glob("*.txt"))


def child_collatex(out_path):
    """Runs inside the venv: collate the seeds, write the table as JSON."""
    from collatex import Collation, collate

    collation = Collation()
    for path in seeds():
        collation.add_plain_witness(path.name[:3], path.read_text())
    table = collate(collation, output="json", segmentation=False)
    Path(out_path).write_text(table)


def run_measured(cmd, limit):
    """Wall time, peak RSS (MB) of `cmd` alone, and whether it finished within `limit` s."""
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    finished = False
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            finished = os.waitstatus_to_exitcode(status) == 0
            break
        if time.monotonic() - start > limit:
            proc.kill()
            _, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.002)
    proc.returncode = 0  # reaped by wait4; keeps Popen from waiting again
    wall = time.monotonic() - start
    return wall, usage.ru_maxrss / 1024, finished


def gold_items():
    gold = json.loads((ROOT / "tests/gold/seeds.json").read_text())
    items = {}
    for g, group in enumerate(gold["groups"]):
        for doc, snippet in group["members"]:
            items.setdefault((doc, fold(snippet)), set()).add(g)
    return items


def collatex_links(table_json):
    """Sentence pairs sharing a matched content word: {((doc, s), (doc, s))}."""
    table = json.loads(table_json)
    texts = {p.name[:3]: p.read_text() for p in seeds()}
    spans = {d: sentences(t) for d, t in texts.items()}

    def sentence_of(doc, offset):
        for k, (s, e) in enumerate(spans[doc]):
            if s <= offset < e:
                return k
        return None

    # Token offsets: tokens are consecutive pieces of the witness text.
    columns = {}
    for doc, row in zip(table["witnesses"], table["table"]):
        cursor, text = 0, texts[doc]
        for col, cell in enumerate(row):
            for token in cell or []:
                word = token["t"].strip()
                at = text.find(word, cursor) if word else -1
                if at < 0:
                    continue
                cursor = at + len(word)
                norm = word.lower()
                if re.fullmatch(r"\w+", norm) and norm not in STOP:
                    k = sentence_of(doc, at)
                    if k is not None:
                        columns.setdefault((col, norm), []).append((doc, k))
    links = set()
    for members in columns.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if a[0] != b[0]:
                    links.add((min(a, b), max(a, b)))
    return links, texts, spans


def score_collatex(links, texts, spans):
    items = gold_items()
    located = {}
    for doc, snippet in items:
        found = None
        for k, (s, e) in enumerate(spans.get(doc, [])):
            if snippet in fold(texts[doc][s:e]):
                found = (doc, k)
                break
        located[(doc, snippet)] = found
    keys = list(items)
    tp = fp = fn = 0
    for i, x in enumerate(keys):
        for y in keys[i + 1 :]:
            if x[0] == y[0]:
                continue
            positive = bool(items[x] & items[y])
            a, b = located[x], located[y]
            linked = a is not None and b is not None and (min(a, b), max(a, b)) in links
            tp += positive and linked
            fp += (not positive) and linked
            fn += positive and not linked
    unfound = sum(v is None for v in located.values())
    return tp, fp, fn, unfound


def parallax_alignment():
    out = subprocess.run(
        ["cargo", "run", "--release", "-q", "--example", "evaluate"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    ).stdout
    m = re.search(r"seeds.*?\nalignment\s+P ([\d.]+)\s+R ([\d.]+)\s+F1 ([\d.]+)\s+\(tp (\d+) fp (\d+) fn (\d+)", out, re.S)
    return m.groups() if m else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=float, default=300, help="seconds CollateX may run")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child_collatex(args.child)
        return

    binary = ROOT / "target/release/parallax"
    subprocess.run(["cargo", "build", "--release", "-q"], cwd=ROOT, check=True)
    runs = [run_measured([str(binary), "report", "-o", "/tmp/px-seeds.json"], 60) for _ in range(20)]
    px_wall = sorted(r[0] for r in runs)[len(runs) // 2]
    px_peak = max(r[1] for r in runs)
    python = ensure_venv()
    table = "/tmp/collatex-seeds.json"
    if os.path.exists(table):
        os.remove(table)
    cx_wall, cx_peak, cx_done = run_measured(
        [str(python), __file__, "--child", table], args.limit
    )

    print("parallax: median of 20 runs of `parallax report -o`; CollateX: one run")
    print(f"{'':<10}{'wall s':>9}{'peak MB':>9}   gold pairs (P / R / F1, tp fp fn)")
    pa = parallax_alignment()
    if pa:
        p, r, f1, tp, fp, fn = pa
        print(f"{'parallax':<10}{px_wall:>9.3f}{px_peak:>9.0f}   {p} / {r} / {f1}  ({tp} {fp} {fn})")
    if cx_done:
        links, texts, spans = collatex_links(Path(table).read_text())
        tp, fp, fn, unfound = score_collatex(links, texts, spans)
        prec = tp / (tp + fp) if tp + fp else 1.0
        rec = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(
            f"{'CollateX':<10}{cx_wall:>9.1f}{cx_peak:>9.0f}   {prec:.3f} / {rec:.3f} / {f1:.3f}  "
            f"({tp} {fp} {fn}; {unfound} gold sentences not found)"
        )
    else:
        print(f"{'CollateX':<10}{cx_wall:>9.1f}{cx_peak:>9.0f}   did not finish within {args.limit:.0f} s")


if __name__ == "__main__":
    main()
