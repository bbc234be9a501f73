import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ManagerDashboard from '@/views/manager/ManagerDashboard.vue'

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status,
  headers: { 'Content-Type': 'application/json' } })

const due = {
  asOf: '2026-12-07T02:00:00Z', rule: '剩余时限不足 20% 为临期',
  totals: { nearDue: 5, overdue: 3, supervisionOverdue: 0 },
  units: [
    { unitId: 'HD-QH', unitName: '清河街道', nearDue: 4, overdue: 0, supervisionOverdue: 0 },
    { unitId: 'HD-TC', unitName: '田村路街道', nearDue: 0, overdue: 0, supervisionOverdue: 0 },
    { unitId: 'HD-ZGC', unitName: '中关村街道', nearDue: 1, overdue: 3, supervisionOverdue: 0 },
  ],
  items: [],
}
const hotspot = (id: number, status: string, streetName: string) => ({ id, scopeUnitId: 'HD', scopeName: '海淀区',
  streetId: null, streetName, categoryId: 'C1', categoryName: '噪音扰民', firstAt: '', lastAt: '', raisedAt: '',
  status, statusLabel: status === 'OPEN' ? '预警中' : '已解除', ticketCount: 6, tickets: [] })

describe('ManagerDashboard', () => {
  let urls: string[]
  beforeEach(() => {
    urls = []
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      urls.push(url)
      if (url.startsWith('/api/v1/dispatch/alerts')) return json(due)
      if (url.startsWith('/api/v1/dispatch/hotspots')) {
        return json({ items: [hotspot(1, 'OPEN', '学院路街道'), hotspot(2, 'CLOSED', '燕园街道')] })
      }
      if (url.startsWith('/api/v1/reports/units')) return json({ items: [] })
      if (url.startsWith('/api/v1/reports/tickets')) {
        return json({ byChannel: [], byAppealType: [], byCategory: [], created: 0 })
      }
      return json({ title: '2026年12月7日 话务日报', byHour: [], byDay: [], contract: [], offered: 0, answered: 0 })
    }))
  })
  afterEach(() => vi.unstubAllGlobals())

  const mountIt = () => mount(ManagerDashboard, { global: { stubs: { EChart: true } } })

  it('lists near-due and overdue tickets by unit, most overdue first, without units that have none', async () => {
    const w = mountIt()
    await flushPromises()
    const rows = w.get('[data-testid="dashboard-due"]').findAll('.el-table__row').map((r) => r.text())
    expect(rows).toHaveLength(2)
    expect(rows[0]).toContain('中关村街道')
    expect(rows[1]).toContain('清河街道')
    expect(w.get('[data-testid="dashboard-due"]').text()).toContain('临期 5 · 超期 3')
  })

  it('shows only the hotspots still open', async () => {
    const w = mountIt()
    await flushPromises()
    const text = w.get('[data-testid="dashboard-hotspots"]').text()
    expect(text).toContain('学院路街道')
    expect(text).not.toContain('燕园街道')
  })
})
