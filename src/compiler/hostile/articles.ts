/**
 * Invented articles for the hostile-input suite, shaped like the seed articles
 * (title line, dateline, quotes with attribution, dates) but about invented
 * people, so no test depends on the real corpus.
 */
export const CONTROL_PATH = 'control.txt';

export const CONTROL_ARTICLE = `Ministers agree to resume border talks

Port Aldren, March 3, 2025 - Foreign Minister Lena Varga said on Monday that talks with the neighbouring government would resume next week.

"We will not accept any further delay," Varga said at a press conference in the capital.

The two governments held a phone call on February 27, 2025 to prepare the meeting, according to a statement from the ministry.
`;

export const ENGLISH_ARTICLE = `Senator criticises port deal

Halden City, April 14, 2025 - Senator Marcus Odell warned on Monday that the new port agreement would "hurt local workers" and called for a vote.

"This deal was negotiated behind closed doors," Odell told reporters. The agreement was signed on April 2, 2025 by the transport ministry.
`;

export const SPANISH_ARTICLE = `La ministra Irene Sotelo rechaza la propuesta

Ciudad Norte, 12 de mayo de 2025 - La ministra de Economía, Irene Sotelo, rechazó el lunes la propuesta de reforma fiscal presentada por la oposición.

"No vamos a aceptar una reforma que castigue a las familias", afirmó Sotelo en conferencia de prensa. La propuesta fue presentada el 5 de mayo de 2025.
`;

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const code = units.charCodeAt(i);
    out[2 * i + (endian === 'le' ? 0 : 1)] = code & 0xff;
    out[2 * i + (endian === 'le' ? 1 : 0)] = code >> 8;
  }
  return out;
}

/** An unpaired high surrogate or low surrogate anywhere in a string. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
