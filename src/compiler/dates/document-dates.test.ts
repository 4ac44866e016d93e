import { describe, expect, it } from 'vitest';
import { cleanText, dated } from '../testing/dated-text';

describe('dates that refer to other dates', () => {
  it('gives "the same day" the day of the date before it in its paragraph', () => {
    const dates = dated('Port talks\n\nRaiders struck the depot on Saturday. The ministry issued a statement the same day calling it a crime.', '2027-05-10');
    expect(dates['on Saturday']).toMatchObject({ start: '2027-05-08' });
    expect(dates['the same day']).toMatchObject({ start: '2027-05-08', precision: 'day', basis: 'relative' });
  });

  it('leaves "the same day" unresolved when nothing before it in the paragraph is dated', () => {
    const dates = dated('Port talks\n\nThe envoy flew home on Saturday.\n\nThe ministry issued a statement the same day.', '2027-05-10');
    expect(dates['the same day']).toMatchObject({ start: null, precision: 'unknown' });
  });

  it('dates what "The call came a day after …" names as the day before the call', () => {
    const text = 'Leaders talk\n\nThe two presidents held a phone call on Monday, their first talk in months.\n\nThe call came a day after the governor told reporters that the port was closed.';
    expect(dated(text, '2027-05-11')['a day after']).toMatchObject({ start: '2027-05-09', basis: 'relative' });
    const es = 'Llamada\n\nLa gobernadora sostuvo una llamada el lunes 10 de mayo de 2027 con el ministro.\n\nLa llamada ocurrió un día después de que el ministro dijera que el puerto seguía cerrado.';
    expect(dated(es)['un día después de que']).toMatchObject({ start: '2027-05-09', precision: 'day' });
  });

  it('gives "the next day" told in a paragraph of its own the day after the last day told before it', () => {
    const dates = dated('Port talks\n\nRaiders struck the depot on Saturday.\n\nThe minister responded the next day that the port "will never close".', '2027-05-10');
    expect(dates['the next day']).toMatchObject({ start: '2027-05-09', precision: 'day', basis: 'relative' });
    const es = dated('Puerto\n\nLos asaltantes atacaron el depósito el sábado.\n\nAl día siguiente, la ministra afirmó que el puerto «no cerrará».', '2027-05-10');
    expect(es['Al día siguiente']).toMatchObject({ start: '2027-05-09', precision: 'day' });
  });

  it('gives "that same night" told in a paragraph of its own the last day told before it, in English and Spanish', () => {
    const dates = dated('Port talks\n\nThe union leader spoke on Saturday night.\n\nThat same night, the minister wrote that the port "will never close".', '2027-05-10');
    expect(dates['That same night']).toMatchObject({ start: '2027-05-08', precision: 'day', basis: 'relative' });
    const es = dated('Puerto\n\nEl dirigente habló la noche del sábado.\n\nLa ministra respondió la misma noche que el puerto «no cerrará».', '2027-05-10');
    expect(es['la misma noche']).toMatchObject({ start: '2027-05-08', precision: 'day' });
    const vague = dated('Port talks\n\nThe peso fell last week.\n\nThat same night, the minister wrote to the union.', '2027-05-10');
    expect(vague['That same night']).toMatchObject({ start: null, precision: 'unknown' });
  });

  it('gives "that afternoon", "that morning" and "esa tarde" the last day told before them, and reads "hace apenas cuatro días"', () => {
    const dates = dated('Port talks\n\nOn May 6 the union leader spoke at the docks. That afternoon, the minister replied on the radio.', '2027-05-10');
    expect(dates['That afternoon']).toMatchObject({ start: '2027-05-06', precision: 'day', basis: 'relative' });
    const same = dated('Port talks\n\nOn May 6 the union leader spoke at the docks. That same afternoon, the minister replied on the radio.', '2027-05-10');
    expect(same['That same afternoon']).toMatchObject({ start: '2027-05-06', precision: 'day' });
    const es = dated('Puerto\n\nEl 6 de mayo habló el dirigente en los muelles. Esa tarde, la ministra respondió por la radio.', '2027-05-10');
    expect(es['Esa tarde']).toMatchObject({ start: '2027-05-06', precision: 'day' });
    const ago = dated('Puerto\n\nHace apenas cuatro días, la ministra cerró el muelle.', '2027-05-10');
    expect(ago['Hace apenas cuatro días']).toMatchObject({ start: '2027-05-06', precision: 'day', basis: 'relative' });
    // "Almost a year ago" is no day, nor a year the text states.
    expect(dated('Puerto\n\nHace casi un año, la ministra cerró el muelle.', '2027-05-10')['Hace casi un año']).toBeUndefined();
  });

  it('leaves "the next day" unresolved when the last date told before it is no day ("last week")', () => {
    const dates = dated('Port talks\n\nRaiders struck the depot on Saturday.\n\nThe peso fell last week after a report on the raids. The minister responded the next day.', '2027-05-10');
    expect(dates['the next day']).toMatchObject({ start: null, precision: 'unknown' });
  });

  it('dates what "<day>, twelve days after …" names that many days before the day stated right before it', () => {
    const dates = dated('Port shut\n\nThe governor closed the port on May 11, 2027, twelve days after the minister said it was safe.');
    expect(dates['twelve days after']).toMatchObject({ start: '2027-04-29', precision: 'day', basis: 'relative' });
    const es = dated('Puerto\n\nLa gobernadora cerró el puerto el 12 de mayo de 2027, nueve días después de la captura de Ivo Brask.');
    expect(es['nueve días después de']).toMatchObject({ start: '2027-05-03', precision: 'day' });
    const before = dated('Duties\n\nThe ministers met on May 1, 2027, two days before the duties took effect.');
    expect(before['two days before']).toMatchObject({ start: '2027-05-03', precision: 'day' });
    // No day right before it in its sentence: it dates nothing (and stands for no date of the sentence).
    const week = dated('Port shut\n\nThe port shut last week, two days after the raid.', '2027-05-10');
    expect(week['two days after']).toBeUndefined();
  });

  it('keeps "said then" and a lede\'s day on the day stated, not on the day a count back gives', () => {
    const then = dated('Port talks\n\nRuiz turned down the offer at a briefing on March 14, 2027, two days after the fire at the depot. "Never," she said then.');
    expect(then['two days after']).toMatchObject({ start: '2027-03-12' });
    expect(then['then']).toMatchObject({ start: '2027-03-14' });
    const lede = dated(
      'Smuggler before the judge\n\nPORT ALDEN — Milo Varga was arraigned on Tuesday before a federal judge, four days after his arrest at the port.\n\n"My client was treated like cargo," his lawyer Ines Roth said after the hearing.',
      '2031-03-12',
    );
    expect(lede['four days after']).toMatchObject({ start: '2031-03-07' });
    expect(lede['after the hearing']).toMatchObject({ start: '2031-03-11', precision: 'day' });
  });

  it('leaves "a day after" unresolved when its subject was not named since the last date', () => {
    const text = 'Port shut\n\nThe port shut on Wednesday.\n\nArmed men burned two cranes on Monday.\n\nThe closure came a day after the minister said the port was safe.';
    expect(dated(text, '2027-06-09')['a day after']).toMatchObject({ start: null, precision: 'unknown' });
  });
});

