#!/usr/bin/env bash
# Install the system packages the test suite drives for real: PostgreSQL 15, Debian chromium
# (for Playwright) and poppler-utils (pdftoppm). Needs root and apt; otherwise says what to do.
set -euo pipefail

missing=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
command -v pdftoppm >/dev/null || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    echo "system-deps: please install ${missing[*]} (Debian: apt-get install -y ${missing[*]})" >&2
    exit 1
fi
echo "system-deps: installing ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
