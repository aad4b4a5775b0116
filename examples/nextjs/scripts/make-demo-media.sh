#!/usr/bin/env bash
# Regenerates the demo lesson video that the seed data points at:
#   public/media/intro.webm  (VP9 + Opus, 40 s, 320x180, well under 300 KB)
#
# The output is committed, so neither the demo nor CI needs ffmpeg. Run this only to change
# the video: `bash scripts/make-demo-media.sh` from examples/nextjs (needs ffmpeg with
# libvpx-vp9, libopus and drawtext; Debian: `apt-get install -y ffmpeg`).
#
# The captions file public/media/intro.vtt is written by hand; keep its cue times in step with
# the "chapter" texts below if you change them.
set -euo pipefail

cd "$(dirname "$0")/.."
mkdir -p public/media

FONT="${FONT:-/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf}"
FONT_BOLD="${FONT_BOLD:-/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf}"
DURATION=40

# The mm:ss timer, written to a file so the filtergraph needs no extra escaping.
TIMER_FILE="$(mktemp)"
trap 'rm -f "$TIMER_FILE"' EXIT
printf '%s' '%{eif:floor(t/60):d:2}:%{eif:mod(floor(t),60):d:2}' >"$TIMER_FILE"

# One chapter line per 10 seconds, matching the captions.
chapter() {
	# $1 start, $2 end, $3 text
	printf "drawtext=fontfile=%s:text='%s':fontcolor=0xe0e7ff:fontsize=14:x=(w-text_w)/2:y=112:enable='between(t,%s,%s)'" \
		"$FONT" "$3" "$1" "$2"
}

FILTER="[0:v]"
FILTER+="drawbox=x=0:y=0:w=iw:h=36:color=0x312e81@1:t=fill,"
FILTER+="drawtext=fontfile=${FONT_BOLD}:text='Acme School':fontcolor=white:fontsize=16:x=12:y=10,"
FILTER+="drawtext=fontfile=${FONT}:text='demo lesson':fontcolor=0xc7d2fe:fontsize=12:x=w-text_w-12:y=13,"
FILTER+="drawtext=fontfile=${FONT_BOLD}:textfile=${TIMER_FILE}:fontcolor=white:fontsize=28:x=(w-text_w)/2:y=62,"
FILTER+="$(chapter 0 10 'Welcome to the course'),"
FILTER+="$(chapter 10 20 'What you will build'),"
FILTER+="$(chapter 20 30 'How lessons and quizzes work'),"
FILTER+="$(chapter 30 40 'Ready? Start the first lesson'),"
# A progress bar along the bottom that fills over the 40 seconds.
FILTER+="drawbox=x=0:y=ih-8:w=iw:h=8:color=0x1e1b4b@1:t=fill[bg];"
FILTER+="[bg][2:v]overlay=x='-w+W*t/${DURATION}':y=H-8:eval=frame:shortest=1[v]"

ffmpeg -hide_banner -loglevel error -y \
	-f lavfi -i "color=c=0x4338ca:s=320x180:r=15:d=${DURATION}" \
	-f lavfi -i "sine=frequency=220:sample_rate=48000:duration=${DURATION}" \
	-f lavfi -i "color=c=0x818cf8:s=320x8:r=15:d=${DURATION}" \
	-filter_complex "${FILTER};[1:a]volume=0.05[a]" \
	-map "[v]" -map "[a]" \
	-c:v libvpx-vp9 -b:v 32k -crf 40 -deadline good -cpu-used 4 -row-mt 1 -g 150 \
	-c:a libopus -b:a 16k -ac 1 \
	-t "${DURATION}" \
	public/media/intro.webm

ls -l public/media/intro.webm
