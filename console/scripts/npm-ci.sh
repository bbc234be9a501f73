#!/bin/sh
# npm ci, skipped when node_modules was installed from the current package-lock.json (npm keeps a copy of it).
cd "$(dirname "$0")/.." || exit 1
if [ -f node_modules/.package-lock.json ] && [ -f node_modules/.hotline-lock ] \
   && cmp -s package-lock.json node_modules/.hotline-lock; then
  echo "[控制台构建] node_modules 与 package-lock.json 一致，跳过 npm ci"
  exit 0
fi
npm ci --no-audit --no-fund --loglevel=error || exit 1
cp package-lock.json node_modules/.hotline-lock
