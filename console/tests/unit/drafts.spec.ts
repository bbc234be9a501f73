import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick, reactive } from 'vue'
import { useDraftsStore } from '@/stores/drafts'

describe('drafts store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    localStorage.clear()
    vi.useFakeTimers()
  })

  it('keeps a draft per user and form', () => {
    const d = useDraftsStore()
    d.setUser('agent1')
    d.save('ticket-form', { content: '小区噪音' })
    d.setUser('agent2')
    expect(d.load('ticket-form')).toBeNull()
    d.save('ticket-form', { content: '路灯不亮' })
    d.setUser('agent1')
    expect(d.load<{ content: string }>('ticket-form')?.data.content).toBe('小区噪音')
    expect(Object.keys(localStorage).sort()).toEqual(['hotline.draft.agent1.ticket-form',
      'hotline.draft.agent2.ticket-form'])
  })

  it('saves a bound form as it is typed and restores it after a refresh', async () => {
    const d = useDraftsStore()
    d.setUser('agent1')
    const form = reactive({ content: '', address: '' })
    const b = d.bind('ticket-form', form)
    expect(b.restored).toBe(false)
    form.content = '反映清河街道毛纺路小区夜间施工噪音'
    await nextTick()
    vi.advanceTimersByTime(400)
    b.stop()

    // "refresh": a new store and an empty form
    setActivePinia(createPinia())
    const d2 = useDraftsStore()
    d2.setUser('agent1')
    const again = reactive({ content: '', address: '' })
    const b2 = d2.bind('ticket-form', again)
    expect(b2.restored).toBe(true)
    expect(again.content).toBe('反映清河街道毛纺路小区夜间施工噪音')
    b2.stop()
  })

  it('flushes a pending change when the binding stops (leaving the page)', async () => {
    const d = useDraftsStore()
    d.setUser('agent1')
    const form = reactive({ content: '' })
    const b = d.bind('f', form, { delayMs: 10_000 })
    form.content = '未及保存'
    await nextTick()
    b.stop()
    expect(d.load<{ content: string }>('f')?.data.content).toBe('未及保存')
  })

  it('removes the draft when the form is emptied or cleared', async () => {
    const d = useDraftsStore()
    d.setUser('agent1')
    const form = reactive({ content: 'x' })
    const b = d.bind('f', form, { isEmpty: (m) => !m.content })
    form.content = ''
    await nextTick()
    vi.advanceTimersByTime(400)
    expect(d.load('f')).toBeNull()
    b.stop()
    d.save('g', { a: 1 })
    d.clear('g')
    expect(d.forms()).toEqual([])
  })
})
