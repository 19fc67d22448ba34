// The TOTP setup's QR code (src/qr.js): a real QR symbol of the otpauth URI, drawn in the page.
import { describe, expect, it } from 'vitest'
import { qrModules } from '../../src/qr.js'

const URI = 'otpauth://totp/JiuJin:clerk-203?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=JiuJin&algorithm=SHA1&digits=6&period=30'

describe('qrModules', () => {
  it('makes a square symbol of a QR version size', () => {
    const rows = qrModules(URI)
    expect(rows.length).toBeGreaterThanOrEqual(21)
    expect((rows.length - 21) % 4).toBe(0)
    expect(rows.every((r) => r.length === rows.length)).toBe(true)
  })
  it('has the three finder patterns (7x7 dark rings with a dark centre)', () => {
    const rows = qrModules(URI)
    const n = rows.length
    for (const [r0, c0] of [[0, 0], [0, n - 7], [n - 7, 0]]) {
      for (let i = 0; i < 7; i++) {
        expect(rows[r0][c0 + i]).toBe(true)
        expect(rows[r0 + 6][c0 + i]).toBe(true)
        expect(rows[r0 + i][c0]).toBe(true)
        expect(rows[r0 + i][c0 + 6]).toBe(true)
      }
      expect(rows[r0 + 1][c0 + 1]).toBe(false)
      expect(rows[r0 + 3][c0 + 3]).toBe(true)
    }
  })
  it('differs for another secret', () => {
    expect(JSON.stringify(qrModules(URI))).not.toBe(JSON.stringify(qrModules(URI.replace('JBSW', 'KBSW'))))
  })
})
