import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/** V8's explicit compile hint (Chromium 136+): compile every function of the file eagerly. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * Marks the code the first render runs (the entry chunk and the chunks it imports
 * statically) with V8's explicit compile hint, so Chromium compiles its functions
 * on the background thread while the file streams in, instead of one by one on the
 * main thread the first time each is called (during start-up and the first render).
 * Lazy chunks are left to lazy compilation. Other engines read it as a comment.
 */
export function compileHints(): Plugin {
  return {
    name: 'cronologia-compile-hints',
    apply: 'build',
    generateBundle: {
      // After Vite's own hook, which still prepends its preload map to the entry.
      order: 'post',
      handler(_options, bundle) {
        const eager = new Set<string>();
        const visit = (name: string): void => {
          const chunk = bundle[name];
          if (eager.has(name) || chunk?.type !== 'chunk') return;
          eager.add(name);
          chunk.imports.forEach(visit);
        };
        for (const [name, chunk] of Object.entries(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) visit(name);
        for (const name of eager) {
          const chunk = bundle[name];
          if (chunk?.type !== 'chunk') continue;
          chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
        }
      },
    },
  };
}


// The app is a static site: `public/timeline.json` is served next to it.
export default defineConfig({
  plugins: [react(), compileHints()],
  base: './',
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { outDir: 'dist', sourcemap: false },
});
