/**
 * A saved web page → the article's text. @mozilla/readability (over linkedom's
 * DOM, which never runs scripts or loads resources) picks the main content; its
 * blocks become paragraphs separated by blank lines, headed by the title, so the
 * text stages see the same shape as a `.txt` article. Title, canonical URL,
 * outlet, publication day and language come from the page's meta tags when
 * present. Markup never survives: the result is plain text.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseMetaDate } from './calendar-date';
import { localPublishedDay } from './local-day';
import { normalizeLanguage } from './meta-fields';

export const MAX_READABILITY_DEPTH = 120;
export const MAX_READABILITY_ELEMENTS = 30000;

export interface HtmlArticle {
  /** False when the page was too deep or too large for article detection and all its text was kept. */
  articleDetected: boolean;
  text: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'CANVAS']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Paragraph texts of an element tree: each block element with text becomes one paragraph. */
export function blockTexts(root: DomNode): string[] {
  const out: string[] = [];
  let inline = '';
  const flush = (): void => {
    const text = inline
      .split('\n')
      .map((line) => line.replace(/[ \t\f\v\u00A0\r]+/g, ' ').trim())
      .filter((line) => line !== '')
      .join('\n');
    if (text !== '') out.push(text);
    inline = '';
  };
  // Iterative, so a page nested 100,000 elements deep cannot overflow the stack.
  const stack: { node: DomNode; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop() as { node: DomNode; exit: boolean };
    if (exit) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      inline += (node.textContent ?? '').replace(/\s+/g, ' ');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      inline += '\n';
      continue;
    }
    if (BLOCK.has(name)) {
      flush();
      stack.push({ node, exit: true });
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) {
      const child = node.childNodes[i];
      if (child) stack.push({ node: child, exit: false });
    }
  }
  flush();
  return out;
}

/** Deepest element nesting and element count, without recursion. */
export function domShape(root: DomNode): { depth: number; elements: number } {
  let depth = 0;
  let elements = 0;
  const stack: [DomNode, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [node, level] = stack.pop() as [DomNode, number];
    if (node.nodeType !== 1) continue;
    elements += 1;
    if (level > depth) depth = level;
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (child) stack.push([child, level + 1]);
    }
  }
  return { depth, elements };
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
export const MAX_HTML_DEPTH = 1000;

/**
 * Nesting depth of the markup, estimated in one linear pass over the tags before
 * any DOM is built: the DOM parser itself slows down badly on hostile nesting.
 */
export function estimateHtmlDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const match of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(\/?)>/g)) {
    const name = (match[2] ?? '').toLowerCase();
    if (match[1]) depth = Math.max(0, depth - 1);
    else if (!match[3] && !VOID.has(name)) {
      depth += 1;
      if (depth > max) max = depth;
    }
  }
  return max;
}

/** True when a `.txt` file is really a whole saved HTML page. */
export function looksLikeHtmlPage(text: string): boolean {
  const head = text.slice(0, 2048).trimStart();
  if (/^(?:<\?xml[^>]*>\s*)?<!doctype\s+html/i.test(head) || /^<html[\s>]/i.test(head)) return true;
  return /^<(?:head|body)[\s>]/i.test(head) && /<\/(?:body|html)>/i.test(text);
}

function meta(document: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const element = document.querySelector(selector);
    const value = element?.getAttribute('content') ?? element?.getAttribute('href') ?? element?.getAttribute('datetime');
    if (value && value.trim() !== '') return value.trim();
  }
  return null;
}

/** Elements that are never the story: site navigation, forms, captions, asides and page footers. */
const FURNITURE_SELECTOR =
  'aside, nav, form, figcaption, footer, dialog, [role="dialog"], [role="complementary"], [role="navigation"], [role="contentinfo"], [role="alertdialog"]';