describe('publication date from a bulletin dateline', () => {
  it('resolves "ayer" and "yesterday" against a dateline line of its own under the title', () => {
    const es = dated('Debate en el Senado\n\nBoletín-0042\n\nCiudad de Norvia, a 14 de marzo de 2027\n\nLa senadora Ana Ruiz criticó ayer el traslado de reos.');
    expect(es['ayer']).toMatchObject({ start: '2027-03-13', precision: 'day', basis: 'relative' });
    const en = dated('Senators clash over the prisoner transfer\n\nPort Alden, March 14, 2027\n\nSenator Ana Ruiz criticised the prisoner transfer yesterday.');
    expect(en['yesterday']).toMatchObject({ start: '2027-03-13', precision: 'day', basis: 'relative' });
  });
});

describe('publication dates in the forms pages print', () => {
  it('reads the publication date from a timestamp line in any of the usual forms, English and Spanish', () => {
    const es = [
      'Enero 14, 2027 | 08:47 hrs',
      'Jueves 14 de enero de 2027',
      '14/01/2027 10:15',
      'Publicado: 14 ene 2027',
      'Por Redacción Diario Norvia\nEnero 14, 2027 | 08:47 hrs',
    ];
    for (const stamp of es) {
      const dates = dated(`El puerto reabre\n\n${stamp}\n\nLa ministra Ana Ruiz anunció ayer la reapertura del muelle norte.`);
      expect(dates['ayer'], stamp).toMatchObject({ start: '2027-01-13', precision: 'day', basis: 'relative' });
    }
    for (const stamp of ['Jan 14 2027 | 5:32pm', 'Posted January 14, 2027 at 5:32pm', 'Thursday, Jan. 14, 2027']) {
      const dates = dated(`Port reopens\n\n${stamp}\n\nMinister Ana Ruiz announced the reopening of the north pier yesterday.`);
      expect(dates['yesterday'], stamp).toMatchObject({ start: '2027-01-13', precision: 'day', basis: 'relative' });
    }
  });

  it('reads a bulletin dateline that names a city and its state before the date', () => {
    const es = dated('Reunión de seguridad\n\nBoletín No. 012/2027\n\nPuerto Norvia, Provincia Alta, a 10 de febrero de 2027\n\nLa gobernadora Ana Ruiz encabezó ayer la reunión.');
    expect(es['ayer']).toMatchObject({ start: '2027-02-09', basis: 'relative' });
    const en = dated('Governor chairs a security meeting in the port city\n\nPort Alden, North Province, February 10, 2027\n\nGovernor Ana Ruiz chaired the meeting yesterday.');
    expect(en['yesterday']).toMatchObject({ start: '2027-02-09', basis: 'relative' });
  });

  it('never reads a Spanish month and a two-digit number as a year', () => {
    const dates = dated('Puerto\n\nEn una nota fechada enero 30 la ministra Ana Ruiz pidió calma.', '2027-02-10');
    expect(Object.values(dates).some((d) => String((d as { start: unknown }).start).startsWith('2030'))).toBe(false);
  });

  it('gives "by the end of February" the month, not its last day', () => {
    expect(dated('Port\n\nThe pier was expected to reopen before the end of February, officials said.', '2027-02-12')['end of February']).toMatchObject({ precision: 'month' });
  });
});

