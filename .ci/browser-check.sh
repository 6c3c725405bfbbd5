#!/usr/bin/env bash
# Opens a generated HTML report in Debian's chromium, headless, from a file, and checks it as a reader would get it:
#   1. the page loads without a console message (the report has no script, so any message is an error, such as a
#      blocked request to the network or a script error), and the ranking table of the DOM has one
#      <tr class="unit-row"> per unit and the charts #chart-index, #chart-heatmap and #chart-distribution-*, and
#      #chart-ranksets when the report has a section of rank sets (sipas report --rank-sets);
#   2. rendered in a 1240 px window, every <figure class="chart"> holds an SVG drawn at a real size with a title, a
#      description and a caption, no text says NaN or Infinity, and the page is not wider than the window
#      (.ci/browser-check.html does this in the browser);
#   3. a screenshot of the first screen (1240 x 1754, the proportions of A4) and a print to PDF on A4 are saved.
# Usage: .ci/browser-check.sh REPORT.html EXPECTED_UNITS [SCREENSHOT.png]
#   The screenshot goes to target/report.png (relative to the current directory) unless given; the PDF beside it.
# Installs chromium with apt-get when `command -v chromium` fails. Exits 0 when every check passes, 1 when one fails,
# 2 on a usage error; each failure is one line on standard error.
set -euo pipefail

fail() { echo "browser-check: FAIL: $*" >&2; exit 1; }
usage() { echo "usage: $0 REPORT.html EXPECTED_UNITS [SCREENSHOT.png]" >&2; exit 2; }

[ $# -ge 2 ] && [ $# -le 3 ] || usage
report=$1
expected=$2
shot=${3:-target/report.png}
[ -f "$report" ] || { echo "browser-check: no such file: $report" >&2; exit 2; }
[[ "$expected" =~ ^[0-9]+$ ]] || { echo "browser-check: EXPECTED_UNITS must be a number, not '$expected'" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)

if ! command -v chromium >/dev/null 2>&1; then
    echo "browser-check: installing chromium" >&2
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium >/dev/null
    command -v chromium >/dev/null 2>&1 || fail "chromium could not be installed"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
url="file://$(realpath "$report")"
mkdir -p "$(dirname "$shot")"
pdf="${shot%.png}.pdf"

# Every run gets its own empty profile; nothing is fetched from the network.
browser() {
    local profile
    profile=$(mktemp -d "$work/profile.XXXXXX")
    timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$profile" "$@"
}

echo "browser-check: $(chromium --version 2>/dev/null | head -n 1)"
echo "browser-check: opening $url"

# 1. Load the report itself: console messages, rows and chart ids in the DOM as the browser built it.
browser --enable-logging=stderr --v=0 --dump-dom "$url" >"$work/dom.html" 2>"$work/console.log" \
    || fail "chromium did not load $report (exit $?); its log: $(tail -n 3 "$work/console.log")"
[ -s "$work/dom.html" ] || fail "chromium returned an empty DOM for $report"
if grep -E ':CONSOLE[:(]|Uncaught' "$work/console.log" >"$work/errors.log"; then
    fail "the page logged $(wc -l <"$work/errors.log") console message(s), the first: $(head -n 1 "$work/errors.log")"
fi
rows=$(grep -o 'class="unit-row"' "$work/dom.html" | wc -l)
[ "$rows" -eq "$expected" ] || fail "the ranking table has $rows rows of class unit-row, expected $expected"
grep -q '<tbody id="ranking"' "$work/dom.html" || fail 'no <tbody id="ranking"> in the page'
for id in chart-index chart-heatmap; do
    grep -q "id=\"$id\"" "$work/dom.html" || fail "no chart with id $id in the page"
done
# A report made with --rank-sets has a section of rank sets with its chart.
if grep -q 'id="ranksets-section"' "$work/dom.html"; then
    grep -q 'id="chart-ranksets"' "$work/dom.html" || fail "the rank-sets section has no chart with id chart-ranksets"
fi
distributions=$(grep -o '<figure class="chart" id="chart-distribution-' "$work/dom.html" | wc -l)
[ "$distributions" -gt 0 ] || fail "no chart with an id chart-distribution-* in the page"
charts=$(grep -o 'class="chart"' "$work/dom.html" | wc -l)
echo "browser-check: loaded without console errors; $rows unit rows; $charts charts ($distributions distributions)"

# 2. Rendered: the check page reads the report from a frame and writes its verdict into <pre id="result">.
check="file://$here/browser-check.html?report=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$url" 2>/dev/null || printf '%s' "$url")&units=$expected"
browser --allow-file-access-from-files --window-size=1300,1800 --dump-dom "$check" >"$work/check.html" \
    2>"$work/check.log" || fail "chromium did not load the check page (exit $?)"
verdict=$(sed -n 's/.*<pre id="result">\([^<]*\)<\/pre>.*/\1/p' "$work/check.html" | head -n 1)
[ -n "$verdict" ] || fail "the check page gave no verdict"
case "$verdict" in
    OK*) echo "browser-check: rendered: $verdict" ;;
    *) fail "rendered: $verdict" ;;
esac

# 3. Screenshot of the first screen, and the whole page printed on A4.
rm -f "$shot" "$pdf"
browser --hide-scrollbars --screenshot="$shot" --window-size=1240,1754 "$url" >/dev/null 2>"$work/shot.log" \
    || fail "chromium could not take the screenshot (exit $?)"
[ -s "$shot" ] || fail "no screenshot was written to $shot"
browser --no-pdf-header-footer --print-to-pdf="$pdf" "$url" >/dev/null 2>"$work/pdf.log" \
    || fail "chromium could not print the page (exit $?)"
[ -s "$pdf" ] || fail "no PDF was written to $pdf"
pages=$(grep -a -c '/Type /Page\b' "$pdf" || true)
a4=$(grep -a -c 'MediaBox \[0 0 59[45][.0-9]* 841\.[0-9]*\]' "$pdf" || true)
[ "$pages" -gt 0 ] && [ "$a4" -eq "$pages" ] || fail "the printed PDF has $pages pages, of which $a4 are A4 (595 x 842 pt)"
echo "browser-check: screenshot $shot; printed $pdf ($pages A4 pages)"
echo "browser-check: OK"
