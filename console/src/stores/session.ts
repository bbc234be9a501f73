// Who is logged in (GET /auth/me), their role and unit, and the token's expiry time (never the token itself: it
// lives in the HttpOnly cookie). Warns before the expiry; 「继续使用」 logs in again with the password.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { auth } from '@/api'
import type { Me, Role } from '@/api/types'
import { useDraftsStore } from './drafts'

const EXPIRY_KEY = 'hotline.session.expiresAt'
/** warn this long before the token expires */
export const WARN_BEFORE_MS = 5 * 60 * 1000

export const HOME_BY_ROLE: Record<Role, string> = {
  AGENT: '/agent/desk',
  TEAM_LEAD: '/lead/wallboard',
  DISPATCHER: '/dispatcher/tickets',
  UNIT_HANDLER: '/unit/tickets',
  MANAGER: '/manager/dashboard',
  ADMIN: '/admin/users',
}

export const useSessionStore = defineStore('session', () => {
  const me = ref<Me | null>(null)
  const expiresAt = ref<number | null>(null)
  const probed = ref(false)
  const expiryWarning = ref(false)
  const expired = ref(false)
  let timer: ReturnType<typeof setInterval> | undefined

  const role = computed<Role | null>(() => me.value?.role ?? null)
  const home = computed(() => (me.value ? HOME_BY_ROLE[me.value.role] : '/login'))

  function readExpiry(): number | null {
    const v = localStorage.getItem(EXPIRY_KEY)
    return v ? Number(v) : null
  }

  function startTimer() {
    if (timer) clearInterval(timer)
    timer = setInterval(tick, 1000)
    tick()
  }

  function tick() {
    if (!expiresAt.value) return
    const left = expiresAt.value - Date.now()
    expiryWarning.value = left <= WARN_BEFORE_MS && left > 0
    expired.value = left <= 0
  }

  function setUser(u: Me | null) {
    me.value = u
    useDraftsStore().setUser(u?.username ?? null)
  }

  /** Is there a valid session cookie? (a 401 here is expected before login) */
  async function probe(): Promise<boolean> {
    if (probed.value) return !!me.value
    try {
      setUser(await auth.me())
      expiresAt.value = readExpiry()
      startTimer()
    } catch {
      setUser(null)
    }
    probed.value = true
    return !!me.value
  }

  async function login(username: string, password: string) {
    const r = await auth.login(username, password)
    setUser(r.user)
    expiresAt.value = Date.now() + r.expiresInSeconds * 1000
    localStorage.setItem(EXPIRY_KEY, String(expiresAt.value))
    probed.value = true
    expiryWarning.value = false
    expired.value = false
    startTimer()
    return r.user
  }

  /** 「继续使用」: a fresh token for the same user (the API has no refresh endpoint: the password again) */
  async function extend(password: string) {
    if (!me.value) throw new Error('未登录')
    await login(me.value.username, password)
  }

  async function logout() {
    await auth.logout().catch(() => undefined)
    clearLocal()
  }

  /** the cookie is gone or invalid (401): forget the user, keep their drafts */
  function clearLocal() {
    setUser(null)
    expiresAt.value = null
    localStorage.removeItem(EXPIRY_KEY)
    expiryWarning.value = false
    expired.value = false
    if (timer) clearInterval(timer)
    timer = undefined
  }

  function hasRole(...roles: Role[]) {
    return !!me.value && roles.includes(me.value.role)
  }

  return {
    me, role, home, expiresAt, probed, expiryWarning, expired,
    probe, login, extend, logout, clearLocal, hasRole, tick,
  }
})