describe('future and period wording', () => {
  it('reads a weekday after a present-tense promise or "would" as the coming one', () => {
    expect(dated('Port deal\n\nThe governor promises a response on Sunday to the new levies, aides said.', '2027-05-11')['on Sunday']).toMatchObject({ start: '2027-05-16' });
    expect(dated('Port deal\n\nThe governor said she would announce the measures on Sunday at a rally.', '2027-05-11')['on Sunday']).toMatchObject({ start: '2027-05-16' });
  });

  it('reads a year-less day that something is set for as the coming one, in English and Spanish', () => {
    expect(dated('Court\n\nJudge Ana Ruiz set a status conference for April 2 and asked for a schedule.', '2027-02-17')['April 2']).toMatchObject({ start: '2027-04-02' });
    expect(dated('Tribunal\n\nLa jueza Ana Ruiz fijó una audiencia para el 2 de abril y pidió un calendario.', '2027-02-17')['2 de abril']).toMatchObject({ start: '2027-04-02' });
    expect(dated('Court\n\nJudge Ana Ruiz met the lawyers on April 2 and asked for a schedule.', '2027-02-17')['April 2']).toMatchObject({ start: '2026-04-02' });
  });

  it('reads a weekday followed by a Spanish future verb as the coming one', () => {
    const dates = dated('Puerto\n\nLa gobernadora adelantó que el jueves recibirá al ministro en el palacio.', '2027-05-11');
    expect(dates['el jueves']).toMatchObject({ start: '2027-05-13' });
  });

  it('makes "entre octubre de 2024 y diciembre de 2025" one month range', () => {
    const dates = dated('Cifras\n\nEntre octubre de 2026 y diciembre de 2027 se aseguraron dos toneladas de carga.');
    expect(dates['octubre de 2026 y diciembre de 2027']).toMatchObject({ start: '2026-10', end: '2027-12', precision: 'month', basis: 'stated' });
  });

  it('turns a date after "since" into a period running to the publication date', () => {
    const text = 'Port arrests\n\nSince the governor took office on October 1, 2026, the police have arrested more than 900 people.';
    expect(dated(text, '2027-05-11')['October 1, 2026']).toMatchObject({ start: '2026-10-01', end: '2027-05-11', precision: 'day' });
    expect(dated(text)['October 1, 2026']).toEqual({ start: '2026-10-01', precision: 'day', basis: 'stated', text: 'October 1, 2026' });
  });
});

