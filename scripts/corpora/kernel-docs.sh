#!/usr/bin/env bash
# The Linux kernel's documentation (Debian package linux-doc-6.1, GPL-2.0) as
# plain-text articles: the large real corpus behind the search benchmark and
# the scale test (docs/benchmarks.md). About 3,180 reStructuredText files and
# 3.1 million words, which content:build reads as plain text.
#
# Usage: bash scripts/corpora/kernel-docs.sh OUTDIR
#   OUTDIR must be new or empty.
#   KEEP_TREE=1   keep the folders (process/howto.txt) so references such as
#                 Documentation/process/howto.rst can be followed; by default
#                 the files are flat (process/howto.rst -> process__howto.txt),
#                 the layout the recorded benchmark figures were measured on.
#   KERNEL_DOCS_SRC=<dir>  read another Documentation folder instead of
#                 installing the package (a kernel source tree's works too).
#
# The package's files are the .rst.gz ones; a folder without any (a source
# tree) is read for plain .rst files instead.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/debian-docs.sh"

out=${1:?usage: bash scripts/corpora/kernel-docs.sh OUTDIR}
src=${KERNEL_DOCS_SRC:-/usr/share/doc/linux-doc-6.1/Documentation}
[ -n "${KERNEL_DOCS_SRC:-}" ] || need_debian_package linux-doc-6.1 "$src"
[ -d "$src" ] || { echo "$src is not a folder" >&2; exit 1; }
need_empty_folder "$out"
out=$(cd "$out" && pwd)
cd "$src"

pattern='*.rst.gz'
[ -n "$(find . -type f -name '*.rst.gz' -print -quit)" ] || pattern='*.rst'

count=0
while IFS= read -r -d '' file; do
  stem=${file#./}
  stem=${stem%.gz}
  stem=${stem%.rst}
  if [ "${KEEP_TREE:-0}" = 1 ]; then
    target=$out/$stem.txt
    mkdir -p "$(dirname "$target")"
  else
    target=$out/${stem//\//__}.txt
  fi
  case $file in
    *.gz) gzip -dc -- "$file" >"$target" ;;
    *) cp -- "$file" "$target" ;;
  esac
  count=$((count + 1))
done < <(find . -type f -name "$pattern" -print0 | sort -z)

[ "$count" -gt 0 ] || { echo "no .rst or .rst.gz files under $src" >&2; exit 1; }
words=$(find "$out" -type f -name '*.txt' -print0 | xargs -0 cat | wc -w)
echo "$count files, $words words in $out"
