# Sourced by the corpus scripts here: makes sure a Debian documentation
# package is installed, so a corpus is always the same published text rather
# than whatever happens to be on the machine.

# need_debian_package PACKAGE DIR: installs PACKAGE unless DIR already exists.
need_debian_package() {
  local package=$1 dir=$2
  [ -d "$dir" ] && return 0
  if ! command -v apt-get >/dev/null; then
    echo "$dir is missing and this is not a Debian-like system: install $package, or set the source folder (see the script's usage)" >&2
    return 1
  fi
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  echo "Installing the Debian package $package (for $dir)" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$package" >/dev/null
  if [ ! -d "$dir" ]; then
    echo "$package is installed but $dir is still missing: has the package changed its layout?" >&2
    return 1
  fi
}

# need_empty_folder DIR: creates DIR, or accepts it if it is empty, so two
# versions of a corpus are never mixed in one folder.
need_empty_folder() {
  local dir=$1
  if [ -e "$dir" ] && [ -n "$(ls -A "$dir" 2>/dev/null)" ]; then
    echo "$dir is not empty: give a new or empty folder, so the corpus is exactly the package's" >&2
    return 1
  fi
  mkdir -p "$dir"
}
