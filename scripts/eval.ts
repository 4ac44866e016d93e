/**
 * `npm run eval`: compiles the seed articles with the project's data files and
 * scores them against data/gold/seeds.json (see data/gold/README.md).
 */
import { readFile } from 'node:fs/promises';
import { compileFolder } from '../src/compiler/eval/compile-folder';
import { formatScore, scoreTimeline, type Gold } from '../src/compiler/eval/score';

const gold = JSON.parse(await readFile('data/gold/seeds.json', 'utf8')) as Gold;
const { timeline } = await compileFolder('data/documents', 'data');
const score = scoreTimeline(timeline, gold);
process.stdout.write(`${formatScore(score)}\n`);
if (process.argv.includes('--verbose')) {
  for (const e of timeline.events) {
    process.stdout.write(`${e.date.start ?? '----'} ${e.date.precision.padEnd(7)} ${e.date.basis.padEnd(8)} ${e.type.padEnd(18)} ${e.relevant ? ' ' : '-'} [${e.actors.join(', ')}] ${e.title} {${e.sources.map((s) => s.document).join(', ')}}\n`);
  }
  for (const [g, ids] of Object.entries(score.events.matches)) process.stdout.write(`${g}: ${ids.join(' ')}\n`);
}
