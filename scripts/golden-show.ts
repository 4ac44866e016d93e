/** Prints the projection and diagnostics of golden cases (to check by hand before writing expected.json). */
import { fileURLToPath } from 'node:url';
import { compileCase, project } from '../src/compiler/golden/golden-case';

const root = fileURLToPath(new URL('../src/compiler/golden/', import.meta.url));
for (const name of process.argv.slice(2)) {
  const timeline = await compileCase(root, name);
  process.stdout.write(`== ${name}\n${JSON.stringify(project(timeline), null, 1)}\n`);
  for (const d of timeline.diagnostics) process.stdout.write(`${d.rule} ${d.severity} ${d.document ?? ''}:${d.line ?? ''} ${d.message}\n`);
}
