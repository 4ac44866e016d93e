/**
 * Recognises blocks that are page furniture rather than article text: consent
 * banners, comment forms, share and subscribe lines, IDs, lone numbers, image
 * credits and "more coverage" tails. It decides from vocabulary (in several
 * languages) and from shape (no letters, a UUID, a block in another script than
 * the article). It refuses to drop a long paragraph on a single weak word: long
 * blocks need a strong banner phrase or several hits.
 */

/** Phrases that on their own mark a block as furniture. */
const STRONG: readonly RegExp[] = [
  /\bcookies?\b/i,
  /\bкуки\b|\bcookie-файл/iu,
  /this (?:site|website) uses|este sitio (?:web )?(?:utiliza|usa)|utilizamos cookies|usamos cookies|этот сайт использует|ce site utilise|diese website verwendet/iu,
  /\bleave a (?:reply|comment)\b|\blogged in to (?:post a )?(?:comment|reply)\b|\bdeja (?:un comentario|una respuesta)\b|\binicia(?:r)? sesi[oó]n para (?:publicar un )?comentar|\bdeixe (?:um comentário|uma resposta)\b|оставьте комментарий|оставить комментарий/iu,
  /your email address will not be published|tu (?:dirección de )?correo(?: electrónico)? no será publicad[oa]|required fields are marked|los campos obligatorios están marcados/iu,
  /\bsave my name, email\b|\bpost comment\b|\bpublicar comentario\b|\bcancel reply\b/i,
  /\b(?:sign up|subscribe) (?:for|to) (?:our|the) newsletter\b|\bsuscr[íi]bete (?:a|al) (?:nuestro )?(?:bolet[íi]n|newsletter)\b/iu,
  // "Get the Daily Report newsletter — … Subscribe now!", "Sign up here for our Americas newsletter."
  /\b(?:get|sign up(?: here)? for|receive|recibe|rec[íi]be|reciba) (?:the|our|nuestro|el|la)\b[^\n.!]{0,60}\b(?:newsletter|bolet[íi]n)\b|\bsubscribe now\b|\bsuscr[íi]bete (?:ahora|aqu[íi]|gratis)\b/iu,
  /\ball rights reserved\b|\btodos los derechos reservados\b|все права защищены/iu,
  /\bmore recent coverage\b|\bmore coverage\b|\bmás cobertura\b/i,
];

/** A cheap first pass: one scan for the words every STRONG pattern contains. */
const STRONG_ANY =
  /subscribe now|suscr[íi]bete|cookie|куки|this (?:site|website)|este sitio|utilizamos|usamos|этот сайт|ce site|diese website|leave a|logged in|sesi[oó]n para|deja (?:un|una)|deixe|оставьте|оставить|email address|correo|required fields|campos obligatorios|save my name|post comment|publicar comentario|cancel reply|newsletter|bolet|rights reserved|derechos reservados|права защищены|coverage|cobertura/iu;

/** Letters outside the Latin blocks; Latin articles only check scripts when one is present. */
const NON_LATIN_LETTER = /[\u0370-\u1dff\u2c00-\ud7ff]/u;

