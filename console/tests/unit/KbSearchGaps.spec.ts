import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import KbSearchGaps from '@/views/admin/KbSearchGaps.vue'

const push = vi.fn()
vi.mock('vue-router', () => ({ useRouter: () => ({ push }) }))

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status,
  headers: { 'Content-Type': 'application/json' } })

describe('KbSearchGaps', () => {
  let urls: string[]
  beforeEach(() => {
    urls = []
    push.mockClear()
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      urls.push(url)
      return json({ from: '2026-11-01T16:00:00Z', to: '2026-12-01T16:00:00Z', items: [
        { query: '养犬登记', searches: 4, misses: 3, lastAt: '2026-12-01T02:30:00Z' },
        { query: '138****5678 宠物狗办证', searches: 1, misses: 1, lastAt: '2026-11-30T08:00:00Z' },
      ] })
    }))
  })
  afterEach(() => vi.unstubAllGlobals())

  it('lists the unanswered questions with how often they were missed, in Beijing time', async () => {
    const w = mount(KbSearchGaps)
    await flushPromises()

    expect(urls[0]).toMatch(/^\/api\/v1\/kb\/search-gaps\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}&limit=200$/)
    const text = w.get('[data-testid="gaps-table"]').text()
    expect(text).toContain('养犬登记')
    expect(text).toContain('75%')
    expect(text).toContain('2026-12-01 10:30')
    expect(w.text()).toContain('共 2 个问题、4 次未找到')
  })

  it('opens a new article for the question', async () => {
    const w = mount(KbSearchGaps)
    await flushPromises()

    await w.findAll('[data-testid="gap-write"]')[0].trigger('click')

    expect(push).toHaveBeenCalledWith({ path: '/admin/kb-review', query: { question: '养犬登记' } })
  })
})
