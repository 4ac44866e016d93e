import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseActorRegistry } from './actor-registry';

const file = (text: string) => ({ path: 'data/actors.yaml', text });

describe('parseActorRegistry', () => {
  it('gives each actor an id derived from its name', () => {
    const { registry, diagnostics } = parseActorRegistry(
      file('actors:\n  - name: Claudia Sheinbaum\n    kind: person\n    country: MX\n    gender: female\n  - name: U.S. government\n    kind: government\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(registry.actors.map((a) => a.id)).toEqual(['claudia-sheinbaum', 'u-s-government']);
    expect(registry.actors[0]).toMatchObject({ name: 'Claudia Sheinbaum', country: 'MX', kind: 'person', gender: 'female', origin: 'registry' });
    expect(registry.actors[1]).toMatchObject({ country: null, gender: null, aliases: [] });
  });

  it('reports malformed YAML with its line and loads nothing', () => {
    const { registry, diagnostics } = parseActorRegistry(file('actors:\n  - name: A B\n    kind: person\n   - oops: [\n'));
    expect(registry.actors).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', rule: 'actors-file-syntax', document: 'data/actors.yaml' });
    expect(diagnostics[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('leaves out an invalid entry with an error naming its line, and keeps the others', () => {
    const text = [
      'actors:',
      '  - name: Good Person',
      '    kind: person',
      '  - name: Bad Country',
      '    kind: person',
      '    country: Mexico',
      '  - name: No Kind',
      '  - name: Another Good',
      '    kind: media',
    ].join('\n');
    const { registry, diagnostics } = parseActorRegistry(file(text));
    expect(registry.actors.map((a) => a.name)).toEqual(['Good Person', 'Another Good']);
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([
      ['actor-entry-invalid', 4],
      ['actor-entry-invalid', 7],
    ]);
    expect(diagnostics[0]?.message).toContain('country');
  });

  it('refuses the same actor twice and warns when one alias names two actors', () => {
    const text = [
      'actors:',
      '  - name: Ana Ruiz',
      '    kind: person',
      '    aliases: [the minister]',
      '  - name: Ana Ruiz',
      '    kind: person',
      '  - name: Luis Vega',
      '    kind: person',
      '    aliases: [The Minister]',
    ].join('\n');
    const { registry, diagnostics } = parseActorRegistry(file(text));
    expect(registry.actors.map((a) => a.name)).toEqual(['Ana Ruiz', 'Luis Vega']);
    expect(diagnostics.map((d) => [d.severity, d.rule, d.line])).toEqual([
      ['error', 'actor-duplicate', 5],
      ['warning', 'actor-alias-conflict', 7],
    ]);
  });

  it('treats a missing file as an empty registry', () => {
    expect(parseActorRegistry(null)).toMatchObject({ registry: { actors: [] }, diagnostics: [] });
  });

  it('rejects a file that is not a map of actors', () => {
    const { diagnostics } = parseActorRegistry(file('- just a list\n'));
    expect(diagnostics[0]).toMatchObject({ severity: 'error', rule: 'actors-file-shape', line: 1 });
  });

  it('stores actors named __proto__ and constructor as plain data', () => {
    const { registry, diagnostics } = parseActorRegistry(
      file('actors:\n  - name: __proto__\n    kind: person\n  - name: constructor\n    kind: organization\n'),
    );
    expect(diagnostics).toEqual([]);
    expect(registry.actors.map((a) => a.name)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).kind).toBeUndefined();
  });

  it('loads the project actor file cleanly, with every gold speaker and actor name', () => {
    const text = readFileSync(fileURLToPath(new URL('../../../data/actors.yaml', import.meta.url)), 'utf8');
    const { registry, diagnostics } = parseActorRegistry(file(text));
    expect(diagnostics).toEqual([]);
    const names = registry.actors.map((a) => a.name);
    for (const gold of [
      'Alejandro Moreno', 'Ciro Gómez Leyva', 'U.S. government', 'Nicolás Maduro', 'Donald Trump', 'Claudia Sheinbaum',
      'Marco Rubio', 'The Wall Street Journal', 'Anna Kelly', 'Central Intelligence Agency', 'Government of Mexico',
      'The Heritage Foundation', 'The New York Times', 'Ronald Johnson',
    ]) {
      expect(names).toContain(gold);
    }
  });

  it('names a legislature written in English and in Spanish as one actor in the project file', () => {
    const text = readFileSync(fileURLToPath(new URL('../../../data/actors.yaml', import.meta.url)), 'utf8');
    const chamber = parseActorRegistry(file(text)).registry.actors.find((a) => a.name === 'Cámara de Diputados');
    expect(chamber?.aliases).toEqual(expect.arrayContaining(['Chamber of Deputies', 'la Cámara baja']));
    expect(chamber?.kind).toBe('government');
  });
});
