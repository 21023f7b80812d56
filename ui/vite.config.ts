import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vite'

// The Tauri shell loads the dev server from devUrl (http://localhost:1420) and the build from ui/dist.
export default defineConfig({
  plugins: [svelte()],
  clearScreen: false,
  server: {
    port: 1420,
    strictPort: true,
    // The message catalogue (../locales) is shared with the Rust side.
    fs: { allow: ['..'] },
  },
  build: {
    rolldownOptions: {
      output: {
        // The Progress view's charts load on first use: ECharts and its renderer (ZRender) as two
        // chunks of their own rather than one large one.
        codeSplitting: {
          groups: [
            { name: 'zrender', test: /node_modules[\\/]zrender[\\/]/ },
            { name: 'echarts', test: /node_modules[\\/]echarts[\\/]/ },
          ],
        },
      },
    },
  },
})
