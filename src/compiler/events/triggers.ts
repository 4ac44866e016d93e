/**
 * The event lexicon: English and Spanish trigger phrases, each with the event
 * type and CAMEO code it signals. CAMEO codes follow the CAMEO 1.1b3 codebook
 * (01 public statement, 04 consult, 05 diplomatic cooperation, 06 material
 * cooperation, 07 provide aid, 12 reject, 13 threaten, 17 coerce, 19 fight).
 * Only general language lives here: no names, no dates.
 */
import type { EventType } from '../../schema/timeline';
import { SUBJUNCTIVE_TRIGGERS } from './subjunctive-triggers';

export interface Trigger {
  type: EventType;
  cameo: string;
  /** Regex source (no groups that capture); matched case-insensitively on word boundaries. */
  pattern: string;
  /** The phrase only counts when a date mention ends right before it ("their March 2 talk"). */
  needsDateBefore?: boolean;
  /** The phrase only counts when this regex source matches within 100 characters after it. */
  needsAfter?: string;
  /** `needsAfter` may also match within 100 characters before the phrase. */
  orBefore?: boolean;
  /** How many characters after the phrase `needsAfter` may match in (default 100). */
  reach?: number;
  /** Skip the phrase when it is hedged ("possible strikes", "future meetings"). */
  factual?: boolean;
  /**
   * A noun naming a happening ("the operation", "tariffs"). Undated and after another trigger of
   * its sentence it is that trigger's object ("condemned the operation"), not an event of its own.
   */
  noun?: boolean;
  /** The phrase only makes an event with a date of its own: undated, it is a tally or a claim ("seized 600 kilos"). */
  dated?: boolean;
  /** The phrase's subject is a plural noun ("the leaders") naming the people of the story's last such event. */
  plural?: boolean;
  /** A speech verb in a clause of its own ("después de que X dijera…"): it does not give way to the main clause's happening. */
  ownClause?: boolean;
}

/** Measures a chamber votes on or a legislator brings before it. */
const LEGISLATION =
  '(?<![\\p{L}])(?:resolutions?|bills?|measures?|motions?|amendments?|pronouncements?|resoluci[oó]n(?:es)?|iniciativas?|proyectos? de ley|pronunciamientos?|puntos? de acuerdo|dict[aá]men(?:es)?|mociones|moci[oó]n|enmiendas?)(?![\\p{L}])';

