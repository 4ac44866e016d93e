import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compileHints } from './scripts/compile-hints';

// The app is a static site: `public/timeline.json` is served next to it.
export default defineConfig({
  plugins: [react(), compileHints()],
  base: './',
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: 'dist', sourcemap: false },
});