describe('publication dates scraped with the year glued to the time', () => {
  function published(text: string) {
    return cleanText(text).published;
  }

  it('reads "June 9, 20273:14 PM" as June 9, 2027 and dates the weekdays of the story from it', () => {
    const text = 'Port shuts after clashes\n\nBy Ines Quarry\n\nJune 9, 20273:14 PM GMT-6Updated 2 hours ago\n\nVELMORA, June 9 (Harbor Ledger) - Governor Talia Brenn on Wednesday ordered the port shut after clashes on Monday.';
    expect(published(text)).toEqual({ year: 2027, month: 6, day: 9 });
    expect(dated(text)['on Monday']).toMatchObject({ start: '2027-06-07', precision: 'day' });
  });

  it('reads a Spanish date glued to its time the same way', () => {
    expect(published('Cierra el puerto\n\n9 de junio de 202710:31 hrs\n\nPUERTO NIEVE.— La gobernadora cerró el puerto el lunes.')).toEqual({ year: 2027, month: 6, day: 9 });
  });

  it('does not split a year out of a long number in the story', () => {
    const text = 'Port shuts\n\nThe port handled June 9, 202731:14 tonnes of cargo, officials said on Monday in Velmora.';
    expect(published(text)).toBeNull();
    expect(Object.keys(dated(text))).not.toContain('June 9, 2027');
  });
});

describe('year-less dates and weekdays read against the publication date', () => {
  it('places "from 4 March" a few days after a late-February article in the coming March', () => {
    const dates = dated('Levy looms\n\nThe governor has threatened to impose a 25% levy on all harbor goods from 4 March.', '2027-02-26');
    expect(dates['4 March']).toMatchObject({ start: '2027-03-04', precision: 'day' });
    const es = dated('Arancel\n\nLa suspensión del arancel seguirá vigente hasta el 4 de marzo, dijo el gobernador.', '2027-02-26');
    expect(es['4 de marzo']).toMatchObject({ start: '2027-03-04' });
  });

  it('keeps a past year-less day in the past when nothing marks it as the edge of a period', () => {
    const dates = dated('Levy looms\n\nThe governor announced the levy on 4 March, aides recalled.', '2027-02-26');
    expect(dates['on 4 March']).toMatchObject({ start: '2026-03-04' });
  });

  it('reads a weekday in a future clause as later the same day when it is the day of publication', () => {
    const dates = dated('Court date\n\nThe former governor, flown to the capital, is due to appear before a judge on Monday afternoon.', '2027-05-10');
    expect(dates['on Monday afternoon']).toMatchObject({ start: '2027-05-10' });
    const next = dated('Court date\n\nThe former governor will appear before a judge next Monday.', '2027-05-10');
    expect(next['next Monday']).toMatchObject({ start: '2027-05-17' });
  });

  it('dates "But the visit came a day after …" from the dated visit', () => {
    const text = 'Envoy visits\n\nIn a joint statement after the talks on Wednesday, the two governments agreed to meet again.\n\nThe envoy, on his first visit to the port, praised his hosts. But the visit came a day after navy ships struck a boat off the coast.';
    expect(dated(text, '2027-06-09')['a day after']).toMatchObject({ start: '2027-06-08', precision: 'day' });
  });

  it('confirms the year of "el lunes 19 de enero" by its weekday when the article states only a month', () => {
    const text = 'Entrevista\n\nEl dirigente Tomás Vidal habló el lunes 19 de enero en una entrevista de radio. Desde febrero de 2031 el partido pide más cooperación.';
    // 19 January 2032 is the only Monday 19 January near February 2031.
    expect(dated(text)['lunes 19 de enero']).toMatchObject({ start: '2032-01-19', precision: 'day', basis: 'inferred' });
    // A weekday that fits no nearby year gives no day rather than a guessed one.
    const wrong = 'Entrevista\n\nEl dirigente Tomás Vidal habló el martes 19 de enero en una entrevista de radio. Desde febrero de 2031 el partido pide más cooperación.';
    expect(dated(wrong)['martes 19 de enero']).toMatchObject({ start: null });
  });

  it('reads "as far back as 2011" as the year 2011', () => {
    const dates = dated('Drones\n\nThe navy flew unarmed drones over the coast with consent as far back as 2011, officials said.', '2027-06-09');
    expect(dates['2011']).toMatchObject({ start: '2011', precision: 'year', basis: 'stated' });
  });

  it('takes the publication date from a year-less wire dateline when the story names a later day nowhere', () => {
    const text = 'Port shuts\n\nVELMORA, June 9 (Harbor Ledger) - Governor Talia Brenn on Wednesday ordered the port shut, two days after the strike began on June 7, 2027.';
    const doc = cleanText(text);
    expect(doc.published).toEqual({ year: 2027, month: 6, day: 9 });
  });
});

