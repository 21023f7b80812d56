import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [svelte()],
  // Without the browser condition Svelte resolves to its server build and mount() fails.
  resolve: { conditions: ['browser'] },
  // The message catalogue (../locales) is shared with the Rust side.
  server: { fs: { allow: ['..'] } },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test/locales.ts'],
  },
})
