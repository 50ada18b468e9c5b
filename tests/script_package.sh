#!/usr/bin/env bash
# Packaging: cpack builds a .deb and a .tar.gz from the current build, and
# both hold the two executables, the desktop entry, the icon and the
# AppStream metainfo, which validate.
set -euo pipefail
build=${IQA_BUILD_DIR:?}
src=${IQA_SOURCE_DIR:?}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0; failed=0
check() { # name, command...
  local name=$1; shift
  if "$@"; then passed=$((passed + 1)); echo "PASS: $name"; else failed=$((failed + 1)); echo "FAIL: $name"; fi
}

(cd "$build" && cpack -B "$work" -G "DEB;TGZ" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; echo "0 passed, 1 failed"; exit 1; }
deb=$(ls "$work"/*.deb)
tgz=$(ls "$work"/*.tar.gz)

dpkg-deb -c "$deb" | awk '{print $6}' > "$work/deb.txt"
tar -tzf "$tgz" > "$work/tgz.txt"
for f in bin/iqa bin/iqa-studio share/applications/io.iqastudio.IQAStudio.desktop \
         share/metainfo/io.iqastudio.IQAStudio.metainfo.xml \
         share/icons/hicolor/scalable/apps/io.iqastudio.IQAStudio.svg; do
  check "deb contains $f" grep -q "usr/$f\$" "$work/deb.txt"
  check "tar.gz contains $f" grep -q "/$f\$" "$work/tgz.txt"
done
check "deb depends on Qt 6 and LibTorch" bash -c "dpkg-deb -f '$deb' Depends | grep -q libqt6widgets6 && dpkg-deb -f '$deb' Depends | grep -q libtorch"
check "desktop entry validates" desktop-file-validate "$src/installer/io.iqastudio.IQAStudio.desktop"
check "metainfo validates" appstreamcli validate --no-net --pedantic "$src/installer/io.iqastudio.IQAStudio.metainfo.xml"

# The packaged CLI runs from the extracted tree.
mkdir "$work/root" && dpkg-deb -x "$deb" "$work/root"
check "packaged iqa runs" bash -c "'$work/root/usr/bin/iqa' --version | grep -q '^iqa '"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