/** Class or id words of related-link lists, newsletter boxes, consent banners, share bars and comment threads. */
const FURNITURE_NAME =
  /^(?:related(?:[-_].*)?|.*[-_]related|more[-_]on|more[-_]stories|recommended(?:[-_].*)?|read[-_]next|newsletter(?:[-_].*)?|.*[-_]newsletter|cookie(?:[-_].*)?|consent(?:[-_].*)?|comments?|comment[-_](?:list|section|thread)s?|share[-_](?:tools|bar|buttons)|social[-_]share|breadcrumbs?|ad[-_]slot|outbrain|taboola)$/iu;

interface FurnitureElement {
  getAttribute(name: string): string | null;
  remove(): void;
  textContent: string | null;
}

/**
 * Takes page furniture out of a parsed page before the article is looked for, so
 * neither Readability nor the whole-page fallback reads a related-links aside, a
 * photo caption or a comment thread as article text. It removes nothing when
 * that would leave the page without text (a page that is all aside).
 */
export function removePageFurniture(document: Document): void {
  const found = new Set<FurnitureElement>(document.querySelectorAll(FURNITURE_SELECTOR) as unknown as Iterable<FurnitureElement>);
  for (const element of document.querySelectorAll('[class], [id]') as unknown as Iterable<FurnitureElement>) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.split(/\s+/u);
    if (names.some((name) => name !== '' && FURNITURE_NAME.test(name))) found.add(element);
  }
  if (found.size === 0) return;
  const total = (document.body?.textContent ?? '').trim().length;
  let removed = 0;
  for (const element of found) removed += (element.textContent ?? '').trim().length;
  // Nested matches count twice, so this errs towards keeping the page whole.
  if (total === 0 || removed >= total) return;
  for (const element of found) element.remove();
}

/** linkedom leaves `documentElement` null for a fragment; give every input a full document shell. */
function asDocument(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

export function extractHtmlArticle(input: string): HtmlArticle {
  const html = asDocument(input);
  const { document } = parseHTML(html);
  removePageFurniture(document as unknown as Document);
  const title =
    meta(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    (document.querySelector('title')?.textContent?.trim() || null);
  const url = meta(document, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  const publishedRaw = meta(document, [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[name="DC.date.issued"]',
    'meta[itemprop="datePublished"]',
    'time[datetime]',
  ]);
  const language = normalizeLanguage(document.documentElement?.getAttribute('lang') ?? '');
  const siteName = meta(document, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);

  let paragraphs: string[] = [];
  let readabilityTitle: string | null = null;
  let readabilityPublished: string | null = null;
  // Readability's cost grows much faster than the page when elements nest deeply
  // (a thousand nested divs take minutes), so hostile shapes skip it and keep all text.
  const shape = document.documentElement ? domShape(document.documentElement as unknown as DomNode) : { depth: 0, elements: 0 };
  const simple = shape.depth <= MAX_READABILITY_DEPTH && shape.elements <= MAX_READABILITY_ELEMENTS;
  if (simple) {
    try {
      // Readability mutates the DOM it is given, so it reads a second parse.
      const page = parseHTML(html).document as unknown as Document;
      removePageFurniture(page);
      const article = new Readability(page, { maxElemsToParse: MAX_READABILITY_ELEMENTS }).parse();
      if (article?.content) paragraphs = blockTexts(parseHTML(`<body>${article.content}</body>`).document.body as unknown as DomNode);
      readabilityTitle = article?.title?.trim() || null;
      readabilityPublished = article?.publishedTime ?? null;
    } catch {
      paragraphs = [];
    }
  }
  if (paragraphs.length === 0) {
    const root = (document.body ?? document.documentElement) as unknown as DomNode | null;
    if (root) paragraphs = blockTexts(root);
  }

  const finalTitle = title ?? readabilityTitle;
  const blocks = finalTitle && paragraphs[0] !== finalTitle ? [finalTitle.replace(/\s+/g, ' '), ...paragraphs] : paragraphs;
  const published = publishedRaw ?? readabilityPublished;
  return {
    articleDetected: simple,
    text: blocks.join('\n\n'),
    title: finalTitle,
    url,
    outlet: siteName,
    published: published ? (localPublishedDay(published, blocks) ?? parseMetaDate(published)) : null,
    language,
  };
}
