// The operator API (sync/gateway/openapi.yaml, /v1/operator/): the session is an HttpOnly,
// Secure, SameSite=Strict cookie the script never sees; whatever changes something carries the
// session's CSRF token. Nothing personal is put in a URL or in the browser's storage.
import { reactive } from 'vue'

export const session = reactive({
  operator: null, // {id, name, role, role_text, scope}
  csrf: '',
  idleSeconds: 1800,
  lastActivity: 0, // Date.now() of the last answered request
  ended: '', // why the last session ended: 'expired', 'logout' or ''
  clockOffsetMs: 0, // central's clock minus this computer's, from the last answer's Date
})

/** Now on central's clock (this computer's may be wrong). */
export const centralNow = () => new Date(Date.now() + session.clockOffsetMs)

/** An answer that was not 2xx: its status and the API's error code and message. */
export class ApiError extends Error {
  constructor(status, code, message, body) {
    super(message || code || `HTTP ${status}`)
    this.status = status
    this.code = code || ''
    this.body = body || {}
  }
}

/** @p background: a page refreshing itself, no sign of a person at the keyboard: it neither
 *  counts as activity here nor at central (X-JJ-Background), so the idle end still comes. */
async function request(method, path, body, { background = false } = {}) {
  const headers = { Accept: 'application/json' }
  if (background) headers['X-JJ-Background'] = '1'
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (method !== 'GET' && session.csrf) headers['X-CSRF-Token'] = session.csrf
  let res
  try {
    res = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      cache: 'no-store',
      redirect: 'error',
    })
  } catch {
    throw new ApiError(0, 'network')
  }
  let data = {}
  if (res.status !== 204) {
    try {
      data = await res.json()
    } catch {
      data = {}
    }
  }
  if (!res.ok) {
    const err = new ApiError(res.status, data.error, data.message, data)
    if (res.status === 401 && data.error === 'session' && session.operator) {
      session.operator = null
      session.csrf = ''
      session.ended = 'expired'
    }
    throw err
  }
  if (!background) session.lastActivity = Date.now()
  // Central's clock rules dates (a due date "not in the past" is judged there): keep its offset.
  const central = Date.parse(res.headers.get('Date') || '')
  if (!Number.isNaN(central)) session.clockOffsetMs = central - Date.now()
  return data
}

export async function login(id, password, totp) {
  const body = { id, password, cookie: true }
  if (totp) body.totp = totp
  const data = await request('POST', '/v1/operator/sessions', body)
  session.csrf = data.csrf
  session.idleSeconds = data.idle_seconds || 1800
  session.operator = data.operator
  session.ended = ''
  return data
}

/** The session a reload finds (the cookie is still there); false when there is none. */
export async function resume() {
  try {
    const data = await request('GET', '/v1/operator/me')
    session.csrf = data.csrf || ''
    session.idleSeconds = data.idle_seconds || 1800
    session.operator = data.operator
    return true
  } catch {
    return false
  }
}

export async function logout() {
  try {
    await request('DELETE', '/v1/operator/sessions/current')
  } finally {
    session.operator = null
    session.csrf = ''
    session.ended = 'logout'
  }
}

/** Any answered request counts as activity; this one only keeps the session. */
export const touch = () => request('GET', '/v1/operator/me')

/** One page of the case list: @p cursor is the previous page's `next` ('' for the first, which
 *  also brings `total`). */
export function listCases(filters, cursor = '', limit = 100) {
  const q = new URLSearchParams()
  if (filters.stage) q.set('stage', filters.stage)
  if (filters.point) q.set('point', filters.point)
  if (filters.item) q.set('item', filters.item)
  if (filters.overdue) q.set('overdue', 'true')
  if (cursor) q.set('cursor', cursor)
  q.set('limit', String(limit))
  return request('GET', `/v1/operator/cases?${q}`)
}

export const showCase = (receipt) => request('GET', `/v1/operator/cases/${encodeURIComponent(receipt)}`)
export const moveCase = (receipt, move) =>
  request('POST', `/v1/operator/cases/${encodeURIComponent(receipt)}/moves`, move)
export const openForm = (receipt, why, reveal) =>
  request('POST', `/v1/operator/cases/${encodeURIComponent(receipt)}/form`, { why, reveal })
export const receiveMaterial = (receipt, id) =>
  request('POST', `/v1/operator/cases/${encodeURIComponent(receipt)}/materials/${id}/received`, {})
export const catalogue = () => request('GET', '/v1/operator/catalogue')

