#!/bin/sh
# Installs the Debian packages ControlMap builds against when any is missing:
# GEOS and PROJ with their headers, PROJ's database, pkg-config, and rsvg-convert
# with a font for turning the SVG maps into PNG.
# With --tests, also Chromium, which the viewer's browser test drives headless.
# As root it runs apt-get; otherwise it prints the exact command and stops.
set -eu
packages="libgeos-dev libproj-dev proj-data pkg-config librsvg2-bin fonts-dejavu-core"
[ "${1:-}" = "--tests" ] && packages="$packages chromium"
missing=""
for package in $packages; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done
[ -z "$missing" ] && exit 0
command="apt-get update && apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" -ne 0 ]; then
    echo "ControlMap needs these Debian packages:$missing" >&2
    echo "Run as root:  sudo sh -c '$command'" >&2
    exit 1
fi
echo "installing:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
sh -c "$command" >&2
