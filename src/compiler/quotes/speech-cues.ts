/**
 * Words that report speech, in English and Spanish, as folded keys (lower case,
 * no accents: "afirmó" → "afirmo"). General language knowledge only.
 */

const EN_VERBS = [
  'say', 'says', 'said', 'saying', 'stated', 'stating', 'told', 'telling',
  'assert', 'asserts', 'asserted', 'asserting', 'warn', 'warns', 'warned', 'added', 'adding',
  'noted', 'noting', 'argue', 'argues', 'argued', 'arguing', 'stresses', 'stressed', 'stressing',
  'propose', 'proposes', 'proposed', 'proposing', 'conclude', 'concludes', 'concluded', 'concluding', 'declare', 'declares',
  'declared', 'declaring', 'insist', 'insists', 'insisted', 'insisting', 'acknowledge', 'acknowledges', 'acknowledged',
  'acknowledging', 'explain', 'explains', 'explained', 'explaining', 'claimed', 'claiming', 'maintain',
  'maintains', 'maintained', 'emphasize', 'emphasizes', 'emphasized', 'emphasizing', 'emphasise', 'emphasised',
  'reiterate', 'reiterates', 'reiterated', 'reiterating', 'replied', 'respond', 'responds', 'responded', 'answered', 'answering',
  'wrote', 'tweeted', 'posted', 'announce', 'announces', 'announced',
  'confirm', 'confirms', 'confirmed', 'denied', 'admitted', 'questioned',
  'questioning', 'ask', 'asks', 'asked', 'asking', 'urge', 'urges', 'urged', 'urging', 'vowed', 'promise',
  'promised', 'predict', 'predicts', 'predicted', 'suggest', 'suggests', 'suggested', 'suggesting', 'mention',
  'mentioned', 'commented', 'remarked', 'recalls',
  'recalled', 'recalling', 'observed', 'contend', 'contends', 'contended', 'cautions',
  'cautioned', 'criticize', 'criticizes', 'criticized', 'criticised', 'called', 'calling', 'describe',
  'describes', 'described', 'describing', 'praise', 'praises', 'praised', 'praising', 'clarify', 'clarifies', 'clarified',
  'highlighted', 'highlighting', 'continued', 'affirm', 'affirms',
  'affirmed', 'declaring', 'shout', 'shouted', 'exclaimed', 'told', 'boasted', 'complained', 'joked', 'pledged', 'vowing',
  'accused', 'accusing', 'dismissed', 'dismissing', 'rejected', 'rejecting', 'threatened', 'threatening', 'testified',
  'announcing', 'recounted', 'underlined', 'underscored', 'conceded', 'countered', 'retorted', 'stressing', 'lamented',
  // Present tense of live reporting ("she adds", "he writes"), and naming words ("what she calls '…'", "hailed it as '…'").
  'adds', 'writes', 'writing', 'replies', 'calls', 'hailed', 'celebrated', 'talked', 'inviting', 'invited',
  // "issued a statement expressing its '…'": what a statement expresses is its author's words.
  'expressed', 'expressing', 'expresses',
  // "demanded 'proof of life'": a demand is made in words.
  'demanded', 'demanding',
  // "while repeating that cooperation cannot mean '…'".
  'repeating', 'repeats', 'repeated',
  // "citing 'faster unloading'", "welcomed the fee as 'a welcome breather'": words quoted as someone's reason or verdict.
  'citing', 'cited', 'cites', 'welcomed', 'welcomes', 'welcoming',
];

