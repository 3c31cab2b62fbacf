#!/usr/bin/env bash
# The project's test command (`npm test`): installs what is missing, builds, lints, tests.
# Safe on a brand-new machine: CI calls exactly this through .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

# What the tests need from Debian, installed when the machine has none of it:
# - redis-server: the distributed-mode tests start their own throwaway one (own port, no
#   persistence);
# - a C++ toolchain: better-sqlite3 compiles on install (no prebuilt binary for this Node);
# - pdftotext (poppler-utils): the calibration test also scores the corpus PDFs exported as text;
# - LibreOffice Writer (headless), Ghostscript, ImageMagick, img2pdf and poppler's pdftoppm /
#   pdfunite: the variants test renders samples as .doc/.odt/.rtf/HTML, re-distilled PDFs,
#   scans and bundles, and the .doc/.odt/.rtf readers convert through LibreOffice;
# - chromium: the review app's browser tests drive Debian's own build through playwright-core
#   (never a downloaded browser).
# - tesseract-ocr: the native OCR engine, used by default where installed (so the scan tests
#   read with it); ocr-engines.test.ts checks it gives the same layout as the embedded tesseract.js.
missing=()
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
{ command -v make >/dev/null 2>&1 && command -v g++ >/dev/null 2>&1; } || missing+=(build-essential python3)
{ command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 && command -v pdfunite >/dev/null 2>&1; } || missing+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v gs >/dev/null 2>&1 || missing+=(ghostscript)
# ImageMagick's own binary, not any `convert` on PATH (some machines put a stand-in there).
{ command -v magick >/dev/null 2>&1 || command -v convert-im6.q16 >/dev/null 2>&1 || [ -x /usr/bin/convert ]; } || missing+=(imagemagick)
command -v img2pdf >/dev/null 2>&1 || missing+=(img2pdf)
# - chromium: the report test opens `eia report`'s page in it (playwright-core drives it);
# - python3: the export test reads the CSV export with Python's own csv module.
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
command -v tesseract >/dev/null 2>&1 || missing+=(tesseract-ocr)
if [ ${#missing[@]} -gt 0 ]; then
  echo "test: installing ${missing[*]}" >&2
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y "${missing[@]}" >/dev/null 2>&1 || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y "${missing[@]}" >/dev/null; }
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci
fi
npm run build
npm run lint
npx vitest run "$@"
