// The flows. Each gets the runner's context (ctx.login, ctx.page, ctx.shot, ctx.get/post with a token).
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { inflateRawSync } from 'node:zlib'

/** the native input/textarea of an Element Plus field, wherever its data-testid landed */
export function field(page, id) {
  return page.locator(`input[data-testid="${id}"], textarea[data-testid="${id}"], [data-testid="${id}"] input, [data-testid="${id}"] textarea`).first()
}

const MENUS = {
  admin: ['用户管理', '示忙原因', '工单查询'],
  agent1: ['座席工作台', '我的工单', '待回访', '我的通话', '我的质检'],
  lead1: ['实时监控', '录音质检', '监控大屏'],
  dispatcher1: ['派单工作台'],
  handler1: ['本单位工单'],
  manager1: ['运行总览', '报表中心', '话务报表', '工单查询', '监控大屏'],
}
const IFACE = 'PJSIP/6001'

async function menuTexts(page) {
  return (await page.getByTestId('menu').locator('.el-menu-item').allInnerTexts()).map((t) => t.trim())
}

async function waitPop(page, timeout = 150_000) {
  const card = page.getByTestId('screen-pop').first()
  await card.waitFor({ timeout })
  return card
}

/** the agent sits at IFACE and is ready (through the API: setup, not the flow under test) */
async function agentReady(ctx, token) {
  const seats = await ctx.get(token, '/agents/seats')
  if (!seats.items.some((s) => s.username === 'agent1')) await ctx.post(token, '/agent/login', { interface: IFACE })
  await ctx.post(token, '/agent/unpause', {})
}

/** the history of the ticket page shows this action (the page refreshes itself after an action) */
async function historyShows(page, action, timeout = 15_000) {
  await page.locator(`[data-testid="ticket-history"] [data-action="${action}"]`).first().waitFor({ timeout })
}

/** runs one action of the ticket page through its dialog; fill(dialog) fills the form */
async function act(page, code, fill = async () => {}) {
  await page.getByTestId(`action-${code}`).click()
  const dialog = page.locator('.el-dialog').filter({ has: page.getByTestId('action-submit') }).last()
  await dialog.waitFor()
  await fill(dialog)
  const res = page.waitForResponse((r) => r.url().endsWith(`/${code}`) && r.request().method() === 'POST')
  await dialog.getByTestId('action-submit').click()
  const r = await res
  assert.equal(r.status(), 200, `${code}: ${await r.text()}`)
  await dialog.waitFor({ state: 'hidden' })
  await historyShows(page, code)
}

async function pickCategory(ctx, page, name) {
  const token = await ctx.token('agent1')
  const cats = (await ctx.get(token, '/categories')).items
  const leaf = cats.find((c) => name && c.name === name && c.leaf && c.active)
    ?? cats.find((c) => c.leaf && c.active && c.parentId && cats.some((p) => p.id === c.parentId))
  const input = field(page, 'form-category')
  await input.click()
  await input.fill(leaf.name)
  const item = page.locator('.el-cascader__suggestion-item').filter({ hasText: leaf.name }).first()
  await item.click()
  return leaf
}

/** the text of one file inside a ZIP (an XLSX), read through the central directory */
function unzipEntry(buf, name) {
  let eocd = buf.length - 22
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--
  assert.ok(eocd >= 0, '不是 ZIP 文件')
  let p = buf.readUInt32LE(eocd + 16)
  for (let i = 0, n = buf.readUInt16LE(eocd + 10); i < n; i++) {
    const method = buf.readUInt16LE(p + 10)
    const size = buf.readUInt32LE(p + 20)
    const nameLen = buf.readUInt16LE(p + 28)
    const skip = nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32)
    const local = buf.readUInt32LE(p + 42)
    if (buf.toString('utf8', p + 46, p + 46 + nameLen) === name) {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28)
      const data = buf.subarray(start, start + size)
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8')
    }
    p += 46 + skip
  }
  throw new Error(`ZIP 中没有 ${name}`)
}

/** clicks a download button and returns the downloaded bytes */
async function download(page, testId) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()])
  const path = await dl.path()
  return { bytes: readFileSync(path), path, name: dl.suggestedFilename() }
}

