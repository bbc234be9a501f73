// Starts the built server (infra/target/hotline.jar demo) on a free port with its own fresh database and data
// directory, the AMI simulator placing calls quickly, and stops it again.
import { spawn, execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, createWriteStream, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../..')

function javaMajor(home) {
  try {
    const out = execFileSync(join(home, 'bin/java'), ['-version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    return parse(out)
  } catch (e) {
    return parse(String(e.stderr ?? '') + String(e.stdout ?? ''))
  }
  function parse(s) {
    const m = /version "(\d+)(?:\.(\d+))?/.exec(s)
    if (!m) return 0
    return m[1] === '1' ? Number(m[2]) : Number(m[1])
  }
}

/** JAVA_HOME when it is ≥ 21, else the newest JDK ≥ 21 under /usr/lib/jvm (as ./hotline picks it). */
export function pickJava() {
  const env = process.env.JAVA_HOME
  if (env && existsSync(join(env, 'bin/java'))) {
    // java -version writes to stderr
    const v = javaVersion(env)
    if (v >= 21) return env
  }
  let best = null
  let bestV = 0
  if (existsSync('/usr/lib/jvm')) {
    for (const d of readdirSync('/usr/lib/jvm')) {
      const home = join('/usr/lib/jvm', d)
      if (!existsSync(join(home, 'bin/java'))) continue
      const v = javaVersion(home)
      if (v >= 21 && v > bestV) {
        best = home
        bestV = v
      }
    }
  }
  if (!best) throw new Error('需要 JDK 21 或更高版本：请设置 JAVA_HOME（未找到 JDK ≥ 21）')
  return best
}

function javaVersion(home) {
  try {
    const r = execFileSync('sh', ['-c', `"${join(home, 'bin/java')}" -version 2>&1`], { encoding: 'utf8' })
    const m = /version "(\d+)(?:\.(\d+))?/.exec(r)
    if (!m) return 0
    return m[1] === '1' ? Number(m[2]) : Number(m[1])
  } catch {
    return javaMajor(home)
  }
}

export function freePort() {
  return new Promise((res, rej) => {
    const s = createServer()
    s.unref()
    s.on('error', rej)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => res(port))
    })
  })
}

function recreateDatabase(url) {
  const m = /^jdbc:postgresql:\/\/([^:/]+)(?::(\d+))?\/([A-Za-z0-9_]+)$/.exec(url)
  if (!m) return
  const [, host, port = '5432', db] = m
  try {
    execFileSync('psql', ['-h', host, '-p', port, '-U', process.env.HOTLINE_DB_USER ?? 'postgres', '-d', 'postgres',
      '-v', 'ON_ERROR_STOP=1', '-q', '-c', `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`], { stdio: 'pipe' })
  } catch (e) {
    console.warn(`[e2e] 无法删除数据库 ${db}（${String(e.stderr ?? e.message).trim()}），沿用现有库`)
  }
}

export async function startServer({ log } = {}) {
  const jar = process.env.HOTLINE_E2E_JAR ?? join(ROOT, 'infra/target/hotline.jar')
  if (!existsSync(jar)) throw new Error(`未找到 ${jar}：请先构建（./hotline build）`)
  const javaHome = pickJava()
  const port = Number(process.env.HOTLINE_E2E_PORT ?? 0) || (await freePort())
  const dbUrl = process.env.HOTLINE_E2E_DB_URL ?? 'jdbc:postgresql://localhost:5432/hotline_e2e'
  recreateDatabase(dbUrl)
  const dataDir = mkdtempSync(join(tmpdir(), 'hotline-e2e-'))
  const logFile = log ?? join(ROOT, 'console/target/e2e/server.log')
  const out = createWriteStream(logFile)
  const child = spawn(join(javaHome, 'bin/java'), ['-Xmx768m', '-XX:+UseSerialGC', '-Duser.timezone=Asia/Shanghai',
    '-Dfile.encoding=UTF-8', '-Dorg.jooq.no-logo=true', '-Dorg.jooq.no-tips=true', '-jar', jar, 'demo'], {
    cwd: ROOT,
    env: {
      ...process.env,
      HOTLINE_HTTP_PORT: String(port),
      HOTLINE_HTTP_HOST: '127.0.0.1',
      HOTLINE_DB_URL: dbUrl,
      HOTLINE_AGI_PORT: '0',
      HOTLINE_DATA_DIR: dataDir,
      HOTLINE_HTTP_INSTANCES: process.env.HOTLINE_HTTP_INSTANCES ?? '8',
      HOTLINE_SIM_CALLS_PER_MINUTE: process.env.HOTLINE_SIM_CALLS_PER_MINUTE ?? '6',
      HOTLINE_SIM_SPEED: process.env.HOTLINE_SIM_SPEED ?? '8',
      HOTLINE_RECORDING_GRACE_SECONDS: '1',
      // the flows count the demo's own tickets: the scripted city pushes none here
      HOTLINE_CITY_DEMO_CASES: process.env.HOTLINE_CITY_DEMO_CASES ?? '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout.pipe(out)
  child.stderr.pipe(out)
  let exited = null
  child.on('exit', (code) => (exited = code ?? -1))
  const base = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 180_000
  for (;;) {
    if (exited !== null) throw new Error(`服务器启动失败（退出码 ${exited}），日志：${logFile}`)
    try {
      const r = await fetch(`${base}/health`)
      if (r.ok) break
    } catch {
      // not yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`服务器 180 秒内未就绪，日志：${logFile}`)
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  return {
    base,
    port,
    logFile,
    async stop() {
      if (exited === null) {
        child.kill('SIGTERM')
        const t = Date.now()
        while (exited === null && Date.now() - t < 15_000) await new Promise((r) => setTimeout(r, 100))
        if (exited === null) child.kill('SIGKILL')
      }
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
