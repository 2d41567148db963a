#!/usr/bin/env bash
# Checks that a refactor changed nothing a user or the evaluation can see: the
# JSON report on the seeds, on every folder of tests/clusters and on 1,000
# generated articles, and what the evaluation prints, byte for byte against
# outputs recorded before the change (debug build).
#
#   scripts/same_output.sh record   # before the change: write the references
#   scripts/same_output.sh          # after it: re-run and diff (exit 1 on any difference)
#
# REF (default /tmp/lab_ref) holds the references, CORPUS (default
# /tmp/lab_px1000) the generated articles (seed 7), written once on `record`.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-check}
ref=${REF:-/tmp/lab_ref}
corpus=${CORPUS:-/tmp/lab_px1000}
out=$ref
if [[ $mode == check ]]; then
  out=$(mktemp -d /tmp/lab_same.XXXXXX)
elif [[ $mode != record ]]; then
  echo "usage: $0 [record|check]" >&2
  exit 2
fi
mkdir -p "$out"
export RUST_BACKTRACE=0

# The lab tools are binaries of the lab crate once the workspace exists,
# examples of the library before.
lab() {
  local tool=$1
  shift
  if [[ -f lab/Cargo.toml ]]; then
    cargo run -q -p parallax-lab --bin "$tool" -- "$@"
  else
    cargo run -q --example "$tool" -- "$@"
  fi
}

cargo build -q --bin parallax
bin=${CARGO_TARGET_DIR:-target}/debug/parallax
if [[ $mode == record ]]; then
  rm -rf "$corpus"
  lab gen_corpus --n 1000 --out "$corpus" --seed 7 >/dev/null
else
  # The generator must write the same articles too.
  lab gen_corpus --n 1000 --out "$out/corpus" --seed 7 >/dev/null
  diff -rq "$corpus" "$out/corpus" >"$out/corpus.diff" || {
    echo "DIFFERENT generated corpus: see $out/corpus.diff" >&2
    exit 1
  }
  rm -rf "$out/corpus" "$out/corpus.diff"
fi

"$bin" report --format json >"$out/seeds.json"
for dir in tests/clusters/*/; do
  name=$(basename "$dir")
  "$bin" report "$dir" --format json >"$out/cluster_$name.json"
done
"$bin" report "$corpus" --format json >"$out/px1000.json"
cargo run -q --example evaluate >"$out/evaluate.txt"

if [[ $mode == record ]]; then
  echo "references written to $ref"
  exit 0
fi
if diff -r "$ref" "$out" >"$out.diff"; then
  echo "same output: $(ls "$ref" | wc -l) files byte-identical to $ref"
  rm -rf "$out" "$out.diff"
else
  echo "DIFFERENT: see $out.diff" >&2
  head -n 40 "$out.diff" >&2
  exit 1
fi
