import { describe, expect, it } from 'vitest'
import { ageText, certText, enrollCommand } from '../../src/fleet.js'
import { translate } from '../../src/i18n.js'

const zh = (key, params) => translate('zh', key, params)
const en = (key, params) => translate('en', key, params)

describe('fleet helpers', () => {
  it('reads pending ages in the largest whole unit', () => {
    expect(ageText(null, zh)).toBe('—')
    expect(ageText(30, zh)).toBe(zh('dur.none'))
    expect(ageText(5400, zh)).toBe('1 小时')
    expect(ageText(2 * 86400 + 5, en)).toBe('2 days')
    expect(ageText(600, en)).toBe('10 min')
  })
  it('marks certificates red under 30 days and once past', () => {
    expect(certText(29, zh).tone).toBe('bad')
    expect(certText(30, zh).tone).toBe('ok')
    expect(certText(-1, en)).toEqual({ text: 'expired', tone: 'bad' })
    expect(certText(null, zh).tone).toBe('none')
    expect(certText(364, zh).text).toBe('364 天')
  })
  it('gives the enroll command', () => {
    expect(enrollCommand('abc', 'https://central:8443')).toBe('jiujinctl enroll --token abc --gateway https://central:8443 --pin sha256//…')
  })
})
