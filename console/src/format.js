// Formatting helpers of the console: pure functions (tests/unit/format.test.js).

/** China has one time zone and no daylight saving: UTC+8. */
const CHINA_OFFSET_MS = 8 * 3600 * 1000

/** "2026-12-06 17:05" in China time for an ISO instant; "" for none. */
export function chinaDateTime(iso) {
  if (!iso) return ''
  const t = Date.parse(iso)
  if (Number.isNaN(t)) return ''
  const d = new Date(t + CHINA_OFFSET_MS)
  const p = (n) => String(n).padStart(2, '0')
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}`
}

/** The China calendar day (YYYY-MM-DD) of instant @p now (a Date). */
export function chinaToday(now) {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10)
}

/** YYYY-MM-DD @p days calendar days after YYYY-MM-DD @p day. */
export function addDays(day, days) {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/**
 * How a case's clock reads in a list row: {text, tone} with tone 'overdue' (red), 'paused',
 * 'soon' (at most 2 working days left), 'ok' or 'none' (no time limit, not accepted yet, decided).
 * @p clock is the API's {days_left, overdue, paused}; @p t the translator.
 */
export function daysLeft(clock, t) {
  if (!clock) return { text: '—', tone: 'none' }
  if (clock.overdue) {
    const late = clock.days_left == null ? null : Math.abs(clock.days_left)
    return { text: late ? t('clock.overdueBy', { n: late }) : t('clock.overdue'), tone: 'overdue' }
  }
  if (clock.paused) return { text: t('clock.paused'), tone: 'paused' }
  if (clock.days_left == null) return { text: '—', tone: 'none' }
  if (clock.days_left === 0) return { text: t('clock.dueToday'), tone: 'soon' }
  return { text: t('clock.left', { n: clock.days_left }), tone: clock.days_left <= 2 ? 'soon' : 'ok' }
}

/** Whether @p value came masked from central (first character, stars, last four). */
export function isMasked(value) {
  return typeof value === 'string' && /^.\*{3,}.{4}$/u.test(value)
}

/** Seconds as "m:ss" (the session warning's countdown). */
export function countdown(seconds) {
  const s = Math.max(0, Math.ceil(seconds))
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}

/** The name of @p entry ({name: {zh, en}}) in @p lang, falling back to Chinese, then @p code. */
export function nameIn(entry, lang, code) {
  if (!entry || !entry.name) return code || ''
  return entry.name[lang] || entry.name.zh || code || ''
}

/** A value of an opened form as text: select options by their label, lists joined. */
export function fieldText(value, field, lang) {
  if (value == null) return ''
  if (Array.isArray(value)) return value.map((v) => fieldText(v, field, lang)).join('、')
  if (typeof value === 'object') return JSON.stringify(value)
  const option = field && field.options ? field.options.find((o) => o.value === value) : null
  if (option) return option.label[lang] || option.label.zh || String(value)
  if (typeof value === 'boolean') return value ? '✓' : '✗'
  return String(value)
}

/**
 * A day typed as text, as YYYY-MM-DD, or '' when it is no real day: 2026-12-07, 2026-12-7,
 * 2026/12/07, 2026.12.7 and 2026年12月7日 all read the same (year first: the order is never in
 * doubt, unlike 12/07/2026).
 */
export function parseDay(text) {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/u.exec(String(text ?? ''))
  if (!m) return ''
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const t = new Date(Date.UTC(y, mo - 1, d))
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return ''
  return t.toISOString().slice(0, 10)
}

const WEEKDAYS_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** Day YYYY-MM-DD spelt out with its weekday, never in a locale's numeric order:
 *  zh "2026年12月7日 星期一", en "Mon 7 Dec 2026"; '' for no day. */
export function dayLabel(day, lang) {
  const iso = parseDay(day)
  if (!iso) return ''
  const t = new Date(`${iso}T00:00:00Z`)
  const [y, m, d, w] = [t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), t.getUTCDay()]
  return lang === 'en' ? `${WEEKDAYS_EN[w]} ${d} ${MONTHS_EN[m]} ${y}` : `${y}年${m + 1}月${d}日 ${WEEKDAYS_ZH[w]}`
}

/** Day YYYY-MM-DD short, for a column head: zh "12月7日 周一", en "Mon 7 Dec". */
export function dayShort(day, lang) {
  const iso = parseDay(day)
  if (!iso) return ''
  const t = new Date(`${iso}T00:00:00Z`)
  const [m, d, w] = [t.getUTCMonth(), t.getUTCDate(), t.getUTCDay()]
  return lang === 'en' ? `${WEEKDAYS_EN[w]} ${d} ${MONTHS_EN[m]}` : `${m + 1}月${d}日 ${WEEKDAYS_ZH[w].replace('星期', '周')}`
}
