import { describe, expect, it } from 'vitest';
import { estimateWidth, placeLabels, truncate, type PlaceInput } from './label-placement';

const opts = { rows: 2, radius: 6, gap: 4, width: 600, charWidth: 6, minChars: 5, badgeWidth: (n: number) => 14 + String(n).length * 7 };

function extents(items: PlaceInput[], result: ReturnType<typeof placeLabels>) {
  const byId = new Map(items.map((i) => [i.id, i]));
  return result.placed.map((p) => {
    const it = byId.get(p.id) as PlaceInput;
    const w = p.labelChars * 6;
    const a = p.label === 'left' ? it.x0 - 6 - 4 - w : it.x0 - 6;
    const b = p.label === 'right' ? Math.max(it.x1, it.x0 + 6 + 4 + w) : Math.max(it.x1, it.x0 + 6);
    return { row: p.row, a, b, id: p.id };
  });
}

describe('label placement', () => {
  it('labels every mark when there is room', () => {
    const items = [0, 1, 2].map((i) => ({ id: `e${i}`, x0: 20 + i * 200, x1: 20 + i * 200, labelChars: 20, priority: 1 }));
    const r = placeLabels(items, opts);
    expect(r.placed.every((p) => p.label !== null && p.labelChars === 20)).toBe(true);
    expect(r.clusters).toEqual([]);
  });

  it('never lets two marks or labels on a row overlap', () => {
    const items: PlaceInput[] = Array.from({ length: 80 }, (_, i) => ({
      id: `e${i}`,
      x0: (i * 37) % 590,
      x1: ((i * 37) % 590) + (i % 5 === 0 ? 40 : 0),
      labelChars: 6 + (i % 7) * 3,
      priority: i % 3,
    }));
    const r = placeLabels(items, opts);
    const boxes = extents(items, r);
    for (const a of boxes) {
      for (const b of boxes) {
        if (a !== b && a.row === b.row) expect(a.b <= b.a || b.b <= a.a).toBe(true);
      }
    }
    expect(boxes.every((b) => b.a >= -6 && b.b <= 600)).toBe(true);
  });

  it('collapses what does not fit into counted clusters, losing nothing', () => {
    const items = Array.from({ length: 10 }, (_, i) => ({ id: `e${i}`, x0: 300, x1: 300, labelChars: 14, priority: 0 }));
    const r = placeLabels(items, opts);
    expect(r.placed).toHaveLength(2);
    expect(r.clusters).toHaveLength(1);
    expect(r.clusters[0]?.ids).toHaveLength(8);
    const all = [...r.placed.map((p) => p.id), ...r.clusters.flatMap((c) => c.ids)].sort();
    expect(all).toEqual(items.map((i) => i.id).sort());
  });

  it('gives the label to the event with the most sources', () => {
    const items = [
      { id: 'minor', x0: 100, x1: 100, labelChars: 30, priority: 1 },
      { id: 'major', x0: 110, x1: 110, labelChars: 30, priority: 5 },
    ];
    const r = placeLabels(items, { ...opts, rows: 1 });
    expect(r.placed.map((p) => p.id)).toEqual(['major']);
  });

  it('shortens a label to the room left before the next mark', () => {
    const items = [
      { id: 'a', x0: 100, x1: 100, labelChars: 40, priority: 1 },
      { id: 'b', x0: 200, x1: 200, labelChars: 40, priority: 1 },
    ];
    const r = placeLabels(items, { ...opts, rows: 1 });
    const a = r.placed.find((p) => p.id === 'a');
    expect(a?.label).toBe('right');
    expect(a?.labelChars).toBeGreaterThan(5);
    expect(a?.labelChars).toBeLessThan(40);
  });

  it('spreads neighbouring marks over the rows to leave room for their labels', () => {
    const items = [0, 1, 2, 3].map((i) => ({ id: `e${i}`, x0: 100 + i * 30, x1: 100 + i * 30, labelChars: 15, priority: 0 }));
    const r = placeLabels(items, { ...opts, rows: 4 });
    expect(new Set(r.placed.map((p) => p.row)).size).toBe(4);
    expect(r.placed.every((p) => p.labelChars === 15)).toBe(true);
  });

  it('puts the label on the left near the right edge', () => {
    const r = placeLabels([{ id: 'e', x0: 590, x1: 590, labelChars: 16, priority: 0 }], opts);
    expect(r.placed[0]?.label).toBe('left');
  });

  it('keeps cluster badges apart', () => {
    const items = Array.from({ length: 60 }, (_, i) => ({ id: `e${i}`, x0: i * 4, x1: i * 4, labelChars: 8, priority: 0 }));
    const r = placeLabels(items, { ...opts, rows: 1 });
    for (let i = 1; i < r.clusters.length; i++) {
      const a = r.clusters[i - 1];
      const b = r.clusters[i];
      if (!a || !b) continue;
      expect(b.x - a.x).toBeGreaterThanOrEqual((opts.badgeWidth(a.ids.length) + opts.badgeWidth(b.ids.length)) / 2);
    }
  });

  it('shortens long and hostile text without splitting characters', () => {
    expect(truncate('x'.repeat(5000), 40)).toHaveLength(40);
    const zalgo = 'Z̷̡̛a̶͎͝l̵̰̾g̸͚̈́o̵̖͐ text';
    expect(truncate(zalgo, 3)).toBe('Z̷̡̛a̶͎͝…');
    expect(truncate('🇲🇽🇺🇸🇲🇽', 2)).toBe('🇲🇽…');
    expect(estimateWidth('abc', 10)).toBeGreaterThan(0);
  });

  it('keeps a decomposed accent, a Hangul syllable in jamo and a Thai vowel with their letter at the cut', () => {
    expect(truncate('Jose\u0301 Mari\u0301a Lo\u0301pez', 5)).toBe('Jose\u0301…');
    expect(truncate('\u1100\u1161\u11a8\u1100\u1161 text', 2)).toBe('\u1100\u1161\u11a8…');
    expect(truncate('\u0e01\u0e33\u0e01\u0e33\u0e01', 2)).toBe('\u0e01\u0e33…');
  });

  it('cuts plain Spanish and English text at the same place, by letters, with no space before the ellipsis', () => {
    expect(truncate('Año nuevo: señales de diálogo', 10)).toBe('Año nuevo…');
    expect(truncate('Talks resume in the capital', 7)).toBe('Talks…');
  });
});

describe('label placement with a panning margin', () => {
  it('keeps the labels of on-screen marks on screen', () => {
    const r = placeLabels([{ id: 'e', x0: 580, x1: 580, labelChars: 30, priority: 0 }], {
      ...opts,
      left: -150,
      width: 750,
      visible: [0, 600],
    });
    const p = r.placed[0];
    expect(p?.label).toBe('left');
  });
});

describe('labels of marks off screen', () => {
  it('point away from the screen', () => {
    const r = placeLabels(
      [
        { id: 'right', x0: 640, x1: 640, labelChars: 10, priority: 0 },
        { id: 'left', x0: -40, x1: -40, labelChars: 10, priority: 0 },
      ],
      { ...opts, left: -150, width: 750, visible: [0, 600] },
    );
    expect(r.placed.find((p) => p.id === 'right')?.label).toBe('right');
    expect(r.placed.find((p) => p.id === 'left')?.label).toBe('left');
  });
});