/** Image credits and captions' tails; a short line just before one is its caption. */
const IMAGE_CREDIT: RegExp =
  /\bai[- ]generated (?:image|illustration|photo)\b|\b(?:image|illustration|photo) generated (?:by|with) (?:ai|artificial intelligence)\b|\bimagen generada (?:por|con) (?:ia|inteligencia artificial)\b|\bgenerad[oa] (?:por|con) ia\b|изображение,? созданное (?:ии|искусственным интеллектом)|сообщено ии|\breported by ai\b|^(?:photo|foto|image|imagen|credit|cr[ée]dito|fotograf[íi]a|ilustraci[óo]n|illustration)\s*:|^(?:photo|foto) (?:by|de|por)\b|^(?:photograph|fotograf[íi]a|photo caption|pie de foto)\s*:|^file\s*[-–—]\s|\b(?:ap|afp|reuters|efe|getty) (?:photo|foto)\/|\b(?:getty images|ap photo|afp photo|reuters\/)|\((?:photo|foto|image|imagen)[: ]/;

/** Short lines that are buttons, share bars or labels. Matched against the whole block. */
const WHOLE_LINE: RegExp =
  /^(?:accept(?: all)?(?: cookies)?|reject(?: all)?|decline|agree|i agree|got it|ok|okay|settings|manage (?:settings|preferences)|learn more|more info|aceptar(?: todo| todas)?|rechazar(?: todo| todas)?|configurar|más información|leer más|read more|принять(?: все)?|отклонить(?: все)?|настройки|подробнее|share(?: this)?(?: article| story)?|compartir|tweet|email|print|imprimir|facebook|twitter|whatsapp|telegram|linkedin|x|copy link|copiar enlace|subscribe|suscr[íi]bete|follow(?: us)?|s[íi]guenos|reply|responder|advertisement|publicidad|anuncio|sponsored|patrocinado|comments?|comentarios?|tags?|etiquetas?|loading\.*|cargando\.*)[\s:.!]*$/;

/** Line starts that mark a credit, tag list or share prompt. */
const LINE_START: RegExp =
  /^(?:(?:read|see) (?:more|also|next)\s*:|related\s*:|also read\s*:|le[ea] tambi[ée]n\s*:|leer m[áa]s\s*:|te puede interesar\s*:|m[áa]s informaci[óo]n\s*:|ver tambi[ée]n\s*:|читайте также\s*:|share (?:on|this|via)|compartir en|follow us on|s[íi]guenos en|tags?:|etiquetas:|categories:|categor[íi]as:|temas:|topics:|keywords:|palabras clave:|filed under|copyright|©|\(c\) |click here|haz clic aqu[íi]|te recomendamos\s*:|recomendamos\s*:|lee m[áa]s\s*:|more on this (?:topic|story)\s*:|related (?:story|stories|article|articles|coverage|content)\s*:|recommended\s*:|(?:live|breaking|breaking news|en vivo|[úu]ltima hora)\s*:|follow (?:ap[’']?s|our) coverage\b|sign up (?:for|to)\b|by signing up\b|al suscribirte\b|purchase licensing rights|gift this article|reuse this content|load more comments|cargar m[áa]s comentarios|para comentar\b|download (?:the|our) app|descarga (?:la|nuestra) app|advertisement|publicidad)/;

/**
 * Contributor and agency credit lines: "Associated Press writer Jane Doe contributed
 * to this report.", "Reporting by …; Editing by …", "Con información de Reuters".
 * Matched against the lower-cased short line.
 */
const CONTRIBUTOR: RegExp =
  /\bcontributed (?:reporting )?to this (?:report|story|article)\b|^(?:some )?(?:information|material|reporting) (?:for|in) this (?:report|story|article) (?:came|comes|was taken) from\b|^(?:parte de )?la informaci[óo]n (?:de|para) (?:esta|este) (?:nota|art[íi]culo|reportaje) (?:proviene|procede) de\b|\bcontributed reporting\b|^(?:additional |with )?reporting by\b|^(?:writing|editing) by\b|^\(?con (?:informaci[óo]n|reportes?|datos) de [^,;.:]{2,60}\)?\.?$|^\(?informaci[óo]n de (?:agencias|afp|efe|reuters|ap)\b|^our standards\s*:|^[—–-]?\s*with (?:additional )?assistance from\b|^\(updates? (?:with|to)\b|^[\p{L}][\p{L}.'’ -]{1,60} (?:reported|contributed) from [\p{L}][\p{L}.'’ ,-]{1,50}\.?$|^[\p{L}][\p{L}.'’ -]{1,60} report[óo] desde [\p{L}][\p{L}.'’ ,-]{1,50}\.?$|^[\p{L}][\p{L}.'’ -]{1,60} (?:is|es) (?:an? |the |el |la |una? )?(?:[\p{L}-]+ ){0,4}(?:correspondent|reporter|writer|editor|producer|journalist|columnist|corresponsal|reportera?|periodista|editora?|columnista)\b[^.]{0,80}\.?$/u;

/** An editor's note that the page changed: "Update: This article has been updated with additional information." */
const UPDATE_NOTE: RegExp =
  /^(?:(?:update|updated|editor[’']?s note|correction|actualizaci[óo]n|nota del editor)\s*[:.—–-]\s*)?(?:this|the|esta|este|la|el) (?:article|story|report|post|nota|art[íi]culo|texto) (?:has been|was|ha sido|fue) (?:updated|corrected|amended|actualizad[oa]|corregid[oa])\b[^.]{0,120}\.?$/u;

/**
 * A correction or editor's note about the page itself: "Editor's note: An earlier version of
 * this story said …", "Correction: …", "Fe de erratas: …", "Una versión anterior de esta nota …".
 */
const CORRECTION_NOTE: RegExp =
  /^(?:editor[’']?s note|correction|clarification|correcci[óo]n|fe de erratas|aclaraci[óo]n|nota del editor|nota de la redacci[óo]n)\s*[:.—–-]\s*\S|^(?:an earlier|a previous) version of this\b|^una versi[óo]n anterior de (?:esta|este)\b/u;

/** A broadcast's sign-on for its reporter: "Special correspondent Jane Roe reports from Alden.", "Ana Ruiz informa desde Alden." */
const REPORTS_FROM: RegExp =
  /^\p{Lu}[\p{L}.'’ -]{1,60} (?:reports|is reporting|reporta|informa) (?:from|desde) \p{Lu}[\p{L}.'’-]*(?:,? (?:\p{Lu}[\p{L}.'’-]*|de|del|la|el)){0,4}\.?$/u;

/** Page furniture lines seen on news sites: navigation, share and audio prompts. */
const FURNITURE: RegExp =
  /^(?:skip to (?:main )?content|saltar al contenido|copy link(?: copied)?|link copied|enlace copiado|comparte esta nota|compartir esta nota|reddit|guardar|save|edici[óo]n impresa|print edition|listen to (?:this )?article|escuchar (?:esta )?nota|everybody can reply|sign in to reply|inicia sesi[óo]n para responder)\b|you can now listen to\b|top headlines are here\b/u;

export const IMAGE_CREDIT_REASON = 'image credit';

/**
 * A video's caption or player label: "VIDEO: Officials arrive at the bridge (KXRB)", "VIDEO | Así fue el debate",
 * "WATCH: …". It names the clip, which repeats the story (a quote in it is the clip's headline), so it is furniture.
 */
const VIDEO_CAPTION = /^(?:video|v[íi]deo|watch|mira|en video)\s*[:|]\s*\S/u;

/** A markets story's instrument line: "In this article: USDMXN=X · EWW · ^MXX", "Tickers: …". */
const TICKER_LINE = /^(?:in this (?:article|story)|tickers?|en este art[íi]culo|cotizaciones)\s*[*_]*\s*:/u;

/** "#nearshoring #Mexico #tariffs": a line of hashtags only, the post's tags. */
const HASHTAG_LINE = /^(?:#[\p{L}\p{N}_]+[\s,;·|]*){2,}$/u;

/** Markdown emphasis and list marks around a line: "**Read more: …**", "- Related: …". */
const MARKDOWN_WRAP = /^[\s*_>#-]+|[\s*_]+$/gu;
/** A bold line in capitals ("**SENATE PASSES NEW LAW AS DEADLINE LOOMS**"): a promoted headline, not prose. */
const BOLD_CAPS = /^\*\*[^*\p{Ll}]{12,200}\*\*$/u;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_ID = /^[0-9a-f]{16,}$/i;
/** One long token of letters, digits and dashes with at least three digits: an ID, not a word. */
const TOKEN_ID = /^(?=(?:[^\d]*\d){3})[\w-]{12,80}$/;
const HAS_LETTER = /\p{L}/u;
/** A numeric date with at most a clock time and separators around it; a two-digit year needs the time ("[03.03.26 08:14]"). */
const NUMERIC_STAMP =
  /^[\s|·•,(\[-]*(?:(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2})(?:[\s|·•,T-]+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?|\d{1,2}([./-])\d{1,2}\1\d{2},?\s+\d{1,2}:\d{2}(?::\d{2})?)[\s)\]]*$/u;

export type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'cjk' | 'other';

function scriptOf(code: number): Script | null {
  if (code < 0x41) return null;
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) return 'latin';
  if (code >= 0x400 && code <= 0x52f) return 'cyrillic';
  if (code >= 0x370 && code <= 0x3ff) return 'greek';
  if (code >= 0x590 && code <= 0x5ff) return 'hebrew';
  if (code >= 0x600 && code <= 0x6ff) return 'arabic';
  if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af)) return 'cjk';
  if (code > 0x24f && /\p{L}/u.test(String.fromCodePoint(code))) return 'other';
  return null;
}

/** Letter counts per script in text[start, end), sampling at most `limit` characters. */
export function scriptCounts(text: string, start: number, end: number, limit = 4000): Map<Script, number> {
  const counts = new Map<Script, number>();
  const stop = Math.min(end, start + limit);
  // Latin letters, nearly every character here, are counted in a local (a map update per letter was
  // most of this scan); the map still gets 'latin' when first seen, as its order breaks ties.
  let latin = 0;
  for (let i = start; i < stop; i += 1) {
    const script = scriptOf(text.charCodeAt(i));
    if (script === 'latin') {
      if (latin === 0) counts.set('latin', 0);
      latin += 1;
    } else if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  if (latin > 0) counts.set('latin', latin);
  return counts;
}

export function dominantScript(counts: Map<Script, number>): Script | null {
  let best: Script | null = null;
  let bestCount = 0;
  for (const [script, count] of counts) {
    if (count > bestCount) {
      best = script;
      bestCount = count;
    }
  }
  return best;
}

/** A markdown link: "[Headline](https://…)". */
const MARKDOWN_LINK = /\[[^\[\]\n]{1,200}\]\([^()\s]{1,300}\)/gu;
const MAX_LINK_LIST = 3000;

/**
 * "**Más noticias:** [Headline one](…) · [Headline two](…)": two links or more with at most a
 * short label around them are a box of links to other stories, not text of this one.
 */
function isLinkList(text: string): boolean {
  if (text.length > MAX_LINK_LIST || !text.includes('](')) return false;
  let links = 0;
  const rest = text.replace(MARKDOWN_LINK, () => {
    links += 1;
    return ' ';
  });
  return links >= 2 && rest.replace(/[\s*_·|•,;/–—-]+/gu, ' ').trim().length <= 40;
}

/**
 * Why the block is noise, or null when it is not. `articleScript` is the script
 * most of the article is written in.
 */
export function noiseReason(blockText: string, articleScript: Script | null): string | null {
  const text = blockText.trim();
  if (text.length === 0) return 'empty';
  // "14/01/2027 10:15" has no words but is a timestamp, which the meta lines read.
  if (!HAS_LETTER.test(text.slice(0, 2000))) return NUMERIC_STAMP.test(text) ? null : /^\d{1,12}$/.test(text) ? 'lone number' : 'no words';
  if (text.length <= 80 && (UUID.test(text) || HEX_ID.test(text) || TOKEN_ID.test(text))) return 'identifier';
  const short = text.length <= 300;
  if (short) {
    // These patterns are written in lower case and run on the lower-cased line.
    const lower = text.replace(MARKDOWN_WRAP, '').toLowerCase();
    if (BOLD_CAPS.test(text) && text.split(/\s+/u).length >= 4 && /\p{Lu}/u.test(text)) return 'promoted headline';
    if (WHOLE_LINE.test(lower)) return 'button or label';
    if (IMAGE_CREDIT.test(lower)) return IMAGE_CREDIT_REASON;
    if (LINE_START.test(lower) || HASHTAG_LINE.test(text)) return 'credit, share or tag line';
    if (VIDEO_CAPTION.test(lower)) return 'video caption';
    if (TICKER_LINE.test(lower)) return 'ticker line';
    if (CONTRIBUTOR.test(lower)) return 'contributor credit';
    if (UPDATE_NOTE.test(lower) || CORRECTION_NOTE.test(lower)) return "editor's update note";
    if (text.length <= 160 && REPORTS_FROM.test(text.replace(MARKDOWN_WRAP, ''))) return 'contributor credit';
    if (text.length <= 160 && FURNITURE.test(lower)) return 'page furniture';
  }
  if (isLinkList(text)) return 'list of links';
  const head = text.slice(0, 1500);
  if (STRONG_ANY.test(head)) {
    let hits = 0;
    for (const pattern of STRONG) if (pattern.test(head)) hits += 1;
    if (hits > 0 && (short || hits >= 2 || text.length <= 600)) return 'banner, form or credit vocabulary';
  }
  if (articleScript && (articleScript !== 'latin' || NON_LATIN_LETTER.test(head))) {
    const counts = scriptCounts(text, 0, text.length, 2000);
    const own = counts.get(articleScript) ?? 0;
    let total = 0;
    for (const count of counts.values()) total += count;
    if (total > 0 && own / total < 0.3) return 'different script from the article';
  }
  return null;
}