// 好差评 (openapi.yaml: /v1/operator/ratings, /v1/operator/followups). @p query is a query
// string made by ratings.js's ratingQuery (codes, levels and dates only: nothing personal).
export const listRatings = (query = '') => request('GET', `/v1/operator/ratings${query}`)
export const showRating = (id) => request('GET', `/v1/operator/ratings/${encodeURIComponent(id)}`)
export const listFollowUps = (query = '') => request('GET', `/v1/operator/followups${query}`)
export const ratingFigures = (query = '') => request('GET', `/v1/operator/ratings/figures${query}`)
const FOLLOWUP_STEPS = { callback: 'callbacks', rectify: 'rectification', close: 'close' }
/** Takes follow-up step @p step ('callback', 'rectify', 'close') with @p body. */
export const followUpStep = (id, step, body = {}) =>
  request('POST', `/v1/operator/followups/${encodeURIComponent(id)}/${FOLLOWUP_STEPS[step]}`, body)

/** A file central sends as an attachment (the ratings export): {blob, disposition}; a refusal
 *  throws an ApiError as request() does, so the page can say it instead of saving it. */
export async function fetchFile(path) {
  let res
  try {
    res = await fetch(path, { credentials: 'same-origin', cache: 'no-store', redirect: 'error' })
  } catch {
    throw new ApiError(0, 'network')
  }
  if (!res.ok) {
    let data = {}
    try {
      data = await res.json()
    } catch {
      data = {}
    }
    if (res.status === 401 && data.error === 'session' && session.operator) {
      session.operator = null
      session.csrf = ''
      session.ended = 'expired'
    }
    throw new ApiError(res.status, data.error, data.message, data)
  }
  session.lastActivity = Date.now()
  return { blob: await res.blob(), disposition: res.headers.get('Content-Disposition') || '' }
}
export const exportRatings = (query) => fetchFile(`/v1/operator/ratings/export${query}`)

// The fleet (technicians; a supervisor reads): /v1/operator/fleet/...
export function listDevices({ state = 'all', offset = 0, limit = 50 } = {}, options = {}) {
  const q = new URLSearchParams({ state, offset: String(offset), limit: String(limit) })
  return request('GET', `/v1/operator/fleet/devices?${q}`, undefined, options)
}
export const listTokens = ({ offset = 0, limit = 20 } = {}, options = {}) =>
  request('GET', `/v1/operator/fleet/tokens?offset=${offset}&limit=${limit}`, undefined, options)
export const withdrawToken = (id) =>
  request('POST', `/v1/operator/fleet/tokens/${encodeURIComponent(id)}/withdraw`, {})
export const createToken = (point, suite) =>
  request('POST', '/v1/operator/fleet/tokens', suite ? { point, suite } : { point })
// Bookings (docs/DESIGN.md §13i): a point and a day in the query (codes, no personal data).
export const bookingPoints = () => request('GET', '/v1/operator/bookings/points')
/** Seven days of @p point from China day @p from (YYYY-MM-DD): slots, capacity, held, free. */
export function bookingWeek(point, from) {
  const q = new URLSearchParams({ point, from })
  return request('GET', `/v1/operator/bookings/week?${q}`)
}
export function bookingDay(point, date) {
  const q = new URLSearchParams({ point, date })
  return request('GET', `/v1/operator/bookings/day?${q}`)
}
/** Cancels another channel's booking @p number in @p slot for @p reason (a code). */
export const cancelBooking = (slot, number, reason) =>
  request('POST', '/v1/operator/bookings/cancel', { slot, number, reason })
/** Moves a kiosk's booking @p number in @p slot to @p toSlot (same point): 202 with the new
 *  booking's number, the old one cancelled through its kiosk (docs/DESIGN.md §13i). */
export const moveBooking = (slot, number, toSlot) =>
  request('POST', '/v1/operator/bookings/move', { slot, number, to_slot: toSlot })
export const setBookingPlan = (point, changes) =>
  request('POST', `/v1/operator/bookings/plans/${encodeURIComponent(point)}`, changes)
export const revokeDevice = (id, reason, note) =>
  request('POST', `/v1/operator/fleet/devices/${encodeURIComponent(id)}/revoke`, note ? { reason, note } : { reason })

// TOTP set up by the operator (/v1/operator/me/totp): the secret comes once, the setup is
// sealed by central and given back with a code; nothing of it is kept in the browser's storage.
export const beginTotp = () => request('POST', '/v1/operator/me/totp', {})
export const confirmTotp = (pending, code) => request('POST', '/v1/operator/me/totp/confirm', { pending, code })
