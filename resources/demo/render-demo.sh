#!/usr/bin/env bash
# Renders demo.mp4: a ball bouncing on a floor every 0.9 s from 0.4 s, with a noisy scratch track at the impacts.
set -euo pipefail
cd "$(dirname "$0")"
ffmpeg -hide_banner -loglevel error -y \
  -f lavfi -i "color=c=0x202830:s=640x360:r=25:d=6" \
  -f lavfi -i "color=c=0xd07030:s=48x48:r=25:d=6,format=rgba,geq=r='r(X,Y)':g='g(X,Y)':b='b(X,Y)':a='if(lt(hypot(X-24,Y-24),23),255,0)'" \
  -f lavfi -i "aevalsrc='0.6*exp(-35*mod(t-0.4,0.9))*(random(0)*2-1)*gte(t,0.4)+0.01*(random(1)*2-1)':s=48000:d=6" \
  -filter_complex "[0]drawbox=x=0:y=300:w=640:h=60:color=0x6b4a2b:t=fill,drawbox=x=40:y=40:w=80:h=80:color=0x334455:t=fill[bg];[bg][1]overlay=x='80+70*t':y='252-200*abs(sin(PI*(t-0.4)/0.9))'[v]" \
  -map "[v]" -map 2:a -c:v libx264 -pix_fmt yuv420p -preset slow -crf 28 -c:a aac -b:a 64k -shortest demo.mp4
