// Beijing time everywhere: the browser's own zone does not matter.
import dayjs from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'
import 'dayjs/locale/zh-cn'
import { serverOffsetMs } from '@/api/http'

dayjs.extend(utc)
dayjs.extend(timezone)
dayjs.locale('zh-cn')

export const ZONE = 'Asia/Shanghai'

export function fmt(t: string | number | Date | null | undefined, pattern = 'YYYY-MM-DD HH:mm'): string {
  if (t === null || t === undefined || t === '') return '—'
  return dayjs(t).tz(ZONE).format(pattern)
}

export const fmtTime = (t: string | null | undefined) => fmt(t, 'HH:mm:ss')
export const fmtFull = (t: string | null | undefined) => fmt(t, 'YYYY-MM-DD HH:mm:ss')

/** The server's "now" (Date header offset), in ms. */
export function serverNow(): number {
  return Date.now() + serverOffsetMs
}

/** Today's date in Beijing, YYYY-MM-DD. */
export function today(): string {
  return dayjs(serverNow()).tz(ZONE).format('YYYY-MM-DD')
}

export function daysAgo(n: number): string {
  return dayjs(serverNow()).tz(ZONE).subtract(n, 'day').format('YYYY-MM-DD')
}

/** 75 → 01:15, 3725 → 1:02:05 */
export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds)) return '—'
  const s = Math.max(0, Math.floor(seconds))
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const r = s % 60
  const mm = String(m).padStart(2, '0')
  const ss = String(r).padStart(2, '0')
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`
}

export function percent(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`
}