const ES_VERBS = [
  'dijo', 'dice', 'decia', 'dicho', 'diciendo', 'afirmo', 'afirma', 'afirmando', 'sostuvo', 'sostiene', 'sosteniendo',
  'aseguro', 'asegura', 'asegurando', 'senalo', 'senala', 'senalando', 'advirtio', 'advierte', 'advirtiendo', 'expreso',
  'expresa', 'declaro', 'declara', 'declarando', 'indico', 'indica', 'indicando', 'anadio', 'anade', 'anadiendo',
  'agrego', 'agrega', 'agregando', 'subrayo', 'subraya', 'subrayando', 'explico', 'explica', 'explicando', 'manifesto',
  'insistio', 'insiste', 'reitero', 'reitera', 'destaco', 'destaca', 'destacando', 'apunto', 'enfatizo', 'enfatiza',
  'comento', 'comenta', 'preciso', 'respondio', 'responde', 'cuestiono', 'pregunto', 'recalco', 'puntualizo', 'admitio',
  'reconocio', 'reconoce', 'denuncio', 'critico', 'califico', 'escribio', 'publico', 'anuncio', 'anuncia', 'concluyo',
  'defendio', 'sentencio', 'reclamo', 'acuso', 'exigio', 'pidio', 'prometio', 'rechazo', 'aclaro', 'confirmo', 'nego',
  'recordo', 'alerto', 'elogio', 'llamo', 'opino', 'considero', 'planteo', 'propuso', 'mencionado', 'menciono',
  'afirmar', 'asegurar', 'senalar', 'advertir', 'declarar', 'detallo', 'adelanto', 'refirio', 'asevero', 'resalto',
  'remarco', 'acoto', 'expuso', 'informo', 'reviro', 'relato', 'narro', 'conto', 'insistio', 'celebro',
  // A forecast is said too: "«…», pronosticó", "predijo X".
  'pronostico', 'pronostica', 'predijo', 'vaticino',
  // Plural subjects: "los funcionarios dijeron", "los legisladores advirtieron".
  'dijeron', 'afirmaron', 'senalaron', 'aseguraron', 'indicaron', 'declararon', 'agregaron', 'anadieron', 'advirtieron',
  'explicaron', 'sostuvieron', 'insistieron', 'expresaron',
  // Answering and summing up: "contestó", "«…», resume X" (the present of feature writing).
  'contesto', 'contesta', 'contestaron', 'resumio', 'resume', 'resumieron', 'reafirmo', 'reafirma', 'reafirmaron',
  // "«…», escribe en un informe el analista X": the present of an analysis or column.
  'escribe', 'escriben',
  // Compound tenses: "X había declarado que…", "ha asegurado", "habría advertido".
  'declarado', 'afirmado', 'asegurado', 'senalado', 'advertido', 'sostenido', 'insistido', 'reiterado', 'explicado',
  'expresado', 'reconocido', 'admitido', 'denunciado', 'prometido',
  // The perfect of live blogs and Spain's press ("ha escrito", "ha respondido", "ha pedido").
  'escrito', 'respondido', 'contestado', 'pedido', 'exigido', 'confirmado', 'recordado', 'subrayado', 'destacado',
  'manifestado', 'indicado', 'anadido', 'agregado', 'criticado', 'defendido', 'reclamado', 'apuntado', 'insistido',
  // The participles of the simple-past cues above: "ha recalcado la Fiscalía", "ha precisado la FGR".
  'recalcado', 'precisado', 'puntualizado', 'comentado', 'aclarado', 'enfatizado', 'remarcado',
  // "lo describió como «…»": a description in words.
  'describio', 'describe', 'describieron', 'descrito', 'descrita',
  // "fue calificada por X como «…»": a passive with its speaker after "por".
  'calificado', 'calificada',
  // "ha repetido que México «no acepta»".
  'repitio', 'repite', 'repetido',
  // Verdicts and rebukes after the quote: "«…», pronosticó", "«…», reprochó la legisladora".
  'reprocho', 'ironizo', 'remato', 'zanjo', 'replico', 'recrimino',
  // "habló de una reunión «muy buena»", as "talked" above: what someone talked of in quoted words is theirs.
  'hablo',
];

/**
 * Subjunctive and conditional forms ("un día después de que Roe dijera que…",
 * "aunque afirmase…"): reported speech in subordinate clauses. Compound tenses
 * ("ha dicho", "había dicho", "va a afirmar") are the participle or infinitive
 * above; "decir" itself is left out, since "es decir" (that is) is no speech.
 */
const ES_SUBJUNCTIVE = [
  'dijera', 'dijese', 'dijeran', 'dijesen', 'diga', 'digan', 'diria', 'afirmara', 'afirmase', 'afirme', 'asegurara',
  'asegurase', 'asegure', 'senalara', 'senalase', 'advirtiera', 'advirtiese', 'declarara', 'declarase', 'sostuviera',
  'expresara', 'indicara', 'anadiera', 'agregara', 'explicara', 'insistiera', 'reiterara', 'advertia', 'afirmaba',
  'aseguraba', 'senalaba', 'sostenia', 'insistia', 'explicaba', 'declaraba', 'agregaba', 'anadia',
];

/** English forms after an auxiliary ("would say", "had told", "will tell"); nouns as well as verbs ("claim", "reply") are left out. */
const EN_MORE = ['tell', 'tells', 'deny', 'denies', 'admit', 'admits'];

