/**
 * Golden cases: one folder per behaviour. `input/documents/` holds the articles
 * and `input/` the optional data files (actors, project, curation, sources; the
 * shared golden/actors.yaml when a case has none). `expected.json` is a
 * hand-checked projection of the output (events and quotes by names and dates,
 * never raw offsets) and `expected-diagnostics.txt` lists `rule severity
 * [file[:line]]` lines. Every case must produce exactly its warnings and errors,
 * and the infos it lists; a `warn-*` case must produce at least one warning.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import nodePath from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { timelineSchema, type Diagnostic } from '../../schema/timeline';
import { compileCase, project, type Projection } from './golden-case';

const root = fileURLToPath(new URL('./', import.meta.url));
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(nodePath.join(root, d.name, 'expected.json')))
  .map((d) => d.name)
  .sort();

function diagnosticLine(d: Diagnostic, withPlace: boolean): string {
  const file = d.document === null ? '' : nodePath.basename(d.document);
  return withPlace ? `${d.rule} ${d.severity} ${file}${d.line === null ? '' : `:${d.line}`}` : `${d.rule} ${d.severity}`;
}

describe('golden cases', () => {
  it('exist', () => expect(cases.length).toBeGreaterThanOrEqual(8));

  for (const name of cases) {
    describe(name, async () => {
      const timeline = await compileCase(root, name);
      const expected = JSON.parse(readFileSync(nodePath.join(root, name, 'expected.json'), 'utf8')) as Projection;
      const expectedDiagnostics = readFileSync(nodePath.join(root, name, 'expected-diagnostics.txt'), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));

      it('validates against the output schema', () => {
        expect(timelineSchema.safeParse(timeline).success).toBe(true);
      });

      it('gives the expected events and quotes', () => {
        expect(project(timeline)).toEqual(expected);
      });

      it('gives exactly the expected warnings and errors, and the listed infos', () => {
        const matches = (d: Diagnostic, line: string): boolean => diagnosticLine(d, line.split(' ').length > 2) === line;
        const left = [...timeline.diagnostics];
        const missing: string[] = [];
        for (const line of expectedDiagnostics) {
          const i = left.findIndex((d) => matches(d, line));
          if (i === -1) missing.push(line);
          else left.splice(i, 1);
        }
        const unexpected = left.filter((d) => d.severity !== 'info').map((d) => `${diagnosticLine(d, true)} ${d.message}`);
        expect({ missing, unexpected }).toEqual({ missing: [], unexpected: [] });
        if (name.startsWith('warn-')) expect(timeline.diagnostics.some((d) => d.severity === 'warning')).toBe(true);
      });
    });
  }
});
