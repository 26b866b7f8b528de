#!/bin/sh
# Install this casemgr bundle with its menu entry and icons.
#
#   ./install.sh                 for you alone: ~/.local (no root needed)
#   sudo ./install.sh /usr/local for everyone on this computer
#   ./install.sh --uninstall [PREFIX]
#
# The bundle is copied to PREFIX/lib/casemgr, the program linked as PREFIX/bin/casemgr, the
# .desktop file, AppStream metainfo and icons go under PREFIX/share. Nothing else is touched:
# your workspaces stay where they are (casemgr's data folder), encrypted.
set -eu
ID=org.casemgr.CaseManager
HERE=$(cd "$(dirname "$0")" && pwd)
UNINSTALL=0
if [ "${1:-}" = "--uninstall" ]; then UNINSTALL=1; shift; fi
PREFIX=${1:-$HOME/.local}

remove() {
  rm -rf "$PREFIX/lib/casemgr"
  rm -f "$PREFIX/bin/casemgr" "$PREFIX/share/applications/$ID.desktop" \
        "$PREFIX/share/metainfo/$ID.metainfo.xml"
  for icon in "$PREFIX"/share/icons/hicolor/*/apps/$ID.png \
              "$PREFIX/share/icons/hicolor/scalable/apps/$ID.svg"; do
    rm -f "$icon"
  done
}

if [ "$UNINSTALL" = 1 ]; then
  remove
  echo "casemgr removed from $PREFIX (workspaces are kept)"
  exit 0
fi

[ -x "$HERE/casemgr" ] || { echo "install.sh: run it from the bundle's folder" >&2; exit 2; }
remove
mkdir -p "$PREFIX/lib" "$PREFIX/bin"
cp -R "$HERE" "$PREFIX/lib/casemgr"
ln -s "$PREFIX/lib/casemgr/casemgr" "$PREFIX/bin/casemgr"
cp -R "$HERE/share/." "$PREFIX/share/"
# Menus and icon caches pick the new files up; neither tool is needed for it to work.
command -v update-desktop-database >/dev/null 2>&1 \
  && update-desktop-database -q "$PREFIX/share/applications" 2>/dev/null || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
  && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" 2>/dev/null || true
echo "casemgr installed in $PREFIX: run 'casemgr' or find it in the menu"
case ":$PATH:" in *":$PREFIX/bin:"*) ;; *) echo "(add $PREFIX/bin to your PATH for the command)";; esac