export const flows = [
  {
    name: '每个演示账号登录后看到自己的菜单与水印',
    async run(ctx) {
      const first = await ctx.page('login')
      await first.page.goto('/')
      await first.page.getByTestId('login-submit').waitFor()
      await ctx.shot(first.page, '01-login')
      // a wrong password: the server's Chinese message
      await field(first.page, 'login-username').fill('agent1')
      await field(first.page, 'login-password').fill('wrong-password')
      await first.page.getByTestId('login-submit').click()
      await first.page.getByTestId('login-error').waitFor()
      first.markLoggedIn() // the 401 of the wrong password is expected too
      await first.context.close()
      for (const [user, menu] of Object.entries(MENUS)) {
        const { page } = await ctx.login(user, user)
        assert.deepEqual(await menuTexts(page), menu, `${user} 的菜单`)
        const mark = page.getByTestId('watermark')
        assert.match(await mark.getAttribute('data-text'), new RegExp(` ${user}$`), `${user} 的水印`)
        await ctx.shot(page, `02-home-${user}`)
        // a refresh keeps the session (cookie) and the watermark
        await page.reload()
        await page.getByTestId('current-user').waitFor()
        assert.match(await page.getByTestId('watermark').getAttribute('data-text'), new RegExp(user))
        assert.deepEqual(await menuTexts(page), menu, `${user} 刷新后的菜单`)
        // a page of another role is refused
        if (user !== 'admin') {
          await page.goto('/admin/users')
          await page.getByText('无权访问').first().waitFor()
        }
        if (user === 'dispatcher1') {
          await page.goto('/dispatcher/tickets')
          await page.getByTestId('dispatch-tabs').waitFor()
        }
      }
      // logout brings the login page back, and the API is closed again
      const { page } = await ctx.login('logout', 'manager1')
      await page.getByTestId('logout').click()
      await page.getByTestId('login-submit').waitFor()
      const me = await page.context().request.get('/api/v1/auth/me')
      assert.equal(me.status(), 401)
    },
  },
  {
    name: '座席签入、来电弹屏、知识库高亮、保存关联通话的工单',
    async run(ctx) {
      const { page } = await ctx.login('agent1', 'agent1')
      await page.getByTestId('phonebar').waitFor()
      await page.getByTestId('phonebar-login').or(page.getByTestId('phonebar-logout')).first().waitFor()
      if (await page.getByTestId('phonebar-logout').count()) {
        await page.getByTestId('phonebar-logout').click() // 签出 (a seat left from an earlier run)
        await page.getByTestId('phonebar-login').waitFor()
      }
      await ctx.shot(page, '03-agent-desk-signed-out')
      await page.getByTestId('phonebar-login').click()
      await page.getByTestId('phonebar-state').waitFor()
      const t0 = Date.now()
      const card = await waitPop(page)
      ctx.figure('签入到首个弹屏', `${((Date.now() - t0) / 1000).toFixed(1)} 秒`)
      const callId = await card.getAttribute('data-call-id')
      assert.ok(callId, '弹屏带通话编号')
      // an untouched form takes the call at once
      await page.getByTestId('form-call').filter({ hasText: callId }).waitFor()
      assert.ok((await field(page, 'form-phone').inputValue()).length >= 5, '来电号码已填入')

      // knowledge base: suggestions/search with highlights, an article opened beside the form
      await field(page, 'kb-input').fill('护照')
      await page.getByTestId('kb-hit').locator('em').first().waitFor()
      await field(page, 'kb-input').press('Escape')
      await ctx.shot(page, '04-agent-desk-pop-kb')
      await page.getByTestId('kb-hit').first().click()
      await page.getByTestId('kb-article').waitFor()
      await page.getByTestId('kb-copy-answer').click()
      assert.ok((await field(page, 'form-answer').inputValue()).length > 20, '答复已填入')

      await pickCategory(ctx, page)
      await field(page, 'form-address').fill('清河街道毛纺路小区')
      await page.getByTestId('form-jurisdiction').waitFor()
      const content = `来电咨询普通护照申领需要哪些材料、在哪里办理（${Date.now()}）`
      await field(page, 'form-content').fill(content)

      // nothing typed is lost: the draft survives a refresh
      await page.waitForTimeout(500)
      await page.reload()
      await page.getByTestId('ticket-form').waitFor()
      assert.equal(await field(page, 'form-content').inputValue(), content, '刷新后草稿恢复')
      await page.getByTestId('form-call').filter({ hasText: callId }).waitFor()
      await ctx.shot(page, '05-agent-desk-form')

      const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/tickets') && r.request().method() === 'POST')
      await page.getByTestId('form-direct-close').click()
      const res = await created
      assert.equal(res.status(), 201)
      const ticket = await res.json()
      await page.getByTestId('recent-tickets').filter({ hasText: ticket.no }).waitFor()
      await ctx.shot(page, '06-agent-desk-saved')
      const token = await ctx.token('agent1')
      const saved = await ctx.get(token, `/tickets/${ticket.id}`)
      assert.equal(saved.callId, callId, '工单关联了来电')
      assert.equal(saved.status, 'DIRECT_CLOSED')
      const call = await ctx.get(token, `/calls/${encodeURIComponent(callId)}`)
      assert.ok(call.tickets.some((t) => t.id === ticket.id), '通话详情列出该工单')
      // the form is empty again and its draft gone
      assert.equal(await field(page, 'form-content').inputValue(), '')

      for (const [path, name, table] of [['/agent/tickets', '07-agent-my-tickets', 'ticket-table'],
        ['/agent/calls', '08-agent-my-calls', 'my-calls'], ['/agent/qa', '09-agent-my-qa', 'my-qa']]) {
        await page.goto(path)
        await page.getByTestId(table).waitFor()
        if (table !== 'my-qa') await page.getByTestId(table).locator('.el-table__row').first().waitFor()
        await ctx.shot(page, name)
      }
    },
  },
  {
    name: '座席示忙（带原因），班长在另一浏览器 1 秒内看到',
    async run(ctx) {
      const token = await ctx.token('agent1')
      await agentReady(ctx, token)
      const lead = await ctx.login('lead1', 'lead1')
      const agent = await ctx.login('agent1', 'agent1')
      await lead.page.getByTestId(`agent-row-${IFACE}`).waitFor()
      await agent.page.getByTestId('phonebar-state').waitFor()
      // The simulator's own member-status events (a call starting or ending at the seat) always say Paused: 0 and
      // so undo a pause made through QueuePause (a real Asterisk reports the member's pause): when the call at the
      // seat ended within the same second, the pause never reaches a board. Then the agent pauses again (≤ 3 times).
      let ms = -1
      for (let attempt = 1; attempt <= 3 && ms < 0; attempt++) {
        await agent.page.getByTestId('phonebar-pause').click()
        const reason = agent.page.locator('[data-testid^="pause-reason-"]').filter({ hasText: '培训' })
        const paused = agent.page.waitForResponse((r) => r.url().endsWith('/api/v1/agent/pause'))
        await reason.click()
        const res = await paused
        assert.equal(res.status(), 200)
        const t0 = Date.now()
        // polled every animation frame: a board that showed the pause for one second counts
        const seen = await lead.page.waitForFunction((iface) => document.querySelector(
          `[data-testid="agent-reason-${iface}"]`)?.textContent?.includes('培训'), IFACE, { timeout: 4000 })
          .then(() => true, () => false)
        if (seen) ms = Date.now() - t0
        else ctx.figure(`示忙第 ${attempt} 次未显示`, '模拟器的座席状态事件覆盖了示忙，重试')
      }
      assert.ok(ms >= 0, '三次示忙，班长都未看到')
      ctx.figure('示忙 → 班长看到', `${ms} ms`)
      await ctx.shot(lead.page, '10-lead-wallboard-paused')
      await ctx.shot(agent.page, '11-agent-paused')
      // the server publishes board snapshots once a second (LivePush), so this is 0–1 s plus delivery; the default
      // budget leaves 0.5 s for a loaded build machine (HOTLINE_E2E_LIVE_BUDGET_MS=1000 for the strict target)
      const budget = Number(process.env.HOTLINE_E2E_LIVE_BUDGET_MS ?? 1500)
      assert.ok(ms <= budget, `班长 ${ms} ms 后才看到示忙（应 ≤ ${budget} ms）`)
      // F2: ready again, the wallboard follows
      await agent.page.keyboard.press('F2')
      await lead.page.getByTestId(`agent-state-${IFACE}`).filter({ hasNotText: '示忙' }).waitFor({ timeout: 5000 })
      await lead.page.goto('/lead/bigscreen')
      await lead.page.setViewportSize({ width: 1920, height: 1080 })
      await lead.page.getByTestId('bigscreen').locator('canvas').first().waitFor()
      await lead.page.waitForTimeout(1200)
      await ctx.shot(lead.page, '12-lead-bigscreen')
    },
  },
  {
    name: '班长抽听录音（可拖动）并按评分表评分',
    async run(ctx) {
      const { page } = await ctx.login('lead1', 'lead1')
      const ranges = []
      page.on('response', (r) => {
        if (r.url().includes('/recording')) ranges.push(r.status())
      })
      await page.goto('/lead/qa')
      // agent1's calls (answered at the seat agent1 signed in to in the flows above)
      await field(page, 'qa-filter-agent').fill(IFACE)
      await page.getByTestId('qa-search').click()
      const rows = page.getByTestId('qa-calls').locator('.el-table__row')
      await rows.first().waitFor({ timeout: 30_000 })
      const withRec = rows.filter({ hasText: /已核验|待核验/ }).first()
      await withRec.waitFor({ timeout: 60_000 })
      await withRec.click()
      const audio = page.getByTestId('recording-audio')
      await audio.waitFor()
      await audio.evaluate((a) => a.play())
      await page.waitForFunction(() => {
        const a = document.querySelector('[data-testid="recording-audio"]')
        return a && a.currentTime > 0.2
      }, null, { timeout: 15_000 })
      const duration = await audio.evaluate((a) => a.duration)
      const target = Math.min(2, duration / 2)
      await audio.evaluate((a, t) => new Promise((res) => {
        a.addEventListener('seeked', () => res(null), { once: true })
        a.currentTime = t
      }), target)
      assert.ok((await audio.evaluate((a) => a.currentTime)) >= target - 0.01, '录音可拖动')
      assert.ok(ranges.some((s) => s === 206 || s === 200), `录音请求：${ranges.join(',')}`)
      ctx.figure('录音请求状态', ranges.join(','))
      await audio.evaluate((a) => a.pause())
      const form = page.getByTestId('qa-form')
      if (await form.count()) {
        await field(page, 'qa-comment').fill('开场白规范，答复准确；结束语略显仓促。')
        const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/qa/scores') && r.request().method() === 'POST')
        await page.getByTestId('qa-save').click()
        assert.ok((await saved).ok(), '评分已保存')
        await page.getByTestId('qa-existing').first().waitFor()
        ctx.figure('质检评分', '已保存')
        // the agent reads the score and appeals once
        const agent = await ctx.login('agent1-qa', 'agent1')
        await agent.page.goto('/agent/qa')
        const appeal = agent.page.getByTestId('qa-appeal').first()
        await appeal.waitFor({ timeout: 10_000 })
        await appeal.click()
        await agent.page.locator('.el-message-box textarea').fill('通话中已按规范致歉，申请复核结束语一项。')
        await agent.page.locator('.el-message-box .el-button--primary').click()
        await agent.page.getByTestId('my-qa').getByText('已申诉').first().waitFor()
        await ctx.shot(agent.page, '13b-agent-qa-appealed')
        ctx.figure('质检申诉', '座席已申诉（每条一次）')
      } else {
        ctx.figure('质检评分', '服务器尚无评分表接口，评分步骤未执行')
      }
      await ctx.shot(page, '13-lead-qa')
      await page.goto('/lead/wallboard')
      await page.getByTestId('agent-table').locator('.el-table__row').first().waitFor()
      await page.getByTestId('queue-table').locator('.el-table__row').first().waitFor()
      await ctx.shot(page, '14-lead-wallboard')
    },
  },
  {
    name: '断网后恢复，期间发出的弹屏仍送达',
    async run(ctx) {
      const token = await ctx.token('agent1')
      await agentReady(ctx, token)
      const { page, context } = await ctx.login('agent1', 'agent1')
      await page.getByTestId('live-status').filter({ hasText: '实时连接正常' }).waitFor()
      // the pops already there are dismissed, so the one sent while offline is the one that shows
      for (;;) {
        const b = page.getByTestId('pop-dismiss').first()
        if (!(await b.count())) break
        await b.click()
      }
      ctx.allowNetworkErrors(true)
      const cutAt = Date.now()
      await context.setOffline(true)
      await page.getByTestId('live-banner').waitFor({ timeout: 20_000 })
      await ctx.shot(page, '15-agent-offline-banner')
      // wait (server side) for a call to reach the agent while the browser is offline
      let missed = null
      const deadline = Date.now() + 90_000
      while (!missed && Date.now() < deadline) {
        const calls = await ctx.get(token, `/calls?agent=${encodeURIComponent(IFACE)}&size=10`)
        missed = calls.items.find((c) => c.answeredAt && Date.parse(c.answeredAt) > cutAt + 500)
        if (!missed) await new Promise((r) => setTimeout(r, 500))
      }
      assert.ok(missed, '断网期间应有来电接通到座席')
      await new Promise((r) => setTimeout(r, 1500)) // the pop is built off the ingestion thread
      await context.setOffline(false)
      await page.getByTestId('live-banner').waitFor({ state: 'hidden', timeout: 30_000 })
      ctx.allowNetworkErrors(false)
      const resumable = !!(await page.getByTestId('live-status').getAttribute('data-last-event-id'))
      if (resumable) {
        await page.locator(`[data-testid="screen-pop"][data-call-id="${missed.id}"]`).waitFor({ timeout: 15_000 })
        assert.equal(await page.locator(`[data-testid="screen-pop"][data-call-id="${missed.id}"]`).count(), 1, '只弹一次')
        ctx.figure('断网补发弹屏', `通话 ${missed.id} 已补发`)
      } else {
        ctx.figure('断网补发弹屏', '服务器未给 SSE 消息编号（Last-Event-ID 未实现），仅验证了断线提示与重连')
      }
      await ctx.shot(page, '16-agent-reconnected')
    },
  },
  {
    name: '接诉即办：座席提交派单 → 派单员按推荐派至清河街道 → 承办单位签收、反馈 → 座席回访、结案',
    async run(ctx) {
      // the agent is signed out of the queue, so no pop takes the form over while it is filled
      const atoken = await ctx.token('agent1')
      await ctx.post(atoken, '/agent/logout', {}).catch(() => {})
      const agent = await ctx.login('agent1-ticket', 'agent1')
      await agent.page.getByTestId('ticket-form').waitFor()
      await pickCategory(ctx, agent.page, '路灯照明')
      await field(agent.page, 'form-phone').fill('13900001234')
      await field(agent.page, 'form-address').fill('清河街道毛纺路小区 3 号楼')
      const content = `毛纺路小区 3 号楼门前路灯连续一周不亮，夜间出行不便，请尽快维修（${Date.now()}）`
      await field(agent.page, 'form-content').fill(content)
      const submitted = agent.page.waitForResponse((r) => /\/api\/v1\/tickets\/\d+\/submit$/.test(r.url()))
      await agent.page.getByTestId('form-submit').click()
      const sub = await submitted
      assert.equal(sub.status(), 200)
      const ticket = await sub.json()
      assert.equal(ticket.status, 'PENDING_DISPATCH')
      await agent.page.goto(`/tickets/${ticket.id}`)
      await historyShows(agent.page, 'submit')
      await agent.page.getByTestId('no-actions').waitFor() // nothing for the agent while it waits for dispatch
      await ctx.shot(agent.page, '21-ticket-agent-submitted')

      // 派单员: the pending list, the recommendation with its reasons, dispatch to 清河街道
      const disp = await ctx.login('dispatcher1', 'dispatcher1')
      await disp.page.goto('/dispatcher/tickets')
      const row = disp.page.getByTestId('pending-table').locator('.el-table__row').filter({ hasText: ticket.no })
      await row.waitFor({ timeout: 30_000 })
      await row.getByTestId('waited').waitFor() // no deadline before dispatch: how long it has waited
      await ctx.shot(disp.page, '22-dispatcher-pending')
      await disp.page.getByTestId(`dispatch-${ticket.id}`).click()
      const dialog = disp.page.getByTestId('dispatch-dialog')
      await dialog.getByTestId('recommendation').waitFor()
      await dialog.getByTestId('rec-candidates').locator('.el-table__row').first().waitFor({ timeout: 15_000 })
      const rec = await ctx.get(await ctx.token('dispatcher1'), `/tickets/${ticket.id}/recommendations`)
      assert.ok(rec.candidates.length > 0 && rec.candidates[0].reasons.length > 0, '推荐单位带理由')
      ctx.figure('派单推荐', rec.candidates.map((c) => `${c.unitName}（${c.roleLabel}）`).join('、'))
      const pick = dialog.getByTestId('rec-pick-STR_QH')
      if (await pick.count()) {
        await pick.first().click()
      } else {
        await dialog.locator('[data-testid="dispatch-lead"]').click()
        await dialog.locator('[data-testid="dispatch-lead"] input').fill('清河街道')
        await disp.page.locator('.el-tree-select__popper:visible .el-tree-node__content')
          .filter({ hasText: /^清河街道$/ }).first().click()
      }
      const assist = rec.candidates.find((c) => c.role === 'ASSIST' && c.unitId !== 'STR_QH')
      if (assist) await dialog.getByTestId(`rec-pick-${assist.unitId}`).first().click()
      await ctx.shot(disp.page, '23-dispatcher-dispatch-dialog')
      const dispatched = disp.page.waitForResponse((r) => r.url().endsWith(`/tickets/${ticket.id}/dispatch`))
      await dialog.getByTestId('dispatch-submit').click()
      const dres = await dispatched
      assert.equal(dres.status(), 200, await dres.text())
      assert.equal((await dres.json()).leadUnitId, 'STR_QH', '主办单位为清河街道')
      await row.waitFor({ state: 'detached', timeout: 10_000 })
      await disp.page.goto(`/tickets/${ticket.id}`)
      await historyShows(disp.page, 'dispatch')
      await disp.page.getByTestId('action-urge').waitFor() // the dispatcher may urge now
      await ctx.shot(disp.page, '24-ticket-dispatcher-dispatched')

      // 承办单位: 待签收 → sign → reply
      const unit = await ctx.login('handler1', 'handler1')
      await unit.page.goto('/unit/tickets')
      const urow = unit.page.getByTestId('unit-DISPATCHED').locator('.el-table__row').filter({ hasText: ticket.no })
      await urow.waitFor({ timeout: 30_000 })
      await ctx.shot(unit.page, '25-unit-inbox')
      await urow.click()
      await unit.page.getByTestId('ticket-page').waitFor()
      await unit.page.getByTestId('action-return').waitFor() // 退单 is offered before signing too
      await act(unit.page, 'sign')
      await unit.page.getByTestId('action-request-extension').waitFor()
      await act(unit.page, 'reply', async (d) => {
        await d.getByTestId('action-text').fill('已于当日安排维修人员更换灯泡并检修线路，路灯恢复正常照明。')
      })
      await unit.page.getByTestId('ticket-status').filter({ hasText: '已反馈' }).waitFor()
      await ctx.shot(unit.page, '26-ticket-unit-replied')

      // 座席回访: the callback list → the ticket page → callback (resolved, satisfaction) → close
      await agent.page.goto('/agent/callbacks')
      const crow = agent.page.getByTestId('callback-table').locator('.el-table__row').filter({ hasText: ticket.no })
      await crow.waitFor({ timeout: 30_000 })
      await ctx.shot(agent.page, '27-agent-callbacks')
      await crow.click()
      await agent.page.getByTestId('ticket-page').waitFor()
      await act(agent.page, 'callback', async (d) => {
        await d.getByTestId('action-satisfaction').getByText('满意', { exact: true }).click()
        await d.getByTestId('action-text').fill('市民表示路灯已修好，对办理结果满意。')
      })
      await act(agent.page, 'close')
      await agent.page.getByTestId('ticket-status').filter({ hasText: '已结案' }).waitFor()
      const actions = await agent.page.locator('[data-testid="ticket-history"] [data-action]').evaluateAll(
        (els) => els.map((e) => e.getAttribute('data-action')))
      for (const a of ['submit', 'dispatch', 'sign', 'reply', 'callback', 'close']) {
        assert.ok(actions.includes(a), `办理过程含 ${a}：${actions.join(',')}`)
      }
      await ctx.shot(agent.page, '28-ticket-agent-closed')
    },
  },
  {
    name: '退单：承办单位按原因申请退单，派单员在退单审核中驳回',
    async run(ctx) {
      // setup through the API: a ticket dispatched to 清河街道
      const atoken = await ctx.token('agent1')
      const cats = (await ctx.get(atoken, '/categories')).items
      const cat = cats.find((c) => c.name === '路灯照明' && c.leaf) ?? cats.find((c) => c.leaf && c.active)
      const t = await ctx.post(atoken, '/tickets', { channel: 'PHONE', callerPhone: '13900005678', appealType: 'HELP',
        categoryId: cat.id, address: '清河街道安宁里小区', content: `安宁里小区南门路灯不亮（${Date.now()}）` })
      await ctx.post(atoken, `/tickets/${t.id}/submit`, {})
      await ctx.post(await ctx.token('dispatcher1'), `/tickets/${t.id}/dispatch`, { leadUnitId: 'STR_QH' })

      const unit = await ctx.login('handler1-return', 'handler1')
      await unit.page.goto(`/tickets/${t.id}`)
      await unit.page.getByTestId('ticket-page').waitFor()
      // the reason code is required: without it the form says so and nothing is sent
      await unit.page.getByTestId('action-return').click()
      const dialog = unit.page.locator('.el-dialog').filter({ has: unit.page.getByTestId('action-submit') }).last()
      await dialog.getByTestId('action-text').fill('该路灯属市政道路照明设施，不属街道管理。')
      await dialog.getByTestId('action-submit').click()
      await unit.page.locator('.el-message').filter({ hasText: '请选择退单原因' }).waitFor()
      await dialog.getByTestId('action-reason-code').click()
      await unit.page.locator('.el-select-dropdown__item:visible').filter({ hasText: '非本单位职责' }).click()
      await ctx.shot(unit.page, '29-ticket-unit-return-form')
      const returned = unit.page.waitForResponse((r) => r.url().endsWith(`/tickets/${t.id}/return`))
      await dialog.getByTestId('action-submit').click()
      assert.equal((await returned).status(), 200)
      await historyShows(unit.page, 'return')
      await unit.page.getByTestId('ticket-status').filter({ hasText: '退单审核中' }).waitFor()

      const disp = await ctx.login('dispatcher1-return', 'dispatcher1')
      await disp.page.goto('/dispatcher/tickets')
      await disp.page.locator('.el-tabs__item').filter({ hasText: '退单审核' }).click()
      const row = disp.page.getByTestId('returns-table').locator('.el-table__row').filter({ hasText: t.no })
      await row.waitFor({ timeout: 30_000 })
      await ctx.shot(disp.page, '30-dispatcher-returns')
      await row.click()
      await disp.page.getByTestId('action-approve-return').waitFor()
      await act(disp.page, 'reject-return', async (d) => {
        await d.getByTestId('action-text').fill('经核实该路段路灯由街道负责维护，请继续办理。')
      })
      const after = await ctx.get(await ctx.token('dispatcher1'), `/tickets/${t.id}`)
      assert.notEqual(after.status, 'RETURN_REQUESTED')
      await disp.page.locator('[data-testid="ticket-history"] [data-action="return"]').filter({ hasText: '非本单位职责' }).waitFor()
      await ctx.shot(disp.page, '31-ticket-return-rejected')
    },
  },
  {
    name: '派单员、承办单位、管理人员、系统管理员首页',
    async run(ctx) {
      for (const [user, path, table, name] of [
        ['dispatcher1', '/dispatcher/tickets', 'pending-table', '17-dispatcher-tickets'],
        ['handler1', '/unit/tickets', 'unit-DISPATCHED', '18-unit-tickets'],
        ['admin', '/admin/users', 'user-table', '19-admin-users'],
        ['admin', '/admin/pause-reasons', 'pause-reasons', '19b-admin-pause-reasons'],
      ]) {
        const { page } = await ctx.login(user, user)
        await page.goto(path)
        await page.getByTestId(table).locator('.el-table__row').first().waitFor()
        await ctx.shot(page, name)
      }
      const { page } = await ctx.login('manager1', 'manager1')
      await page.goto('/manager/traffic')
      await page.locator('canvas').first().waitFor()
      await page.waitForTimeout(800)
      await ctx.shot(page, '20-manager-traffic')
    },
  },
  {
    name: '管理人员：运行总览、切换统计周期、报表中心预览与下载（XLSX 数值单元格、PDF 中文文本）、核对',
    async run(ctx) {
      const { page } = await ctx.login('manager1', 'manager1')
      await page.waitForURL(/\/manager\/dashboard/)
      assert.deepEqual(await menuTexts(page), MENUS.manager1)
      await page.getByTestId('dashboard-kpis').waitFor()
      await page.locator('canvas').first().waitFor()
      assert.match(await page.getByTestId('dashboard-title').innerText(), /日报/)
      await page.waitForTimeout(800)
      await ctx.shot(page, '21-manager-dashboard-today')
      // this month: the title, figures and the trend by day follow
      const month = page.waitForResponse((r) => r.url().includes('/reports/traffic?period=month'))
      await page.getByTestId('dashboard-period').getByText('本月').click()
      assert.equal((await month).status(), 200)
      await page.getByTestId('dashboard-title').filter({ hasText: '月报' }).waitFor()
      await page.getByTestId('dashboard-contract').locator('.el-table__row').first().waitFor()
      await page.waitForTimeout(800)
      await ctx.shot(page, '21b-manager-dashboard-month')

      await page.goto('/manager/reports')
      await page.getByTestId('report-center').waitFor()
      await page.getByTestId('report-preview').click()
      const frame = page.frameLocator('[data-testid="report-frame"]')
      await frame.locator('h1').filter({ hasText: '话务月报' }).waitFor()
      await ctx.shot(page, '22-report-center-preview')

      const xlsx = await download(page, 'report-download-xlsx')
      assert.equal(xlsx.bytes.subarray(0, 2).toString('latin1'), 'PK', 'XLSX 以 PK 开头')
      assert.match(xlsx.name, /话务月报\.xlsx$/)
      const sheet = unzipEntry(xlsx.bytes, 'xl/worksheets/sheet1.xml')
      // the totals row (row 3): 呼入总数 in B3 is a number, not a string cell
      const b3 = sheet.match(/<c r="B3"[^>]*>(?:<v>([^<]*)<\/v>)?/)
      assert.ok(b3 && !/t="(s|inlineStr|str)"/.test(b3[0]), `B3 应为数值单元格：${b3?.[0]}`)
      const styles = unzipEntry(xlsx.bytes, 'xl/styles.xml')
      const offered = Number(b3[1])
      if (offered > 0) {
        // with calls in the month, 呼损率 (F3) is a fraction formatted as a percentage
        const f3 = sheet.match(/<c r="F3"[^>]*>(?:<v>([^<]*)<\/v>)?/)
        assert.ok(f3 && !/t="(s|inlineStr|str)"/.test(f3[0]), `F3 应为数值单元格：${f3?.[0]}`)
        assert.ok(Number(f3[1]) >= 0 && Number(f3[1]) <= 1)
        assert.match(styles, /formatCode="0\.0%"/)
      }
      ctx.figure('月报 XLSX 呼入总数', offered)

      const pdf = await download(page, 'report-download-pdf')
      assert.equal(pdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-', 'PDF 以 %PDF 开头')
      const text = execFileSync('pdftotext', ['-layout', pdf.path, '-'], { encoding: 'utf8' })
      assert.match(text, /话务月报/)
      assert.match(text, /呼入总数/)
      assert.match(text, /12345 政务服务便民热线/)
      ctx.figure('月报 PDF 字节数', pdf.bytes.length)

      await page.getByTestId('report-verify').click()
      await page.getByTestId('report-verify-result').waitFor()
      await ctx.shot(page, '23-report-center-verify')
      await page.getByText('归档', { exact: true }).click()
      await page.waitForTimeout(300)
      await ctx.shot(page, '24-report-center-archive')
    },
  },
]
