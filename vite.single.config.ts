/**
 * `npm run build:single`: one self-contained HTML file (scripts, styles and the
 * compiled timeline inlined) for briefing rooms and email; it opens from file://
 * with no network. The data goes into <script type="application/json"
 * id="timeline-data">, which the app's loader reads before fetching anything.
 *
 * CRONOLOGIA_DATA picks another timeline file, CRONOLOGIA_SINGLE_OUT another
 * output folder (the e2e test builds into its own).
 */
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';

const dataPath = process.env['CRONOLOGIA_DATA'] ?? 'public/timeline.json';
const outDir = process.env['CRONOLOGIA_SINGLE_OUT'] ?? 'dist-single';

/**
 * JSON as the text of a script element. `<` is written as \u003c (still the same
 * JSON), so no document text can close the element or open a comment.
 */
export function inlineJson(json: string): string {
  return JSON.stringify(JSON.parse(json))
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function inlineTimeline(): Plugin {
  return {
    name: 'cronologia-inline-timeline',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const json = inlineJson(readFileSync(dataPath, 'utf8'));
        // The data is inline: no early download (public/early-fetch.js is not copied either).
        // Nor the icon: the file travels alone, and a missing icon file would be a failed request.
        const page = html
          .replace(/<script src="[^"]*early-fetch\.js"><\/script>\s*/, '')
          .replace(/<link rel="icon"[^>]*>\s*/, '');
        return { html: page, tags: [{ tag: 'script', attrs: { type: 'application/json', id: 'timeline-data' }, children: json, injectTo: 'body-prepend' }] };
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), viteSingleFile(), inlineTimeline()],
  base: './',
  // Only index.html: no timeline.json or embed.js next to it.
  publicDir: false,
  build: { outDir, emptyOutDir: true, sourcemap: false },
});