describe('dates named by reference to another date or to a weekday with its day', () => {
  it('reads "el pasado martes 20" as the day numbered 20 that is a Tuesday, not the latest Tuesday', () => {
    // Published Friday 2027-07-30; the latest Tuesday is the 27th, but the 20th is named.
    const dates = dated('Puerto\n\nLa última reunión había sido la firma, el pasado martes 20, de un acuerdo portuario.', '2027-07-30');
    expect(dates['el pasado martes 20']).toMatchObject({ start: '2027-07-20', precision: 'day' });
    const en = dated('Port\n\nThe last meeting was on Tuesday the 20th.', '2027-07-30');
    expect(en['on Tuesday the 20th']).toMatchObject({ start: '2027-07-20', precision: 'day' });
  });

  it('reads a weekday\'s modifier that opens a sentence ("Last Tuesday,", "El pasado martes"), not the bare weekday', () => {
    // Published Tuesday 2027-07-20: the bare weekday would be that very day.
    const en = dated('Port\n\nLast Tuesday, the board shut the harbor. Next Monday, it meets again.', '2027-07-20');
    expect(en['Last Tuesday']).toMatchObject({ start: '2027-07-13', precision: 'day' });
    expect(en['Next Monday']).toMatchObject({ start: '2027-07-26', precision: 'day' });
    const es = dated('Puerto\n\nEl pasado martes, la junta cerró el puerto.', '2027-07-20');
    expect(es['El pasado martes']).toMatchObject({ start: '2027-07-13', precision: 'day' });
  });

  it('does not read a count after a weekday as its day ("el martes 20 personas")', () => {
    const dates = dated('Puerto\n\nEl martes 20 personas marcharon en Veracruz.', '2027-07-30');
    expect(dates['El martes']).toMatchObject({ start: '2027-07-27' });
  });

  it('gives "del mismo año" the year of the date stated before it', () => {
    const text = 'Envíos\n\nEl primer envío fue el 3 de marzo de 2026, con 12 contenedores. El segundo fue el 9 de julio del mismo año, con 30.';
    expect(dated(text, '2027-02-10')['9 de julio del mismo año']).toMatchObject({ start: '2026-07-09', precision: 'day' });
    const en = 'Shipments\n\nThe first left on March 3, 2026. The second followed on July 9 of that year.';
    expect(dated(en, '2027-02-10')['July 9 of that year']).toMatchObject({ start: '2026-07-09', precision: 'day' });
  });

  it('reads "febrero del año pasado" as February of the year before publication', () => {
    const dates = dated('Puerto\n\nLa naviera cerró la ruta en febrero del año pasado.', '2027-05-10');
    expect(dates['febrero del año pasado']).toMatchObject({ start: '2026-02', precision: 'month' });
  });

  it('leaves out a "desde" date when its clause has a date of its own', () => {
    const dates = dated('Puerto\n\nY este martes, la aduana liberó 40 contenedores, el tercer envío desde febrero del año pasado.', '2027-05-13');
    expect(dates['este martes']).toMatchObject({ start: '2027-05-11', precision: 'day' });
    expect(dates['febrero del año pasado']).toBeUndefined();
    const alone = dated('Puerto\n\nDesde febrero del año pasado la aduana ha liberado 400 contenedores.', '2027-05-13');
    expect(alone['febrero del año pasado']).toMatchObject({ start: '2026-02', end: '2027-05' });
  });

  it('keeps a "since" date whose clause is coordinated after another dated one', () => {
    const dates = dated('Port\n\nThe customs office released 40 containers, most recently 12 on May 3, and has posted guards at the docks since February 2026.', '2027-05-13');
    expect(dates['February 2026']).toMatchObject({ start: '2026-02', end: '2027-05' });
  });

  it('counts "two days later" from the day stated before it in the paragraph, and leaves "within days" undated', () => {
    const text = 'Tariffs\n\nThe ministry imposed a levy on March 4, 2026; farm goods were exempted two days later. Prices eased within days.';
    const dates = dated(text, '2027-01-10');
    expect(dates['two days later']).toMatchObject({ start: '2026-03-06', precision: 'day' });
    expect(Object.keys(dates).some((k) => k.includes('within'))).toBe(false);
    const alone = dated('Tariffs\n\nFarm goods were exempted two days later.', '2027-01-10');
    expect(alone['two days later']).toMatchObject({ start: null });
  });

  it('reads a past weekday as the latest such day on or before publication, the same day when it is that weekday', () => {
    // 2027-07-29 is a Thursday.
    const dates = dated('Port\n\nOn Wednesday the harbour master, Lena Voss, said the cranes were idle. She spoke again on Thursday.', '2027-07-29');
    expect(dates['On Wednesday']).toMatchObject({ start: '2027-07-28' });
    expect(dates['on Thursday']).toMatchObject({ start: '2027-07-29' });
    const es = dated('Puerto\n\nEste martes, la capitana Inés Robles dijo que las grúas estaban paradas.', '2027-07-29');
    expect(es['Este martes']).toMatchObject({ start: '2027-07-27' });
  });

  it('places a year-less month in the publication year, or the year before when it would be after publication', () => {
    const dates = dated('Port\n\nIn June, the agency fined two shippers. In January, it fined a third.', '2027-01-20');
    expect(dates['June']).toMatchObject({ start: '2026-06', precision: 'month' });
    expect(dates['January']).toMatchObject({ start: '2027-01', precision: 'month' });
    const es = dated('Puerto\n\nLa lista fue entregada por la agencia a mediados de diciembre y revisada después.', '2027-01-20');
    expect(es['diciembre']).toMatchObject({ start: '2026-12', precision: 'month' });
    expect(dated('Port\n\nThe owner was charged in 2021 on fraud counts.', '2027-01-20')['2021']).toMatchObject({ start: '2021', precision: 'year' });
  });
});

