import { describe, expect, it } from 'vitest';
import { portSpeakers, saidIn } from '../fixtures/who-said-what';

const said = saidIn(portSpeakers());

describe('embeddedPosts', () => {
  it('gives an embedded post without quotation marks to the account its signature line names, in English and Spanish', () => {
    expect(said('In the fourth post, the councilwoman turned to the port:\n\nThe port is not next. The port is our largest employer.\n\n— Lucía Ferrer (@luciaferrer) January 3, 2026\n\nThe thread was shared widely.')).toEqual([
      ['Lucía Ferrer', 'The port is not next. The port is our largest employer.'],
    ]);
    expect(said('Beltrán respondió en X:\n\nEl muelle no se vende. Nunca.\n\n— Óscar Beltrán (@obeltran) 3 de enero de 2026\n\nEl mensaje tuvo miles de respuestas.')).toEqual([
      ['Óscar Beltrán', 'El muelle no se vende. Nunca.'],
    ]);
  });

  it('reads no post without a name and a handle in the signature', () => {
    expect(said('The council met on Monday.\n\nThe port is not next.\n\n— Lucía Ferrer, January 3, 2026')).toEqual([]);
    expect(said('The council met on Monday.\n\nThe port is not next.\n\n— @portwatch (@portwatch) January 3, 2026')).toEqual([]);
  });

  it('keeps a post signed by an account the document does not name as a quote with no speaker', () => {
    expect(said('The council met on Monday.\n\nThe port is not next.\n\n— Harbor Watchers (@harborwatch) January 3, 2026')).toEqual([[null, 'The port is not next.']]);
  });
});
