import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import TicketActions from '@/components/TicketActions.vue'
import SlaCountdown from '@/components/SlaCountdown.vue'
import { useDraftsStore } from '@/stores/drafts'
import type { Ticket } from '@/api/types'

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status,
  headers: { 'Content-Type': 'application/json' } })

const ticket = (actions: { code: string; label: string }[]): Ticket => ({ id: 9, no: 'HD20261203-000009',
  status: 'SIGNED', statusLabel: '已签收', channel: 'PHONE', channelLabel: '电话', callerName: null, callerPhone: null,
  confidential: false, address: null, appealType: 'HELP', appealTypeLabel: '求助', categoryId: 'C1',
  categoryName: '道路', urgency: 'NORMAL', urgencyLabel: '一般', content: '路灯不亮', callId: null,
  leadUnitId: 'STR_QH', leadUnitName: '清河街道', dueAt: null, overdue: false, nearDue: false, reply: null,
  createdAt: '2026-12-03T06:00:00Z', createdBy: 1, version: 3, actions })

describe('TicketActions', () => {
  let calls: { url: string; body: unknown }[]
  beforeEach(() => {
    setActivePinia(createPinia())
    localStorage.clear()
    useDraftsStore().setUser('handler1')
    calls = []
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      const body = init?.body ? JSON.parse(String(init.body)) : undefined
      calls.push({ url, body })
      if (url === '/api/v1/dispatch/return-reasons') return json({ items: [{ code: 'NOT_DUTY', label: '非本单位职责' }] })
      if (url === '/api/v1/tickets/9/return') return json({ error: { code: 'FORBIDDEN', message: '只有主办单位可以执行“申请退单”操作' } }, 403)
      if (url === '/api/v1/tickets/9/arbitrate') return json({ error: { code: 'STALE_TICKET', message: 'x' } }, 409)
      return json({ error: { code: 'NOT_FOUND', message: '接口不存在' } }, 404)
    }))
  })
  afterEach(() => vi.unstubAllGlobals())

  it('shows only the actions the server allows', () => {
    const w = mount(TicketActions, { props: { ticket: ticket([{ code: 'reply', label: '反馈' },
      { code: 'return', label: '申请退单' }]) } })
    expect(w.find('[data-testid="action-reply"]').exists()).toBe(true)
    expect(w.find('[data-testid="action-return"]').exists()).toBe(true)
    expect(w.find('[data-testid="action-sign"]').exists()).toBe(false)
    const none = mount(TicketActions, { props: { ticket: ticket([]) } })
    expect(none.find('[data-testid="no-actions"]').text()).toBe('当前无可执行的操作')
  })

  it('a return needs a reason code; a refusal keeps what was typed', async () => {
    const w = mount(TicketActions, { props: { ticket: ticket([{ code: 'return', label: '申请退单' }]) }, attachTo: document.body })
    const vm = w.vm as unknown as { open: (a: { code: string; label: string }) => Promise<void> }
    await vm.open({ code: 'return', label: '申请退单' })
    await flushPromises()
    const text = document.querySelector('textarea[data-testid="action-text"]') as HTMLTextAreaElement
    text.value = '该路段属于市政管理范围'
    text.dispatchEvent(new Event('input'))
    ;(document.querySelector('[data-testid="action-submit"]') as HTMLButtonElement).click()
    await flushPromises()
    expect(calls.some((c) => c.url.endsWith('/return'))).toBe(false) // no reason code yet
    const s = (w.vm as unknown as { $: { setupState: { form: { reasonCode: string } } } }).$.setupState
    s.form.reasonCode = 'NOT_DUTY'
    ;(document.querySelector('[data-testid="action-submit"]') as HTMLButtonElement).click()
    await flushPromises()
    const posted = calls.find((c) => c.url.endsWith('/return'))
    // the version the page shows goes along: a ticket changed meanwhile is refused by the server
    expect(posted?.body).toEqual({ reasonCode: 'NOT_DUTY', reason: '该路段属于市政管理范围', version: 3 })
    expect((document.querySelector('textarea[data-testid="action-text"]') as HTMLTextAreaElement).value)
      .toBe('该路段属于市政管理范围')
    expect(document.body.textContent).toContain('只有主办单位可以执行')
    w.unmount()
  }, 20_000) // mounting the dialog takes a second; more on a loaded build machine
})

