import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import UnitReportPage from '@/views/manager/UnitReportPage.vue'

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status,
  headers: { 'Content-Type': 'application/json' } })

const counters = (dispatched: number) => ({
  dispatched, signed: 3, signedOnTime: 3, replied: 2, repliedOnTime: 1, callbacks: 2, resolved: 1, satisfied: 1,
  basicallySatisfied: 0, dissatisfied: 1, returns: 1, extensions: 0, responseRateText: '75.0%',
  resolutionRateText: '50.0%', satisfactionRateText: '50.0%', replyOnTimeRateText: '50.0%',
})

const report = {
  title: '国庆假期（2026年10月1日—10月7日） 海淀区人民政府 单位报表',
  period: { kind: 'RANGE' }, unitId: 'HD', unitName: '海淀区人民政府',
  summary: { ...counters(4), rank: 2, unitId: 'HD', unitName: '海淀区人民政府', overdueNow: 3, scoreText: '55.0',
    ranked: true, rankedUnits: 17 },
  daily: true,
  slots: [{ ...counters(4), label: '2026-10-01', first: '2026-10-01', last: '2026-10-01' }],
  subUnits: [{ ...counters(2), rank: null, unitId: 'HD-ZGC', unitName: '中关村街道', overdueNow: 1, scoreText: '无数据',
    ranked: false }],
  subtreeTotal: { ...counters(6), overdueNow: 4 },
}

describe('UnitReportPage', () => {
  let urls: string[]
  beforeEach(() => {
    urls = []
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      urls.push(url)
      if (url.startsWith('/api/v1/units')) {
        return json({ items: [{ id: 'HD', parentId: null, name: '海淀区人民政府', type: 'DISTRICT', typeLabel: '区', active: true }] })
      }
      return json(report)
    }))
  })
  afterEach(() => vi.unstubAllGlobals())

  it('asks for the chosen unit and holiday range, and offers the same period in every format', async () => {
    const w = mount(UnitReportPage)
    await flushPromises()
    expect(w.get('[data-testid="unit-report-load"]').attributes('disabled')).toBeDefined()
    const vm = w.vm as unknown as { form: { unitId: string | null; kind: string; range: [string, string]; name: string };
      load: () => Promise<void> }
    vm.form.unitId = 'HD'
    vm.form.kind = 'range'
    vm.form.range = ['2026-10-01', '2026-10-07']
    vm.form.name = '国庆假期'
    await flushPromises()

    const pdf = w.get('[data-testid="unit-report-download-pdf"]').attributes('href') ?? ''
    expect(pdf).toBe('/api/v1/reports/units/HD/report?period=range&from=2026-10-01&to=2026-10-07&name='
      + encodeURIComponent('国庆假期') + '&format=pdf')
    expect(w.get('[data-testid="unit-report-download-xlsx"]').attributes('href')).toContain('format=xlsx')

    await w.get('[data-testid="unit-report-load"]').trigger('click')
    await flushPromises()
    expect(urls).toContain('/api/v1/reports/units/HD/report?period=range&from=2026-10-01&to=2026-10-07&name='
      + encodeURIComponent('国庆假期'))
  })

  it('shows the headline figures with their parts, the days and the units below', async () => {
    const w = mount(UnitReportPage)
    await flushPromises()
    const vm = w.vm as unknown as { form: { unitId: string | null }; load: () => Promise<void> }
    vm.form.unitId = 'HD'
    await vm.load()
    await flushPromises()

    expect(w.get('[data-testid="unit-report-title"]').text()).toContain('海淀区人民政府 单位报表')
    const figures = w.get('[data-testid="unit-report-figures"]').text()
    expect(figures).toContain('派单数（受理）4')
    expect(figures).toContain('按时签收 3 / 派单 4')
    expect(figures).toContain('满意 1、基本满意 0、不满意 1')
    expect(figures).toContain('第 2 名 / 共 17 个单位')
    expect(w.get('.figure.warn').text()).toContain('当前超期3')
    expect(w.get('[data-testid="unit-report-slots"]').text()).toContain('2026-10-01')
    expect(w.get('[data-testid="unit-report-subunits"]').text()).toContain('中关村街道')
    expect(w.text()).toContain('本单位及下级合计：派单 6，当前超期 4')
  })
})