export const TRIGGERS: readonly Trigger[] = [
  // 041 Discuss by telephone
  { type: 'call', cameo: '041', pattern: '(?:tele)?phone[- ]?calls?|video[- ]?calls?|calls? (?:with|between)|(?:tele)?phone conversations?|(?:spoke|spoken)(?: [\\p{L}]+){0,2} (?:by|on the|over the) (?:tele)?phone|phoned' },
  { type: 'call', cameo: '041', pattern: 'llamadas? telef[oó]nicas?|llamadas?|conversaci[oó]n(?:es)? telef[oó]nicas?|(?:habl[oó]|hablaron|conversaron|convers[oó])(?: [\\p{L}]+){0,2} por tel[eé]fono' },
  { type: 'call', cameo: '041', pattern: 'talk|conversation|conversaci[oó]n|charla', needsDateBefore: true },
  // "X also spoke Monday with Y": a conversation between two leaders, not a talk to the press.
  // "The leaders spoke on Thursday": two leaders speaking together is a conversation; "she spoke" alone is a statement.
  { type: 'call', cameo: '041', pattern: '(?:the (?:two )?(?:leaders|presidents)|both (?:leaders|presidents)) (?:also )?spoke|(?:ambos|los dos) (?:mandatarios|presidentes|l[ií]deres) (?:hablaron|conversaron)', plural: true },
  { type: 'call', cameo: '041', pattern: 'spoke(?: \\p{L}+)? with(?! (?:reporters|journalists|the press|the media|students|supporters|a crowd))|habl[oó] con el presidente|habl[oó] con la presidenta', factual: true },
  // 040 Consult; 042 Make a visit; 046 Engage in negotiation
  { type: 'meeting', cameo: '040', pattern: 'met with|meets with|meeting|meetings|summit|se reuni[oó]|se reunieron|reuni[oó]n|reuniones|cumbre|encuentro', factual: true },
  { type: 'meeting', cameo: '040', pattern: 'met(?! (?:the |its |their |this |that )?(?:deadline|demands?|targets?|goals?|criteria|requirements?|resistance|criticism|opposition|skepticism|scepticism|expectations?))', factual: true },
  { type: 'meeting', cameo: '042', pattern: 'visited|visits|visit|visita|visit[oó]|visitar[aá]|toured|recorri[oó]', factual: true },
  // "has traveled repeatedly to Washington to meet …": trips are visits.
  { type: 'meeting', cameo: '042', pattern: '(?:traveled|travelled|travels|trips?) (?:\\p{L}+ )?to|viaj[oó] (?:\\p{L}+ )?a|viajes? a', factual: true },
  // 043 Host a visit
  { type: 'meeting', cameo: '043', pattern: 'hosted|received|will receive|recibi[oó] a|recibir[aá] a|recibir[aá] al', factual: true },
  // "recibirá en Palacio Nacional al embajador": the place may come before the guest.
  { type: 'meeting', cameo: '043', pattern: 'recibi[oó]|recibir[aá]', needsAfter: '^\\s+en\\s[^,.;]{1,40}?\\s(?:al?|a la)\\s', factual: true },
  { type: 'meeting', cameo: '046', pattern: '(?<!(?:she|he|it|who|that|one) )talks(?! (?:about|of|to)(?![\\p{L}]))|negotiations|negociaci[oó]n(?:es)?|negociaron', factual: true },
  // 010 Make statement: an interview is a public statement given to the media.
  { type: 'interview', cameo: '010', pattern: 'interviews?|interviewed|entrevistas?|entrevistad[oa]' },
  // "speaking on CBS' \"Face the Nation\"": an appearance on a named programme is an interview.
  { type: 'interview', cameo: '010', pattern: '(?:speaking|appearing|appeared|spoke) on', needsAfter: '^\\s*(?:[\\p{L}.\'’]+\\s+){0,3}["“«]|^\\s*(?:television|TV|radio)(?![\\p{L}])' },
  { type: 'interview', cameo: '010', pattern: 'press conference|news conference|(?:press )?briefing|conferencia de prensa|rueda de prensa|conferencia matutina|ma[ñn]anera' },
  // 120 Reject
  { type: 'rejection', cameo: '120', pattern: 'rejects?|rejected|rejecting|rejection|turned down|turns down|dismissed|downplayed|ruled out|rules out|refused|voted down|votes down|rechaz[oó]|rechaza|rechazan|rechazaron|rechazo|descart[oó]|descarta|neg[oó]|se neg[oó]|minimiz[oó]|desech[oó]|desecharon|(?:ha|han|hab[ií]a|hab[ií]an) (?:ya )?(?:rechazado|desechado|descartado)' },
  // 138 Threaten with military force; 130 Threaten
  { type: 'threat', cameo: '138', pattern: "(?:did not|didn't|does not|doesn't|has not|hasn't|would not|won't) rule out|no descart[oó]|no descarta" },
  { type: 'threat', cameo: '130', pattern: 'threat(?:s|ened|ening)?|threatens|amenaz[oó]|amenaza|amenazas|amenazando|ultim[aá]tum' },
  // 190 Use conventional military force; 195 Employ aerial weapons
  { type: 'military-operation', cameo: '190', pattern: 'captured|raided|deployed|invaded|captur[oó]|capturaron|capturan|desplegaron|despleg[oó]', factual: true },
  // "forces seized Venezuelan leader X": seizing a person (a name or a title follows), not drugs or control.
  { type: 'military-operation', cameo: '190', pattern: 'seized', needsAfter: '^\\s+(?:\\p{Lu}|(?:the|its|their)\\s+(?:leader|president|former|deposed|ousted)\\b)', factual: true },
  // "marines dismantled a drug lab", "desmantelaron un narcolaboratorio": a raid on one site (not "dismantled 1,600 labs" since a date).
  { type: 'military-operation', cameo: '190', pattern: 'dismantled|desmantel[oó]|desmantelaron', needsAfter: '^\\s+(?:an?|un|una)\\s', factual: true },
  { type: 'military-operation', cameo: '190', pattern: 'capture|raids?|operations?|operation|offensive|deployment|invasion|operativos?|operaci[oó]n(?:es)?|captura|incursi[oó]n(?:es)?|despliegue', factual: true, noun: true },
  // Military reconnaissance is an operation; mere "surveillance" is intelligence gathering (064).
  { type: 'military-operation', cameo: '190', pattern: 'reconnaissance (?:flights|missions|patrols)|vuelos de reconocimiento|misiones de reconocimiento', factual: true },
  { type: 'military-operation', cameo: '195', pattern: 'struck|bombed|bombarde[oó]|bombardearon', factual: true },
  { type: 'military-operation', cameo: '195', pattern: 'air ?strikes?|drone strikes?|strikes?|bombing|bombardeos?|ataques? a[eé]reos?', factual: true, noun: true },
  // 172 Impose administrative sanctions (terrorist designation)
  { type: 'designation', cameo: '172', pattern: 'designat(?:ed|es|ing|ion|ions)|design[oó]|designaci[oó]n|design[oó]|clasific[oó]|catalog[oó]|declar[oó]', needsAfter: 'terroris', orBefore: true, factual: true },
  // "designated X, the Y cartel and four other groups as foreign terrorist organizations": a list may stand between.
  { type: 'designation', cameo: '172', pattern: 'designated|designates|design[oó]|designa', needsAfter: 'terroris', reach: 180, factual: true },
  // 010 Make statement (publication of findings)
  // "informó que…" is an official saying something (a statement below), not a publication of findings.
  { type: 'report', cameo: '010', pattern: 'reports?|reported|reporte|reportes|informe|informes|revel[oó]|revealed' },
  // Official figures made public: "CBP released figures on Jan. 16 showing…", "figures released by the department on
  // Friday", "la dependencia dio a conocer las cifras de diciembre".
  {
    type: 'report',
    cameo: '010',
    pattern:
      '(?:released|published|issued|unveiled) (?:(?:new|its|their|the|monthly|annual|official|preliminary|latest) ){0,2}(?:figures|data|statistics|numbers)|(?:figures|data|statistics) (?:released|published) by|(?:public[oó]|publicaron|dio a conocer|dieron a conocer|difundi[oó]|difundieron) (?:(?:las|los|sus|nuevas|nuevos) ){0,2}(?:cifras|datos|estad[ií]sticas)',
    factual: true,
  },
  // A poll or survey published is a finding of its own: "a poll by X found", "según un sondeo de X".
  { type: 'report', cameo: '010', pattern: 'polls?|opinion polls?|surveys?|encuestas?|sondeos?', factual: true, noun: true },
  // 173 Arrest, detain; 174 Expel or deport individuals (extradition)
  { type: 'arrest-extradition', cameo: '173', pattern: 'arrest(?:ed|s)?|apprehension|apprehended|detained|detention|detenid[oa]s?|detuvieron|detuvo|detienen|detiene|arrest[oó]|aprehendid[oa]s?|aprehensi[oó]n|recaptured|recapturad[oa]', factual: true },
  { type: 'arrest-extradition', cameo: '174', pattern: 'extradit(?:ed|ion|ions|es)|extraditad[oa]s?|extradici[oó]n|extradit[oó]|extradita|extraditan|expelled|deported|deportad[oa]s?|transferred|handed over|trasladó|trasladaron|trasladad[oa]s|entreg[oó]|(?:fue|fueron) entregad[oa]s?|fueron enviad[oa]s|were sent', factual: true },
  { type: 'arrest-extradition', cameo: '174', pattern: 'transfers?|traslados?', factual: true, noun: true },
  // "fueron llevados a territorio estadounidense": taken across a border or into custody, not merely moved.
  { type: 'arrest-extradition', cameo: '174', pattern: 'fueron llevad[oa]s|were taken', needsAfter: '^\\s+(?:a|al|to|into)\\s+(?:territorio|prisi[oó]n|c[aá]rceles?|la c[aá]rcel|prison|jail|custody|the United States|Estados Unidos)', factual: true },
  { type: 'arrest-extradition', cameo: '174', pattern: 'sent|sends|envi[oó]|enviaron|env[ií]a', needsAfter: '^\\s*(?:\\d|dozens|scores|hundreds|decenas|cientos)' },
  // "envió este martes a Estados Unidos a 37 personas", "del envío a Estados Unidos de 37 presuntos integrantes":
  // a number of people within a few words.
  { type: 'arrest-extradition', cameo: '174', pattern: 'sent|sends|flew|has flown|envi[oó]|enviaron|env[ií]a', needsAfter: '^(?:\\s+[^\\s,.;]+){0,6}?\\s+(?:a\\s+|de\\s+)?\\d[\\d,.]*\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:personas|presuntos|presuntas|reos|detenidos|integrantes|narcotraficantes|capos|operadores|miembros|prisoners|people|inmates|suspects|members|figures|operatives|defendants|fugitives|alleged|accused|smugglers|traffickers|pr[oó]fugos)(?![\\p{L}])', factual: true },
  { type: 'arrest-extradition', cameo: '174', pattern: 'env[ií]os?', needsAfter: '^(?:\\s+[^\\s,.;]+){0,6}?\\s+(?:a\\s+|de\\s+)?\\d[\\d,.]*\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:personas|presuntos|presuntas|reos|detenidos|integrantes|narcotraficantes|capos|operadores|miembros|prisoners|people|inmates|suspects|members|figures|operatives|defendants|fugitives|alleged|accused|smugglers|traffickers|pr[oó]fugos)(?![\\p{L}])', factual: true, noun: true },
  // 173 also covers charging: "X was indicted in 2020", "fue acusado formalmente".
  { type: 'arrest-extradition', cameo: '173', pattern: 'indicted|indictment|acusad[oa]s? formalmente|acusaci[oó]n formal', factual: true },
  // A hearing in court is a happening of its own, not the arrest or extradition that brought the defendant there:
  // "pleaded not guilty Tuesday, a week after Mexico flew him to the United States" tells two happenings.
  { type: 'other', cameo: '173', pattern: 'comparece|compareci[oó]|comparecer[aá]|appeared in court|arraigned|appear(?:s|ed)? (?:before a (?:federal )?judge|in (?:federal )?court)', factual: true },
  // Testimony before lawmakers is a happening of its own, beside what was said in it: "is testifying before the Senate
  // Foreign Relations Committee", "testified before a House panel".
  { type: 'other', cameo: '010', pattern: 'testif(?:y|ies|ied|ying)', needsAfter: '^\\s+(?:before|to)\\s+(?:the\\s+|a\\s+)?(?:[\\p{L}.-]+\\s+){0,3}?(?:Senate|House|Congress|[Cc]ommittee|[Ss]ubcommittee|panel|lawmakers|senators|legislators)(?![\\p{L}])', factual: true },
  // A plea in court: "pleaded guilty to drug trafficking charges", "se declaró culpable".
  { type: 'other', cameo: '173', pattern: 'pleaded guilty|pleads guilty|pled guilty|pleaded not guilty|se declar[oó] (?:no )?culpable|se declararon (?:no )?culpables', factual: true },
  // 014 Consider policy option; 070 Provide aid; 057 Sign formal agreement
  { type: 'policy', cameo: '014', pattern: 'announced|anunci[oó]|launched|lanz[oó]|increasing its|increased its|aument[oó]|cuts (?:its )?(?:benchmark |interest )?rates?|recorta (?:su |la )?tasa|se comprometi[oó]|committed to|agreed to', factual: true },
  { type: 'policy', cameo: '014', pattern: 'proposal|propuesta|directive|directiva|executive order|orden ejecutiva|decree|decreto|strategy|estrategia|reforms?|reforma|tariffs?|aranceles?|pressure|presi[oó]n', factual: true, noun: true },
  // A treaty's scheduled review ("the joint review is due by July 1").
  { type: 'policy', cameo: '014', pattern: '(?:joint|trade|treaty) review|revisi[oó]n (?:conjunta|del tratado)', factual: true, noun: true },
  { type: 'policy', cameo: '070', pattern: 'aid package|paquete de ayuda', factual: true },
  // 172 Impose administrative sanctions: "barred three banks from…", "sancionó a".
  { type: 'policy', cameo: '172', pattern: 'sanctioned|barred|blacklisted|sancion[oó]|sancionaron', factual: true },
  // "froze the accounts of", "congeló las cuentas": a financial sanction on people, not frozen prices.
  { type: 'policy', cameo: '172', pattern: 'froze|has frozen|congel[oó]|congelaron', needsAfter: '^\\s+(?:the\\s+|las?\\s+|los\\s+|their\\s+|sus\\s+)?(?:[\\p{L}]+\\s+)?(?:accounts|assets|funds|cuentas|bienes|activos|fondos)(?![\\p{L}])', factual: true },
  // Lifting a measure for some is a policy step of its own: "goods … were exempted two days later".
  { type: 'policy', cameo: '014', pattern: 'exempted|were exempt|eximi[oó]|eximieron|exent[oó]|exentaron|fueron eximid[oa]s|quedaron exentos', factual: true },
  // A measure coming into force ("the tariffs took effect on March 4"); the present tense may be a plan.
  { type: 'policy', cameo: '014', pattern: 'took effect|went into effect|came into (?:force|effect)|(?:entr[oó]|entraron) (?:\\p{L}+ )?en vigor', factual: true },
  // A chamber's vote: "the House passed a resolution", "la Cámara aprobó un pronunciamiento".
  { type: 'policy', cameo: '014', pattern: 'approved|passed|adopted|aprob[oó]|aprobaron|adopt[oó]', needsAfter: `${LEGISLATION}`, reach: 50, factual: true },
  // Bringing a measure before a chamber: "reintroduced a resolution", "presentó una iniciativa".
  { type: 'policy', cameo: '014', pattern: '(?:re)?introduced|filed|present[oó]|presentaron|volvi[oó] a presentar', needsAfter: `^\\s+(?:(?:a|an|the|his|her|their|its|una?|la|el|su)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${LEGISLATION}`, reach: 60, factual: true },
  // 014 Consider policy option: drawing up options is the event, the strikes it weighs are not.
  { type: 'policy', cameo: '014', pattern: '(?:drawn|drew|draws|draw) up (?:options|plans)|(?:prepar[oó]|elabor[oó]|prepararon|elaboraron) (?:opciones|planes)' },
  { type: 'policy', cameo: '057', pattern: 'signed|firm[oó]|firmaron|agreement|(?<!puntos? de )acuerdo' },
  // 186 Assassinate; 0841 Return, release person(s)
  // 1711 Confiscate property: a seizure of drugs, precursors or arms ("the Navy seized 1.5 tons of precursors", "aseguraron un cargamento").
  { type: 'other', cameo: '1711', pattern: 'seized|seizure of|confiscated|aseguramiento|aseguraron(?! que)|(?:ha|han|hab[ií]a|hab[ií]an|fue|fueron) asegurad[oa]s?|decomis[oó]|decomisaron|decomiso|incaut[oó]|incautaron|incautaci[oó]n', needsAfter: '(?<![\\p{L}])(?:tons?|toneladas?|kilos?|kilograms?|kilogramos?|pounds?|libras?|pills?|pastillas|precursors?|precursores|fentanyl|fentanilo|cocaine|coca[ií]na|methamphetamine|metanfetamina|drugs?|drogas?|narc[oó]ticos?|cargamentos?|shipments?|weapons|armas|rifles|fusiles)(?![\\p{L}])', orBefore: true, reach: 80, factual: true, dated: true },
  // "officers found roughly 180 pounds of fentanyl", "encontraron 90 kilos de cocaína": a find of a stated quantity (not "a study found").
  { type: 'other', cameo: '1711', pattern: 'found|discovered|hallaron|encontraron|localizaron', needsAfter: '^\\s+(?:(?:about|roughly|nearly|almost|more than|some|approximately|over|alrededor de|casi|m[aá]s de|cerca de|unos|unas)\\s+)?\\d[\\d,.]*\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:tons?|toneladas?|kilos?|kilograms?|kilogramos?|pounds?|libras?|pills?|pastillas|packages|paquetes)(?![\\p{L}])', factual: true, dated: true },
  { type: 'other', cameo: '186', pattern: 'killed|murdered|assassinated|asesinad[oa]|asesin[oó]', factual: true },
  { type: 'other', cameo: '186', pattern: 'killing|murder|assassination|asesinato', factual: true, noun: true },
  { type: 'other', cameo: '0841', pattern: 'freed|released (?:from (?:prison|jail|custody)|on (?:a technicality|bail|parole))|liberad[oa]|liber[oó]|excarcelad[oa]' },
  // Taking office is a dated happening ("since she took office in October 2024").
  { type: 'other', cameo: '010', pattern: 'took office|sworn in|swore in|took the oath(?: of office)?|was inaugurated|asumi[oó] (?:el cargo|la presidencia)|tom[oó] posesi[oó]n|rindi[oó] protesta|prest[oó] juramento|jur[oó](?= (?:\\p{L}+ )?(?:como|el cargo|ante))' },
  // "X, who has led the party since 2019": taking the lead then (the span's first day, see startsSpan).
  { type: 'other', cameo: '010', pattern: 'has led|have led|has headed|has chaired|ha encabezado|ha dirigido|ha liderado|lidera|encabeza|dirige', needsAfter: '^[^,.;:]{1,50}?\\s(?:since|desde)\\s+(?:(?:el|la|early|late|mid)[\\s-]+)?(?:\\d{4}|\\p{Lu}|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)', factual: true },
  // Taking power: "has since assumed control of the government", "asumió el control del país".
  { type: 'other', cameo: '010', pattern: '(?:assumed|assumes|took|takes|seized) (?:control|power)|asumi[oó] el (?:control|poder|mando)|tom[oó] el (?:control|poder)', factual: true },
  // 064 Share intelligence or information
  { type: 'other', cameo: '064', pattern: '(?:flew|flown|flies|fly|flying) (?:[\\p{L}-]+ ){0,3}drones|drones? (?:flew|sobrevol[oó])|sobrevol[oó]|sobrevolaron', factual: true },
  { type: 'other', cameo: '064', pattern: 'surveillance|drone flights|vigilancia|vuelos de drones|intelligence sharing|intercambio de inteligencia' },
  // 010 Make statement; 051 Praise or endorse; 111 Criticize or denounce
  { type: 'statement', cameo: '051', pattern: 'praised|praises|commended|elogi[oó]|celebr[oó]|reconoci[oó]' },
  { type: 'statement', cameo: '111', pattern: 'criticized|criticised|condemned|condemns|denounced|critic[oó]|conden[oó]|denunci[oó]' },
  // 112 Accuse; 100 Demand
  { type: 'statement', cameo: '112', pattern: '(?<!(?:the|of|\\d|several|other|many|more|some|alleged|among|two|three) )accused|accuses|blamed|blames|acus[oó]|acusa|culp[oó]|responsabiliz[oó]' },
  { type: 'statement', cameo: '100', pattern: 'demanded|demands|demand|urged|called for|exigi[oó]|exigen|pidi[oó]|reclam[oó]' },
  // "Roe's remarks last Thursday", "las declaraciones del martes": what was said, when its own date is given.
  { type: 'statement', cameo: '010', pattern: 'remarks|comments|declaraciones|dichos', noun: true, dated: true },
  // Told in the past perfect or, as Spain's press tells the news, the present perfect: "había advertido que…",
  // "ha pedido en declaraciones a la prensa…" ("had warned" has the simple past's form).
  { type: 'statement', cameo: '010', pattern: '(?:hab[ií]an?|han?) (?:ya |tambi[eé]n )?(?:dicho|advertido|afirmado|asegurado|se[ñn]alado|declarado|sostenido|reiterado|insistido|subrayado|expresado|anunciado|pedido|recordado|calificado)' },
  ...SUBJUNCTIVE_TRIGGERS,
  // "as her foreign minister, X, put it on Wednesday": the words were said then.
  { type: 'statement', cameo: '010', pattern: 'put it', needsAfter: '(?<![\\p{L}])as\\s[^.;:"“”]{1,80}$', orBefore: true, reach: 0 },
  { type: 'statement', cameo: '010', pattern: 'said|says|stated|told|asserted|warned|added|noted|declared|stressed|emphasi[sz]ed|insisted|argued|highlighted|acknowledged|affirmed|expressed|mentioned|reiterated|announced|dijo|afirm[oó]|sostuvo|asegur[oó]|se[ñn]al[oó]|advirti[oó]|expres[oó]|declar[oó]|destac[oó]|subray[oó]|insisti[oó]|reiter[oó]|manifest[oó]|indic[oó]|explic[oó]|coment[oó]|hinted|suggested|vowed|vows|promised|pledged|confirmed|tells|prometi[oó]|confirm[oó]|asever[oó]|insinu[oó]|wrote|posted|(?:issued|released) (?:a|the following|this) statement|present[oó] (?:cifras|datos|un balance)|presented (?:figures|data)|escribi[oó]|public[oó]|emiti[oó] un comunicado|comunicado|fue tajante|fue clar[oa]|was blunt|called it|calific[oó]|dice|afirma|asegura|sostiene|advierte|reitera|subraya|promete|consider[oó] que|consideraron que|opin[oó] que|lament[oó]|cuestion[oó]|responded|replied|answered|weigh(?:s|ed)? in|se limit[oó] a (?:decir|se[ñn]alar|responder|comentar|afirmar)|se pronunci[oó]|retorted|respondi[oó]|contest[oó]|revir[oó]|replic[oó]|inform[oó]|repeated|repiti[oó]' },
];

