// 好差评 in the console: pure helpers for the ratings pages (tests/unit/ratings.test.js). Levels
// are GB/T 39734's, as central sends them: 1 非常满意 … 5 非常不满意; 4 and 5 are 差评.

export const LEVELS = [1, 2, 3, 4, 5]
/** The indicators of a rating, in display order (RECORD.md; overall is required). */
export const INDICATORS = ['overall', 'efficiency', 'competence', 'attitude']
export const FOLLOWUP_STATES = ['open', 'called', 'rectified', 'closed']
/** The follow-up queue's views (GET /v1/operator/followups?state=). */
export const QUEUE_STATES = ['open', 'overdue', 'closed']
/** Rows a list page asks for. */
export const PAGE_ROWS = 20

/** 'good' (非常满意, 满意), 'fair' (基本满意), 'bad' (差评) or 'none' (not rated). */
export function levelTone(level) {
  if (level === 1 || level === 2) return 'good'
  if (level === 3) return 'fair'
  if (level === 4 || level === 5) return 'bad'
  return 'none'
}

/** The first and last China day of month @p month ("YYYY-MM"): {from, to}; null if malformed. */
export function monthBounds(month) {
  const m = /^(\d{4})-(\d{2})$/.exec(month || '')
  if (!m || +m[2] < 1 || +m[2] > 12) return null
  const last = new Date(Date.UTC(+m[1], +m[2], 0)).getUTCDate()
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` }
}

/** The @p n months up to the one of China day @p today ("YYYY-MM-DD"), newest first. */
export function recentMonths(today, n) {
  let y = +today.slice(0, 4)
  let m = +today.slice(5, 7)
  const out = []
  for (let i = 0; i < n; i++) {
    out.push(`${y}-${String(m).padStart(2, '0')}`)
    if (--m === 0) {
      m = 12
      y--
    }
  }
  return out
}

/**
 * The query string (with its "?", or "") of a ratings request: point, department, level and a
 * period, from the filters ({point, department, level, month} or {from, to} as months), then
 * @p extra (limit, cursor, format...). Empty values are left out.
 */
export function ratingQuery(filters, extra = {}) {
  const q = new URLSearchParams()
  if (filters.point) q.set('point', filters.point)
  if (filters.department) q.set('department', filters.department)
  if (filters.level) q.set('level', String(filters.level))
  if (filters.state) q.set('state', filters.state)
  const first = monthBounds(filters.month || filters.fromMonth)
  const last = monthBounds(filters.month || filters.toMonth)
  if (first && last && first.from > last.to) return ratingQuery({ ...filters, fromMonth: filters.toMonth, toMonth: filters.fromMonth }, extra)
  if (first) q.set('from', first.from)
  if (last) q.set('to', last.to)
  for (const [k, v] of Object.entries(extra)) if (v !== null && v !== undefined && v !== '') q.set(k, String(v))
  const s = q.toString()
  return s ? `?${s}` : ''
}

/**
 * Keyset paging (central answers a page and the cursor of the next): the cursors of the pages
 * seen so far, so that 上一页 goes back without an OFFSET. A plain object; the functions return
 * a new one.
 */
export const firstPage = () => ({ cursors: [''], index: 0, next: '' })
/** After a page arrived with @p next (null on the last page). */
export const pageArrived = (p, next) => ({ ...p, next: next || '' })
export const nextPage = (p) => (p.next ? { cursors: [...p.cursors.slice(0, p.index + 1), p.next], index: p.index + 1, next: '' } : p)
export const previousPage = (p) => (p.index > 0 ? { ...p, index: p.index - 1, next: '' } : p)
export const pageCursor = (p) => p.cursors[p.index]

/**
 * How a follow-up's limit reads: {text, tone} with tone 'overdue' (red), 'soon' (at most 3
 * working days left), 'ok', 'late' (closed after its due date) or 'done' (closed in time).
 * @p f is the API's follow-up; @p t the translator.
 */
export function followUpClock(f, t) {
  if (!f) return { text: '—', tone: 'none' }
  if (f.state === 'closed') {
    const inTime = f.closed ? f.closed.in_time : true
    return inTime ? { text: t('followup.inTime'), tone: 'done' } : { text: t('followup.closedLate'), tone: 'late' }
  }
  const left = f.working_days_left
  if (f.overdue) {
    const late = left == null ? 0 : Math.abs(left)
    return { text: late ? t('clock.overdueBy', { n: late }) : t('clock.overdue'), tone: 'overdue' }
  }
  if (left == null) return { text: '—', tone: 'none' }
  if (left === 0) return { text: t('clock.dueToday'), tone: 'soon' }
  return { text: t('clock.left', { n: left }), tone: left <= 3 ? 'soon' : 'ok' }
}

/** A rate (0..1 or null) as a percentage with one decimal: "87.5%"; "—" for none. */
export function percent(rate) {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—'
  return `${(Math.round(rate * 1000) / 10).toFixed(1)}%`
}

/** A rate as a number of percent for a chart (one decimal), null for none (a gap, not 0). */
export function percentValue(rate) {
  return rate === null || rate === undefined ? null : Math.round(rate * 1000) / 10
}

/**
 * The series of a figures chart from the API's groups (by_point, by_department, by_month):
 * {categories, satisfaction, rectification, ratings, bad}, categories labelled by @p label(key),
 * in the API's order (months ascending) unless @p byRatings (most ratings first).
 */
export function figureSeries(groups, key, label = (k) => k, byRatings = false) {
  const rows = [...(groups || [])]
  if (byRatings) rows.sort((a, b) => b.ratings - a.ratings || String(a[key]).localeCompare(String(b[key])))
  return {
    categories: rows.map((g) => label(g[key])),
    satisfaction: rows.map((g) => percentValue(g.satisfaction_rate)),
    rectification: rows.map((g) => percentValue(g.rectification_rate)),
    ratings: rows.map((g) => g.ratings),
    bad: rows.map((g) => g.bad),
  }
}

/** The file name in a Content-Disposition header, or @p fallback. Only a plain name is kept. */
export function attachmentName(disposition, fallback) {
  const m = /filename="([^"/\\]+)"/.exec(disposition || '')
  return m && /^[\w.-]+$/.test(m[1]) ? m[1] : fallback
}

/** The ISO instant (with offset) of a datetime-local value @p local ("YYYY-MM-DDTHH:mm") read
 *  as China time; "" when empty or malformed. */
export function chinaLocalToIso(local) {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(local || '')) return ''
  const t = Date.parse(`${local}:00+08:00`)
  return Number.isNaN(t) ? '' : `${local}:00+08:00`
}

/**
 * The service points and departments the filters offer to operator @p op, from the catalogue's
 * @p names ({points, departments} by code), labelled in @p lang: a clerk the points of its
 * townships, an officer its departments (central narrows the answers the same way).
 */
export function filterChoices(op, names, lang) {
  const label = (e, code) => (e && e.name ? e.name[lang] || e.name.zh || code : code)
  const scope = (op && op.scope) || []
  let points = Object.keys(names.points || {})
  if (op && op.role === 'clerk') points = points.filter((p) => scope.includes(p.slice(0, 9)))
  let departments = Object.keys(names.departments || {})
  if (op && op.role === 'officer') departments = departments.filter((d) => scope.includes(d))
  const choices = (codes, table) => codes.sort().map((code) => ({ code, label: label(table[code], code) }))
  return { points: choices(points, names.points || {}), departments: choices(departments, names.departments || {}) }
}
