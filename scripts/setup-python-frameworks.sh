#!/bin/sh
# Makes the Python virtual environment the tests and the bench train in for real: TensorFlow 2.21
# (with Keras 3), PyTorch 2.13, JAX and Flax, pinned in test/python/requirements.txt, and the
# tensorflow-cpu wheel itself (the native backend is built from it). Cached between runs on a
# machine, keyed by the requirements' hash: the second call is one file check.
#   <cache>/python-<hash>/venv/bin/python   the interpreter
#   <cache>/python-<hash>/wheels/*.whl      the tensorflow-cpu wheel
#   <cache>/python-<hash>/ready             written last: a killed install is started again
#   <cache>/python-<hash>/tf_repro-<hash>   this repository's Python package (python/) is installed
#                                           as it is now: reinstalled whenever python/ changes
# <cache> is $TF_REPRO_TEST_CACHE, else $XDG_CACHE_HOME/tf-repro-test, else ~/.cache/tf-repro-test.
# pip's own configuration says where packages come from. Where it names on-disk indexes
# (file://), the first is given as --index-url, so pip never waits on an unreachable default index.
# Usage: sh scripts/setup-python-frameworks.sh [--strict]   (--strict: exit 1 if it cannot)
# Prints the environment's folder on stdout. npm test and .ci/run both call it.
set -eu

strict=no
[ "${1:-}" = --strict ] && strict=yes
root=$(cd "$(dirname "$0")/.." && pwd)
requirements="$root/test/python/requirements.txt"
cache="${TF_REPRO_TEST_CACHE:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/tf-repro-test}"
key=$(sha256sum "$requirements" | cut -c1-12)
home="$cache/python-$key"

give_up() {
  echo "setup-python-frameworks: $1; the tests that train with TensorFlow, Keras 3, PyTorch 2 or JAX say they were skipped and why" >&2
  [ "$strict" = yes ] && exit 1
  exit 0
}

# The package's key: every file under python/ but Python's caches, as test/support/python-frameworks.ts
# computes it (sha256sum's lines, "<hex>  python/<path>", sorted by path).
package_key=$(cd "$root" && find python -type f ! -path '*/__pycache__/*' ! -path '*/.pytest_cache/*' | LC_ALL=C sort | xargs -r sha256sum | sha256sum | cut -c1-12)
package_marker="$home/tf_repro-$package_key"

if [ -f "$home/ready" ] && [ -f "$package_marker" ]; then
  echo "$home"
  exit 0
fi
command -v python3 >/dev/null 2>&1 || give_up "no python3 on PATH"

# Index options from pip's configuration: file:// indexes first, as --index-url.
index_options=""
if [ -z "${PIP_INDEX_URL:-}" ]; then
  locals=$(python3 -m pip config list 2>/dev/null | sed -n "s/^[a-z:.-]*index-url='\(.*\)'$/\1/p" | tr ' ' '\n' | grep '^file://' || true)
  first=yes
  for url in $locals; do
    if [ $first = yes ]; then index_options="--index-url $url"; first=no; else index_options="$index_options --extra-index-url $url"; fi
  done
fi

# python/ into the environment (not editable: the tests import what a user's pip install gives),
# with hatchling and pytest (python/requirements-dev.txt). Worktrees share the environment, so a
# lock keeps two installs apart; one older than 10 minutes was left by a killed install.
install_package() {
  lock="$home/tf_repro.lock"
  waited=0
  until mkdir "$lock" 2>/dev/null; do
    if [ -n "$(find "$lock" -maxdepth 0 -mmin +10 2>/dev/null)" ]; then rm -rf "$lock"; continue; fi
    [ $waited -ge 600 ] && give_up "another install of python/ holds $lock"
    sleep 1
    waited=$((waited + 1))
  done
  trap 'rm -rf "$lock"' EXIT
  if [ ! -f "$package_marker" ]; then
    # shellcheck disable=SC2086
    if ! "$home/venv/bin/pip" install --quiet --disable-pip-version-check $index_options -r "$root/python/requirements-dev.txt" >"$home/package.log" 2>&1 ||
      ! "$home/venv/bin/pip" install --quiet --disable-pip-version-check --no-deps --no-build-isolation --no-index --force-reinstall "$root/python" >>"$home/package.log" 2>&1; then
      tail -5 "$home/package.log" >&2
      give_up "pip install of python/ failed (the whole log: $home/package.log)"
    fi
    rm -f "$home"/tf_repro-*
    touch "$package_marker"
  fi
  rm -rf "$lock"
  trap - EXIT
}

if [ -f "$home/ready" ]; then
  install_package
  echo "$home"
  exit 0
fi

echo "setup-python-frameworks: making $home (about 2 minutes, 3 GB)" >&2
rm -rf "$home"
mkdir -p "$home/wheels"
python3 -m venv "$home/venv" || give_up "python3 -m venv failed"
# shellcheck disable=SC2086 # $index_options is a list of options
if ! "$home/venv/bin/pip" install --quiet --disable-pip-version-check $index_options -r "$requirements" >"$home/pip.log" 2>&1; then
  tail -5 "$home/pip.log" >&2
  give_up "pip install failed (the whole log: $home/pip.log)"
fi
# shellcheck disable=SC2086
if ! "$home/venv/bin/pip" download --quiet --disable-pip-version-check --no-deps $index_options -d "$home/wheels" "$(grep '^tensorflow-cpu==' "$requirements")" >>"$home/pip.log" 2>&1; then
  give_up "pip download of the tensorflow-cpu wheel failed (the whole log: $home/pip.log)"
fi
touch "$home/ready"
install_package
echo "$home"
