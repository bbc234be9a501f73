// The citizens' public page (群众自助): no login; every call is limited per client by the server (429 in Chinese).
import { ApiError, http, newIdempotencyKey } from './http'
import type * as T from './types'

export interface PublicAppeal {
  channel?: 'WEB' | 'WECHAT' | 'MESSAGE_BOARD' | 'APP'
  name?: string
  phone: string
  address?: string
  appealType?: string
  categoryId: string
  content: string
}

export const citizen = {
  categories: () => http.get<T.Items<T.PublicCategoryGroup>>('/public/categories'),
  file: (body: PublicAppeal, idempotencyKey: string = newIdempotencyKey()) =>
    http.post<T.PublicAppealFiled>('/public/appeals', body, { idempotencyKey }),
  track: (trackingNo: string, phoneLast4: string) =>
    http.post<T.CitizenProgress>('/public/appeals/track', { trackingNo, phoneLast4 }),
  rate: (trackingNo: string, phoneLast4: string, rating: T.RatingLevel, comment?: string) =>
    http.post<T.CitizenProgress>('/public/appeals/rate', { trackingNo, phoneLast4, rating, comment }),
  /** one photo of an appeal just filed, with the upload token its filing answered */
  async photo(trackingNo: string, uploadToken: string, file: File): Promise<void> {
    const form = new FormData()
    form.append('file', file, file.name)
    const res = await fetch(`/api/v1/public/appeals/${encodeURIComponent(trackingNo)}/attachments`, {
      method: 'POST', body: form, headers: { 'X-Upload-Token': uploadToken }, credentials: 'omit',
    })
    if (!res.ok) {
      let message = `照片上传失败（${res.status}）`
      try {
        message = ((await res.json()) as { error?: { message?: string } }).error?.message ?? message
      } catch {
        // not JSON: the status says it
      }
      throw new ApiError(res.status, 'PHOTO_UPLOAD', message)
    }
  },
}

/** The 好差评 levels as the page offers them, best first. */
export const RATING_LEVELS: { value: T.RatingLevel; label: string }[] = [
  { value: 'VERY_SATISFIED', label: '非常满意' },
  { value: 'SATISFIED', label: '满意' },
  { value: 'BASICALLY_SATISFIED', label: '基本满意' },
  { value: 'DISSATISFIED', label: '不满意' },
  { value: 'VERY_DISSATISFIED', label: '非常不满意' },
]
