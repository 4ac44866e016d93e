/**
 * Strings that run script when a page treats them as HTML, as a URL or as a
 * template: classic and mutation XSS (mXSS), attribute breakouts, `javascript:`
 * URLs, template-injection and entity-encoded forms. The hostile timelines put
 * them in every text field; the app must show each one as the literal text it is.
 *
 * Every payload that would execute calls `alert(…)` or sets `window.__pwned`, so a
 * test can tell by a dialog or by reading that flag. Images point at `/x-pwned…`,
 * so a test can also tell by a request for that path.
 */
export const XSS_PAYLOADS: readonly string[] = [
  '<img src=/x-pwned onerror=alert(1)>',
  '<svg onload=alert(2)>',
  '<svg><script>alert(3)</script></svg>',
  '"><script>alert(4)</script>',
  "'><img src=/x-pwned-5 onerror=alert(5)>",
  '</script><script>alert(6)</script>',
  '</title><img src=/x-pwned-7 onerror=alert(7)>',
  '</textarea></style></noscript><img src=/x-pwned-8 onerror=alert(8)>',
  '<noscript><p title="</noscript><img src=/x-pwned-9 onerror=alert(9)>">',
  '<math><mtext><table><mglyph><style><img src=/x-pwned-10 onerror=alert(10)>',
  '<svg></p><style><a id="</style><img src=/x-pwned-11 onerror=alert(11)>">',
  '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=alert(12) src=/x-pwned-12>">',
  '<iframe srcdoc="<script>parent.__pwned=13</script>"></iframe>',
  '<a href="javascript:alert(14)">click</a>',
  'javascript:alert(15)',
  'JaVaScRiPt:alert(16)//',
  'data:text/html,<script>alert(17)</script>',
  '{{constructor.constructor(\'alert(18)\')()}}',
  '${alert(19)}',
  '`${window.__pwned=20}`',
  '&lt;img src=/x-pwned-21 onerror=alert(21)&gt;',
  '&#60;script&#62;alert(22)&#60;/script&#62;',
  '\\u003cimg src=/x-pwned-23 onerror=alert(23)\\u003e',
  '<details open ontoggle=alert(24)>',
  '<body onload=alert(25)>',
  '<object data="javascript:alert(26)"></object>',
  '<embed src="data:text/html,<script>alert(27)</script>">',
  '<template><img src=/x-pwned-28 onerror=alert(28)></template>',
  '<xmp><img src=/x-pwned-29 onerror=alert(29)></xmp>',
  '<!--<img src="--><img src=/x-pwned-30 onerror=alert(30)//">',
  '<style>*{background:url("javascript:alert(31)")}</style>',
  '<a xlink:href="javascript:alert(32)"><text>x</text></a>',
  '" onmouseover="alert(33)" x="',
  "' autofocus onfocus='alert(34)",
  '__proto__',
  'constructor',
];

/** The text a hostile payload is replaced with in the benign twin of a hostile timeline. */
export function benignText(index: number): string {
  return `Plain text number ${index}`;
}
