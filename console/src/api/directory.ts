import { http } from './http'
import type * as T from './types'

export const directory = {
  categories: () => http.get<T.Items<T.Category>>('/categories'),
  units: (q?: { type?: string; parentId?: string; q?: string }) => http.get<T.Items<T.Unit>>('/units', q),
}
