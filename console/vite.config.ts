import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import AutoImport from 'unplugin-auto-import/vite'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { fileURLToPath, URL } from 'node:url'

// Dev server: `npm run dev` proxies /api to a server started with `./hotline demo` (HOTLINE_DEV_API to change it).
const api = process.env.HOTLINE_DEV_API ?? 'http://localhost:8080'

export default defineConfig({
  plugins: [
    vue(),
    // Element Plus on demand: only the components and services used are bundled (first load budget)
    AutoImport({ resolvers: [ElementPlusResolver()], dts: 'src/auto-imports.d.ts' }),
    Components({ resolvers: [ElementPlusResolver()], dts: 'src/components.d.ts' }),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    outDir: 'target/classes/webroot',
    emptyOutDir: true,
    target: 'chrome87',
    chunkSizeWarningLimit: 800,
  },
  server: { proxy: { '/api': { target: api, changeOrigin: false } } },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.spec.ts'],
    // Element Plus's ES modules import their CSS: let Vite transform them instead of Node
    server: { deps: { inline: ['element-plus'] } },
  },
})
