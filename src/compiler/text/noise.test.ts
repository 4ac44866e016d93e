import { describe, expect, it } from 'vitest';
import { dominantScript, noiseReason, scriptCounts, type Script } from './noise';

describe('noise blocks', () => {
  it('recognises consent banners in several languages', () => {
    for (const text of [
      'This website uses cookies to improve your experience.',
      'Utilizamos cookies propias y de terceros para mejorar nuestros servicios.',
      'Этот сайт использует куки',
      'Мы используем куки для анализа, чтобы улучшить наш сайт.',
      'Nous utilisons des cookies pour améliorer votre expérience.',
      'Diese Website verwendet Cookies.',
    ]) {
      expect(noiseReason(text, 'latin'), text).not.toBeNull();
    }
  });

  it('recognises comment forms, share lines, buttons, ids, lone numbers and image credits', () => {
    for (const text of [
      'Leave a Reply',
      'You must be logged in to post a comment.',
      'Debes iniciar sesión para comentar.',
      'Your email address will not be published. Required fields are marked *',
      'Deja un comentario',
      'Tu dirección de correo electrónico no será publicada.',
      'Share this article',
      'Compartir en Facebook',
      'Aceptar',
      'Отклонить',
      '0',
      '77b894ee-98c4-41e9-bdc0-672c7d31e19b',
      'AI-generated image',
      'Foto: Archivo / Cortesía',
      'Изображение, созданное ИИ',
      'Сообщено ИИ',
      'More recent coverage',
    ]) {
      expect(noiseReason(text, 'latin'), text).not.toBeNull();
    }
  });

  it('drops a block in another script than the article', () => {
    expect(noiseReason('Прочитайте нашу политику конфиденциальности для дополнительной информации.', 'latin')).toBe('different script from the article');
  });

  it('keeps article paragraphs, even ones that mention privacy or a number', () => {
    for (const text of [
      'Mexican President Claudia Sheinbaum rejected the offer, emphasizing national sovereignty.',
      'The senator said the 2027 elections would decide the reform.',
      'Privacy advocates said the new law would let the government read messages without a warrant, and several groups announced they would challenge it in court.',
      'Share prices fell 3% after the announcement.',
    ]) {
      expect(noiseReason(text, 'latin'), text).toBeNull();
    }
  });

  it('recognises newsletter promos, contributor credits and site furniture in English and Spanish', () => {
    for (const text of [
      'Get the Harbor Daily newsletter — the top stories, straight to your inbox. Subscribe now!',
      'Sign up here for our Harbor Weekly newsletter.',
      'Gazette writer Jane Roe contributed to this report.',
      'The Harbor Gazette contributed to this report.',
      'Reporting by Jane Roe in Puerto Nieve; Editing by John Poe',
      'Con información de agencias',
      '(Con información de la agencia)',
      'Lee también: El puerto reabre sus muelles',
      'Skip to main content',
      'Copy Link copied',
      'Comparte esta nota: Facebook Twitter WhatsApp',
      'Edición impresa',
    ]) {
      expect(noiseReason(text, 'latin'), text).not.toBeNull();
    }
    expect(noiseReason('The minister said reporting by the press was unfair to the port workers.', 'latin')).toBeNull();
    expect(noiseReason('Con información falsa, el ministro intentó cerrar el puerto.', 'latin')).toBeNull();
    expect(noiseReason('Con información de inteligencia, la policía detuvo a cinco personas en el puerto.', 'latin')).toBeNull();
  });

  it('leaves out promo links, captions, tag lines and author bios, also in markdown bold', () => {
    for (const text of [
      '**Read more: Port Chief Quits as Strike Drags On**',
      '**CLICK HERE TO GET THE HARBOR APP**',
      '**PORT CHIEF SAYS DOCKS WILL REOPEN AS STRIKE ENTERS THIRD WEEK**',
      'Te recomendamos: El puerto reabre sus muelles',
      '**Lea también:** [El ministro Prill comparecerá ante el tribunal el lunes](https://example.org/prill)',
      '#puertos #Velmora #huelga #aranceles',
      '#harbor #strike, #Velmora',
      'RELATED: Senators demand answers on the levy',
      'LIVE: Follow our coverage of the harbor strike',
      'Photograph: Dockworkers march in Puerto Nieve. Photograph: Ana Ruiz/Reuters',
      'FILE - Dockworkers march in Puerto Nieve, on May 3, 2027.',
      'Quarry reported from Velmora.',
      'Osmo Prill reportó desde Puerto Nieve.',
      '— With assistance from Ines Quarry',
      '(Updates with port reopening in fourth paragraph.)',
      'Ines Quarry is chief harbor correspondent for the Harbor Ledger.',
      'Follow our coverage of the port at https://example.org/port',
    ]) {
      expect(noiseReason(text, 'latin'), text).not.toBeNull();
    }
    for (const text of [
      'Quarry reported from Velmora that the docks were closed and the police had withdrawn from the port.',
      'The minister, who is a former reporter, said the port would reopen on Friday after talks with the union.',
      '**The minister said the port would reopen.**',
      'The union posted #HarborStrike on its page after the minister closed the port.',
    ]) {
      expect(noiseReason(text, 'latin'), text).toBeNull();
    }
  });
});

