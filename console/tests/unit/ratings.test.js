import { describe, expect, it } from 'vitest'
import {
  attachmentName, chinaLocalToIso, figureSeries, filterChoices, firstPage, followUpClock, levelTone,
  monthBounds, nextPage, pageArrived, pageCursor, percent, previousPage, ratingQuery, recentMonths,
} from '../../src/ratings.js'
import { figureOption, groupChartHeight } from '../../src/ratingcharts.js'
import { translate } from '../../src/i18n.js'
import { messages } from '../../src/messages.js'

const zh = (key, params) => translate('zh', key, params)
const en = (key, params) => translate('en', key, params)

describe('levels', () => {
  it('are GB/T 39734 as central sends them: 1 非常满意 … 5 非常不满意, 4 and 5 差评', () => {
    expect([1, 2, 3, 4, 5].map((l) => zh(`level.${l}`))).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意'])
    expect([1, 2, 3, 4, 5].map(levelTone)).toEqual(['good', 'good', 'fair', 'bad', 'bad'])
    expect(levelTone(null)).toBe('none')
    for (const l of [1, 2, 3, 4, 5]) expect(en(`level.${l}`)).not.toBe(`level.${l}`)
  })
  it('every follow-up state, view and kiosk reason code has a text in both languages', () => {
    for (const s of ['open', 'called', 'rectified', 'closed']) expect(messages.en[`followup.state.${s}`], s).toBeTruthy()
    for (const v of ['open', 'overdue', 'closed']) expect(messages.zh[`followup.view.${v}`], v).toBeTruthy()
    for (const r of ['wait_too_long', 'attitude', 'unclear_materials', 'device', 'other']) expect(messages.en[`reason.${r}`], r).toBeTruthy()
    for (const s of ['callback', 'rectify', 'close']) expect(messages.zh[`followup.do.${s}`], s).toBeTruthy()
  })
})

describe('months and the query', () => {
  it('a month is its first and last China day, leap years included', () => {
    expect(monthBounds('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' })
    expect(monthBounds('2027-02')).toEqual({ from: '2027-02-01', to: '2027-02-28' })
    expect(monthBounds('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' })
    expect(monthBounds('2026-13')).toBeNull()
    expect(monthBounds('')).toBeNull()
  })
  it('the recent months go back over a year end, newest first', () => {
    expect(recentMonths('2027-02-10', 4)).toEqual(['2027-02', '2027-01', '2026-12', '2026-11'])
  })
  it('filters become central\'s parameters; empty ones are left out', () => {
    expect(ratingQuery({})).toBe('')
    expect(ratingQuery({ point: '150525203000-01', department: '', level: '5', month: '2026-11' }, { limit: 20, cursor: '' }))
      .toBe('?point=150525203000-01&level=5&from=2026-11-01&to=2026-11-30&limit=20')
    expect(ratingQuery({ state: 'overdue', department: 'shebao' }, { cursor: '2026-12-18.42' }))
      .toBe('?department=shebao&state=overdue&cursor=2026-12-18.42')
  })
  it('a period of months runs from the first day of one to the last of the other, in either order', () => {
    expect(ratingQuery({ fromMonth: '2026-07', toMonth: '2026-12' })).toBe('?from=2026-07-01&to=2026-12-31')
    expect(ratingQuery({ fromMonth: '2026-12', toMonth: '2026-07' })).toBe('?from=2026-07-01&to=2026-12-31')
  })
})

describe('keyset paging', () => {
  it('walks forward by the cursors central gave and back without asking for them again', () => {
    let p = firstPage()
    expect(pageCursor(p)).toBe('')
    p = pageArrived(p, '90')
    p = nextPage(p)
    expect(pageCursor(p)).toBe('90')
    expect(p.index).toBe(1)
    p = pageArrived(p, '70')
    p = nextPage(p)
    expect(pageCursor(p)).toBe('70')
    p = pageArrived(p, null) // the last page
    expect(nextPage(p)).toBe(p)
    p = previousPage(p)
    expect(pageCursor(p)).toBe('90')
    p = previousPage(previousPage(p))
    expect(pageCursor(p)).toBe('')
    expect(p.index).toBe(0)
    // Forward again from the first page after going back: the old later cursors are dropped.
    p = nextPage(pageArrived(p, '91'))
    expect(p.cursors).toEqual(['', '91'])
  })
})

describe('a follow-up\'s limit', () => {
  it('is red once past due, with how many working days late', () => {
    expect(followUpClock({ state: 'open', overdue: true, working_days_left: -4 }, zh)).toEqual({ text: '超期 4 个工作日', tone: 'overdue' })
    expect(followUpClock({ state: 'called', overdue: true, working_days_left: 0 }, en)).toEqual({ text: 'Overdue', tone: 'overdue' })
  })
  it('warns in its last three working days and says the day it is due', () => {
    expect(followUpClock({ state: 'open', overdue: false, working_days_left: 3 }, zh)).toEqual({ text: '剩余 3 个工作日', tone: 'soon' })
    expect(followUpClock({ state: 'open', overdue: false, working_days_left: 15 }, zh).tone).toBe('ok')
    expect(followUpClock({ state: 'rectified', overdue: false, working_days_left: 0 }, zh)).toEqual({ text: '今日到期', tone: 'soon' })
  })
  it('once closed, says whether in time (which is what the 整改率 counts)', () => {
    expect(followUpClock({ state: 'closed', overdue: false, working_days_left: null, closed: { in_time: true } }, zh)).toEqual({ text: '按期办结', tone: 'done' })
    expect(followUpClock({ state: 'closed', overdue: false, working_days_left: null, closed: { in_time: false } }, zh)).toEqual({ text: '逾期办结', tone: 'late' })
  })
})

