import { describe, expect, it } from 'vitest'
import { addDays, chinaDateTime, chinaToday, countdown, dayLabel, dayShort, daysLeft, fieldText, isMasked, nameIn, parseDay } from '../../src/format.js'
import { translate } from '../../src/i18n.js'

const zh = (key, params) => translate('zh', key, params)
const en = (key, params) => translate('en', key, params)

describe('China time', () => {
  it('shows an instant in UTC+8, across the date line of UTC', () => {
    expect(chinaDateTime('2026-12-06T17:05:00Z')).toBe('2026-12-07 01:05')
    expect(chinaDateTime('2026-12-06T01:00:00Z')).toBe('2026-12-06 09:00')
    expect(chinaDateTime('')).toBe('')
    expect(chinaDateTime('not a time')).toBe('')
  })
  it('takes the China day, not the UTC one', () => {
    expect(chinaToday(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01')
    expect(chinaToday(new Date('2026-12-31T15:59:00Z'))).toBe('2026-12-31')
  })
  it('adds calendar days over month and year ends', () => {
    expect(addDays('2026-12-29', 7)).toBe('2027-01-05')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
  })
})

describe('days left', () => {
  it('is red (overdue) with how late', () => {
    expect(daysLeft({ days_left: -3, overdue: true, paused: false }, zh)).toEqual({ text: '超期 3 个工作日', tone: 'overdue' })
    expect(daysLeft({ days_left: -1, overdue: true, paused: false }, en).tone).toBe('overdue')
  })
  it('says paused while a correction stops the clock', () => {
    expect(daysLeft({ days_left: 4, overdue: false, paused: true }, zh)).toEqual({ text: '补正中，计时暂停', tone: 'paused' })
  })
  it('warns when two working days or fewer are left', () => {
    expect(daysLeft({ days_left: 0, overdue: false, paused: false }, zh)).toEqual({ text: '今日到期', tone: 'soon' })
    expect(daysLeft({ days_left: 2, overdue: false, paused: false }, en)).toEqual({ text: '2 working days left', tone: 'soon' })
    expect(daysLeft({ days_left: 9, overdue: false, paused: false }, zh)).toEqual({ text: '剩余 9 个工作日', tone: 'ok' })
  })
  it('shows a dash without a limit', () => {
    expect(daysLeft({ days_left: null, overdue: false, paused: false }, zh).tone).toBe('none')
    expect(daysLeft(undefined, zh).text).toBe('—')
  })
})

describe('masked values and names', () => {
  it('recognises central masking (first character, stars, last four)', () => {
    expect(isMasked('1*************002X')).toBe(true)
    expect(isMasked('1******2386')).toBe(true)
    expect(isMasked('11010519491231002X')).toBe(false)
    expect(isMasked('巴特尔')).toBe(false)
  })
  it('counts down minutes and seconds, never below zero', () => {
    expect(countdown(299.2)).toBe('5:00')
    expect(countdown(61)).toBe('1:01')
    expect(countdown(-4)).toBe('0:00')
  })
  it('names in the chosen language, falling back to Chinese and then the code', () => {
    const e = { name: { zh: '失业登记', en: 'Unemployment registration' } }
    expect(nameIn(e, 'en', 'X')).toBe('Unemployment registration')
    expect(nameIn({ name: { zh: '失业登记', en: '' } }, 'en', 'X')).toBe('失业登记')
    expect(nameIn(undefined, 'zh', 'X')).toBe('X')
  })
  it('shows a select value by its label', () => {
    const field = { options: [{ value: 'contract_end', label: { zh: '劳动合同终止或解除', en: 'Contract ended' } }] }
    expect(fieldText('contract_end', field, 'zh')).toBe('劳动合同终止或解除')
    expect(fieldText('contract_end', field, 'en')).toBe('Contract ended')
    expect(fieldText(['a', 'b'], null, 'zh')).toBe('a、b')
    expect(fieldText(null, null, 'zh')).toBe('')
  })
})

describe('days typed and shown', () => {
  it('reads a year-first day in the usual Chinese spellings, and no other order', () => {
    for (const text of ['2026-12-07', '2026-12-7', '2026/12/07', '2026.12.7', '2026年12月7日', ' 2026 - 12 - 07 '])
      expect(parseDay(text)).toBe('2026-12-07')
    for (const text of ['12/07/2026', '07.12.2026', '2026-13-01', '2026-02-29', '2026-12', '', null, 'today'])
      expect(parseDay(text)).toBe('')
    expect(parseDay('2028-02-29')).toBe('2028-02-29')
  })
  it('spells a day out with its weekday, in zh and unambiguously in en', () => {
    expect(dayLabel('2026-12-07', 'zh')).toBe('2026年12月7日 星期一')
    expect(dayLabel('2026-12-07', 'en')).toBe('Mon 7 Dec 2026')
    expect(dayLabel('2027-01-03', 'en')).toBe('Sun 3 Jan 2027')
    expect(dayShort('2026-12-07', 'zh')).toBe('12月7日 周一')
    expect(dayShort('2026-12-07', 'en')).toBe('Mon 7 Dec')
    expect(dayLabel('nonsense', 'en')).toBe('')
  })
})
