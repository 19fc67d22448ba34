import { describe, expect, it } from 'vitest'
import { attendanceKey, attendanceSummary, barParts, moveTargets, planChanges, planError, refreshLine, slotTone, stateLine } from '../../src/bookings.js'
import { translate } from '../../src/i18n.js'

const zh = (key, params) => translate('zh', key, params)
const en = (key, params) => translate('en', key, params)

describe('bookings helpers', () => {
  it('says 已到 / 未到 for what a kiosk reported, and counts the day', () => {
    expect(zh(attendanceKey({ attendance: 'no_show' }))).toBe('未到')
    expect(zh(attendanceKey({ attendance: 'checked_in' }))).toBe('已到')
    expect(en(attendanceKey({ attendance: 'no_show' }))).toBe('No-show')
    expect(attendanceKey({ attendance: null })).toBe('')
    expect(attendanceKey({ attendance: 'late' })).toBe('')
    const s = attendanceSummary({ no_shows: 2, checked_in: 5 })
    expect(zh(s.key, s.params)).toContain('未到 2 人')
    expect(zh(s.key, s.params)).toContain('已到 5 人')
    const none = attendanceSummary({})
    expect(en(none.key, none.params)).toContain('0 no-shows')
  })
  it('tells a full slot from a nearly full one', () => {
    expect(slotTone({ capacity: 4, free: 0 })).toBe('full')
    expect(slotTone({ capacity: 4, free: 1 })).toBe('low')
    expect(slotTone({ capacity: 4, free: 2 })).toBe('ok')
    expect(slotTone({ capacity: 0, free: 0 })).toBe('closed')
  })
  it('splits a slot bar into used, leased, other and free', () => {
    const parts = barParts({ capacity: 4, leased: 2, used: 1, pool_other: 1, free: 1 })
    expect(parts.map((p) => p.kind)).toEqual(['used', 'leased', 'pool', 'free'])
    expect(parts.reduce((s, p) => s + p.pct, 0)).toBe(100)
    expect(barParts({ capacity: 4, leased: 0, used: 0, pool_other: 0, free: 4 })).toEqual([{ kind: 'free', n: 4, pct: 100 }])
    // Holding more than the capacity (a plan change cannot take seats back): never over 100 %.
    const over = barParts({ capacity: 2, leased: 3, used: 3, pool_other: 0, free: 0 })
    expect(over[0].pct).toBe(100)
  })
  it('sends only what changed in the plan form', () => {
    const plan = { capacity: 4, day_plan: '08:30-12:00,14:30-17:30', slot_minutes: 30, groups: [] }
    expect(planChanges(plan, { capacity: '4', day_plan: '08:30-12:00, 14:30-17:30', slot_minutes: '30', groups: [] })).toEqual({})
    expect(planChanges(plan, { capacity: '6', day_plan: '08:30–12:00，14:30-17:30', slot_minutes: '30', groups: ['shebao'] }))
      .toEqual({ capacity: 6, groups: ['shebao'] })
    expect(planChanges(plan, { capacity: 'x', day_plan: plan.day_plan, slot_minutes: 30, groups: [] })).toEqual({ capacity: 'x' })
  })
  it('words central refusals by field, keeping central message as the detail', () => {
    const bad = { status: 400, body: { error: 'invalid', field: 'day_plan', message: 'day plan: expected HH:MM-HH:MM,... in order, not overlapping' } }
    expect(planError(bad)).toEqual({ field: 'day_plan', key: 'bookings.planError.day_plan', params: {}, detail: bad.body.message })
    const over = planError({ status: 409, body: { error: 'over_capacity', field: 'capacity', min_capacity: 3 } })
    expect(zh(over.key, over.params)).toContain('至少 3')
    expect(en(over.key, over.params)).toContain('at least 3')
    expect(planError({ status: 400, body: { error: 'invalid', field: 'colour' } }).field).toBe('form')
    expect(planError({ status: 503, body: {} }).key).toBe('error.unavailable')
  })
  it('offers as move targets the day\'s slots not started, with a seat, other than the booking\'s', () => {
    const now = new Date(Date.now())
    const at = (min) => new Date(now.getTime() + min * 60000).toISOString()
    const day = { open: true, slots: [
      { id: 'a', start: at(-30), free: 3 }, // started
      { id: 'b', start: at(60), free: 2 }, // the booking's own
      { id: 'c', start: at(90), free: 0 }, // full
      { id: 'd', start: at(120), free: 1 },
    ] }
    expect(moveTargets(day, 'b', now).map((s) => s.id)).toEqual(['d'])
    expect(moveTargets({ ...day, open: false }, 'b', now)).toEqual([])
    expect(moveTargets(null, 'b', now)).toEqual([])
  })
  it('says where a moved booking went once, in its state, in one line', () => {
    const moved = { state: 'cancelling', cancel_reason: 'rescheduled', moved_to: { number: 'G0900-01', date: 'day-a', time: '09:00' } }
    const line = (b, d) => { const s = stateLine(b, d); return [zh(s.key, s.params), en(s.key, s.params)] }
    const [zhMoving, enMoving] = line(moved, 'day-a')
    expect(zhMoving).toBe('已改约至 G0900-01（09:00），待终端同步取消原票')
    expect(enMoving).toBe('Moved to G0900-01 (09:00); waiting for the kiosk to cancel this ticket')
    expect(enMoving.match(/moved/gi)).toHaveLength(1)
    expect(enMoving).not.toContain('Cancelling')
    // another day is named; the kiosk's answer makes it plainly moved; unanswered, phone the citizen
    expect(line(moved, 'day-b')[1]).toContain('G0900-01 (day-a 09:00)')
    expect(line({ ...moved, state: 'cancelled' }, 'day-a')).toEqual(['已改约至 G0900-01（09:00）', 'Moved to G0900-01 (09:00)'])
    const [zhLost, enLost] = line({ ...moved, state: 'cancel_undelivered' }, 'day-a')
    expect(zhLost).toContain('请电话告知群众')
    expect(enLost).toContain('G0900-01')
    // anything else reads its state as before
    expect(line({ state: 'cancelling', cancel_reason: 'point_closed' }, 'day-a')).toEqual(['取消中，待终端同步', 'Cancelling: waiting for the kiosk'])
    expect(line({ state: 'booked', moved_from: 'K1' }, 'day-a')[0]).toBe('已预约')
  })
  it('says when the page last refreshed, or that it could not, in China\'s time', () => {
    const last = new Date(Date.UTC(2030, 0, 2, 1, 2, 3)) // 09:02:03 in China
    expect(refreshLine(null, false).key).toBe('bookings.auto.on')
    const ok = refreshLine(last, false)
    expect(zh(ok.key, ok.params)).toContain('09:02:03')
    const failed = refreshLine(last, true)
    expect(zh(failed.key, failed.params)).toContain('自动刷新失败')
    expect(en(failed.key, failed.params)).toContain('09:02:03')
    expect(refreshLine(null, true).key).toBe('bookings.auto.failed')
    expect(zh('bookings.state.cancel_undelivered')).toContain('请电话告知群众')
  })
})
