import { describe, expect, it } from 'vitest';
import type { DocumentId } from '../../schema/timeline';
import { classifyBlocks } from './classify-blocks';

function classify(text: string) {
  const result = classifyBlocks({ id: 'd' as DocumentId, path: 'd.txt', format: 'txt', text, bodyStart: 0, meta: {}, diagnostics: [] });
  return { ...result, kinds: result.blocks.map((b) => [text.slice(b.start, b.end).slice(0, 24), b.kind, b.story] as const) };
}

describe('block classification', () => {
  it('treats a related heading near the top as an inline promo and resumes the article after it', () => {
    const body = 'The minister spoke at length about the plan and its costs for the region.';
    const rest = ['trade', 'water', 'schools', 'roads', 'ports', 'health', 'energy', 'police']
      .map((topic) => `On ${topic}, the minister promised a separate review with its own budget and timetable.`)
      .join('\n\n');
    const { kinds } = classify(`Headline Of The Story\n\n${body}\n\nRelated articles\n\nAnother Story Headline Here\n\n${rest}`);
    // The promo is a bare headline (a link), so it is left out; the article resumes after it.
    expect(kinds.map(([, kind]) => kind)).toEqual(['title', 'body', 'meta', 'noise', ...Array<string>(8).fill('body')]);
  });

  it('resumes the article after a box of headline links in mid-article, in Spanish and English', () => {
    const para = (n: number) => `El ministro Pablo Ordaz explicó en el párrafo ${n} que la obra del puerto costará más de lo previsto.`;
    const es = [1, 2, 3, 4, 5, 6].map(para).join('\n\n');
    const after = [7, 8, 9].map(para).join('\n\n');
    const { kinds } = classify(`El puerto sube de precio\n\n${es}\n\nTE RECOMENDAMOS\n\nLa huelga de estibadores cumple un mes\n\nCierran el muelle norte por obras\n\n${after}`);
    expect(kinds.filter(([, kind]) => kind === 'body')).toHaveLength(9);
    expect(kinds.filter(([, kind]) => kind === 'related')).toHaveLength(0);
    const en = [1, 2, 3, 4, 5, 6].map((n) => `Minister Jane Roe said in paragraph ${n} that the port works will cost more than planned.`).join('\n\n');
    const rest = [7, 8].map((n) => `Minister Jane Roe said in paragraph ${n} that the port works will cost more than planned.`).join('\n\n');
    const english = classify(`Port costs rise\n\n${en}\n\nRead more\n\nDockers strike for a month\n\nNorth pier closes for repairs\n\n${rest}`);
    expect(english.kinds.filter(([, kind]) => kind === 'body')).toHaveLength(8);
  });

  it('drops a one-line promo link', () => {
    const { kinds } = classify('Headline Of The Story\n\nRead more: Mexico rejects the offer\n\nThe minister spoke.');
    expect(kinds[1]?.[1]).toBe('noise');
  });

  it('keeps date and time lines above the story as metadata', () => {
    const { kinds } = classify('17 de enero de 2026 | 10:30 hrs\n\nLa presidenta rechaza la oferta\n\nLa presidenta habló.');
    expect(kinds.map(([, kind]) => kind)).toEqual(['meta', 'title', 'body']);
  });

  it('marks a repeated paragraph with different spacing and quote styles as a duplicate', () => {
    const { kinds, diagnostics } = classify('Title Here\n\nHe said “no” to   the plan.\n\nHe said "no" to the plan.');
    expect(kinds.map(([, kind]) => kind)).toEqual(['title', 'body', 'duplicate']);
    expect(diagnostics).toMatchObject([{ rule: 'duplicate-paragraph', severity: 'info', line: 5, column: 1 }]);
  });

  it('falls back to the first sentence for a title when the text is one paragraph', () => {
    const { title } = classify(`Officials met in the capital on Monday to discuss the plan. ${'More words follow here. '.repeat(20)}`);
    expect(title).toBe('Officials met in the capital on Monday to discuss the plan.');
  });

  it('leaves a reader comment thread out, from its heading to the end of the page', () => {
    const body = 'The minister spoke at length about the plan and its costs for the region, aides said.';
    const text = `Port plan unveiled\n\n${body}\n\n${body.replace('plan', 'budget')}\n\n${body.replace('plan', 'levy')}\n\nComments (12)\n\n**dockfan77** · 3h\n\nThe minister said last year the port would never close. Typical.\n\nComentarios`;
    const { kinds, diagnostics } = classify(text);
    expect(kinds.slice(-4).map(([, kind]) => kind)).toEqual(['noise', 'noise', 'noise', 'noise']);
    expect(kinds.filter(([, kind]) => kind === 'body')).toHaveLength(3);
    expect(diagnostics.some((d) => d.rule === 'noise-block' && d.message.includes('reader comments'))).toBe(true);
  });

  it('keeps a "Comments" button near the top of the page from swallowing the article', () => {
    const body = 'The minister spoke at length about the plan and its costs for the region, aides said.';
    const { kinds } = classify(`Port plan unveiled\n\nComments\n\n${body}\n\n${body.replace('plan', 'budget')}\n\n${body.replace('plan', 'levy')}`);
    expect(kinds.filter(([, kind]) => kind === 'body')).toHaveLength(3);
  });

  it('keeps related items with story text as their own stories but leaves a list of bare headlines out', () => {
    const body = 'The minister spoke at length about the plan and its costs for the region, aides said.';
    const stories = classify(`Port plan unveiled\n\n${body}\n\n${body.replace('plan', 'budget')}\n\nTe recomendamos\n\nEl puerto reabre\n\nLa ministra Ana Ruiz anunció el viernes la reapertura de los muelles del puerto.\n\nHuelga en el puerto\n\nLos estibadores votaron el lunes continuar la huelga durante otra semana.`);
    expect(stories.kinds.filter(([, kind]) => kind === 'related').map(([, , story]) => story)).toEqual([1, 1, 2, 2]);
    const links = classify(`Port plan unveiled\n\n${body}\n\n${body.replace('plan', 'budget')}\n\nTE RECOMENDAMOS\n\n- El puerto reabre tras la huelga\n\n- Ellos son los estibadores detenidos en mayo`);
    expect(links.kinds.slice(-2).map(([, kind]) => kind)).toEqual(['noise', 'noise']);
  });

  it('leaves a comment form after a related block out as noise, not as a related story', () => {
    const body = 'The minister spoke at length about the plan and its costs for the region, aides said.';
    const { kinds } = classify(`Port plan unveiled\n\n${body}\n\n${body.replace('plan', 'budget')}\n\nRelated:\nDockworkers vow to keep striking\nSenators demand an inquiry\n\nLeave a Reply\nYou must be logged in to post a comment.`);
    expect(kinds.filter(([text]) => text.startsWith('Leave a') || text.startsWith('You must')).map(([, kind]) => kind)).toEqual(['noise', 'noise']);
    // Bare headlines with no story text are a list of links: left out, like the form.
    expect(kinds.filter(([text]) => text.startsWith('Dockworkers')).map(([, kind]) => kind)).toEqual(['noise']);
    expect(kinds.some(([, kind]) => kind === 'related')).toBe(false);
  });
});

