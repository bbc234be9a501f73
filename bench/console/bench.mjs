// Console benchmarks (DESIGN §7: figures, never a failed build). Run from the repository root after a build:
//   node bench/console/bench.mjs [--pops 200] [--clients 1000] [--skip-load|--skip-pops|--skip-fanout]
// It starts infra/target/hotline.jar demo on its own database (hotline_console_bench) and a free port, with the AMI
// simulator fast, and prints:
//   1. the agent desk's first load: JS+CSS bytes as transferred (gzip) and unpacked, time to interactive on loopback
//   2. AMI event → screen pop visible in the browser, p50/p99 over N pops (four agents, four browser tabs)
//   3. SSE fan-out: N connected wallboard streams, time until all of them have the update after a pause, server heap
import { chromium } from '../../console/node_modules/playwright-core/index.mjs'
import { request } from 'node:http'
import { startServer } from '../../console/e2e/server.mjs'

const args = process.argv.slice(2)
const opt = (n, d) => {
  const i = args.indexOf(`--${n}`)
  return i >= 0 ? Number(args[i + 1]) : d
}
const POPS = opt('pops', 200)
const CLIENTS = opt('clients', 1000)
const skip = (n) => args.includes(`--skip-${n}`)
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]
}

process.env.HOTLINE_E2E_DB_URL ??= 'jdbc:postgresql://localhost:5432/hotline_console_bench'
process.env.HOTLINE_SIM_SPEED ??= '40'
process.env.HOTLINE_SIM_CALLS_PER_MINUTE ??= '12'
const server = await startServer({ log: '/tmp/hotline-console-bench-server.log' })
const base = server.base
console.log(`server ${base} (sim speed ${process.env.HOTLINE_SIM_SPEED}, ${process.env.HOTLINE_SIM_CALLS_PER_MINUTE} calls/sim-min)`)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'] })

async function api(method, path, token, body) {
  const r = await fetch(`${base}/api/v1${path}`, { method, headers: { 'Content-Type': 'application/json',
    ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body: body ? JSON.stringify(body) : undefined })
  const t = await r.text()
  if (!r.ok) throw new Error(`${method} ${path} → ${r.status} ${t}`)
  return t ? JSON.parse(t) : null
}
const login = async (u, p = 'hotline') => (await api('POST', '/auth/login', null, { username: u, password: p })).token

let metricsToken = null
async function heapMb() {
  // /metrics wants an admin session (or HOTLINE_METRICS_TOKEN)
  metricsToken ??= await login('admin')
  const m = await (await fetch(`${base}/metrics`, { headers: { Authorization: `Bearer ${metricsToken}` } })).text()
  let sum = 0
  for (const line of m.split('\n')) if (line.startsWith('jvm_memory_used_bytes{area="heap"')) sum += Number(line.split(' ').pop())
  return Math.round(sum / 1048576)
}

const BENCH_PW = 'bench2026pw'
const passwordOf = (u) => (u.startsWith('bench_') ? BENCH_PW : 'hotline')

async function desk(username) {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', baseURL: base,
    viewport: { width: 1600, height: 900 } })
  const page = await context.newPage()
  await page.goto('/login')
  await page.locator('input[data-testid="login-username"]').fill(username)
  await page.locator('input[data-testid="login-password"]').fill(passwordOf(username))
  await page.getByTestId('login-submit').click()
  await page.getByTestId('phonebar').waitFor()
  return { context, page }
}

