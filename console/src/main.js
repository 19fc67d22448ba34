import { createApp } from 'vue'
import App from './App.vue'
import { initLang } from './i18n.js'
import './style.css'

initLang()
createApp(App).mount('#app')
