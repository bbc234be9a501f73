// One ticking clock for every countdown on the page: the server's "now" (Date header offset), once a second.
import { onBeforeUnmount, ref } from 'vue'
import { serverNow } from '@/utils/time'

const now = ref(serverNow())
let users = 0
let timer: ReturnType<typeof setInterval> | null = null

export function useNow() {
  users++
  if (!timer) timer = setInterval(() => (now.value = serverNow()), 1000)
  now.value = serverNow()
  onBeforeUnmount(() => {
    users--
    if (users === 0 && timer) {
      clearInterval(timer)
      timer = null
    }
  })
  return now
}

/** 3 天 4 小时 / 5 小时 12 分 / 8 分 30 秒 */
export function leftText(ms: number): string {
  const s = Math.floor(Math.abs(ms) / 1000)
  const d = Math.floor(s / 86400)
  const h = Math.floor((s % 86400) / 3600)
  const m = Math.floor((s % 3600) / 60)
  const r = s % 60
  if (d > 0) return `${d}天${h}小时`
  if (h > 0) return `${h}小时${m}分`
  return `${m}分${r}秒`
}
