// The one HTTP client of the console: same-origin cookie (HttpOnly hotline_token), JSON in and out, the server's
// Chinese error shown once, 401 → login page, 409 → 「已被他人更新，请刷新」 (unless the server explains the conflict).
import { ElMessage } from 'element-plus'

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message)
  }
}

export interface RequestOptions {
  method?: string
  body?: unknown
  query?: Record<string, string | number | boolean | undefined | null>
  /** do not show an ElMessage for these statuses (the caller handles them) */
  quiet?: number[] | boolean
  signal?: AbortSignal
  /** Idempotency-Key for creating POSTs */
  idempotencyKey?: string
}

type UnauthorizedHandler = () => void
let onUnauthorized: UnauthorizedHandler = () => {}
export function setUnauthorizedHandler(h: UnauthorizedHandler) {
  onUnauthorized = h
}

/** Server clock offset from the Date header (server − browser, ms): deadlines count down from the server's clock. */
export let serverOffsetMs = 0

export function url(path: string, query?: RequestOptions['query']): string {
  const u = '/api/v1' + path
  if (!query) return u
  const p = new URLSearchParams()
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') p.set(k, String(v))
  }
  const s = p.toString()
  return s ? `${u}?${s}` : u
}

const STATUS_TEXT: Record<number, string> = {
  400: '请求有误',
  403: '无权执行该操作',
  404: '请求的内容不存在',
  409: '已被他人更新，请刷新',
  413: '提交的内容过大',
  429: '操作过于频繁，请稍后再试',
  500: '服务器内部错误，请稍后再试',
  502: '服务暂不可用，请稍后再试',
  503: '服务暂不可用，请稍后再试',
}

export async function request<T>(path: string, opts: RequestOptions & { form?: FormData } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json'
  if (opts.idempotencyKey) headers['Idempotency-Key'] = opts.idempotencyKey
  let res: Response
  try {
    res = await fetch(url(path, opts.query), {
      method: opts.method ?? (opts.body !== undefined || opts.form ? 'POST' : 'GET'),
      headers,
      // multipart: the browser sets Content-Type with its boundary
      body: opts.form ?? (opts.body !== undefined ? JSON.stringify(opts.body) : undefined),
      credentials: 'same-origin',
      signal: opts.signal,
    })
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e
    const err = new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后重试')
    if (opts.quiet !== true) ElMessage.error(err.message)
    throw err
  }
  const date = res.headers.get('Date')
  if (date) {
    const t = Date.parse(date)
    if (!Number.isNaN(t)) serverOffsetMs = t - Date.now()
  }
  const text = await res.text()
  let data: unknown = undefined
  if (text) {
    try {
      data = JSON.parse(text)
    } catch {
      data = text
    }
  }
  if (res.ok) return data as T
  const body = data as { error?: { code?: string; message?: string } } | undefined
  const code = body?.error?.code ?? `HTTP_${res.status}`
  let message = body?.error?.message ?? STATUS_TEXT[res.status] ?? `请求失败（${res.status}）`
  if (res.status === 409 && code === 'STALE_TICKET') {
    message = '工单已被他人更新，请刷新'
  } else if (res.status === 409 && (!body?.error?.message || code === 'VERSION_CONFLICT' || code === 'STALE')) {
    message = '已被他人更新，请刷新'
  }
  const err = new ApiError(res.status, code, message)
  const quiet = opts.quiet === true || (Array.isArray(opts.quiet) && opts.quiet.includes(res.status))
  if (res.status === 401) {
    if (!quiet) onUnauthorized()
    throw err
  }
  if (!quiet) ElMessage.error(message)
  throw err
}

export const http = {
  get: <T>(path: string, query?: RequestOptions['query'], o: RequestOptions = {}) =>
    request<T>(path, { ...o, query }),
  post: <T>(path: string, body: unknown = {}, o: RequestOptions = {}) =>
    request<T>(path, { ...o, method: 'POST', body }),
  put: <T>(path: string, body: unknown = {}, o: RequestOptions = {}) =>
    request<T>(path, { ...o, method: 'PUT', body }),
  del: <T>(path: string, o: RequestOptions = {}) => request<T>(path, { ...o, method: 'DELETE' }),
}

/** POST of one file as multipart/form-data (field "file"); errors as for every request. */
export function upload<T>(path: string, file: File, o: RequestOptions = {}): Promise<T> {
  const form = new FormData()
  form.append('file', file, file.name)
  return request<T>(path, { ...o, method: 'POST', form })
}

export function newIdempotencyKey(): string {
  return crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(16).slice(2)}`
}
