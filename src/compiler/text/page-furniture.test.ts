import { describe, expect, it } from 'vitest';
import type { DocumentId } from '../../schema/timeline';
import type { SourceDocument } from '../model';
import { cleanDocument } from './clean-document';
import { chooseTitleBlock } from './title';

function source(text: string): SourceDocument {
  return { id: 'd' as DocumentId, path: 'd.txt', format: 'txt', text, bodyStart: 0, meta: {}, diagnostics: [] };
}

/** Each block's first words and kind. */
function kinds(text: string): [string, string][] {
  const doc = cleanDocument(source(text));
  return doc.blocks.map((b) => [text.slice(b.start, b.end).slice(0, 30), b.kind]);
}

const kindOf = (text: string, line: string): string | undefined => kinds(text).find(([t]) => line.startsWith(t))?.[1];

const body = 'The port of Puerto Nieve reopened on Friday after three weeks of strikes by dockworkers, the harbour board said in a statement.';
const cuerpo = 'El puerto de Valdora reabrió el viernes tras tres semanas de huelga de estibadores, informó la junta portuaria en un comunicado.';

describe('page furniture of new genres', () => {
  it('leaves video captions and a markets ticker line out, in English and Spanish', () => {
    const page = `Port reopens after long strike\n\nVIDEO: Dockers return to the north pier (Harbor 5)\n\nIn this article: HRBR · PNV=X\n\n${body}\n\nVIDEO | Así fue la asamblea: "No volveremos a parar"\n\n${body}`;
    expect(kindOf(page, 'VIDEO: Dockers return to the north pier (Harbor 5)')).toBe('noise');
    expect(kindOf(page, 'In this article: HRBR · PNV=X')).toBe('noise');
    expect(kindOf(page, 'VIDEO | Así fue la asamblea: "No volveremos a parar"')).toBe('noise');
    expect(cleanDocument(source(`Port reopens after long strike\n\nVideo footage showed the dockers returning to work on Friday.\n\n${body}`)).blocks[1]?.kind).toBe('body');
  });

  it('leaves a header summary box and its bullets out, but not a bulleted list inside the story', () => {
    const page = `Port reopens after long strike\n\n**Key takeaways**\n\n- The harbour board reopened the port after three weeks.\n\n- Dockers won a raise of 4%.\n\n${body}\n\nWhat to know\n\n- The north pier stays shut until May.`;
    const found = kinds(page);
    expect(found.filter(([, k]) => k === 'noise').map(([t]) => t)).toEqual(['**Key takeaways**', '- The harbour board reopened t', '- Dockers won a raise of 4%.']);
    expect(kindOf(page, '- The north pier stays shut until May.')).toBe('body');
    const es = kinds(`Reabre el puerto de Valdora\n\nResumen:\n\n- La junta reabrió el puerto\n\n- Los estibadores logran un aumento\n\n${cuerpo}`);
    expect(es.filter(([, k]) => k === 'noise')).toHaveLength(3);
  });

  it('takes a menu bar of several-word items, a byline with a colon or a role, a desk byline and a stamp with its reading time as page metadata', () => {
    const page = `Harbor 5 News\n\nPuerto Nieve | Las Dunas | Weather | Watch Live\n\nPort reopens after long strike\n\nby: Jane Roe\n\nAna Ruiz · Reporter\n\nSTAFF WRITER\n\nRedacción AN / PN\n\nThu, May 6, 2027 at 10:32 AM EST · 4 min read\n\n${body}`;
    for (const line of ['Puerto Nieve | Las Dunas | Weather | Watch Live', 'by: Jane Roe', 'Ana Ruiz · Reporter', 'STAFF WRITER', 'Redacción AN / PN', 'Thu, May 6, 2027 at 10:32 AM EST · 4 min read']) {
      expect(kindOf(page, line), line).toBe('meta');
    }
    const doc = cleanDocument(source(page));
    expect(doc.published).toEqual({ year: 2027, month: 5, day: 6 });
    // A menu bar's first item is a place, not the outlet; the channel's name with its number is.
    expect(doc.outlet).toBe('Harbor 5 News');
  });

  it('reads a brand name joined to figures as the outlet, but not a page number', () => {
    expect(cleanDocument(source(`puerto24\n\nReabre el puerto de Valdora tras la larga huelga\n\nPor Redacción puerto24 | Ana Ruiz\n\n${cuerpo}`)).outlet).toBe('puerto24');
    expect(cleanDocument(source(`Port reopens after long strike\n\nA8\n\n${body}`)).outlet).toBeNull();
  });

  it('leaves a keywords line and an "In case you missed it" box out', () => {
    const page = `Port reopens after long strike\n\n${body}\n\n${body.replace('Friday', 'Monday')}\n\nKEYWORDS\n\nPuerto Nieve, ports, strikes\n\nIN CASE YOU MISSED IT\n\nDockers vote on a new contract\n\nHarbour board names a new chair`;
    expect(kinds(page).slice(-5).map(([, k]) => k)).toEqual(['meta', 'noise', 'meta', 'noise', 'noise']);
  });
});

describe('a social thread', () => {
  it("takes a post's reply buttons and prompts as furniture and its author lines as metadata", () => {
    const post = '1/ Harbour board chair Vera Olmos is testifying before the Assembly on the strike this morning. Room is packed.';
    const page = `Thread: Olmos before the Assembly\n\n${post}\n\n12 reposts 31 likes\n\n${post.replace('1/', '2/')}\n\n1.2K likes · 340 replies\n\nReply\n\nIvo Brask @ivobrask.social · 2h\n\nThat exchange is the clip of the day\n\nEverybody can reply`;
    expect(kindOf(page, 'Reply')).toBe('noise');
    expect(kindOf(page, 'Everybody can reply')).toBe('noise');
    expect(kindOf(page, 'Ivo Brask @ivobrask.social · 2h')).toBe('meta');
    expect(kindOf(page, post)).toBe('body');
  });
});

describe('a site tagline under the site name', () => {
  const candidates = (texts: string[]) => texts.map((text, index) => ({ index, text, skippable: false }));

  it('skips a tagline and a section label between the site name and the headline', () => {
    expect(chooseTitleBlock(candidates(['Harbor Wire', 'Harbour news without borders', 'Ports and Trade', "Valdora: harbour board reopens the port, warns of 'a long summer'", 'Body.']))).toBe(3);
  });

  it('keeps a headline of a few words under a site name when no section label follows it', () => {
    expect(chooseTitleBlock(candidates(['Harbor Wire', 'Port of Valdora reopens today', 'The harbour board reopened the port of Valdora on Friday after three weeks of strikes.']))).toBe(1);
  });
});
