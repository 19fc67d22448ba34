// QR codes drawn in the browser (qrcode-generator, MIT, no dependencies): the otpauth:// URI of a
// TOTP setup never leaves the page for an image service, and a canvas needs no inline style or
// script (the CSP allows neither).
import qrcode from 'qrcode-generator'

/** The dark modules of @p text as rows of booleans (error correction M). */
export function qrModules(text) {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  const n = qr.getModuleCount()
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)))
}

/** Draws @p text's QR code on @p canvas, @p cell pixels a module, with the quiet zone of four. */
export function drawQr(canvas, text, cell = 5) {
  const rows = qrModules(text)
  const size = (rows.length + 8) * cell
  canvas.width = size
  canvas.height = size
  const g = canvas.getContext('2d')
  g.fillStyle = '#fff'
  g.fillRect(0, 0, size, size)
  g.fillStyle = '#000'
  rows.forEach((row, r) => row.forEach((dark, c) => { if (dark) g.fillRect((c + 4) * cell, (r + 4) * cell, cell, cell) }))
}