describe('year-less dates in a dated list', () => {
  it('gives a year-less entry the year of the entry before it, not the publication year', () => {
    const en = dated(
      'Timeline: the port dispute\n\nMarch 02, 2028 8:14 AM\n\nHere are key moments:\n\nFeb. 1, 2027 — Governor Ana Ruiz orders the port closed.\n\nFeb. 3 — After a call with the minister, Ruiz reopens the port.\n\nAug. 12 — The port is closed again.\n\nJan. 3, 2028 — Harbour pilots strike.\n\nFeb. 9 — Pilots and the port sign a deal.',
    );
    expect(en['Feb. 3']).toMatchObject({ start: '2027-02-03', precision: 'day', basis: 'inferred' });
    expect(en['Aug. 12']).toMatchObject({ start: '2027-08-12', precision: 'day' });
    expect(en['Feb. 9']).toMatchObject({ start: '2028-02-09', precision: 'day' });
    const es = dated(
      'Cronología del conflicto portuario\n\n* 1 de febrero de 2027: la gobernadora Ana Ruiz cierra el puerto.\n* 3 de febrero: tras una llamada, Ruiz reabre el puerto.\n\nEl conflicto sigue abierto.',
      '2028-03-02',
    );
    expect(es['3 de febrero']).toMatchObject({ start: '2027-02-03', precision: 'day' });
  });

  it('keeps the usual reading for a list told newest first', () => {
    const dates = dated('Port dispute\n\nFeb. 27, 2028 — Pilots strike.\n\nFeb. 3 — Governor Ana Ruiz reopens the port.', '2028-03-02');
    expect(dates['Feb. 3']).toMatchObject({ start: '2028-02-03', basis: 'relative' });
  });

});

