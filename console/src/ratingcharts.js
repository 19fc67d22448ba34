// The ECharts options of the 好差评 figures (pure: tests/unit/ratings.test.js). Satisfaction and
// 回访整改率 are percentages on one 0–100 axis; a group without anything to divide by is a gap
// (null), not a 0. Tooltips are drawn on the canvas (renderMode richText): ECharts' HTML tooltip
// writes style attributes, which the console's CSP (no 'unsafe-inline') refuses.

export const COLOURS = { satisfaction: '#0b5cad', rectification: '#1e6b34' }
const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif'

const pct = (v) => (v === null || v === undefined ? '—' : `${v}%`)

/**
 * The option of one chart from figureSeries() @p s: months as columns with satisfaction as bars
 * and the 整改率 as a line (@p kind 'month'), or points / departments as rows of paired bars
 * (@p kind 'group', names on the left where long ones fit). @p t translates.
 */
export function figureOption(s, kind, t) {
  const names = { satisfaction: t('figures.satisfaction'), rectification: t('figures.rectification') }
  const valueAxis = {
    type: 'value', min: 0, max: 100, interval: 25,
    axisLabel: { formatter: '{value}%', fontFamily: FONT },
    splitLine: { lineStyle: { color: '#e3e8ee' } },
  }
  const categoryAxis = {
    type: 'category', data: s.categories,
    axisLabel: { fontFamily: FONT, interval: 0, ...(kind === 'group' ? { width: 150, overflow: 'truncate' } : {}) },
    axisTick: { alignWithLabel: true },
    ...(kind === 'group' ? { inverse: true } : {}),
  }
  const series = [
    {
      name: names.satisfaction, type: 'bar', data: s.satisfaction, itemStyle: { color: COLOURS.satisfaction },
      barMaxWidth: kind === 'group' ? 14 : 28,
    },
    kind === 'month'
      ? { name: names.rectification, type: 'line', data: s.rectification, connectNulls: false, symbolSize: 8, itemStyle: { color: COLOURS.rectification }, lineStyle: { width: 3 } }
      : { name: names.rectification, type: 'bar', data: s.rectification, itemStyle: { color: COLOURS.rectification }, barMaxWidth: 14 },
  ]
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    legend: { top: 0, textStyle: { fontFamily: FONT, fontSize: 13 } },
    tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: pct, axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    xAxis: kind === 'group' ? valueAxis : categoryAxis,
    yAxis: kind === 'group' ? categoryAxis : valueAxis,
    series,
  }
}

/** Pixels a 'group' chart needs for @p rows rows (two bars each), within sensible bounds. */
export function groupChartHeight(rows) {
  return Math.max(160, Math.min(640, 70 + rows * 44))
}
