// A scriptable EventSource: tests open, drop and feed the stream by hand.
type Listener = (ev: MessageEvent) => void

export class FakeEventSource {
  static readonly CONNECTING = 0
  static readonly OPEN = 1
  static readonly CLOSED = 2
  static instances: FakeEventSource[] = []
  readonly CONNECTING = 0
  readonly OPEN = 1
  readonly CLOSED = 2
  readyState = 0
  onopen: ((ev: Event) => void) | null = null
  onerror: ((ev: Event) => void) | null = null
  onmessage: Listener | null = null
  private listeners = new Map<string, Listener[]>()

  constructor(readonly url: string, readonly init?: EventSourceInit) {
    FakeEventSource.instances.push(this)
  }

  static last(): FakeEventSource {
    return FakeEventSource.instances[FakeEventSource.instances.length - 1]
  }

  addEventListener(name: string, l: Listener) {
    if (!this.listeners.has(name)) this.listeners.set(name, [])
    this.listeners.get(name)!.push(l)
  }

  removeEventListener() {}

  close() {
    this.readyState = 2
  }

  open() {
    this.readyState = 1
    this.onopen?.(new Event('open'))
  }

  /** the connection drops; the browser retries by itself (CONNECTING) or gives up (CLOSED) */
  drop(giveUp = false) {
    this.readyState = giveUp ? 2 : 0
    this.onerror?.(new Event('error'))
  }

  emit(name: string, data: unknown, id?: string) {
    const ev = new MessageEvent(name, { data: JSON.stringify(data), lastEventId: id ?? '' })
    this.listeners.get(name)?.forEach((l) => l(ev))
  }
}
