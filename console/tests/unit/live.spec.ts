import { beforeEach, describe, expect, it, vi, afterEach } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { FakeEventSource } from './fakeEventSource'
import { useLiveStore } from '@/stores/live'
import { usePopsStore } from '@/stores/pops'

const board = (version: number) => ({ version, queues: [{ name: 'hotline', waitingCount: version, members: [] }] })

describe('live store', () => {
  let fetchMock: ReturnType<typeof vi.fn>

  beforeEach(() => {
    setActivePinia(createPinia())
    FakeEventSource.instances = []
    vi.stubGlobal('EventSource', FakeEventSource)
    fetchMock = vi.fn(async () => new Response(JSON.stringify(board(99)), { status: 200 }))
    vi.stubGlobal('fetch', fetchMock)
    sessionStorage.clear()
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('opens one stream per tab, however often connect is called', () => {
    const live = useLiveStore()
    live.connect()
    live.connect()
    live.connect()
    expect(FakeEventSource.instances).toHaveLength(1)
    expect(FakeEventSource.last().url).toBe('/api/v1/live/stream')
  })

  it('keeps the latest queues snapshot and hands named events to subscribers', () => {
    const live = useLiveStore()
    const pops: unknown[] = []
    live.on('screen-pop', (d) => pops.push(d))
    live.connect()
    const es = FakeEventSource.last()
    es.open()
    es.emit('queues', board(1), '1')
    es.emit('screen-pop', { callId: 'c1' }, '2')
    expect(live.board?.version).toBe(1)
    expect(pops).toEqual([{ callId: 'c1' }])
    expect(live.lastEventId).toBe('2')
  })

  it('refreshes once per burst of ticket events, and after a resync', async () => {
    vi.useFakeTimers()
    const live = useLiveStore()
    const bursts: unknown[][] = []
    const off = live.onTickets((events) => bursts.push(events.map((e) => e.ticketNo)), 300)
    live.connect()
    const es = FakeEventSource.last()
    es.open()
    es.emit('ticket', { kind: 'dispatched', label: '派单：A', ticketNo: 'A', at: '' }, '11')
    es.emit('ticket', { kind: 'urged', label: '催办：A', ticketNo: 'A', at: '' }, '12')
    es.emit('ticket', { kind: 'urged', label: '催办：A', ticketNo: 'A', at: '' }, '12')
    expect(bursts).toEqual([])
    vi.advanceTimersByTime(300)
    expect(bursts).toEqual([['A', 'A']])
    await live.resync()
    vi.advanceTimersByTime(300)
    expect(bursts).toEqual([['A', 'A'], []])
    off()
    es.emit('ticket', { kind: 'pending', label: '新工单待派单：B', ticketNo: 'B', at: '' }, '13')
    vi.advanceTimersByTime(300)
    expect(bursts).toHaveLength(2)
  })

  it('drops a message whose id it has seen (a resumed stream replays the last one)', () => {
    const live = useLiveStore()
    const got: unknown[] = []
    live.on('screen-pop', (d) => got.push(d))
    live.connect()
    const es = FakeEventSource.last()
    es.open()
    es.emit('screen-pop', { callId: 'c1' }, '7')
    es.emit('screen-pop', { callId: 'c1' }, '7')
    es.emit('screen-pop', { callId: 'c2' }, '8')
    expect(got).toEqual([{ callId: 'c1' }, { callId: 'c2' }])
  })

  it('shows the banner while disconnected and fetches a fresh snapshot after the reconnect', async () => {
    const live = useLiveStore()
    let resyncs = 0
    live.on('resync', () => resyncs++)
    live.connect()
    const es = FakeEventSource.last()
    es.open()
    expect(live.connected).toBe(true)
    expect(live.reconnecting).toBe(false)

    es.drop()
    expect(live.connected).toBe(false)
    expect(live.reconnecting).toBe(true)

    es.open() // the browser reconnected by itself (with Last-Event-ID)
    await vi.waitFor(() => expect(live.board?.version).toBe(99))
    expect(fetchMock).toHaveBeenCalledWith('/api/v1/live/queues', expect.anything())
    expect(live.reconnecting).toBe(false)
    expect(resyncs).toBe(1)
    expect(FakeEventSource.instances).toHaveLength(1)
  })

  it('opens a new stream with the last id when the browser gives up, and delivers what was missed once', async () => {
    vi.useFakeTimers()
    const live = useLiveStore()
    const got: string[] = []
    live.on('screen-pop', (d) => got.push((d as { callId: string }).callId))
    live.connect()
    const first = FakeEventSource.last()
    first.open()
    first.emit('screen-pop', { callId: 'a' }, '41')
    first.drop(true)
    expect(live.reconnecting).toBe(true)

    await vi.advanceTimersByTimeAsync(1100)
    expect(FakeEventSource.instances).toHaveLength(2)
    const second = FakeEventSource.last()
    expect(second.url).toBe('/api/v1/live/stream?lastEventId=41')
    second.open()
    second.emit('screen-pop', { callId: 'a' }, '41') // replayed by the server
    second.emit('screen-pop', { callId: 'b' }, '42') // sent while disconnected
    expect(got).toEqual(['a', 'b'])
    expect(live.connected).toBe(true)
  })

  it('pops once per call, only for the agent\'s own interface, and keeps them until dismissed', () => {
    const live = useLiveStore()
    const pops = usePopsStore()
    pops.start('agent1', () => 'PJSIP/6001')
    live.connect()
    const es = FakeEventSource.last()
    es.open()
    const pop = (callId: string, iface: string, id: string) => es.emit('screen-pop',
      { callId, agentInterface: iface, callerNumber: '13800001111', previousTickets: [], previousCalls: [] }, id)
    pop('c1', 'PJSIP/6001', '1')
    pop('c1', 'PJSIP/6001', '2') // the same call again under another id
    pop('c2', 'PJSIP/6002', '3') // someone else's
    pop('c3', 'PJSIP/6001', '4')
    expect(pops.cards.map((c) => c.callId)).toEqual(['c3', 'c1'])
    pops.dismiss('c1')
    expect(pops.cards.map((c) => c.callId)).toEqual(['c3'])
  })

  it('closes the stream when the browser goes offline and resumes from the last id when it is back', async () => {
    const live = useLiveStore()
    const got: string[] = []
    live.on('screen-pop', (d) => got.push((d as { callId: string }).callId))
    live.connect()
    const first = FakeEventSource.last()
    first.open()
    first.emit('screen-pop', { callId: 'a' }, '5')
    window.dispatchEvent(new Event('offline'))
    expect(first.readyState).toBe(FakeEventSource.CLOSED)
    expect(live.connected).toBe(false)
    expect(live.reconnecting).toBe(true)
    window.dispatchEvent(new Event('online'))
    const second = FakeEventSource.last()
    expect(second).not.toBe(first)
    expect(second.url).toBe('/api/v1/live/stream?lastEventId=5')
    second.open()
    second.emit('screen-pop', { callId: 'b' }, '6')
    await vi.waitFor(() => expect(live.board?.version).toBe(99))
    expect(got).toEqual(['a', 'b'])
    live.disconnect()
  })
})
