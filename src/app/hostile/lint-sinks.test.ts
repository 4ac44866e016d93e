/**
 * The lint rule that bans HTML sinks must not silently disappear: ESLint, run
 * with the project's own config, reports each sink in a probe file, and lints the
 * host-page script public/embed.js too.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const PROBES: [string, string][] = [
  ['innerHTML =', 'export function f(el: HTMLElement, s: string) { el.innerHTML = s; }'],
  ['outerHTML =', 'export function f(el: HTMLElement, s: string) { el.outerHTML = s; }'],
  ['insertAdjacentHTML', "export function f(el: HTMLElement, s: string) { el.insertAdjacentHTML('beforeend', s); }"],
  ['d3 .html()', 'export function f(sel: { html: (s: string) => void }, s: string) { sel.html(s); }'],
  ['document.write', 'export function f(s: string) { document.write(s); }'],
  ['Range.createContextualFragment', 'export function f(r: Range, s: string) { return r.createContextualFragment(s); }'],
];

describe('the HTML-sink lint rule', () => {
  it.each(PROBES)('reports %s in app code', async (_name, code) => {
    const ids = await ruleIds(code, 'src/app/hostile/probe.ts');
    expect(ids.some((id) => id.startsWith('no-unsanitized/') || id === 'no-restricted-properties')).toBe(true);
  });

  it('reports dangerouslySetInnerHTML in a component', async () => {
    const ids = await ruleIds('export const C = (p: { s: string }) => <div dangerouslySetInnerHTML={{ __html: p.s }} />;', 'src/app/hostile/probe.tsx');
    expect(ids).toContain('no-restricted-syntax');
  });

  it('accepts text rendering', async () => {
    const ids = await ruleIds('export function f(el: HTMLElement, s: string) { el.textContent = s; }', 'src/app/hostile/probe.ts');
    expect(ids).toEqual([]);
  });

  it('lints public/embed.js, with the same ban', async () => {
    expect(await eslint.isPathIgnored('public/embed.js')).toBe(false);
    const ids = await ruleIds('(function () { var d = document.createElement("div"); d.innerHTML = location.hash; })();', 'public/embed.js');
    expect(ids.some((id) => id === 'no-unsanitized/property' || id === 'no-restricted-properties')).toBe(true);
  });
});
