import { describe, expect, it } from 'vitest';
import { portSpeakers, TEST_HEADLINE, whoSaidWhat } from '../fixtures/who-said-what';

const registry = portSpeakers();

function run(body: string) {
  const r = whoSaidWhat(`${TEST_HEADLINE}\n\n${body}\n`, registry);
  return { discovered: r.discovered.map((a) => [a.name, a.aliases]), said: r.said, named: r.named, diagnostics: r.diagnostics.map((d) => d.message) };
}

describe('an organization introduced with its acronym in parentheses', () => {
  it('discovers the body when its verb follows the acronym, and knows it by the acronym after', () => {
    const es = run(
      'La Confederación de Cámaras Portuarias (Conpor) pidió en un posicionamiento que cualquier acuerdo "llegue antes de julio".\n\n"Las navieras necesitan reglas", señaló Ana Ruiz Soto, vicepresidenta de Conpor.',
    );
    expect(es.discovered).toContainEqual(['Confederación de Cámaras Portuarias', ['Conpor']]);
    expect(es.named).toContainEqual(['Conpor', 'Confederación de Cámaras Portuarias']);
    expect(es.said).toContainEqual(['Confederación de Cámaras Portuarias', 'llegue antes de julio']);
    const en = run('The Harbor Crimes Enforcement Network (HarCEN) said three lenders were of "primary money laundering concern."');
    expect(en.discovered).toEqual([['Harbor Crimes Enforcement Network', ['HarCEN']]]);
  });

  it('suggests the acronym as an alias in its unknown-actor note', () => {
    const en = run('The Harbor Crimes Enforcement Network (HarCEN) said three lenders were of "primary money laundering concern."');
    expect(en.diagnostics.some((m) => m.includes('aliases: ["HarCEN"]'))).toBe(true);
  });

  it('does not take a place in parentheses for an acronym', () => {
    const es = run('La Universidad del Puerto (Veracruz) informó que habrá clases.');
    expect(es.discovered.map(([name]) => name)).not.toContain('Universidad del Puerto');
  });
});
