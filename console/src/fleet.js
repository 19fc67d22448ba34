// Helpers of the fleet page: pure functions (tests/unit/fleet.test.js).

/** Certificate days left under this are shown red: time to renew, or to find out why not. */
export const CERT_WARN_DAYS = 30

/** A duration in seconds as "45 分钟" / "3 小时" / "2 天" through @p t ('dur.*' keys); '—' for none. */
export function ageText(seconds, t) {
  if (seconds == null) return '—'
  if (seconds < 60) return t('dur.none')
  if (seconds < 3600) return t('dur.minutes', { n: Math.floor(seconds / 60) })
  if (seconds < 86400) return t('dur.hours', { n: Math.floor(seconds / 3600) })
  return t('dur.days', { n: Math.floor(seconds / 86400) })
}

/** How a device's certificate reads: {text, tone} with tone 'bad' (red: under CERT_WARN_DAYS or
 *  past) or 'ok'; @p t the translator. */
export function certText(daysLeft, t) {
  if (daysLeft == null) return { text: '—', tone: 'none' }
  if (daysLeft < 0) return { text: t('fleet.certExpired'), tone: 'bad' }
  return { text: t('fleet.certDays', { n: daysLeft }), tone: daysLeft < CERT_WARN_DAYS ? 'bad' : 'ok' }
}

/** What `jiujinctl enroll` needs on the kiosk, for the token dialog to show (the pin is central's
 *  key pin from `jiujin-gateway init`, which the page does not know). */
export function enrollCommand(token, origin) {
  return `jiujinctl enroll --token ${token} --gateway ${origin} --pin sha256//…`
}