try {
  if (!skip('load') && !args.includes('--only-pops') && !args.includes('--only-fanout')) {
    // 1. first load: a fresh context (empty cache) already logged in, straight to the desk
    const token = await login('agent1')
    const runs = []
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', baseURL: base })
      await context.addCookies([{ name: 'hotline_token', value: token, url: base }])
      const page = await context.newPage()
      const cdp = await context.newCDPSession(page)
      await cdp.send('Network.enable')
      const wire = new Map()
      cdp.on('Network.loadingFinished', (e) => wire.set(e.requestId, e.encodedDataLength))
      const types = new Map()
      cdp.on('Network.responseReceived', (e) => types.set(e.requestId, { type: e.type, url: e.response.url }))
      const t0 = Date.now()
      await page.goto('/agent/desk')
      await page.getByTestId('phonebar-login').or(page.getByTestId('phonebar-logout')).first().waitFor()
      const tti = Date.now() - t0
      await page.waitForLoadState('networkidle').catch(() => {})
      let js = 0, css = 0, jsRaw = 0, cssRaw = 0
      for (const [id, { type, url }] of types) {
        if (!url.includes('/assets/')) continue
        const bytes = wire.get(id) ?? 0
        if (type === 'Script') js += bytes
        if (type === 'Stylesheet') css += bytes
      }
      const raw = await page.evaluate(() => performance.getEntriesByType('resource')
        .filter((r) => r.name.includes('/assets/')).map((r) => [r.name, r.decodedBodySize]))
      for (const [n, s] of raw) {
        if (n.endsWith('.js')) jsRaw += s
        if (n.endsWith('.css')) cssRaw += s
      }
      runs.push({ tti, js, css, jsRaw, cssRaw })
      await context.close()
    }
    const r = runs[runs.length - 1]
    const kb = (b) => (b / 1024).toFixed(1)
    console.log(`1. agent desk first load: JS ${kb(r.js)} KB + CSS ${kb(r.css)} KB on the wire (gzip) = ${kb(r.js + r.css)} KB; unpacked JS ${kb(r.jsRaw)} KB + CSS ${kb(r.cssRaw)} KB`)
    console.log(`   time to interactive (navigation → phone bar usable), 5 cold loads: ${runs.map((x) => x.tti).join(', ')} ms; median ${pct(runs.map((x) => x.tti), 50)} ms`)
  }

  if (!skip('pops')) {
    // 2. AMI event → pop visible: four agents at the four simulated interfaces, each in its own tab
    const admin = await login('admin')
    const agents = ['agent1']
    for (const n of [2, 3, 4]) {
      const u = `bench_agent${n}`
      await api('POST', '/admin/users', admin, { username: u, displayName: `压测座席${n}`, password: BENCH_PW,
        role: 'AGENT', unitId: 'HD_CENTER' }).catch((e) => console.log(`   (user ${u}: ${e.message})`))
      agents.push(u)
    }
    const tabs = []
    for (const [i, u] of agents.entries()) {
      const t = await login(u, passwordOf(u))
      await api('POST', '/agent/login', t, { interface: `PJSIP/600${i + 1}` }).catch(() => {})
      await api('POST', '/agent/unpause', t, {}).catch(() => {})
      const d = await desk(u)
      // a visible card is timed in the page: the pop's AMI event time (server clock, same host) → in the DOM
      await d.page.evaluate(() => {
        window.__lat = []
        new MutationObserver(() => {
          document.querySelectorAll('[data-testid="screen-pop"]:not([data-timed])').forEach((el) => {
            el.setAttribute('data-timed', '1')
            const at = Date.parse(el.getAttribute('data-at') ?? '')
            if (!Number.isNaN(at)) window.__lat.push(Date.now() - at)
            el.querySelector('[data-testid="pop-dismiss"]')?.click()
          })
        }).observe(document.body, { childList: true, subtree: true })
      })
      tabs.push(d)
    }
    const t0 = Date.now()
    let lat = []
    while (lat.length < POPS && Date.now() - t0 < 15 * 60_000) {
      await new Promise((r) => setTimeout(r, 2000))
      lat = (await Promise.all(tabs.map((t) => t.page.evaluate(() => window.__lat)))).flat()
    }
    lat = lat.slice(0, POPS)
    console.log(`2. AMI event → screen pop visible: ${lat.length} pops in ${((Date.now() - t0) / 1000).toFixed(0)} s; p50 ${pct(lat, 50)} ms, p99 ${pct(lat, 99)} ms, max ${Math.max(...lat)} ms (target p99 < 300 ms)`)
    for (const t of tabs) await t.context.close()
  }

  if (!skip('fanout')) {
    // 3. SSE fan-out: CLIENTS wallboard streams (lead1), then one pause; time until every stream shows it
    const lead = await login('lead1')
    const agentTok = await login('agent1')
    await api('POST', '/agent/login', agentTok, { interface: 'PJSIP/6001' }).catch(() => {})
    await api('POST', '/agent/unpause', agentTok, {}).catch(() => {})
    const heap0 = await heapMb()
    // pause reasons come from the admin's list: a unique one for this run, so that a stream can tell the pause
    const n = Date.now() % 100000
    const code = `BENCH${n}`
    const reason = `压测${n}`           // the label: what the PBX is told and the board shows
    const admin = await login('admin')
    const reasons = (await api('GET', '/agent/pause-reasons', admin)).items ?? []
    await api('PUT', '/admin/pause-reasons', admin, { items: [...reasons.filter((r) => !r.code.startsWith('BENCH')),
      { code, label: reason }] })
    let t0 = 0
    const seen = new Array(CLIENTS).fill(0)
    const reqs = []
    let open = 0
    await new Promise((resolve) => {
      for (let i = 0; i < CLIENTS; i++) {
        const u = new URL(`${base}/api/v1/live/stream`)
        const req = request({ host: u.hostname, port: u.port, path: u.pathname, agent: false,
          headers: { Authorization: `Bearer ${lead}`, Accept: 'text/event-stream' } }, (res) => {
          res.setEncoding('utf8')
          let buf = ''
          if (++open === CLIENTS) resolve()
          res.on('data', (chunk) => {
            if (seen[i] || !t0) return
            buf += chunk
            if (buf.includes(reason)) seen[i] = Date.now() - t0
            if (buf.length > 1 << 20) buf = buf.slice(-4096)
          })
        })
        req.on('error', () => {
          if (++open === CLIENTS) resolve()
        })
        req.end()
        reqs.push(req)
      }
    })
    await new Promise((r) => setTimeout(r, 2000))
    const heap1 = await heapMb()
    t0 = Date.now()
    await api('POST', '/agent/pause', agentTok, { reason: code })
    const deadline = Date.now() + 20_000
    while (seen.some((s) => !s) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
    const got = seen.filter((s) => s > 0)
    console.log(`3. SSE fan-out to ${CLIENTS} streams: ${got.length} got the pause; first ${Math.min(...got)} ms, p50 ${pct(got, 50)} ms, p99 ${pct(got, 99)} ms, all ${Math.max(...got)} ms after the pause request was sent (target < 1 s); heap ${heap0} MB before, ${heap1} MB with ${CLIENTS} streams`)
    reqs.forEach((r) => r.destroy())
    await api('POST', '/agent/unpause', agentTok, {}).catch(() => {})
  }
} finally {
  await browser.close()
  await server.stop()
}
const os = await import('node:os')
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model}, ${Math.round(os.totalmem() / 1073741824)} GB, node ${process.version}`)
