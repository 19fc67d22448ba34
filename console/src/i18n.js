// The console's language: Chinese first, English complete; the choice (not personal data) is
// kept in localStorage.
import { reactive } from 'vue'
import { messages } from './messages.js'

export const locale = reactive({ lang: 'zh' })

/** The text of @p key in @p lang with {placeholders} filled from @p params. */
export function translate(lang, key, params = {}) {
  const table = messages[lang] || messages.zh
  const text = table[key] ?? messages.zh[key] ?? key
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m))
}

export function t(key, params) {
  return translate(locale.lang, key, params)
}

export function setLang(lang) {
  locale.lang = lang === 'en' ? 'en' : 'zh'
  document.documentElement.lang = locale.lang === 'en' ? 'en' : 'zh-CN'
  document.title = t('app.title')
  try {
    localStorage.setItem('jiujin.console.lang', locale.lang)
  } catch {
    // storage refused: the choice lasts for this page only
  }
}

export function initLang() {
  let saved = null
  try {
    saved = localStorage.getItem('jiujin.console.lang')
  } catch {
    saved = null
  }
  setLang(saved || 'zh')
}
