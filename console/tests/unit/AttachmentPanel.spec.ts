import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import AttachmentPanel from '@/components/AttachmentPanel.vue'
import { useSessionStore } from '@/stores/session'
import type { Attachment, Ticket } from '@/api/types'

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status,
  headers: { 'Content-Type': 'application/json' } })

const ticket = { id: 9, no: 'HD20261203-000009', status: 'SIGNED', version: 1 } as unknown as Ticket
const photo: Attachment = { id: 1, ticketId: 9, name: '现场照片.png', mediaType: 'image/png', typeLabel: '图片',
  image: true, size: 2048, sha256: 'a'.repeat(64), purpose: 'APPEAL', purposeLabel: '诉求材料',
  uploadedAt: '2026-12-03T06:00:00Z', uploadedBy: { id: 1, username: 'agent1', role: 'AGENT', unitId: 'CENTER' },
  url: '/api/v1/tickets/9/attachments/1', thumbnailUrl: '/api/v1/tickets/9/attachments/1/thumbnail' }

describe('AttachmentPanel', () => {
  let posted: string[]
  beforeEach(() => {
    setActivePinia(createPinia())
    posted = []
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      posted.push(url)
      expect(init?.body).toBeInstanceOf(FormData)
      return json({ error: { code: 'ATTACHMENT_TYPE_UNSUPPORTED', message: '附件类型不受支持（仅限 JPG、PNG）' } }, 400)
    }))
  })
  afterEach(() => vi.unstubAllGlobals())

  function asRole(role: string) {
    const s = useSessionStore() as unknown as { me: unknown }
    s.me = { id: 1, username: 'u', displayName: 'u', role, roleLabel: role, unitId: 'STR_QH', unitName: '清河街道' }
  }

  it('lists thumbnails and offers upload to the roles that may add files', () => {
    asRole('UNIT_HANDLER')
    const w = mount(AttachmentPanel, { props: { ticket, attachments: [photo] } })
    expect(w.find('img[data-testid="attachment-thumb"]').attributes('src')).toBe(photo.thumbnailUrl)
    expect(w.text()).toContain('现场照片.png')
    expect(w.find('[data-testid="attachment-upload"]').exists()).toBe(true)
    asRole('MANAGER')
    const m = mount(AttachmentPanel, { props: { ticket, attachments: [] } })
    expect(m.find('[data-testid="attachment-upload"]').exists()).toBe(false)
    expect(m.text()).toContain('暂无附件')
  })

  it('sends nothing over 10 MB and shows the server refusal of a disguised file', async () => {
    asRole('AGENT')
    const w = mount(AttachmentPanel, { props: { ticket, attachments: [] }, attachTo: document.body })
    const input = w.find('input[data-testid="attachment-input"]')
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'big.png', { type: 'image/png' })
    Object.defineProperty(input.element, 'files', { value: [big], configurable: true })
    await input.trigger('change')
    await flushPromises()
    expect(posted).toEqual([])
    expect(document.body.textContent).toContain('附件超过大小限制（最大 10 MB）')
    const exe = new File(['MZ'], 'photo.jpg', { type: 'image/jpeg' })
    Object.defineProperty(input.element, 'files', { value: [exe], configurable: true })
    await input.trigger('change')
    await flushPromises()
    expect(posted).toEqual(['/api/v1/tickets/9/attachments'])
    expect(document.body.textContent).toContain('附件类型不受支持')
    expect(w.emitted('uploaded')).toBeUndefined()
    w.unmount()
  })
})
