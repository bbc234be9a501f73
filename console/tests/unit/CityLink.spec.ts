import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import CityLink from '@/views/dispatcher/CityLink.vue'

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status,
  headers: { 'Content-Type': 'application/json' } })

const DEAD = { id: 7, caseNo: 'SJ-D-1', ticketNo: 'HD20261201-000001', kind: 'SIGNED', sequence: 3,
  idempotencyKey: 'SJ-D-1:3', state: 'DEAD', attempts: 8, createdAt: '2026-12-01T02:00:00Z',
  nextAttemptAt: null, lastError: 'HTTP 500 市级平台暂不可用', sentAt: null, waitingBehind: 2 }

describe('CityLink', () => {
  let calls: string[]
  beforeEach(() => {
    calls = []
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      calls.push(`${init?.method ?? 'GET'} ${url}`)
      if (url.startsWith('/api/v1/city/dead-letters')) return json({ items: [DEAD] })
      if (url.startsWith('/api/v1/city/rejected-intake')) return json({ items: [] })
      if (url.startsWith('/api/v1/city/outbox/7/resend')) return json({ resent: true, id: 7 })
      return json({ checkedAt: '2026-12-01T03:00:00Z', ours: 2, theirs: 3, consistent: false, differences: [
        { caseNo: 'SJ-R-3', ticketNo: null, kind: 'MISSING_HERE', kindLabel: '市级平台有此工单，本区未受理',
          ours: null, theirs: 'ASSIGNED', message: '市级平台有此工单，本区未受理（本区：null，市级：ASSIGNED）' },
      ] })
    }))
  })
  afterEach(() => vi.unstubAllGlobals())

  it('lists the dead letters in Chinese with what waits behind them', async () => {
    const w = mount(CityLink)
    await flushPromises()

    const text = w.get('[data-testid="city-dead-letters"]').text()
    expect(text).toContain('SJ-D-1')
    expect(text).toContain('已签收')
    expect(text).toContain('HTTP 500 市级平台暂不可用')
  })

  it('resends a dead letter', async () => {
    const w = mount(CityLink)
    await flushPromises()

    await w.get('[data-testid="city-resend"]').trigger('click')
    await flushPromises()

    expect(calls).toContain('POST /api/v1/city/outbox/7/resend')
  })
})
