import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import CitizenAppeal from '@/views/citizen/CitizenAppeal.vue'
import type { CitizenProgress } from '@/api/types'

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status,
  headers: { 'Content-Type': 'application/json' } })

const SCRIPT = '<script>alert(1)</script><img src=x onerror=alert(2)>'
const categories = { items: [{ id: 'SR', name: '市容环境', children: [{ id: 'SR01', name: '环境卫生与垃圾清运' }] }] }
const progress: CitizenProgress = {
  trackingNo: 'K7MX-4QPA-9RTB', status: 'CLOSED', statusLabel: '已办结', filedAt: '2026-12-07T02:00:00Z',
  channelLabel: '网站', appealTypeLabel: '咨询', address: null, content: SCRIPT, reply: '请携带身份证办理',
  repliedAt: '2026-12-07T03:00:00Z', closedAt: '2026-12-07T03:00:00Z',
  notice: { articleCode: 'KB9001', articleTitle: '普通护照申领',
    items: [{ kind: 'MATERIALS', kindLabel: '所需材料', text: '本人居民身份证' }] },
  rating: null, canRate: true,
}

interface Call { url: string; init?: RequestInit }

/** the native input or textarea of an Element Plus field, wherever its data-testid landed */
const field = (w: ReturnType<typeof mount>, id: string) => w.find(`input[data-testid="${id}"], textarea[data-testid="${id}"], `
  + `[data-testid="${id}"] input, [data-testid="${id}"] textarea`)

describe('CitizenAppeal (群众自助 H5)', () => {
  let calls: Call[]
  let answer: (url: string, init?: RequestInit) => Response
  beforeEach(() => {
    setActivePinia(createPinia())
    calls = []
    answer = (url) => (url.includes('/public/categories') ? json(categories) : json({}, 404))
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      calls.push({ url, init })
      return answer(url, init)
    }))
  })
  afterEach(() => vi.unstubAllGlobals())

  it('files the appeal with an Idempotency-Key and shows the tracking number', async () => {
    answer = (url) => url.includes('/public/categories') ? json(categories)
      : json({ trackingNo: 'K7MX-4QPA-9RTB', filedAt: '2026-12-07T02:00:00Z', repeated: false, uploadToken: 't',
        maxPhotos: 3, message: '提交成功，请记下查询编号' }, 201)
    const w = mount(CitizenAppeal, { props: { channel: 'WECHAT' }, attachTo: document.body })
    await flushPromises()
    ;(w.vm as unknown as { form: Record<string, string> }).form.categoryId = 'SR01'
    await field(w, 'citizen-content').setValue('小区垃圾三天没人清运')
    await field(w, 'citizen-phone').setValue('13912345678')
    await w.find('form').trigger('submit')
    await flushPromises()

    const post = calls.find((c) => c.url === '/api/v1/public/appeals')!
    expect((post.init?.headers as Record<string, string>)['Idempotency-Key']).toMatch(/.{8,}/)
    expect(JSON.parse(String(post.init?.body))).toMatchObject({ channel: 'WECHAT', phone: '13912345678',
      categoryId: 'SR01', content: '小区垃圾三天没人清运' })
    expect(w.find('[data-testid="citizen-tracking-no"]').text()).toBe('K7MX-4QPA-9RTB')
    w.unmount()
  })

  it('sends nothing without a mobile number', async () => {
    const w = mount(CitizenAppeal, { attachTo: document.body })
    await flushPromises()
    await field(w, 'citizen-content').setValue('路灯不亮')
    await w.find('form').trigger('submit')
    await flushPromises()

    expect(calls.filter((c) => c.url === '/api/v1/public/appeals')).toEqual([])
    expect(document.body.textContent).toContain('请填写 11 位手机号码')
    w.unmount()
  })

  it('shows the appeal, answer and one-time notice as text and offers the five 好差评 levels', async () => {
    answer = (url) => url.includes('/public/categories') ? json(categories) : json(progress)
    const w = mount(CitizenAppeal, { attachTo: document.body })
    await flushPromises()
    ;(w.vm as unknown as { tab: string }).tab = 'track'
    await flushPromises()
    await field(w, 'citizen-query-no').setValue('k7mx4qpa9rtb')
    await field(w, 'citizen-query-last4').setValue('5678')
    await w.findAll('form')[1].trigger('submit')
    await flushPromises()

    const content = w.find('[data-testid="citizen-progress-content"]')
    expect(content.text()).toBe(SCRIPT)
    expect(content.element.querySelector('script, img')).toBeNull()
    expect(w.find('[data-testid="citizen-notice"]').text()).toContain('所需材料：本人居民身份证')
    expect(w.find('[data-testid="citizen-rating-levels"]').text()).toBe('非常满意满意基本满意不满意非常不满意')
    w.unmount()
  })

  it('rates once and then shows the rating instead of the form', async () => {
    answer = (url) => url.includes('/public/categories') ? json(categories)
      : url.endsWith('/rate') ? json({ ...progress, canRate: false,
        rating: { rating: 'DISSATISFIED', ratingLabel: '不满意', comment: null, ratedAt: '2026-12-07T04:00:00Z' } })
        : json(progress)
    const w = mount(CitizenAppeal, { attachTo: document.body })
    await flushPromises()
    ;(w.vm as unknown as { tab: string }).tab = 'track'
    await flushPromises()
    await field(w, 'citizen-query-no').setValue('K7MX-4QPA-9RTB')
    await field(w, 'citizen-query-last4').setValue('5678')
    await w.findAll('form')[1].trigger('submit')
    await flushPromises()
    await w.findAll('[data-testid="citizen-rating-levels"] input')[3].setValue(true)
    await w.find('[data-testid="citizen-rate"]').trigger('click')
    await flushPromises()

    const rate = calls.find((c) => c.url.endsWith('/public/appeals/rate'))!
    expect(JSON.parse(String(rate.init?.body))).toMatchObject({ trackingNo: 'K7MX-4QPA-9RTB', phoneLast4: '5678',
      rating: 'DISSATISFIED' })
    expect(w.find('[data-testid="citizen-rating"]').text()).toBe('不满意')
    expect(w.find('[data-testid="citizen-rate"]').exists()).toBe(false)
    w.unmount()
  })
})
