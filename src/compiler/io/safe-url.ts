/**
 * Which source URLs may become links. Only http(s) URLs with a host survive;
 * `javascript:`, `data:`, `file:` and anything unparsable are dropped with a
 * warning. Internationalised (punycode) hosts are kept but flagged, because they
 * are the usual way to imitate a known outlet's domain.
 */
export type UrlCheck =
  | { ok: true; url: string; warning: string | null }
  | { ok: false; reason: string };

const MAX_URL_LENGTH = 2048;

export function checkSourceUrl(raw: string): UrlCheck {
  const value = raw.trim();
  if (value.length > MAX_URL_LENGTH) return { ok: false, reason: `the URL is longer than ${MAX_URL_LENGTH} characters` };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: 'it is not an absolute URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, reason: `only http and https links are allowed, not "${url.protocol}"` };
  }
  if (url.hostname === '') return { ok: false, reason: 'the URL has no host' };
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'the URL carries a user name or password' };
  const labels = url.hostname.split('.');
  const lookAlike = labels.some((label) => label.startsWith('xn--'));
  return {
    ok: true,
    url: url.href,
    warning: lookAlike
      ? `the host "${url.hostname}" is an internationalised (punycode) name, which can imitate another site's domain; check it is the real outlet`
      : null,
  };
}
