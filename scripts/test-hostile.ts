/**
 * `npm run test:hostile`: runs every hostile-input case of issue 5 against the
 * compiler and prints a table (case | expected ending | outcome | pass/fail).
 * Exits non-zero when any case fails. HOSTILE_MANY_FILES sets the size of the
 * end-to-end many-files build (default 2,000; the read-only case always uses
 * 100,000); HOSTILE_RUNS sets the number of property runs; HOSTILE_ONLY=id,id
 * runs a subset.
 */
import { hostileCases } from '../src/compiler/hostile/cases';

const only = process.env.HOSTILE_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);
const cases = only ? hostileCases.filter((c) => only.includes(c.id)) : hostileCases;

interface Row {
  id: string;
  group: string;
  expected: string;
  outcome: string;
  pass: boolean;
  seconds: string;
  note: string;
}

const rows: Row[] = [];
const started = performance.now();
for (const testCase of cases) {
  const t0 = performance.now();
  const result = await testCase.run();
  const pass = result.outcome === testCase.expected && result.problems.length === 0;
  const row: Row = {
    id: testCase.id + (testCase.semantic ? ' *' : ''),
    group: testCase.group,
    expected: testCase.expected,
    outcome: result.outcome,
    pass,
    seconds: ((performance.now() - t0) / 1000).toFixed(1),
    note: result.problems.join('; ').replace(/\s+/g, ' ').slice(0, 160),
  };
  rows.push(row);
  process.stderr.write(`${pass ? 'pass' : 'FAIL'} ${testCase.id} (${row.seconds}s)\n`);
}

const headers = ['case', 'group', 'expected ending', 'outcome', 'result', 'time (s)'] as const;
const cells = rows.map((r) => [r.id, r.group, r.expected, r.outcome, r.pass ? 'pass' : 'FAIL', r.seconds]);
const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
const line = (values: readonly string[]): string => `| ${values.map((v, i) => v.padEnd(widths[i] ?? 0)).join(' | ')} |`;
const out = [line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)];
const failures = rows.filter((r) => !r.pass);
out.push('', `${rows.length - failures.length}/${rows.length} cases pass in ${((performance.now() - started) / 1000).toFixed(0)} s.  * = needs the extraction stages (dates, quotes, speakers, merging).`);
for (const f of failures) out.push(`FAIL ${f.id}: ${f.note || `ended ${f.outcome}, expected ${f.expected}`}`);
process.stdout.write(`${out.join('\n')}\n`);
process.exitCode = failures.length > 0 ? 1 : 0;