/** "X, stating, '…'": the subject of a participle cue is the subject of the clause. */
const PARTICIPLES = new Set(
  [...EN_VERBS.filter((v) => v.endsWith('ing')), ...ES_VERBS.filter((v) => v.endsWith('ando') || v.endsWith('iendo'))],
);

const CUE_WORDS = new Set([...EN_VERBS, ...EN_MORE, ...ES_VERBS, ...ES_SUBJUNCTIVE]);

/** "according to X", "según X": the speaker comes after the cue. */
const SOURCE_PREPOSITIONS = new Set(['segun']);
const SOURCE_PAIRS = new Map<string, string>([
  ['according', 'to'],
  ['acuerdo', 'con'],
]);

export function isSpeechCue(key: string): boolean {
  return CUE_WORDS.has(key) || SOURCE_PREPOSITIONS.has(key);
}

export function isParticipleCue(key: string): boolean {
  return PARTICIPLES.has(key);
}

/** Whether the word at `key` (followed by `next`) introduces its source after it: "according to", "según". */
export function isSourceCue(key: string, next: string | undefined): boolean {
  if (SOURCE_PREPOSITIONS.has(key)) return true;
  const pair = SOURCE_PAIRS.get(key);
  return pair !== undefined && pair === next;
}

/** Any cue: a speech verb or a source phrase. */
export function isCueAt(key: string, next: string | undefined): boolean {
  return CUE_WORDS.has(key) || isSourceCue(key, next);
}

const SPOKE = new Set(['spoke', 'spoken', 'speaks']);
/** Verbs of a ruling or finding, speech only before "that"/"que" ("found that", not "found the body"). */
const RULING = new Set(['found', 'finds', 'ruled', 'rules', 'determino', 'dictamino', 'resolvio']);
/** Words before "decir" that make it speech: "a decir" (se limitó a, volvió a), "solía decir", "le gustaba decir". */
const DECIR_FRAMES = new Set(['a', 'solia', 'suele', 'suelen', 'solian', 'gustaba', 'gusta']);

/** Whether word `j` of a list is a cue ("so-called" is not a cue: it marks a scare quote). */
export function isCueWord(words: readonly { key: string }[], j: number): boolean {
  const w = words[j];
  if (!w) return false;
  if (w.key === 'called' && words[j - 1]?.key === 'so') return false;
  // "has spoken of 'berths before tariffs'": speaking of words, not with someone.
  if (SPOKE.has(w.key)) return words[j + 1]?.key === 'of';
  // "se limitó a decir que…", "solía decir": "decir" framed by another verb is speech, unlike "es decir".
  if (w.key === 'decir') return DECIR_FRAMES.has(words[j - 1]?.key ?? '');
  // "she found that no condition could 'reasonably assure'", "el juez determinó que": a ruling is stated in words.
  if (RULING.has(w.key)) return words[j + 1]?.key === 'that' || words[j + 1]?.key === 'que';
  return isCueAt(w.key, words[j + 1]?.key);
}

const SPANISH_FINITE = new Set(
  [...ES_VERBS, ...ES_SUBJUNCTIVE].filter((v) => !v.endsWith('ando') && !v.endsWith('iendo') && !/(?:ad|id|it)[oa]$/u.test(v) && !v.endsWith('r')),
);

/** A conjugated Spanish speech verb ("subrayó", "dijo"), which may carry its subject implicitly. */
export function isSpanishFiniteCue(key: string): boolean {
  return SPANISH_FINITE.has(key);
}

/** Forms of "haber" that make a perfect tense: "ha dicho", "han asegurado", "había advertido". */
const HABER = new Set(['ha', 'han', 'habia', 'habian', 'habria', 'habrian', 'hubiera']);
const PARTICIPLE = /(?:ad[oa]|id[oa]|cho|ito|to)$/u;

/**
 * Whether word `j` opens a conjugated Spanish speech verb, simple ("subrayó")
 * or perfect ("ha afirmado"); returns the index of its last word, or -1.
 */
export function spanishFiniteAt(words: readonly { key: string }[], j: number): number {
  const w = words[j];
  if (!w) return -1;
  if (SPANISH_FINITE.has(w.key)) return j;
  const next = words[j + 1];
  return HABER.has(w.key) && next !== undefined && CUE_WORDS.has(next.key) && PARTICIPLE.test(next.key) ? j + 1 : -1;
}
