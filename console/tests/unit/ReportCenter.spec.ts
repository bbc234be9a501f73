import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import ReportCenter from '@/views/manager/ReportCenter.vue'

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status,
  headers: { 'Content-Type': 'application/json' } })

const archived = {
  id: 41, report: 'TRAFFIC', reportLabel: '话务报表', periodKind: 'MONTH', periodKey: 'month-2026-11',
  first: '2026-11-01', last: '2026-11-30', format: 'PDF', title: '2026年11月 话务月报', size: 52_000,
  generatedAt: '2026-12-01T17:05:00Z', generatedBy: 'system', version: 2, href: '/api/v1/reports/archive/41',
}

describe('ReportCenter', () => {
  let urls: string[]
  beforeEach(() => {
    urls = []
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      urls.push(url)
      if (url.startsWith('/api/v1/reports/archive')) return json({ items: [archived] })
      if (url.includes('/verify')) {
        return json({ consistent: false, slices: 12, period: {},
          totals: [{ figure: '呼入总数', rollup: '10', recomputed: '11', same: false }],
          differences: [{ figure: '2026-11-03 09:00 hotline 呼入总数', rollup: '10', recomputed: '11', same: false }] })
      }
      return json({ title: 'x' })
    }))
  })
  afterEach(() => vi.unstubAllGlobals())

  it('offers every format of the chosen report and period, and lists the archive with when and by whom', async () => {
    const w = mount(ReportCenter)
    await flushPromises()

    const pdf = w.get('[data-testid="report-download-pdf"]').attributes('href') ?? ''
    expect(pdf).toMatch(/^\/api\/v1\/reports\/traffic\?period=month&date=\d{4}-\d{2}-\d{2}&format=pdf$/)
    for (const f of ['xlsx', 'csv', 'html']) {
      expect(w.get(`[data-testid="report-download-${f}"]`).attributes('href')).toContain(`format=${f}`)
    }
    const text = w.get('[data-testid="report-archive"]').text()
    expect(text).toContain('2026年11月 话务月报')
    expect(text).toContain('PDF')
    expect(text).toContain('2026-12-02 01:05') // 17:05 UTC in Beijing time
    expect(text).toContain('system')
  })

  it('sends a chosen range with its name, and shows every difference the verification found', async () => {
    const w = mount(ReportCenter)
    await flushPromises()
    const vm = w.vm as unknown as { form: { kind: string; range: [string, string]; name: string; report: string } }
    vm.form.kind = 'range'
    vm.form.range = ['2026-10-01', '2026-10-07']
    vm.form.name = '国庆假期'
    vm.form.report = 'TICKETS'
    await flushPromises()

    const xlsx = w.get('[data-testid="report-download-xlsx"]').attributes('href') ?? ''
    expect(xlsx).toBe('/api/v1/reports/tickets?period=range&from=2026-10-01&to=2026-10-07&name='
      + encodeURIComponent('国庆假期').replace(/%20/g, '+') + '&format=xlsx')

    await w.get('[data-testid="report-verify"]').trigger('click')
    await flushPromises()
    expect(urls.some((u) => u.startsWith('/api/v1/reports/tickets/verify?period=range&from=2026-10-01'))).toBe(true)
    expect(w.text()).toContain('发现 1 处不一致')
    expect(w.text()).toContain('2026-11-03 09:00 hotline 呼入总数')
  })
})
