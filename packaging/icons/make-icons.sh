#!/usr/bin/env bash
# Regenerates the platform icons from moddesk.svg (run after changing the drawing; the results are committed so
# that a build needs neither ImageMagick nor Python): moddesk.png for Linux, moddesk.ico for Windows,
# moddesk.icns for macOS. Needs ImageMagick's `convert` and python3.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 24 32 48 64 128 256 512 1024; do
  convert -background none -density 300 moddesk.svg -resize "${size}x${size}" -depth 8 "PNG32:$tmp/$size.png"
done
cp "$tmp/512.png" moddesk.png
convert "$tmp"/{16,24,32,48,64,128,256}.png moddesk.ico
# An .icns file is a header and a list of (type, length, PNG) entries; ImageMagick cannot write it.
python3 - "$tmp" moddesk.icns <<'PY'
import struct, sys
folder, out = sys.argv[1], sys.argv[2]
kinds = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
         (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512)]
body = b""
for kind, size in kinds:
    data = open(f"{folder}/{size}.png", "rb").read()
    body += kind + struct.pack(">I", len(data) + 8) + data
open(out, "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
