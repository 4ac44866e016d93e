/**
 * `npm run eval:heldout [-- --docs DIR --gold FILE --verbose]`: compiles a
 * held-out corpus (default data/heldout/documents) with the project's data
 * files and scores it against its gold (default data/heldout/gold.json),
 * reusing the seeds' scorer (see data/gold/README.md for the rules).
 */
import { readFile } from 'node:fs/promises';
import { compileFolder } from '../src/compiler/eval/compile-folder';
import { formatScore, scoreTimeline, type Gold } from '../src/compiler/eval/score';
import { formatUnmatched } from '../src/compiler/eval/unmatched-report';
import { formatUnmerged } from '../src/compiler/eval/unmerged-report';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i !== -1 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

const docs = arg('--docs', 'data/heldout/documents');
const goldPath = arg('--gold', 'data/heldout/gold.json');
const gold = JSON.parse(await readFile(goldPath, 'utf8')) as Gold;
const { timeline } = await compileFolder(docs, 'data');
const score = scoreTimeline(timeline, gold);
process.stdout.write(`${formatScore(score)}\n`);
if (process.argv.includes('--verbose')) {
  const docName = new Map(timeline.documents.map((d) => [d.id, d.path]));
  for (const e of timeline.events) {
    process.stdout.write(`${e.id} ${e.date.start ?? '----'} ${e.date.precision.padEnd(7)} ${e.date.basis.padEnd(8)} ${e.type.padEnd(18)} ${e.relevant ? ' ' : '-'} [${e.actors.join(', ')}] ${e.title} {${e.sources.map((s) => docName.get(s.document) ?? s.document).join(', ')}}\n`);
  }
  for (const [g, ids] of Object.entries(score.events.matches)) process.stdout.write(`${g}: ${ids.join(' ')}\n`);
  process.stdout.write(`${formatUnmerged(timeline, gold, score.events)}\n`);
  process.stdout.write(`${formatUnmatched(timeline, score.events)}\n`);
  for (const q of timeline.quotes) {
    process.stdout.write(`Q ${docName.get(q.source.document) ?? q.source.document} [${q.speaker ?? 'null'}] ${q.date?.start ?? '----'} ${q.text.slice(0, 70).replace(/\s+/g, ' ')}\n`);
  }
}
