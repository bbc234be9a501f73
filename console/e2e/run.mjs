// Browser flows against a real server: playwright-core driving Debian's chromium (never a downloaded browser),
// headless, zh-CN, Asia/Shanghai, one worker. Any page error or console error fails the flow (except the 401 of the
// session probe before login, and network errors while the flow cuts the network on purpose).
// Screenshots of every screen: console/target/e2e/*.png.
//   npm run e2e                    start infra/target/hotline.jar demo on a free port and a fresh hotline_e2e database
//   HOTLINE_E2E_URL=http://… npm run e2e   against a running server instead
import { chromium } from 'playwright-core'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { startServer } from './server.mjs'
import { flows, field } from './flows.mjs'

const OUT = resolve(import.meta.dirname, '../target/e2e')
rmSync(OUT, { recursive: true, force: true })
mkdirSync(OUT, { recursive: true })

const CHROMIUM = process.env.HOTLINE_E2E_CHROMIUM ?? '/usr/bin/chromium'
if (!existsSync(CHROMIUM)) {
  console.error(`[e2e] 未找到浏览器 ${CHROMIUM}：请执行 apt-get install chromium fonts-noto-cjk（或设置 HOTLINE_E2E_CHROMIUM）；`
    + 'Maven 构建可用 -De2e.skip=true 跳过浏览器测试。')
  process.exit(1)
}
const only = process.argv.slice(2)
const started = Date.now()
let server = null
let browser = null
const results = []
let code = 0
try {
  if (process.env.HOTLINE_E2E_URL) {
    server = { base: process.env.HOTLINE_E2E_URL.replace(/\/$/, ''), stop: async () => {}, logFile: '(外部服务器)' }
  } else {
    console.log('[e2e] 启动服务器 …')
    server = await startServer({ log: join(OUT, 'server.log') })
  }
  console.log(`[e2e] 服务器 ${server.base}（${Math.round((Date.now() - started) / 1000)} 秒）`)
  // playwright gives every launch a fresh temporary profile (user-data-dir) of its own
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
      '--autoplay-policy=no-user-gesture-required'],
  })
  const ctx = makeContext(browser, server.base)
  for (const f of flows) {
    if (only.length && !only.some((o) => f.name.includes(o))) continue
    const t0 = Date.now()
    process.stdout.write(`[e2e] ▶ ${f.name}\n`)
    try {
      await f.run(ctx)
      ctx.assertNoErrors()
      results.push({ name: f.name, ok: true, ms: Date.now() - t0 })
      console.log(`[e2e] ✔ ${f.name}（${((Date.now() - t0) / 1000).toFixed(1)} 秒）`)
    } catch (e) {
      code = 1
      results.push({ name: f.name, ok: false, ms: Date.now() - t0, error: e })
      console.log(`[e2e] ✘ ${f.name}: ${e?.stack ?? e}`)
      await ctx.screenshotAll(`FAILED-${f.name.replace(/[^\w\u4e00-\u9fa5-]+/g, '_')}`).catch(() => {})
    } finally {
      await ctx.closeAll()
    }
  }
} catch (e) {
  code = 1
  console.error(`[e2e] 运行失败：${e?.stack ?? e}`)
} finally {
  await browser?.close().catch(() => {})
  await server?.stop().catch(() => {})
}
console.log('\n[e2e] 结果：')
for (const r of results) console.log(`  ${r.ok ? '✔' : '✘'} ${r.name}（${(r.ms / 1000).toFixed(1)} 秒）${r.ok ? '' : ' — ' + (r.error?.message ?? r.error)}`)
for (const [k, v] of Object.entries(globalThis.e2eFigures ?? {})) console.log(`  · ${k}: ${v}`)
console.log(`[e2e] ${results.filter((r) => r.ok).length}/${results.length} 通过，截图在 ${OUT}，服务器日志 ${server?.logFile ?? '—'}`)
process.exit(code || (results.length === 0 ? 1 : 0))

/** Contexts, pages and the error watch shared by the flows. */
function makeContext(browser, base) {
  const open = []
  const errors = []
  let allowNetworkErrors = false
  const api = {
    base,
    out: OUT,
    figure(name, value) {
      globalThis.e2eFigures = globalThis.e2eFigures ?? {}
      globalThis.e2eFigures[name] = value
    },
    allowNetworkErrors(on) {
      allowNetworkErrors = on
    },
    /** a new browser context (own cookies) and page, watched for errors */
    async page(label) {
      const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai',
        viewport: { width: 1600, height: 900 }, baseURL: base })
      const page = await context.newPage()
      page.setDefaultTimeout(15_000)
      let loggedIn = false
      page.on('pageerror', (e) => errors.push(`[${label}] 页面错误：${e.message}`))
      page.on('console', (m) => {
        if (m.type() !== 'error') return
        const text = m.text()
        const url = m.location()?.url ?? ''
        if (!loggedIn && /status of 401/.test(text)) return // the session probe before login
        if (allowNetworkErrors && /ERR_INTERNET_DISCONNECTED|ERR_NETWORK_CHANGED|ERR_CONNECTION|Failed to load resource|net::/.test(text)) return
        errors.push(`[${label}] 控制台错误：${text} ${url}`)
      })
      const entry = { label, context, page, markLoggedIn: () => (loggedIn = true) }
      open.push(entry)
      return entry
    },
    async login(label, username, password = 'hotline') {
      const e = await api.page(label)
      const { page } = e
      await page.goto('/')
      await field(page, 'login-username').fill(username)
      await field(page, 'login-password').fill(password)
      await page.getByTestId('login-submit').click()
      await page.getByTestId('current-user').or(page.getByTestId('bigscreen')).first().waitFor()
      e.markLoggedIn()
      return e
    },
    async shot(page, name) {
      await page.waitForTimeout(300)
      await page.screenshot({ path: join(OUT, `${name}.png`), fullPage: false })
    },
    async screenshotAll(prefix) {
      for (const [i, e] of open.entries()) {
        await e.page.screenshot({ path: join(OUT, `${prefix}-${i}-${e.label}.png`) }).catch(() => {})
      }
    },
    assertNoErrors() {
      if (errors.length) {
        const list = errors.splice(0)
        throw new Error(`页面或控制台错误：\n  ${list.join('\n  ')}`)
      }
    },
    async closeAll() {
      allowNetworkErrors = false
      for (const e of open.splice(0)) await e.context.close().catch(() => {})
      errors.length = 0
    },
    /** the API with a bearer token, from node (setup and checks the browser does not need to show) */
    async token(username, password = 'hotline') {
      const r = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password }) })
      if (!r.ok) throw new Error(`登录 ${username} 失败：${r.status}`)
      return (await r.json()).token
    },
    async get(token, path) {
      const r = await fetch(`${base}/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` } })
      const body = await r.text()
      if (!r.ok) throw Object.assign(new Error(`GET ${path} → ${r.status} ${body}`), { status: r.status })
      return body ? JSON.parse(body) : null
    },
    async post(token, path, json) {
      const r = await fetch(`${base}/api/v1${path}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json' }, body: JSON.stringify(json ?? {}) })
      const body = await r.text()
      if (!r.ok) throw Object.assign(new Error(`POST ${path} → ${r.status} ${body}`), { status: r.status })
      return body ? JSON.parse(body) : null
    },
  }
  return api
}