describe('the script an article is written in', () => {
  it('is the one with most letters, and on a tie the one the text shows first', () => {
    const text = (s: string): Script | null => dominantScript(scriptCounts(s, 0, s.length));
    expect(text('Ana Ruiz — Анна Руиз, встреча')).toBe('cyrillic');
    expect(text('Анна Руиз — Ana Ruiz, la reunión de ayer')).toBe('latin');
    expect(text('abc где')).toBe('latin');
    expect(text('где abc')).toBe('cyrillic');
  });
});

describe('link boxes and source credits', () => {
  it('recognises a line of two links or more under a short label as a box of links', () => {
    expect(noiseReason('**Más noticias de Norvia:** [Detienen en Alden a un operador](https://example.org/a) · [Nieva en Port Alden](https://example.org/b)', 'latin')).not.toBeNull();
    expect(noiseReason('More from Norvia: [Port reopens](https://example.org/a) | [Pilots strike](https://example.org/b)', 'latin')).not.toBeNull();
  });

  it('keeps a paragraph that only cites a link or two', () => {
    expect(noiseReason('Governor Ana Ruiz said the port would reopen, according to [a statement](https://example.org/a) and [the decree](https://example.org/b) published on Monday.', 'latin')).toBeNull();
  });

  it('recognises a line naming the agencies a report drew on as a credit, in English and Spanish', () => {
    expect(noiseReason('Some information for this report came from the Norvia Press Agency and Alden Wire.', 'latin')).not.toBeNull();
    expect(noiseReason('Parte de la información de esta nota proviene de la Agencia Norvia.', 'latin')).not.toBeNull();
  });

  it("recognises a correction or editor's note about the page, in English and Spanish", () => {
    for (const text of [
      "Editor's note: An earlier version of this story, published in Tuesday's print edition, said 41 boats were seized.",
      'An earlier version of this article misstated the age of Governor Ana Ruiz.',
      'Correction: Governor Ana Ruiz met the envoy on Monday, not Tuesday.',
      'Fe de erratas: la gobernadora Ana Ruiz se reunió con el enviado el lunes, no el martes.',
      'Una versión anterior de esta nota atribuyó la cifra a la gobernadora Ana Ruiz.',
    ]) {
      expect(noiseReason(text, 'latin'), text).toBe("editor's update note");
    }
    expect(noiseReason('Governor Ana Ruiz issued a correction on Monday, saying 41 boats were seized.', 'latin')).toBeNull();
  });

  it("recognises a broadcast's sign-on for its reporter, but not a sentence that reports from a place", () => {
    expect(noiseReason('Special correspondent Ivo Brask reports from Port Alden.', 'latin')).not.toBeNull();
    expect(noiseReason('El enviado especial Ivo Brask informa desde Puerto Alden.', 'latin')).not.toBeNull();
    expect(noiseReason('Governor Ana Ruiz said the navy reports from Port Alden were false.', 'latin')).toBeNull();
  });
});