describe('figures', () => {
  const groups = [
    { month: '2026-11', ratings: 4, satisfaction_rate: 0.5, rectification_rate: 1 / 3, bad: 3 },
    { month: '2026-12', ratings: 0, satisfaction_rate: null, rectification_rate: null, bad: 0 },
  ]
  it('rates are percentages with one decimal; none is a dash, not 0%', () => {
    expect(percent(1 / 3)).toBe('33.3%')
    expect(percent(1)).toBe('100.0%')
    expect(percent(0)).toBe('0.0%')
    expect(percent(null)).toBe('—')
  })
  it('a chart\'s series keep a month without ratings as a gap', () => {
    const s = figureSeries(groups, 'month')
    expect(s.categories).toEqual(['2026-11', '2026-12'])
    expect(s.satisfaction).toEqual([50, null])
    expect(s.rectification).toEqual([33.3, null])
    expect(s.ratings).toEqual([4, 0])
  })
  it('points and departments are labelled by name and may be ordered by how many ratings', () => {
    const s = figureSeries([{ point: 'b', ratings: 1 }, { point: 'a', ratings: 5 }], 'point', (c) => c.toUpperCase(), true)
    expect(s.categories).toEqual(['A', 'B'])
  })
  it('the month chart: satisfaction bars and the 整改率 line on one 0-100% axis, tooltips drawn on the canvas', () => {
    const o = figureOption(figureSeries(groups, 'month'), 'month', zh)
    expect(o.xAxis.data).toEqual(['2026-11', '2026-12'])
    expect(o.yAxis).toMatchObject({ type: 'value', min: 0, max: 100 })
    expect(o.series.map((x) => [x.type, x.name])).toEqual([['bar', '满意率'], ['line', '回访整改率']])
    expect(o.series[1].data).toEqual([33.3, null])
    // The HTML tooltip writes style attributes, which the console's CSP refuses.
    expect(o.tooltip.renderMode).toBe('richText')
    expect(o.tooltip.valueFormatter(null)).toBe('—')
    expect(o.tooltip.valueFormatter(50)).toBe('50%')
    expect(o.animation).toBe(false)
  })
  it('a group chart lies on its side with names on the left, in English too', () => {
    const o = figureOption(figureSeries([{ department: 'shebao', ratings: 2, satisfaction_rate: 1, rectification_rate: null }], 'department'), 'group', en)
    expect(o.yAxis).toMatchObject({ type: 'category', data: ['shebao'], inverse: true })
    expect(o.xAxis).toMatchObject({ type: 'value', max: 100 })
    expect(o.series.map((x) => [x.type, x.name])).toEqual([['bar', 'Satisfaction'], ['bar', 'Follow-up rate']])
    expect(groupChartHeight(1)).toBe(160)
    expect(groupChartHeight(100)).toBe(640)
  })
})

describe('filters and files', () => {
  const names = {
    points: { '150525203000-01': { name: { zh: '黄花塔拉苏木便民服务中心', en: 'Huanghuatala' } }, '150525200000-01': { name: { zh: '固日班花', en: '' } } },
    departments: { shebao: { name: { zh: '社保', en: 'Social insurance' } }, minzheng: { name: { zh: '民政', en: 'Civil affairs' } } },
  }
  it('a clerk is offered its townships\' points, an officer its departments, a supervisor all', () => {
    const clerk = filterChoices({ role: 'clerk', scope: ['150525203'] }, names, 'en')
    expect(clerk.points).toEqual([{ code: '150525203000-01', label: 'Huanghuatala' }])
    expect(clerk.departments.map((d) => d.code)).toEqual(['minzheng', 'shebao'])
    const officer = filterChoices({ role: 'officer', scope: ['shebao'] }, names, 'zh')
    expect(officer.departments).toEqual([{ code: 'shebao', label: '社保' }])
    expect(officer.points.length).toBe(2)
    const supervisor = filterChoices({ role: 'supervisor', scope: [] }, names, 'en')
    expect(supervisor.points.map((p) => p.label)).toEqual(['固日班花', 'Huanghuatala']) // no English name: the Chinese one
  })
  it('an export is saved under central\'s plain file name, never a path', () => {
    expect(attachmentName('attachment; filename="ratings-20261101-20261130.csv"', 'x')).toBe('ratings-20261101-20261130.csv')
    expect(attachmentName('attachment; filename="../../etc/passwd"', 'ratings.csv')).toBe('ratings.csv')
    expect(attachmentName('', 'ratings.json')).toBe('ratings.json')
  })
  it('a call-back time typed in China time is sent with its offset', () => {
    expect(chinaLocalToIso('2026-12-06T09:30')).toBe('2026-12-06T09:30:00+08:00')
    expect(chinaLocalToIso('')).toBe('')
    expect(chinaLocalToIso('2026-12-06 09:30')).toBe('')
  })
})
