import { http } from './http'
import type * as T from './types'

export const kb = {
  suggest: (q: string, signal?: AbortSignal) =>
    http.get<T.Items<T.KbSuggestion>>('/kb/suggest', { q, limit: 6 }, { quiet: true, signal }),
  search: (q: string, signal?: AbortSignal) =>
    http.get<T.Items<T.KbHit> & { tookMs: number }>('/kb/search', { q, limit: 8 }, { quiet: true, signal }),
  article: (id: number) => http.get<T.KbArticle>(`/kb/articles/${id}`),
  searchGaps: (from: string, to: string) => http.get<T.KbSearchGaps>('/kb/search-gaps', { from, to, limit: 200 }),
}
