#!/bin/sh
# Install the Parallax bundle for one user (default prefix ~/.local) or system-wide
# (e.g. /usr/local, as root): the app folder, a `parallax` command, the menu entry,
# AppStream metadata, the icons and the project-file type, so a double-click opens a
# *.parallax.json project. `install.sh --uninstall [PREFIX]` removes all of it.
# The build copies this script into dist/parallax/; run it from there.
set -eu

APP_ID=org.parallax_reader.Parallax
BUNDLE=$(cd "$(dirname "$0")" && pwd)
UNINSTALL=no
if [ "${1:-}" = "--uninstall" ]; then UNINSTALL=yes; shift; fi
PREFIX=${1:-"$HOME/.local"}
SHARE="$PREFIX/share"
ICONS="$SHARE/icons/hicolor"
SIZES="16 24 32 48 64 128 256 512"

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then
        update-mime-database "$SHARE/mime" >/dev/null 2>&1 || true
    fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database "$SHARE/applications" >/dev/null 2>&1 || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$ICONS" >/dev/null 2>&1 || true
    fi
}

if [ "$UNINSTALL" = yes ]; then
    rm -rf "$PREFIX/lib/parallax"
    rm -f "$PREFIX/bin/parallax" "$SHARE/applications/$APP_ID.desktop" \
        "$SHARE/metainfo/$APP_ID.metainfo.xml" "$SHARE/mime/packages/$APP_ID.mime.xml" \
        "$ICONS/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do rm -f "$ICONS/${size}x$size/apps/$APP_ID.png"; done
    refresh
    echo "Removed Parallax from $PREFIX"
    exit 0
fi

LINUX="$BUNDLE/_internal/linux"
ICON_SOURCE="$BUNDLE/_internal/resources/icons"
if [ ! -x "$BUNDLE/parallax" ] || [ ! -d "$LINUX" ]; then
    echo "install.sh: run the copy inside the built bundle (dist/parallax/install.sh)" >&2
    exit 1
fi

mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$SHARE/applications" "$SHARE/metainfo" \
    "$SHARE/mime/packages" "$ICONS/scalable/apps"
if [ "$BUNDLE" != "$PREFIX/lib/parallax" ]; then
    rm -rf "$PREFIX/lib/parallax"
    cp -R "$BUNDLE" "$PREFIX/lib/parallax"
fi
ln -sf "$PREFIX/lib/parallax/parallax" "$PREFIX/bin/parallax"
# The menu entry names the installed command by its full path: ~/.local/bin is not on
# every desktop session's PATH.
sed -e "s|^Exec=parallax |Exec=$PREFIX/bin/parallax |" \
    -e "s|^TryExec=parallax\$|TryExec=$PREFIX/bin/parallax|" \
    "$LINUX/$APP_ID.desktop" >"$SHARE/applications/$APP_ID.desktop"
cp "$LINUX/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
cp "$LINUX/$APP_ID.mime.xml" "$SHARE/mime/packages/"
cp "$ICON_SOURCE/parallax.svg" "$ICONS/scalable/apps/$APP_ID.svg"
for size in $SIZES; do
    if [ -f "$ICON_SOURCE/parallax-$size.png" ]; then
        mkdir -p "$ICONS/${size}x$size/apps"
        cp "$ICON_SOURCE/parallax-$size.png" "$ICONS/${size}x$size/apps/$APP_ID.png"
    fi
done
refresh
echo "Installed Parallax in $PREFIX (command: $PREFIX/bin/parallax)"
