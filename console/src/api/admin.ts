import { http } from './http'
import type * as T from './types'

export const admin = {
  users: () => http.get<T.Items<Record<string, unknown>>>('/admin/users'),
}
