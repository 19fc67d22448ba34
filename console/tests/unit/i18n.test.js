import { describe, expect, it } from 'vitest'
import { messages } from '../../src/messages.js'
import { translate } from '../../src/i18n.js'

const placeholders = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('translations', () => {
  it('English is complete: the same keys as Chinese, none empty', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.zh).sort())
    for (const [k, v] of Object.entries(messages.en)) expect(v.trim(), k).not.toBe('')
  })
  it('each translation has the placeholders of the Chinese text', () => {
    for (const k of Object.keys(messages.zh)) expect(placeholders(messages.en[k]), k).toEqual(placeholders(messages.zh[k]))
  })
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh', 'clock.left', { n: 3 })).toBe('剩余 3 个工作日')
    expect(translate('en', 'clock.left', {})).toBe('{n} working days left')
  })
  it('every stage and role the API knows has a text', () => {
    for (const s of ['submitted', 'accepted', 'refused', 'correction', 'review', 'approved', 'denied', 'ready_for_pickup', 'delivered'])
      expect(messages.zh[`stage.${s}`], s).toBeTruthy()
    for (const r of ['clerk', 'officer', 'supervisor', 'technician']) expect(messages.en[`role.${r}`], r).toBeTruthy()
  })
})
