import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import TicketForm from '@/components/TicketForm.vue'
import { useDraftsStore } from '@/stores/drafts'
import { resetCapabilities } from '@/api/capabilities'

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status,
  headers: { 'Content-Type': 'application/json' } })

describe('TicketForm', () => {
  let calls: { url: string; method: string; body: unknown }[]

  beforeEach(() => {
    setActivePinia(createPinia())
    localStorage.clear()
    resetCapabilities()
    calls = []
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      const body = init?.body ? JSON.parse(String(init.body)) : undefined
      calls.push({ url, method: init?.method ?? 'GET', body })
      if (url.startsWith('/api/v1/openapi.json')) return json({ paths: { '/tickets': { post: {} } } })
      if (url.startsWith('/api/v1/categories')) return json({ items: [
        { id: 'G1', parentId: null, name: '出入境', sortOrder: 1, active: true, leaf: false },
        { id: 'C1', parentId: 'G1', name: '护照', sortOrder: 1, active: true, leaf: true }] })
      if (url === '/api/v1/tickets') return json({ id: 7, no: 'HD20261203-000007', status: 'RECEIVED',
        statusLabel: '已受理', callId: body.callId, createdAt: '2026-12-03T06:00:00Z' }, 201)
      if (url === '/api/v1/tickets/7/direct-close') return json({ id: 7, no: 'HD20261203-000007',
        status: 'DIRECT_CLOSED', statusLabel: '直接办结', callId: 'c-9', createdAt: '2026-12-03T06:00:00Z' })
      return json({ error: { code: 'NOT_FOUND', message: '接口不存在' } }, 404)
    }))
    useDraftsStore().setUser('agent1')
  })
  afterEach(() => vi.unstubAllGlobals())

  it('takes the call, keeps a draft, and closes directly with the answer and the call linked', async () => {
    const w = mount(TicketForm, { attachTo: document.body })
    await flushPromises()
    const vm = w.vm as unknown as { fillFromCall: (c: string, p: string) => void; dirty: boolean;
      model: Record<string, unknown> }
    expect(vm.dirty).toBe(false)
    vm.fillFromCall('c-9', '13800009999')
    Object.assign(vm.model, { categoryId: 'C1', content: '咨询护照办理材料', answer: '携带身份证到出入境大厅办理' })
    await flushPromises()
    expect(vm.dirty).toBe(true)
    await new Promise((r) => setTimeout(r, 350))
    expect(useDraftsStore().load<{ content: string }>('ticket-form')?.data.content).toBe('咨询护照办理材料')
    // no similar-ticket lookup: the server does not document POST /tickets/similar
    expect(calls.some((c) => c.url.includes('/tickets/similar'))).toBe(false)

    await w.get('[data-testid="form-direct-close"]').trigger('click')
    await flushPromises()
    const create = calls.find((c) => c.url === '/api/v1/tickets')!
    expect(create.body).toMatchObject({ channel: 'PHONE', callId: 'c-9', callerPhone: '13800009999',
      categoryId: 'C1', content: '咨询护照办理材料', appealType: 'CONSULT', urgency: 'NORMAL', confidential: false })
    expect(calls.find((c) => c.url.endsWith('/direct-close'))?.body).toEqual({ answer: '携带身份证到出入境大厅办理' })
    expect(w.emitted('saved')?.[0]?.[1]).toBe(true)
    expect(vm.dirty).toBe(false)
    expect(useDraftsStore().load('ticket-form')).toBeNull()
    w.unmount()
  })

  it('closes directly with the one-time notice ticked from the article the answer came from', async () => {
    const w = mount(TicketForm, { attachTo: document.body })
    await flushPromises()
    const vm = w.vm as unknown as { model: Record<string, unknown>; useArticle: (a: unknown) => void }
    Object.assign(vm.model, { categoryId: 'C1', content: '咨询护照办理', answer: '携带身份证到出入境大厅办理' })
    vm.useArticle({ id: 31, code: 'KB9001', title: '普通护照申领', noticeItems: [
      { kind: 'MATERIALS', kindLabel: '所需材料', text: '本人居民身份证' },
      { kind: 'PLACE', kindLabel: '办理地点', text: '区出入境接待大厅' }] })
    await flushPromises()
    expect(w.get('[data-testid="form-notice"]').text()).toContain('所需材料：本人居民身份证')
    await w.findAll('[data-testid="form-notice"] input[type="checkbox"]')[1].setValue(false)

    await w.get('[data-testid="form-direct-close"]').trigger('click')
    await flushPromises()
    expect(calls.find((c) => c.url.endsWith('/direct-close'))?.body).toEqual({ answer: '携带身份证到出入境大厅办理',
      articleId: 31, noticeItems: [{ kind: 'MATERIALS', text: '本人居民身份证' }] })
    w.unmount()
  })

  it('refuses to close directly without an answer, before calling the server', async () => {
    const w = mount(TicketForm, { attachTo: document.body })
    await flushPromises()
    const vm = w.vm as unknown as { model: Record<string, unknown> }
    Object.assign(vm.model, { categoryId: 'C1', content: '路灯不亮' })
    await w.get('[data-testid="form-direct-close"]').trigger('click')
    await flushPromises()
    expect(calls.some((c) => c.url === '/api/v1/tickets')).toBe(false)
    w.unmount()
  })
})
