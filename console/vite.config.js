// The console is served by central's front at /console/ under a Content-Security-Policy without
// inline script or style (sync/gateway/frontproxy.h): everything is a file of this origin.
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  base: '/console/',
  plugins: [vue()],
  build: {
    outDir: process.env.JIUJIN_CONSOLE_OUT || 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    target: 'es2022',
    // The figures page's chunk is Apache ECharts (bar, line, grid, legend, tooltip, canvas:
    // about 540 KB, 180 KB gzipped), loaded only when that page opens.
    chunkSizeWarningLimit: 600,
  },
  test: {
    include: ['tests/unit/**/*.test.js'],
  },
})
