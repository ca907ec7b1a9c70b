#!/bin/sh
# Makes the web app's PNG icons from favicon.svg, once, by hand (the build makes no images): run from the
# repository root after changing the logo, then commit the PNGs. Chromium draws the SVG exactly as browsers
# do (ImageMagick's own SVG reader draws the spine's curve wrongly).
set -eu
static=$(pwd)/tracker-api/src/main/resources/static
work=$(mktemp -d)
mkdir -p "$static/icons"
svg=$(tr -d '\n' < "$static/favicon.svg")
# any: the round logo on a transparent square; maskable: the logo inside the central 80 % safe zone, on the
# theme colour to the edges; apple-touch-icon: iOS draws its own rounded corners on an opaque square
page() { # $1 background, $2 logo size in % of the square
    printf '<html><body style="margin:0;background:%s;display:grid;place-items:center;width:100vw;height:100vh">' "$1"
    printf '<div style="width:%s;height:%s">%s</div></body></html>' "$2" "$2" "$svg" | sed 's/<svg /<svg width="100%" height="100%" /'
}
shot() { # $1 html, $2 size, $3 output
    chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
        --force-device-scale-factor=1 --window-size="$2,$2" --screenshot="$3" "file://$1" >/dev/null 2>&1
}
page transparent 100% > "$work/any.html"
page '#074e4a' 80% > "$work/maskable.html"
page '#074e4a' 84% > "$work/apple.html"
shot "$work/any.html" 192 "$static/icons/icon-192.png"
shot "$work/any.html" 512 "$static/icons/icon-512.png"
shot "$work/maskable.html" 512 "$static/icons/maskable-512.png"
shot "$work/apple.html" 180 "$static/icons/apple-touch-icon.png"
rm -rf "$work"
