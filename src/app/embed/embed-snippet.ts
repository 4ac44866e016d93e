/**
 * Writes the HTML a newsroom pastes into an article. The title is document text
 * (untrusted), so every attribute value is escaped; URLs are built with URL, and
 * only http(s) app URLs are accepted.
 */
export const FALLBACK_HEIGHT = 600;

/** Params that describe the full app's own mode, not the view to embed. */
const DROP = ['present', 'stop', 'embed'];

export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function withEmbedParam(url: URL): string {
  const search = url.search ? `${url.search}&embed` : '?embed';
  return `${url.origin}${url.pathname}${search}`;
}

/** The current view's URL in embed form, or null when the page is not on http(s). */
export function embedUrlFor(currentHref: string): string | null {
  let url: URL;
  try {
    url = new URL(currentHref);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  for (const key of DROP) url.searchParams.delete(key);
  url.hash = '';
  return withEmbedParam(url);
}

/** The same view opened in full (what the embed's "Open the full timeline" link points to). */
export function fullUrlFor(currentHref: string): string {
  const url = new URL(currentHref);
  for (const key of DROP) url.searchParams.delete(key);
  return url.href;
}

export function scriptSnippet(embedUrl: string, title: string): string {
  const app = new URL(embedUrl);
  app.searchParams.delete('embed');
  const script = new URL('embed.js', app).href;
  return [
    `<div data-cronologia="${escapeAttribute(app.href)}" data-cronologia-title="${escapeAttribute(title)}">`,
    `  <a href="${escapeAttribute(app.href)}">${escapeText(title)}</a>`,
    `</div>`,
    `<script src="${escapeAttribute(script)}" async></script>`,
  ].join('\n');
}

export function iframeSnippet(embedUrl: string, title: string): string {
  return [
    `<iframe src="${escapeAttribute(embedUrl)}" title="${escapeAttribute(title)}"`,
    `  width="100%" height="${FALLBACK_HEIGHT}" style="border:0" loading="lazy"`,
    `  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"`,
    `  allow="fullscreen" referrerpolicy="strict-origin-when-cross-origin"></iframe>`,
  ].join('\n');
}

function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