/** Words that make a following trigger denied or counterfactual ("never received a proposal"). */
export const NEGATED =
  /(?<![\p{L}\p{N}])(?:never|not|no|nunca|jam[aá]s|sin|rather than|instead of|en lugar de|en vez de|would be|would support|OK with|open to|ready for|listo para|dispuest[oa] a|que llevara a|que lleve a|que conduzca a)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,3}$/iu;

/**
 * A negation right before a speech verb: "has not formally responded", "did not say", "no respondió a una
 * solicitud de comentarios", "never replied". Nothing was said, so no statement (a few adverbs may stand between).
 */
export const DENIED_SPEECH =
  /(?:(?<![\p{L}\p{N}])(?:not|never|no|nunca|jam[aá]s|a[uú]n no|todav[ií]a no)|n['’]t)\s+(?:(?:yet|formally|publicly|immediately|officially|directly|ha|han|hab[ií]an?|se|le|les|lo|formalmente|p[uú]blicamente|oficialmente|directamente)\s+){0,2}$/iu;

/** Words that make a following trigger hypothetical rather than something that happened. */
export const HEDGES =
  /(?<![\p{L}\p{N}])(?:rule out|rules out|ruled out|threaten(?:s|ed)?(?: with)?|amenaz[oó] con|descart[oó]|descarta|potential|possible|future|upcoming|planned|proposed|hypothetical|would|could|might|may|to authorize|to allow|joint|posibles?|futur[oa]s?|eventual(?:es)?|pr[oó]xim[oa]s?|podr[ií]a|permitir|options? for|plans? for|opciones (?:para|de)|planes (?:para|de)|anniversary of|aniversario de(?:l| la)?|prospect of|possibility of|risk of|fear of|planning|planea|planean|la posibilidad de|el riesgo de|will|will continue|\p{L}{2,}(?:rá|rán))\s+(?:[\p{L}.'’-]+\s+){0,2}$/iu;

/**
 * Words right after a happening's noun that make it a plan: "That meeting is due to take
 * place Thursday", "the vote will be held", "la reunión está prevista para", "la sesión se
 * realizará". What is scheduled has not happened.
 */
export const PLANNED_AFTER =
  /^,?\s+(?:(?:is|are)\s+(?:now\s+)?(?:due|scheduled|expected|set|slated|planned)\s+(?:to|for)|(?:will|is going to|are going to)\s|(?:est[aá]n?|queda|quedan)\s+(?:previst[oa]s?|programad[oa]s?|agendad[oa]s?)|se\s+\p{Ll}{2,}(?:rá|rán)(?![\p{L}]))/u;
