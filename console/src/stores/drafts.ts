// Half-filled forms kept in localStorage per user and form, restored after a refresh, an expired session or a
// dropped connection. Only what the user typed is stored (never a token).
import { defineStore } from 'pinia'
import { watch, type WatchStopHandle } from 'vue'

const PREFIX = 'hotline.draft.'

export interface Draft<T> {
  data: T
  savedAt: number
}

export const useDraftsStore = defineStore('drafts', () => {
  let user = ''

  function setUser(username: string | null) {
    user = username ?? ''
  }

  function key(form: string) {
    return `${PREFIX}${user || '_'}.${form}`
  }

  function load<T>(form: string): Draft<T> | null {
    try {
      const raw = localStorage.getItem(key(form))
      return raw ? (JSON.parse(raw) as Draft<T>) : null
    } catch {
      return null
    }
  }

  function save<T>(form: string, data: T) {
    try {
      localStorage.setItem(key(form), JSON.stringify({ data, savedAt: Date.now() } satisfies Draft<T>))
    } catch {
      // storage full or disabled: the form keeps working, only the draft is lost
    }
  }

  function clear(form: string) {
    localStorage.removeItem(key(form))
  }

  /** the user's drafts' form names */
  function forms(): string[] {
    const p = `${PREFIX}${user || '_'}.`
    const out: string[] = []
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)
      if (k && k.startsWith(p)) out.push(k.slice(p.length))
    }
    return out
  }

  /**
   * Binds a reactive form object to its draft: restores what was saved (returns true when it did), then saves on
   * every change (debounced) until the returned stop function is called.
   */
  function bind<T extends object>(form: string, model: T, opts: { delayMs?: number; isEmpty?: (m: T) => boolean } = {}) {
    const saved = load<Partial<T>>(form)
    let restored = false
    if (saved && saved.data) {
      Object.assign(model, saved.data)
      restored = true
    }
    let timer: ReturnType<typeof setTimeout> | undefined
    const flush = () => {
      if (timer) clearTimeout(timer)
      timer = undefined
      if (opts.isEmpty && opts.isEmpty(model)) clear(form)
      else save(form, JSON.parse(JSON.stringify(model)))
    }
    const stop: WatchStopHandle = watch(model, () => {
      if (timer) clearTimeout(timer)
      timer = setTimeout(flush, opts.delayMs ?? 300)
    }, { deep: true })
    const onUnload = () => timer && flush()
    window.addEventListener('beforeunload', onUnload)
    return {
      restored,
      savedAt: saved?.savedAt ?? null,
      flush,
      stop: () => {
        if (timer) flush()
        stop()
        window.removeEventListener('beforeunload', onUnload)
      },
    }
  }

  return { setUser, load, save, clear, forms, bind, key }
})
