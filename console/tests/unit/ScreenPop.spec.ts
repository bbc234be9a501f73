import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ScreenPop from '@/components/ScreenPop.vue'
import type { PopCard } from '@/stores/pops'

const ticket = (id: number, status: string, content: string) => ({ id, no: `HD-${id}`, status, appealType: 'COMPLAINT',
  content, callId: null, createdAt: '2026-12-01T02:00:00Z' })

const card = (over: Partial<PopCard> = {}): PopCard => ({
  agentInterface: 'PJSIP/6001', callId: 'c-1', callerNumber: '13800001111', queue: 'hotline',
  at: '2026-12-03T06:05:00Z', receivedAt: 0,
  previousTickets: [ticket(1, 'CLOSED', '已办结的路灯问题'), ticket(2, 'DISPATCHED', '楼上漏水仍未处理')],
  previousCalls: [{ callId: 'c-0', startedAt: '2026-12-02T01:00:00Z', outcome: 'ANSWERED', agentInterface: 'PJSIP/6002' }],
  ...over,
})

describe('ScreenPop', () => {
  it('shows the open tickets first, then the earlier ones, the repeat-caller flag and Beijing time', () => {
    const w = mount(ScreenPop, { props: { card: card(), formBusy: false } })
    const text = w.text()
    expect(text).toContain('13800001111')
    expect(text).toContain('重复来电')
    expect(text).toContain('14:05:00') // 06:05 UTC in Asia/Shanghai
    expect(text.indexOf('楼上漏水仍未处理')).toBeLessThan(text.indexOf('已办结的路灯问题'))
    expect(w.findAll('[data-testid="pop-open-ticket"]')).toHaveLength(1)
    expect(text).toContain('已接听')
  })

  it('uses the server\'s open tickets and flags when it sends them, and offers to link instead of overwrite', async () => {
    const w = mount(ScreenPop, { props: { card: card({ openTickets: [], repeatCaller: false, confidential: true,
      previousCalls: [] }), formBusy: true } })
    expect(w.text()).toContain('保密')
    expect(w.text()).not.toContain('重复来电')
    expect(w.findAll('[data-testid="pop-open-ticket"]')).toHaveLength(0)
    expect(w.get('[data-testid="pop-use"]').text()).toContain('关联到当前工单')
    await w.get('[data-testid="pop-use"]').trigger('click')
    expect(w.emitted('use')).toHaveLength(1)
    await w.get('[data-testid="pop-dismiss"]').trigger('click')
    expect(w.emitted('dismiss')?.[0]).toEqual(['c-1'])
  })

  it('says when the pop is already linked to the form', () => {
    const w = mount(ScreenPop, { props: { card: card(), formBusy: true, linked: true } })
    expect(w.text()).toContain('已关联到当前工单')
    expect(w.find('[data-testid="pop-use"]').exists()).toBe(false)
  })
})