describe('a past clause after a future cue', () => {
  it('reads a year-less date after "after … seized" as past even when "next" comes before it', () => {
    const en = dated('Port fears\n\nNorvia worked hard to avoid becoming the next target after commandos seized Ivo Brask in Alden on Jan 3.', '2027-01-30');
    expect(en['Jan 3']).toMatchObject({ start: '2027-01-03' });
    const es = dated('Temores\n\nNorvia busca no ser el próximo blanco tras la operación cuando los comandos capturaron a Ivo Brask el 3 de enero.', '2027-01-30');
    expect(es['3 de enero']).toMatchObject({ start: '2027-01-03' });
  });

  it('still reads a date right after a future cue as upcoming', () => {
    const dates = dated('Port talks\n\nThe governor will meet the pilots after the strike on Feb. 3.', '2027-01-30');
    expect(dates['Feb. 3']).toMatchObject({ start: '2027-02-03' });
  });
});

describe('a dated photo caption', () => {
  it('bounds the writing of an undated article, so a year-less dateline and "last week" resolve', () => {
    const dates = dated(
      'At the port\n\nPORT ALDEN, Nor. — (Feb. 11) Inside the customs hall, a dog circles a truck.\n\nPhoto: An officer inspects a truck in Port Alden on Feb. 6, 2027.\n\nGovernor Ana Ruiz, who toured the port last week, said the scanners work.',
    );
    expect(dates['Feb. 11']).toMatchObject({ start: '2027-02-11', precision: 'day' });
    expect(dates['last week']).toMatchObject({ start: '2027-02-01', end: '2027-02-07', precision: 'week' });
  });

  it('gives no day to an article whose only full date is in a caption and has no dateline', () => {
    const dates = dated('Puerto\n\nFoto: Un agente revisa un camión el 6 de febrero de 2027.\n\nLa gobernadora Ana Ruiz visitó el puerto la semana pasada.');
    expect(dates['la semana pasada']).toMatchObject({ start: null });
  });
});

describe('the start of a measure and the early part of the year', () => {
  it('reads a year-less day a measure "takes effect" on as the coming one, in English and Spanish', () => {
    const en = dated('Port levy\n\nGovernor Ana Ruiz signed the order on Thursday. The order takes effect March 2.', '2027-02-27');
    expect(en['March 2']).toMatchObject({ start: '2027-03-02', precision: 'day' });
    const es = dated('Arancel portuario\n\nLa gobernadora Ana Ruiz firmó la orden el jueves. La orden entra en vigor el 2 de marzo.', '2027-02-27');
    expect(es['2 de marzo']).toMatchObject({ start: '2027-03-02', precision: 'day' });
  });

  it('reads "a principios de año" and "early in the year" as the publication year, with no month or day', () => {
    const es = dated('Refuerzo\n\nA principios de año, el gobierno de Norvia reforzó con 800 agentes la vigilancia del puerto.', '2027-02-13');
    expect(es['A principios de año']).toMatchObject({ start: '2027', precision: 'year', basis: 'relative' });
    const en = dated('Port patrols\n\nEarly in the year, the Norvian government sent 800 officers to the port.', '2027-02-13');
    expect(en['Early in the year']).toMatchObject({ start: '2027', precision: 'year', basis: 'relative' });
  });
});

describe('a month named as past', () => {
  it('reads "last February" in a February article as the February of the year before', () => {
    const en = dated('Port transfers\n\nThe first transfer, last February, emptied the port jail.', '2027-02-06');
    expect(Object.values(en)).toContainEqual(expect.objectContaining({ start: '2026-02', precision: 'month' }));
    const es = dated('Traslados\n\nEl primer traslado, el pasado febrero, vació la cárcel del puerto.', '2027-02-06');
    expect(Object.values(es)).toContainEqual(expect.objectContaining({ start: '2026-02', precision: 'month' }));
  });

  it('still reads "last February" in a March article as the February just ended', () => {
    const en = dated('Port transfers\n\nThe first transfer, last February, emptied the port jail.', '2027-03-06');
    expect(Object.values(en)).toContainEqual(expect.objectContaining({ start: '2027-02', precision: 'month' }));
  });
});

