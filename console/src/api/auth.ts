import { http } from './http'
import type * as T from './types'

export const auth = {
  login: (username: string, password: string) =>
    http.post<T.LoginResponse>('/auth/login', { username, password }, { quiet: [401] }),
  me: () => http.get<T.Me>('/auth/me', undefined, { quiet: [401] }),
  logout: () => http.post<{ loggedOut: boolean }>('/auth/logout', {}, { quiet: true }),
}
