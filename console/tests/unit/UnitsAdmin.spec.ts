import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import UnitsAdmin from '@/views/admin/UnitsAdmin.vue'

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status,
  headers: { 'Content-Type': 'application/json' } })

const UNITS = [
  { id: 'HD', parentId: null, name: '海淀区人民政府', type: 'DISTRICT', typeLabel: '区级', active: true, aliases: ['海淀区'] },
  { id: 'STR_QH', parentId: 'HD', name: '清河街道', type: 'STREET', typeLabel: '街道', active: true, aliases: [] },
]

describe('UnitsAdmin', () => {
  let calls: { url: string; method: string; body: unknown }[]
  beforeEach(() => {
    calls = []
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET'
      const body = init?.body ? JSON.parse(String(init.body)) : undefined
      calls.push({ url, method, body })
      if (url.startsWith('/api/v1/units')) return json({ items: UNITS })
      if (url.includes('/places') && method === 'GET') {
        return json({ unitId: 'STR_QH', items: [{ name: '清河小区', kind: 'COMPOUND', kindLabel: '小区' }] })
      }
      if (url.includes('/places')) return json({ unitId: 'STR_QH', items: (body as { places: unknown[] }).places })
      if (url.startsWith('/api/v1/admin/units/')) return json({ ...UNITS[1], ...(body as object), id: url.split('/').pop() })
      return json({})
    }))
  })
  afterEach(() => vi.unstubAllGlobals())

  it('lists the unit tree and creates a street below the chosen district with its aliases', async () => {
    const w = mount(UnitsAdmin)
    await flushPromises()
    expect(w.get('[data-testid="units-tree"]').text()).toContain('清河街道')
    const vm = w.vm as unknown as { form: Record<string, unknown>; pick: (id: string) => Promise<void>;
      createBelow: () => void; save: () => Promise<void> }
    await vm.pick('HD')
    vm.createBelow()
    expect(vm.form.parentId).toBe('HD')
    expect(vm.form.type).toBe('STREET')
    vm.form.id = 'STR_NEW'
    vm.form.name = '新建街道'
    vm.form.aliases = '新街、新建街道办事处'
    await vm.save()
    await flushPromises()

    const put = calls.find((c) => c.method === 'PUT' && c.url === '/api/v1/admin/units/STR_NEW')
    expect(put?.body).toEqual({ name: '新建街道', type: 'STREET', parentId: 'HD', aliases: ['新街', '新建街道办事处'],
      active: true })
  })

  it('loads a street\'s gazetteer places and saves them edited, without the blank row refused', async () => {
    const w = mount(UnitsAdmin)
    await flushPromises()
    const vm = w.vm as unknown as { pick: (id: string) => Promise<void>; places: { name: string; kind: string }[];
      addPlace: () => void; savePlaces: () => Promise<void> }
    await vm.pick('STR_QH')
    await flushPromises()
    expect(w.get('[data-testid="places-card"]').text()).toContain('地名库（1 个')

    vm.addPlace()
    await vm.savePlaces()
    expect(calls.some((c) => c.method === 'PUT' && c.url.includes('/places'))).toBe(false)

    vm.places[0].name = '毛纺路'
    vm.places[0].kind = 'ROAD'
    await vm.savePlaces()
    await flushPromises()
    const put = calls.find((c) => c.method === 'PUT' && c.url === '/api/v1/dispatch/units/STR_QH/places')
    expect(put?.body).toEqual({ places: [{ name: '毛纺路', kind: 'ROAD' }, { name: '清河小区', kind: 'COMPOUND' }] })
  })

  it('shows no gazetteer for a unit that is not a street or town', async () => {
    const w = mount(UnitsAdmin)
    await flushPromises()
    await (w.vm as unknown as { pick: (id: string) => Promise<void> }).pick('HD')
    await flushPromises()
    expect(w.find('[data-testid="places-card"]').exists()).toBe(false)
    expect(calls.some((c) => c.url.includes('/places'))).toBe(false)
  })
})
