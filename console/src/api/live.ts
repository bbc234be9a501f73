import { http } from './http'
import type * as T from './types'
import { ifHas } from './capabilities'

export const live = {
  queues: () => http.get<T.LiveBoard>('/live/queues', undefined, { quiet: true }),
  settings: () => ifHas('GET', '/live/settings', () =>
    http.get<T.LiveSettings>('/live/settings', undefined, { quiet: true })),
}