describe('TicketActions arbitration', () => {
  let calls: { url: string; body: unknown }[]
  beforeEach(() => {
    setActivePinia(createPinia())
    localStorage.clear()
    useDraftsStore().setUser('lead1')
    calls = []
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      calls.push({ url, body: init?.body ? JSON.parse(String(init.body)) : undefined })
      return json({ error: { code: 'STALE_TICKET', message: '工单已被他人更新，请刷新' } }, 409)
    }))
  })
  afterEach(() => vi.unstubAllGlobals())

  it('sends the decision with its reasons; a stale version is shown as 工单已被他人更新，请刷新', async () => {
    const w = mount(TicketActions, { props: { ticket: { ...ticket([{ code: 'arbitrate', label: '退单仲裁' }]),
      status: 'ARBITRATION' } }, attachTo: document.body })
    const vm = w.vm as unknown as { open: (a: { code: string; label: string }) => Promise<void> }
    await vm.open({ code: 'arbitrate', label: '退单仲裁' })
    await flushPromises()
    expect(document.body.textContent).toContain('责令承办单位办理')
    const s = (w.vm as unknown as { $: { setupState: { form: { approved: boolean } } } }).$.setupState
    s.form.approved = false
    const text = document.querySelector('textarea[data-testid="action-text"]') as HTMLTextAreaElement
    text.value = '属本街道职责'
    text.dispatchEvent(new Event('input'))
    ;(document.querySelector('[data-testid="action-submit"]') as HTMLButtonElement).click()
    await flushPromises()
    expect(calls.find((c) => c.url.endsWith('/arbitrate'))?.body).toEqual({ reason: '属本街道职责', approved: false,
      version: 3 })
    expect(document.body.textContent).toContain('工单已被他人更新，请刷新')
    w.unmount()
  }, 20_000)
})

describe('TicketActions 分拣转办', () => {
  let calls: { url: string; body: unknown }[]
  beforeEach(() => {
    setActivePinia(createPinia())
    localStorage.clear()
    useDraftsStore().setUser('handler1')
    calls = []
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      calls.push({ url, body: init?.body ? JSON.parse(String(init.body)) : undefined })
      if (url.startsWith('/api/v1/units')) {
        return json({ items: [{ id: 'STR_QH_C1', parentId: 'STR_QH', name: '毛纺路社区', type: 'COMMUNITY' },
          { id: 'STR_QH_X', parentId: 'STR_QH', name: '清河某企业', type: 'ENTERPRISE' }] })
      }
      return json({ error: { code: 'STALE_TICKET', message: '工单已被他人更新，请刷新' } }, 409)
    }))
  })
  afterEach(() => vi.unstubAllGlobals())

  it('passing down offers the street\'s communities only and needs one picked', async () => {
    const w = mount(TicketActions, { props: { ticket: ticket([{ code: 'sub-assign', label: '分拣转办' }]) },
      attachTo: document.body })
    const vm = w.vm as unknown as { open: (a: { code: string; label: string }) => Promise<void> }
    await vm.open({ code: 'sub-assign', label: '分拣转办' })
    await flushPromises()
    expect(calls.some((c) => c.url.includes('parentId=STR_QH'))).toBe(true)
    const s = (w.vm as unknown as { $: { setupState: { form: { unitId: string };
      communities: { id: string }[] } } }).$.setupState
    expect(s.communities.map((u) => u.id)).toEqual(['STR_QH_C1'])
    ;(document.querySelector('[data-testid="action-submit"]') as HTMLButtonElement).click()
    await flushPromises()
    expect(calls.some((c) => c.url.endsWith('/sub-assign'))).toBe(false) // no community yet
    expect(document.body.textContent).toContain('请选择转办社区')
    s.form.unitId = 'STR_QH_C1'
    ;(document.querySelector('[data-testid="action-submit"]') as HTMLButtonElement).click()
    await flushPromises()
    expect(calls.find((c) => c.url.endsWith('/sub-assign'))?.body).toEqual({ unitId: 'STR_QH_C1', version: 3 })
    w.unmount()
  }, 20_000)

  it('the street\'s reply on its community\'s reply starts from that reply', async () => {
    const w = mount(TicketActions, { props: { ticket: { ...ticket([{ code: 'reply', label: '反馈' }]),
      status: 'SUB_REPLIED', subUnitId: 'STR_QH_C1', subUnitName: '毛纺路社区', subReply: '已上门疏通下水管道' } },
    attachTo: document.body })
    const vm = w.vm as unknown as { open: (a: { code: string; label: string }) => Promise<void> }
    await vm.open({ code: 'reply', label: '反馈' })
    await flushPromises()
    expect((document.querySelector('textarea[data-testid="action-text"]') as HTMLTextAreaElement).value)
      .toBe('已上门疏通下水管道')
    expect(document.querySelector('[data-testid="sub-reply-review"]')?.textContent).toContain('毛纺路社区已反馈')
    w.unmount()
  }, 20_000)
})

describe('SlaCountdown', () => {
  afterEach(() => vi.useRealTimers())
  it('counts down each second; the server flags decide', async () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2026-12-03T06:00:00Z'))
    const w = mount(SlaCountdown, { props: { dueAt: '2026-12-03T06:01:05Z', nearDue: true } })
    expect(w.text()).toContain('临期 剩余 1分5秒')
    await vi.advanceTimersByTimeAsync(2000)
    expect(w.text()).toContain('剩余 1分3秒')
    await w.setProps({ dueAt: '2026-12-03T05:00:00Z', overdue: true, nearDue: false })
    expect(w.text()).toContain('超期 1小时0分')
    await w.setProps({ dueAt: '2026-12-03T05:00:00Z', overdue: false })
    expect(w.text()).toContain('已到期')
    w.unmount()
  })
})
