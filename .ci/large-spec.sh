#!/usr/bin/env bash
# Benchmark: a generated spec of N nodes (default 100,000), every node a float op (matmul, then a
# chain of add/mul/exp/sub/div with skip edges), loaded, folded and checked by the CLI.
# Prints wall time and peak memory (via /usr/bin/time -v when present). Fails only when the CLI
# does not answer PASS (exit 0); it asserts no timing.
# Usage: .ci/large-spec.sh [NODES] [JAVA_OPTS...]   (after mvn package; run from the repo root)
set -euo pipefail
nodes="${1:-100000}"
shift || true
jar="cli/target/depthcert.jar"
[ -f "$jar" ] || { echo "large-spec: build first (mvn -q -o package -DskipTests)" >&2; exit 2; }
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
spec="$dir/large.yaml"
awk -v n="$nodes" 'BEGIN {
  print "title: generated chain of " n " float ops"
  print "parameters:"
  print "  n: {meaning: sequence length}"
  print "  d: {meaning: hidden dimension, assume: \"d <= n\"}"
  print "  p: {meaning: precision, assume: \"p <= poly(n)\"}"
  print "blocks:"
  print "  b:"
  print "    inputs: {X: [n, d], W: [d, d]}"
  print "    nodes:"
  print "      N0: {op: matmul, in: [X, W]}"
  split("add mul exp sub div", ops, " ")
  exps = 0; stds = 0
  for (i = 1; i < n; i++) {
    op = ops[(i % 5) + 1]
    if (op == "exp") { printf "      N%d: {op: exp, in: [N%d]}\n", i, i - 1; exps++ }
    else {
      other = (i % 3) ? "X" : "N" ((i > 7) ? i - 7 : 0)
      printf "      N%d: {op: %s, in: [N%d, %s]}\n", i, op, i - 1, other; stds++
    }
  }
  print "    output: N" (n - 1)
  print "claims:"
  print "  - id: chain"
  print "    subject: b"
  # matmul is d_std + d_sum (Lemma 4.1); every other node adds d_std or d_exp on the chain
  printf "    stated: %c%d*d_std + d_sum + %d*d_exp%c\n", 39, stds + 1, exps, 39
}' > "$spec"
echo "large-spec: $nodes nodes, $(wc -c < "$spec") bytes"
java_cmd=(java "$@" -jar "$jar" check "$spec")
if [ -x /usr/bin/time ]; then
  /usr/bin/time -v "${java_cmd[@]}" > "$dir/out.txt" 2> "$dir/time.txt" || { head -c 2000 "$dir/out.txt" >&2; grep -v "^\s" "$dir/time.txt" | head -5 >&2; grep -E "Exit status|Maximum resident" "$dir/time.txt" >&2; exit 1; }
  grep -E "Elapsed \(wall|Maximum resident|User time|System time" "$dir/time.txt" | sed 's/^\s*/large-spec: /'
else
  start=$SECONDS
  "${java_cmd[@]}" > "$dir/out.txt"
  echo "large-spec: wall $((SECONDS - start)) s (install the 'time' package for CPU and memory)"
fi
grep -E "^PASS|^FAIL|^UNDECIDED" "$dir/out.txt" | sed 's/^/large-spec: /'
grep -q "^PASS" "$dir/out.txt"