describe('"said then"', () => {
  it('gives "dijo entonces" / "said then" the day stated before it, not a "today" inside the quotation', () => {
    const es = dated('Grupo de seguridad\n\nEl grupo sesionó por primera vez el pasado jueves 18 de febrero en la cancillería.\n\n"Hoy empezamos a trabajar juntos", dijo entonces la ministra Ana Ruiz.', '2027-02-25');
    expect(es['entonces']).toMatchObject({ start: '2027-02-18', precision: 'day' });
    const en = dated('Security group\n\nThe group met for the first time on Thursday, Feb. 18, 2027, at the ministry.\n\n"Today we begin to work together," Minister Ana Ruiz said then.', '2027-02-25');
    expect(en['then']).toMatchObject({ start: '2027-02-18', precision: 'day' });
  });

  it('gives "said at the time" no day when the date told before it is a month', () => {
    const en = dated('Port\n\nThe ministry closed the port last February, a step officials said at the time was temporary.', '2027-01-14');
    expect(en['at the time']).toBeUndefined();
  });
});

describe('periods and days told from another date', () => {
  it('reads "between September and December" as one period ending before publication, in English and Spanish', () => {
    const en = dated('Port\n\nBetween September and December, the navy stopped 30 boats off the coast.', '2027-01-14');
    expect(en['Between September and December'] ?? en['September and December']).toMatchObject({ start: '2026-09', end: '2026-12', precision: 'month' });
    const es = dated('Puerto\n\nEntre septiembre y diciembre, la Armada detuvo 30 lanchas frente a la costa.', '2027-01-14');
    expect(es['septiembre y diciembre']).toMatchObject({ start: '2026-09', end: '2026-12', precision: 'month' });
  });

  it('gives "the next day" / "al día siguiente" the day after the day stated before it in the paragraph', () => {
    const en = dated('Port\n\nThe minister Ana Ruiz closed the port on March 3, 2027. The union answered the next day with a strike.');
    expect(en['the next day']).toMatchObject({ start: '2027-03-04', precision: 'day' });
    const es = dated('Puerto\n\nLa ministra Ana Ruiz cerró el puerto el 3 de marzo de 2027. El sindicato respondió al día siguiente con una huelga.');
    expect(es['al día siguiente']).toMatchObject({ start: '2027-03-04', precision: 'day' });
    // After a month, "the next day" names no day.
    const month = dated('Port\n\nIn March 2027 the minister Ana Ruiz closed the port. The union answered the next day with a strike.');
    expect(month['the next day']).toMatchObject({ start: null });
  });
});

describe('publication dates in a header line of page furniture', () => {
  it("reads a print masthead's day and a transcript site's time stamp between '·' or '|' pieces, and dates yesterday by them", () => {
    const es = dated(
      'EL FARO DEL PUERTO\n\nPuerto Nieve, Sonora · Jueves 11 de marzo de 2027 · Año XII · No. 4,512 · $12.00\n\n3A · LOCAL\n\nPUERTO NIEVE.- La gobernadora Ana Ruiz cerró ayer el muelle norte por la huelga de los estibadores, que ya cumple una semana.',
    );
    expect(es['ayer']).toMatchObject({ start: '2027-03-10', precision: 'day', basis: 'relative' });
    const en = dated(
      'Quayside Produce (QPX) Q1 2027 Earnings Call Transcript\n\nEarnings Call Transcripts | Mar. 11, 2027 5:00 PM ET | Quayside Produce (QPX) Stock\n\nThe chief executive, Ana Ruiz, said yesterday that the port strike had cost the company two weeks of shipments.',
    );
    expect(en['yesterday']).toMatchObject({ start: '2027-03-10', precision: 'day', basis: 'relative' });
  });

  it("never takes a photo's 'Date created' piece or a related headline's date in such a line for the page's day", () => {
    const photo = cleanText('Port strike - Editorial Images\n\nDate created: March 4, 2027 | Editorial #: 2254 | Credit: Ana Ruiz / Stringer\n\nDock workers marched past the customs hall.');
    expect(photo.published).toBeNull();
    const related = cleanText('Port strike ends\n\nThe dock workers went back to work after the board agreed to their terms, ending a week of protests at the port.\n\nRelated: Board meets union | March 4, 2027');
    expect(related.published).toBeNull();
  });
});