describe('headline lists pointing to other articles', () => {
  const story = [
    'The harbour master, Lena Voss, said the cranes had been idle for a week while the union and the port authority argued over overtime pay.',
    'Voss added that the authority would publish its own figures on Monday, and that shipping lines had already begun diverting cargo to other ports.',
  ].join('\n\n');

  it('leaves out a "Related Articles" list of bare headlines followed by an update note, with an info diagnostic', () => {
    const text = `Port Cranes Stand Idle\n\n${story}\n\nRelated Articles\nVoss Says More Closures Are Coming\nUnion Rejects 'Final' Offer in Harbour Talks\n\nUpdate: This article has been updated with additional information.`;
    const { kinds, diagnostics } = classify(text);
    expect(kinds.filter(([, kind]) => kind === 'body' || kind === 'related')).toHaveLength(2);
    expect(diagnostics.some((d) => d.severity === 'info' && d.message.includes('Voss Says More Closures'))).toBe(true);
  });

  it('leaves out a "Te recomendamos:" list whose last headline is a question', () => {
    const es = [
      'La capitana del puerto, Inés Robles, dijo que las grúas llevan una semana paradas mientras el sindicato y la autoridad portuaria discuten el pago de horas extra.',
      'Robles añadió que la autoridad publicará sus propias cifras el lunes y que varias navieras ya desvían carga a otros puertos del golfo.',
    ].join('\n\n');
    const { kinds } = classify(`Grúas paradas en el puerto\n\n${es}\n\nTe recomendamos:\nRobles pide auditoría al sindicato\n¿Qué es una huelga de brazos caídos?`);
    expect(kinds.filter(([, kind]) => kind === 'body' || kind === 'related')).toHaveLength(2);
  });

  it('keeps the summaries of a related block that are real paragraphs', () => {
    const text = `Port Cranes Stand Idle\n\n${story}\n\nRelated Articles\n\nDock workers in a northern port walked out on Friday after talks on overtime pay collapsed, the union said.`;
    const { kinds } = classify(text);
    expect(kinds.some(([, kind]) => kind === 'related')).toBe(true);
  });
});
