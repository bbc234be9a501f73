import { http } from './http'
import type * as T from './types'

export const dispatch = {
  jurisdiction: (address: string, text?: string) =>
    http.post<T.Jurisdiction>('/dispatch/jurisdiction', { address, text }, { quiet: true }),
}
