#!/usr/bin/env bash
# Python 3.11's HTML documentation (Debian package python3.11-doc, PSF
# licence) laid out as a publisher would hand it over: the folder tree kept,
# so links between pages and to images still resolve. About 400 pages and
# 39 MB with tables, code, inline markup, internal links and a few images: a
# real HTML corpus for rich content, links and compile speed.
#
# Usage: bash scripts/corpora/python-docs.sh OUTDIR
#   OUTDIR must be new or empty.
#   PYTHON_DOCS_SRC=<dir>  copy from another Sphinx html folder instead of
#                          installing the package.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/debian-docs.sh"

out=${1:?usage: bash scripts/corpora/python-docs.sh OUTDIR}
src=${PYTHON_DOCS_SRC:-/usr/share/doc/python3.11/html}
[ -n "${PYTHON_DOCS_SRC:-}" ] || need_debian_package python3.11-doc "$src"
[ -d "$src" ] || { echo "$src is not a folder" >&2; exit 1; }
need_empty_folder "$out"

# The sections a reader reads, and their images. The C API, extending and
# distributing guides, Sphinx's index and search pages and the theme's
# static files are left out.
copied=0
for section in library reference tutorial howto faq using whatsnew _images; do
  if [ -d "$src/$section" ]; then
    # -L: Debian links some files to shared copies elsewhere; copy the files.
    cp -R -L -- "$src/$section" "$out/"
    copied=$((copied + 1))
  fi
done
[ "$copied" -gt 0 ] || { echo "none of the documentation's sections are under $src" >&2; exit 1; }

pages=$(find "$out" -type f -name '*.html' | wc -l)
others=$(find "$out" -type f ! -name '*.html' | wc -l)
echo "$pages pages, $others other files, $(du -sh "$out" | cut -f1) in $out"
