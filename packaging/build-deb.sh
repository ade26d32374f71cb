#!/usr/bin/env bash
# `make deb`: wrap the standalone bundle (dist/hria, from `make dist`) into a Debian package with dpkg-deb.
#   packaging/build-deb.sh BUNDLE_DIR VERSION OUT_DIR MAN_PAGE
# MAN_PAGE is the manual page generated from the command line's parser (`make man`).
# The app goes to /opt/hria, the command to /usr/bin/hria, and the desktop entry, icons and the .hria file type
# to /usr/share, where the desktop-file-utils, shared-mime-info and hicolor triggers pick them up.
set -euo pipefail

bundle=${1:?bundle folder}
version=${2:?version}
out=${3:?output folder}
man_page=${4:?manual page (make man)}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
arch=$(dpkg --print-architecture)

[ -x "$bundle/hria" ] || { echo "build-deb: no bundle in $bundle (run make dist first)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
stage="$work/hria_${version}_${arch}"
share="$stage/usr/share"

install -d "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$share/applications" "$share/mime/packages" \
    "$share/doc/hria" "$share/lintian/overrides" "$share/man/man1"
cp -a "$bundle" "$stage/opt/hria"
ln -s /opt/hria/hria "$stage/usr/bin/hria"

install -m 644 "$here/debian/hria.desktop" "$share/applications/hria.desktop"
install -m 644 "$here/debian/hria-mime.xml" "$share/mime/packages/hria.xml"
install -m 644 "$here/debian/copyright" "$share/doc/hria/copyright"
install -m 644 "$here/debian/lintian-overrides" "$share/lintian/overrides/hria"
gzip -9n < "$man_page" > "$share/man/man1/hria.1.gz"
sed -e "s/@VERSION@/$version/g" -e "s/@DATE@/$(date -R -d @"${SOURCE_DATE_EPOCH:-$(date +%s)}")/" \
    "$here/debian/changelog" | gzip -9n > "$share/doc/hria/changelog.gz"
for png in "$root"/resources/icons/hria-*.png; do
    size=$(basename "$png" .png); size=${size#hria-}
    install -D -m 644 "$png" "$share/icons/hicolor/${size}x${size}/apps/hria.png"
done
install -D -m 644 "$root/resources/icons/hria.svg" "$share/icons/hicolor/scalable/apps/hria.svg"

# Debian's permissions: folders 755, files 644, and only the executable executable.
find "$stage" -type d -exec chmod 755 {} +
find "$stage" -type f -exec chmod 644 {} +
chmod 755 "$stage/opt/hria/hria"

# The newest glibc symbol version any bundled binary asks for is the libc the package needs.
glibc=$(find "$stage/opt/hria" -type f \( -name '*.so*' -o -name hria \) -print0 \
    | xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
installed_size=$(du -sk --apparent-size "$stage" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$installed_size/" \
    -e "s/@LIBC@/libc6 (>= $glibc)/" "$here/debian/control.in" > "$stage/DEBIAN/control"

# dpkg --verify checks the installed files against these.
(cd "$stage" && find . -type f ! -path './DEBIAN/*' -printf '%P\0' | sort -z | xargs -0 md5sum) > "$stage/DEBIAN/md5sums"
chmod 644 "$stage/DEBIAN/md5sums"

mkdir -p "$out"
# xz at a low level: nearly all of level 6's gain on these libraries, in a fraction of the time.
dpkg-deb --root-owner-group -Zxz -z2 --build "$stage" "$out/hria_${version}_${arch}.deb"
