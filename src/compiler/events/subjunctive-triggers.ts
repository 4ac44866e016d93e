/**
 * Spanish tells a past happening in a "después de que" / "luego de que" / "tras de
 * que" / "antes de que" / "a raíz de que" clause with the imperfect subjunctive:
 * "la respuesta llegó después de que el ministro dijera el lunes que…", "luego de que
 * la Cámara aprobara la reforma". The form is the preterite's third person plural stem
 * with -ra or -se ("dijeron" → "dijera", "dijese"). Only after those words: elsewhere
 * the same form is a wish or a condition ("si dijera", "pidió que anunciara").
 */
import type { Trigger } from './triggers';

/** Preterite plural stems (dije-ron, afirma-ron, advirtie-ron) → the imperfect subjunctive, singular or plural. */
const subjunctive = (stems: string): string => `(?:${stems})(?:ra|se)n?`;

/** The clause opener right before the subject and verb: nothing that ends the clause between them. */
const AFTER_THAT = '(?<![\\p{L}])(?:despu[eé]s|luego|antes|tras|a ra[ií]z) de que\\s[^.;:!?"“”«»]{0,80}$';

/** The clause is a happening apart from the main clause's ("respondió luego de que X publicara…"). */
const told = (trigger: Omit<Trigger, 'needsAfter' | 'orBefore' | 'reach'>): Trigger => ({ ...trigger, needsAfter: AFTER_THAT, orBefore: true, reach: 0, ownClause: true });

export const SUBJUNCTIVE_TRIGGERS: readonly Trigger[] = [
  told({
    type: 'statement',
    cameo: '010',
    pattern: subjunctive('dije|afirma|asegura|se[ñn]ala|advirtie|declara|anuncia|expresa|sostuvie|reitera|insistie|destaca|subraya|comenta|explica|indica|escribie|publica|califica|respondie|replica|informa|asevera|insinua'),
  }),
  told({ type: 'statement', cameo: '112', pattern: subjunctive('acusa|culpa|responsabiliza') }),
  told({ type: 'statement', cameo: '111', pattern: subjunctive('critica|condena|denuncia') }),
  told({ type: 'report', cameo: '010', pattern: subjunctive('revela') }),
  told({ type: 'threat', cameo: '130', pattern: subjunctive('amenaza') }),
  told({ type: 'rejection', cameo: '120', pattern: subjunctive('rechaza|descarta') }),
  told({ type: 'military-operation', cameo: '190', pattern: subjunctive('captura|desplega|bombardea'), factual: true }),
  told({ type: 'arrest-extradition', cameo: '173', pattern: subjunctive('detuvie|arresta|aprehendie'), factual: true }),
  told({ type: 'arrest-extradition', cameo: '174', pattern: subjunctive('extradita|entrega|traslada|deporta'), factual: true }),
  told({ type: 'call', cameo: '041', pattern: `${subjunctive('habla|conversa')} por tel[eé]fono`, factual: true }),
  told({ type: 'meeting', cameo: '040', pattern: `se ${subjunctive('reunie')}`, factual: true }),
];
