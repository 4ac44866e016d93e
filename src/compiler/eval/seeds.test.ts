import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { timelineSchema, type Timeline } from '../../schema/timeline';
import { compileCorpus } from '../compile';
import { readDataFiles } from '../io/data-files';
import { readCorpus } from '../io/read-corpus';
import { compileFolder } from './compile-folder';
import { scoreTimeline, type Gold, type Score } from './score';

let timeline: Timeline;
let score: Score;

beforeAll(async () => {
  const gold = JSON.parse(await readFile('data/gold/seeds.json', 'utf8')) as Gold;
  timeline = (await compileFolder('data/documents', 'data')).timeline;
  score = scoreTimeline(timeline, gold);
});

describe('the seed articles against the gold', () => {
  it('compile to a timeline that matches the schema', () => {
    expect(timelineSchema.safeParse(timeline).success).toBe(true);
  });

  it.each([
    ['military-operation', '2026-01-03'],
    ['call', '2026-01-12'],
    ['interview', '2026-01-19'],
    ['call', '2026-01-29'],
  ])('find the January 2026 %s on %s with its exact day', (type, start) => {
    expect(timeline.events.some((e) => e.type === type && e.date.start === start && e.date.precision === 'day')).toBe(true);
  });

  it('recall at least 80% of the gold events', () => {
    expect(score.events.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('invent no dates', () => {
    expect(score.events.invented).toEqual([]);
  });

  it('merge both events reported by two articles', () => {
    expect(score.events.mergedIds).toEqual(['S02', 'S06']);
  });

  it('find every gold quote and attribute at least 90% right', () => {
    expect(score.quotes.missed).toEqual([]);
    expect(score.quotes.attributionAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('cite only spans that are exactly the words of their document', () => {
    expect(score.spans.invalid).toEqual([]);
  });

  it('compile to the same bytes whatever the order of the files', async () => {
    const data = await readDataFiles(process.cwd(), 'data');
    const corpus = await readCorpus({ root: 'data/documents', sources: data.sources });
    const forward = compileCorpus(corpus.documents, data.config).timeline;
    const backward = compileCorpus([...corpus.documents].reverse(), data.config).timeline;
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
  });

  it('follow the story order set in data/curation.yaml', () => {
    expect(timeline.story.map((id) => timeline.events.find((e) => e.id === id)?.date.start)).toEqual(['2026-01-03', '2026-01-12', '2026-01-19', '2026-01-29']);
  });

  it('mark the off-topic related items as not relevant', () => {
    const offTopic = timeline.events.filter((e) => !e.relevant);
    expect(offTopic.length).toBeGreaterThan(0);
    expect(offTopic.every((e) => !/cartel|sovereign|military/iu.test(e.sources.map((s) => s.text).join(' ')))).toBe(true);
  });
});
