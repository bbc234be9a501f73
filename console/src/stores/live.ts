// The one EventSource of the tab (/api/v1/live/stream): named events (queues, screen-pop, ticket …), de-duplication by
// message id, a "disconnected" flag for the banner, and a fresh snapshot after every reconnect. The browser resumes
// with Last-Event-ID by itself; when it gives up (readyState CLOSED) the store opens a new stream and passes the
// last id as ?lastEventId= so that nothing sent meanwhile is lost.
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import type { LiveBoard } from '@/api/types'
import { live as liveApi } from '@/api'

type Handler = (data: unknown, id: string | null) => void

/** A ticket event of the stream (dispatchers and unit handlers; see LiveRoutes on the server). */
export interface TicketEvent {
  kind: 'pending' | 'dispatched' | 'urged' | 'supervised' | 'return-requested' | 'extension-requested'
    | 'extension-decided' | 'hotspot' | 'changed'
  label: string
  at: string
  action?: string
  ticketId?: number
  ticketNo?: string
  status?: string
  statusLabel?: string
  leadUnitId?: string | null
}

const KNOWN_EVENTS = ['queues', 'screen-pop', 'agent', 'ticket', 'notice']
const SEEN_MAX = 1000

export const useLiveStore = defineStore('live', () => {
  const connected = ref(false)
  /** true after the first open: the banner shows only for a connection that was there and dropped */
  const everConnected = ref(false)
  const reconnecting = ref(false)
  const board = shallowRef<LiveBoard | null>(null)
  const boardAt = ref(0)
  const lastEventId = ref<string | null>(null)
  const reconnects = ref(0)
  let es: EventSource | null = null
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let retryDelay = 1000
  const handlers = new Map<string, Set<Handler>>()
  const listening = new Set<string>()
  const seen = new Set<string>()
  const seenOrder: string[] = []

  function remember(id: string): boolean {
    if (seen.has(id)) return false
    seen.add(id)
    seenOrder.push(id)
    if (seenOrder.length > SEEN_MAX) seen.delete(seenOrder.shift()!)
    return true
  }

  function dispatch(name: string, ev: MessageEvent) {
    const id = ev.lastEventId || null
    if (id) {
      if (!remember(`${name}:${id}`)) return
      lastEventId.value = id
    }
    let data: unknown = ev.data
    try {
      data = JSON.parse(ev.data)
    } catch {
      // plain text event
    }
    if (name === 'queues') {
      board.value = data as LiveBoard
      boardAt.value = Date.now()
    }
    handlers.get(name)?.forEach((h) => h(data, id))
  }

  function listen(name: string) {
    if (!es || listening.has(name)) return
    listening.add(name)
    es.addEventListener(name, (ev) => dispatch(name, ev as MessageEvent))
  }

  function open() {
    const q = lastEventId.value ? `?lastEventId=${encodeURIComponent(lastEventId.value)}` : ''
    es = new EventSource(`/api/v1/live/stream${q}`, { withCredentials: true })
    listening.clear()
    const names = new Set([...KNOWN_EVENTS, ...handlers.keys()])
    names.forEach(listen)
    es.addEventListener('message', (ev) => dispatch('message', ev as MessageEvent))
    es.onopen = () => {
      const wasDown = everConnected.value && !connected.value
      connected.value = true
      reconnecting.value = false
      retryDelay = 1000
      if (wasDown) {
        reconnects.value++
        void resync()
      }
      everConnected.value = true
    }
    es.onerror = () => {
      connected.value = false
      reconnecting.value = true
      if (es && es.readyState === EventSource.CLOSED) {
        es = null
        retryTimer = setTimeout(() => {
          retryTimer = undefined
          if (!stopped) open()
        }, retryDelay)
        retryDelay = Math.min(retryDelay * 2, 15000)
      }
    }
  }

  let stopped = true

  // A dead network often leaves the stream's socket open for minutes without an error: the browser's offline event
  // closes it at once (banner), and the online event opens a new stream that resumes from the last id.
  function onOffline() {
    if (stopped) return
    es?.close()
    es = null
    if (retryTimer) clearTimeout(retryTimer)
    retryTimer = undefined
    connected.value = false
    reconnecting.value = true
  }
  function onOnline() {
    if (stopped || es) return
    if (retryTimer) clearTimeout(retryTimer)
    retryTimer = undefined
    retryDelay = 1000
    open()
  }
  let watching = false

  function connect() {
    stopped = false
    if (!watching && typeof window !== 'undefined') {
      window.addEventListener('offline', onOffline)
      window.addEventListener('online', onOnline)
      watching = true
    }
    if (es || retryTimer) return
    open()
  }

  function disconnect() {
    stopped = true
    if (watching) {
      window.removeEventListener('offline', onOffline)
      window.removeEventListener('online', onOnline)
      watching = false
    }
    if (retryTimer) clearTimeout(retryTimer)
    retryTimer = undefined
    es?.close()
    es = null
    connected.value = false
    everConnected.value = false
    reconnecting.value = false
    board.value = null
  }

  /** After a reconnect: the current board now, and every subscriber told to refetch its own data. */
  async function resync() {
    try {
      const b = await liveApi.queues()
      if (b) {
        board.value = b
        boardAt.value = Date.now()
      }
    } catch {
      // the next queues event brings it
    }
    handlers.get('resync')?.forEach((h) => h(null, null))
  }

  /** Subscribes to a named event (or 'resync'); returns the unsubscribe function. */
  function on(name: string, h: Handler): () => void {
    if (!handlers.has(name)) handlers.set(name, new Set())
    handlers.get(name)!.add(h)
    if (name !== 'resync') listen(name)
    return () => handlers.get(name)?.delete(h)
  }

  /**
   * Refreshes on ticket events (and after a resync): calls `refresh` once per burst, `ms` after the first event
   * of it, with the events of the burst; returns the unsubscribe function.
   */
  function onTickets(refresh: (events: TicketEvent[]) => void, ms = 300): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined
    let burst: TicketEvent[] = []
    const fire = () => {
      timer = undefined
      const events = burst
      burst = []
      refresh(events)
    }
    const soon = (e: TicketEvent | null) => {
      if (e) burst.push(e)
      if (!timer) timer = setTimeout(fire, ms)
    }
    const offTicket = on('ticket', (d) => soon(d as TicketEvent))
    const offResync = on('resync', () => soon(null))
    return () => {
      offTicket()
      offResync()
      if (timer) clearTimeout(timer)
    }
  }

  /** for tests */
  function source() {
    return es
  }

  return {
    connected, everConnected, reconnecting, board, boardAt, lastEventId, reconnects,
    connect, disconnect, on, onTickets, resync, source,
  }
})
