import { describe, expect, it } from 'vitest';
import { splitBlocks } from './blocks';

const blocks = (text: string) => splitBlocks(text, 0).map((b) => text.slice(b.start, b.end));

describe('paragraph blocks', () => {
  it('splits at blank lines and trims each block', () => {
    expect(blocks('Title\n\n  First para.  \n\n\nSecond para.\n')).toEqual(['Title', 'First para.', 'Second para.']);
  });

  it('splits scraped lines that each end a sentence or are headlines', () => {
    expect(blocks('A lede ends here.\nA Headline Line\nAnother paragraph.')).toEqual(['A lede ends here.', 'A Headline Line', 'Another paragraph.']);
  });

  it('joins hard-wrapped lines that continue a sentence', () => {
    expect(blocks('The minister said the plan would\ncontinue next year, and\nMexico agreed.')).toEqual([
      'The minister said the plan would\ncontinue next year, and\nMexico agreed.',
    ]);
  });

  it('marks blocks split from one paragraph with the same paragraph number', () => {
    const raw = splitBlocks('Caption text.\nPhoto: Agency\n\nBody.', 0);
    expect(raw.map((b) => b.paragraph)).toEqual([0, 0, 1]);
  });

  it('starts at the body offset', () => {
    const text = '---\ntitle: x\n---\nBody here.';
    expect(splitBlocks(text, 17).map((b) => text.slice(b.start, b.end))).toEqual(['Body here.']);
  });

  it('keeps scraped one-line paragraphs of similar width apart', () => {
    const lines = [
      'Mexico Rejects Direct Military Intervention Against Drug Cartels Today',
      'The Mexican government rejected the proposal for joint military operations.',
      'Officials said cooperation would be limited to sharing intelligence reports.',
      'The proposal was first presented at the beginning of last year in Washington.',
    ];
    expect(blocks(lines.join('\n'))).toEqual(lines);
  });

  it('joins a paragraph wrapped at a fixed width even where a line ends before a capital', () => {
    const wrapped = [
      'The talks between the two governments resumed this week after a pause of',
      'several months, according to officials who spoke on condition that they',
      'not be named. Foreign Minister Ana Ruiz said the meeting with President',
      'Hale went well.',
    ].join('\n');
    expect(blocks(wrapped)).toEqual([wrapped]);
  });
});
