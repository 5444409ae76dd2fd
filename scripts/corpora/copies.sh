#!/usr/bin/env bash
# A larger corpus made of real text: COUNT files copied round after round from
# a corpus folder (the kernel docs of kernel-docs.sh), each copy under a name
# of its own, so the library can be measured at sizes no published corpus has
# (docs/benchmarks.md, "Library at scale"). The first round keeps the original
# names; round R names its copies r<R>__<original name>, so ids stay distinct
# and every copy compiles to the same article as its original.
#
# Usage: bash scripts/corpora/copies.sh SRC OUTDIR COUNT
#   SRC     a flat corpus folder (e.g. the output of kernel-docs.sh)
#   OUTDIR  must be new or empty
#   COUNT   how many files to write; the compiler rejects what it rejects in
#           SRC in every round too (163 of the kernel's 3,183 files), so ask
#           for about 5% more files than the articles wanted: 10,600 kernel
#           files compile to 10,041 articles.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/debian-docs.sh"

src=${1:?usage: bash scripts/corpora/copies.sh SRC OUTDIR COUNT}
out=${2:?usage: bash scripts/corpora/copies.sh SRC OUTDIR COUNT}
count=${3:?usage: bash scripts/corpora/copies.sh SRC OUTDIR COUNT}
[ -d "$src" ] || { echo "$src is not a folder" >&2; exit 1; }
[[ $count =~ ^[1-9][0-9]*$ ]] || { echo "COUNT must be a whole number above 0, not $count" >&2; exit 1; }
need_empty_folder "$out"

files=()
while IFS= read -r -d '' file; do files+=("$file"); done < <(
  find "$src" -maxdepth 1 -type f ! -name '.*' -printf '%f\0' | sort -z
)
[ "${#files[@]}" -gt 0 ] || { echo "$src has no files to copy" >&2; exit 1; }

written=0
round=1
while [ "$written" -lt "$count" ]; do
  for name in "${files[@]}"; do
    [ "$written" -lt "$count" ] || break
    target=$name
    [ "$round" -eq 1 ] || target="r${round}__$name"
    cp -- "$src/$name" "$out/$target"
    written=$((written + 1))
  done
  round=$((round + 1))
done
echo "$written files ($((round - 1)) rounds of ${#files[@]}) in $out"
