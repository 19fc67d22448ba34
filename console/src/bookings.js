// Helpers of the bookings page: pure functions (tests/unit/bookings.test.js).

/** How full a slot is: 'closed' (no seats), 'full' (none free), 'low' (a quarter or less free)
 *  or 'ok'. */
export function slotTone(slot) {
  if (!slot || slot.capacity <= 0) return 'closed'
  if (slot.free <= 0) return 'full'
  if (slot.free * 4 <= slot.capacity) return 'low'
  return 'ok'
}

/**
 * The parts of a slot's bar, in percent of its capacity (or of what it holds, when a plan change
 * left it holding more): booked at kiosks on leases (used), leased and not yet used, bookings
 * outside leases (other channels and kiosks' requests to the pool), free. Parts of 0 are left out.
 */
export function barParts(slot) {
  const used = Math.max(0, slot.used || 0)
  const unused = Math.max(0, (slot.leased || 0) - used)
  const pool = Math.max(0, slot.pool_other || 0)
  const free = Math.max(0, slot.free || 0)
  const whole = Math.max(slot.capacity || 0, used + unused + pool + free)
  if (whole <= 0) return []
  const pct = (n) => Math.round((n * 1000) / whole) / 10
  return [
    { kind: 'used', n: used, pct: pct(used) },
    { kind: 'leased', n: unused, pct: pct(unused) },
    { kind: 'pool', n: pool, pct: pct(pool) },
    { kind: 'free', n: free, pct: pct(free) },
  ].filter((p) => p.n > 0)
}

/** The plan form's fields as the API takes them: only those changed from @p plan; numbers from
 *  the inputs' text (a non-number is sent as it is, for central to refuse with its field). */
export function planChanges(plan, form) {
  const out = {}
  const num = (text) => (/^\s*-?\d+\s*$/.test(String(text)) ? Number(text) : String(text))
  const capacity = num(form.capacity)
  if (capacity !== plan.capacity) out.capacity = capacity
  const minutes = num(form.slot_minutes)
  if (minutes !== plan.slot_minutes) out.slot_minutes = minutes
  const dayPlan = String(form.day_plan).replace(/\s+/g, '').replace(/，/g, ',').replace(/[–—～~]/g, '-')
  if (dayPlan !== plan.day_plan) out.day_plan = dayPlan
  const groups = [...form.groups]
  if (groups.join(',') !== (plan.groups || []).join(',')) out.groups = groups
  return out
}

/** What to say of a refused plan: {field, key, params, detail}; the text is t(key, params), made
 *  when shown (so it follows a change of language); central's message is kept for the detail. */
export function planError(err) {
  const body = (err && err.body) || {}
  if (err && err.status === 409 && body.error === 'over_capacity')
    return { field: 'capacity', key: 'bookings.planError.over', params: { n: body.min_capacity ?? '?' }, detail: '' }
  if (err && err.status === 400) {
    const field = ['capacity', 'day_plan', 'slot_minutes', 'groups'].includes(body.field) ? body.field : 'form'
    return { field, key: 'bookings.planError.' + field, params: {}, detail: body.message || '' }
  }
  if (err && err.status === 403) return { field: 'form', key: 'error.forbidden', params: {}, detail: '' }
  if (err && err.status === 0) return { field: 'form', key: 'error.network', params: {}, detail: '' }
  return { field: 'form', key: 'error.unavailable', params: {}, detail: '' }
}

/** The slots a booking may be moved to: of the day @p day (the API's day answer), not started at
 *  @p now (a Date), with a seat free, other than @p from. */
export function moveTargets(day, from, now) {
  if (!day || !day.open) return []
  return day.slots.filter((s) => s.id !== from && s.free > 0 && Date.parse(s.start) > now.getTime())
}

/** What the auto-refresh line says: {key, params}; @p last the Date of the last good refresh (or
 *  null), @p failed whether the latest one failed. Times in China's clock (HH:MM:SS). */
export function refreshLine(last, failed) {
  const at = (d) => new Date(d.getTime() + 8 * 3600 * 1000).toISOString().slice(11, 19)
  if (failed) return last ? { key: 'bookings.auto.failedSince', params: { t: at(last) } } : { key: 'bookings.auto.failed', params: {} }
  return last ? { key: 'bookings.auto.at', params: { t: at(last) } } : { key: 'bookings.auto.on', params: {} }
}

/** A kiosk booking's attendance as its kiosk reported it (docs/DESIGN.md §6d): the message key of
 *  已到 (checked_in) or 未到 (no_show), or '' when none arrived. */
export function attendanceKey(booking) {
  const a = booking && booking.attendance
  return a === 'checked_in' || a === 'no_show' ? 'bookings.attendance.' + a : ''
}

/** The day's line of what kiosks reported: {key, params} for t(); counts of 0 when absent. */
export function attendanceSummary(day) {
  return { key: 'bookings.noShows', params: { n: (day && day.no_shows) || 0, m: (day && day.checked_in) || 0 } }
}

/** What a booking's state cell says, as one line: {key, params}. A booking moved away (its
 *  cancel reason `rescheduled`, with `moved_to`) says where it went once, in its state (moving,
 *  moved, or the move not delivered), never "cancelling" + "moved" + "moved to" apart; @p dayDate
 *  the day shown (the new day is named only when it is another). */
export function stateLine(booking, dayDate) {
  const b = booking || {}
  const to = b.moved_to
  if (to && ['cancelling', 'cancelled', 'cancel_undelivered'].includes(b.state)) {
    const when = (to.date === dayDate ? '' : to.date + ' ') + to.time
    return { key: 'bookings.moved.' + b.state, params: { n: to.number, when } }
  }
  return { key: 'bookings.state.' + b.state, params: {} }
}
