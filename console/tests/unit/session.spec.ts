import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { useSessionStore } from '@/stores/session'

const user = { id: 3, username: 'agent1', displayName: '座席员王芳', role: 'AGENT', roleLabel: '座席员',
  unitId: 'HD_CENTER', unitName: '海淀区12345接诉即办服务中心' }

describe('session store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    localStorage.clear()
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('keeps the expiry time, never the token, and warns five minutes before it', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ token: 'secret-token', expiresInSeconds: 360,
      user }), { status: 200 }))
    vi.stubGlobal('fetch', fetchMock)
    const s = useSessionStore()
    await s.login('agent1', 'hotline')
    expect(s.home).toBe('/agent/desk')
    expect(JSON.stringify({ ...localStorage })).not.toContain('secret-token')
    expect(Number(localStorage.getItem('hotline.session.expiresAt'))).toBeGreaterThan(Date.now())
    expect(s.expiryWarning).toBe(false)
    vi.advanceTimersByTime(61_000)
    expect(s.expiryWarning).toBe(true)
    vi.advanceTimersByTime(300_000)
    expect(s.expired).toBe(true)
    // 「继续使用」: logs in again with the password, the warning goes away
    await s.extend('hotline')
    expect(fetchMock).toHaveBeenLastCalledWith('/api/v1/auth/login', expect.objectContaining({ method: 'POST' }))
    expect(s.expiryWarning).toBe(false)
    expect(s.expired).toBe(false)
  })

  it('finds the session of the cookie after a refresh, and treats a 401 as logged out', async () => {
    localStorage.setItem('hotline.session.expiresAt', String(Date.now() + 3_600_000))
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(user), { status: 200 })))
    const s = useSessionStore()
    expect(await s.probe()).toBe(true)
    expect(s.me?.displayName).toBe('座席员王芳')
    setActivePinia(createPinia())
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ error: { code: 'UNAUTHENTICATED',
      message: '请先登录' } }), { status: 401 })))
    const s2 = useSessionStore()
    expect(await s2.probe()).toBe(false)
    expect(s2.home).toBe('/login')
  })
})
