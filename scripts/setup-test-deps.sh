#!/bin/sh
# Installs what some tests need from Debian, when it is missing and this machine can:
#   dataset-fashion-mnist  real Fashion-MNIST IDX files (dataset, IDX-file and CLI --dataset tests)
#   python3-torch          PyTorch for the PyTorch example test and the bench's peer
#   chromium-headless-shell  a browser that lays the job summary and the comment out as GitHub would
#   locales                with de_DE.UTF-8 generated: a locale with a decimal comma for `vary: locale`
# Needs apt-get and root (or password-less sudo). Where it cannot install, it says so and the tests
# do without: the IDX tests run on the embedded MNIST digits, the PyTorch and browser tests are
# skipped with the reason. Fast when all is installed (one dpkg-query). npm test and .ci/run both call it.
# Usage: sh scripts/setup-test-deps.sh [--strict]   (--strict: exit 1 if anything is still missing)
set -eu

packages="dataset-fashion-mnist python3-torch chromium-headless-shell locales"
strict=no
[ "${1:-}" = --strict ] && strict=yes

missing() {
  for package in $packages; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || printf '%s ' "$package"
  done
}

# `vary: locale` needs a locale of other conventions than C's (issue 23): de_DE.UTF-8, generated once.
has_german_locale() {
  command -v locale >/dev/null 2>&1 && locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'
}

todo=$(missing)
[ -z "$todo" ] && has_german_locale && exit 0

if [ "$(id -u)" = 0 ]; then
  as_root=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root="sudo -n"
else
  as_root="cannot"
fi

if [ -z "$todo" ]; then
  : # only the locale is missing
elif ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-test-deps: cannot install $todo(no apt-get)" >&2
elif [ "$as_root" = cannot ]; then
  echo "setup-test-deps: cannot install $todo(not root, no password-less sudo)" >&2
else
  echo "setup-test-deps: installing $todo(apt-get)" >&2
  # shellcheck disable=SC2086 # word splitting of $as_root and $todo is meant
  if ! { $as_root apt-get update -qq && $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $todo >/dev/null; }; then
    echo "setup-test-deps: apt-get failed" >&2
  fi
  todo=$(missing)
fi

if ! has_german_locale && [ "$as_root" != cannot ] && [ -f /etc/locale.gen ] && command -v locale-gen >/dev/null 2>&1; then
  echo "setup-test-deps: generating the locale de_DE.UTF-8 (locale-gen)" >&2
  $as_root sed -i 's/^# *de_DE.UTF-8 UTF-8/de_DE.UTF-8 UTF-8/' /etc/locale.gen
  $as_root locale-gen >/dev/null 2>&1 || echo "setup-test-deps: locale-gen failed" >&2
fi
has_german_locale || echo "setup-test-deps: without the locale de_DE.UTF-8 the vary test expects 'locale' to be listed as not varied (it says why)" >&2

for package in $todo; do
  case $package in
    dataset-fashion-mnist) echo "setup-test-deps: without $package the IDX tests run on the embedded MNIST digits only" >&2 ;;
    python3-torch) echo "setup-test-deps: without $package the PyTorch example test is skipped (it says why)" >&2 ;;
    chromium-headless-shell) echo "setup-test-deps: without $package the report's browser test is skipped (it says why)" >&2 ;;
  esac
done
[ -n "$todo" ] && [ "$strict" = yes ] && exit 1
exit 0
