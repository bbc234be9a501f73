#!/bin/sh
# Run by Maven before npm: the console needs the machine's Node.js 20.19+ (Vite 8) and npm; nothing is downloaded.
need="20.19"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "[控制台构建] 未找到 Node.js / npm。构建 Web 控制台需要 Node.js ${need} 或更高版本（含 npm）。" >&2
  echo "[控制台构建] 安装：Debian/Ubuntu 执行 apt-get install nodejs npm（版本需 ≥ ${need}），" >&2
  echo "[控制台构建] 或使用 NodeSource：curl -fsSL https://deb.nodesource.com/setup_22.x | bash - && apt-get install -y nodejs" >&2
  exit 1
fi
v=$(node -p 'process.versions.node')
major=${v%%.*}; rest=${v#*.}; minor=${rest%%.*}
if [ "$major" -lt 20 ] || { [ "$major" -eq 20 ] && [ "$minor" -lt 19 ]; } || { [ "$major" -eq 21 ]; } \
   || { [ "$major" -eq 22 ] && [ "$minor" -lt 12 ]; }; then
  echo "[控制台构建] 当前 Node.js 版本为 ${v}，过旧：构建 Web 控制台需要 Node.js ${need} 或更高版本（20.19+ 或 22.12+）。" >&2
  echo "[控制台构建] 升级：apt-get install nodejs（版本需 ≥ ${need}），或 NodeSource：" >&2
  echo "[控制台构建]   curl -fsSL https://deb.nodesource.com/setup_22.x | bash - && apt-get install -y nodejs" >&2
  exit 1
fi
echo "[控制台构建] Node.js ${v}，npm $(npm -v)：满足要求（≥ ${need}）"
