/** Hostile bytes: encodings, line endings, control and invisible characters. */
import { CONTROL_ARTICLE, ENGLISH_ARTICLE, SPANISH_ARTICLE, utf16, utf8 } from './articles';
import { sameOutput } from './compare';
import { diagnosticsFor, singleFileCase, type HostileCase } from './harness';

const positioned = (rule: string, line: number, column: number) => (outcome: Parameters<typeof diagnosticsFor>[0], doc: string) => {
  const hit = diagnosticsFor(outcome, doc).find((d) => d.rule === rule);
  return hit && hit.line === line && hit.column === column ? [] : [`expected a ${rule} diagnostic at ${line}:${column}, got ${hit ? `${hit.line}:${hit.column}` : 'none'}`];
};

export const byteCases: HostileCase[] = [
  {
    id: 'empty-file',
    group: 'bytes',
    title: 'empty file',
    expected: 'skipped',
    run: () => singleFileCase({ 'empty.txt': '' }, 'empty.txt'),
  },
  {
    id: 'whitespace-file',
    group: 'bytes',
    title: 'whitespace-only file',
    expected: 'skipped',
    run: () => singleFileCase({ 'blank.txt': ' \n\t\r\n  \u00A0\n' }, 'blank.txt'),
  },
  {
    id: 'utf8-bom',
    group: 'bytes',
    title: 'UTF-8 with BOM gives the same output as without',
    expected: 'processed',
    run: () =>
      singleFileCase({ 'a.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(ENGLISH_ARTICLE)]) }, 'a.txt', async () =>
        sameOutput({ 'a.txt': new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(ENGLISH_ARTICLE)]) }, { 'a.txt': ENGLISH_ARTICLE }, 'BOM vs no BOM'),
      ),
  },
  ...(
    [
      ['utf16-le-bom', 'UTF-16 LE with BOM', 'le', true],
      ['utf16-be-bom', 'UTF-16 BE with BOM', 'be', true],
      ['utf16-le-no-bom', 'UTF-16 LE without BOM', 'le', false],
      ['utf16-be-no-bom', 'UTF-16 BE without BOM', 'be', false],
    ] as const
  ).map(
    ([id, title, endian, bom]): HostileCase => ({
      id,
      group: 'bytes',
      title: `${title} reads like UTF-8`,
      expected: 'processed',
      run: () =>
        singleFileCase({ 'a.txt': utf16(SPANISH_ARTICLE, endian, bom) }, 'a.txt', async () =>
          sameOutput({ 'a.txt': utf16(SPANISH_ARTICLE, endian, bom) }, { 'a.txt': SPANISH_ARTICLE }, 'UTF-16 vs UTF-8'),
        ),
    }),
  ),
  {
    id: 'invalid-utf8',
    group: 'bytes',
    title: 'invalid UTF-8: skipped at the bad byte, no U+FFFD',
    expected: 'skipped',
    run: () =>
      singleFileCase({ 'bad.txt': new Uint8Array([...utf8('Título\n\nLa señora añadió '), 0xc3, 0x28, ...utf8(' algo.\n')]) }, 'bad.txt', (o) => [
        ...positioned('invalid-utf8', 3, 18)(o, 'bad.txt'),
        ...(JSON.stringify(o.timeline).includes('\uFFFD') ? ['U+FFFD reached the output'] : []),
      ]),
  },
  {
    id: 'truncated-utf8',
    group: 'bytes',
    title: 'UTF-8 truncated inside a character',
    expected: 'skipped',
    run: () => singleFileCase({ 'cut.txt': utf8(`${ENGLISH_ARTICLE}Ends with 😀`).slice(0, -2) }, 'cut.txt', (o) => positioned('invalid-utf8', 6, 11)(o, 'cut.txt')),
  },
  {
    id: 'windows-1252',
    group: 'bytes',
    title: 'Windows-1252 curly quotes decoded with a warning',
    expected: 'processed',
    run: () => {
      const bytes = new Uint8Array([...utf8('Port deal signed\n\nThe senator said '), 0x93, ...utf8('this is a good day'), 0x94, ...utf8(' on Monday.\n')]);
      return singleFileCase({ 'cp.txt': bytes }, 'cp.txt', (o) => [
        ...positioned('windows-1252', 3, 18)(o, 'cp.txt'),
        ...(o.timeline?.documents.find((d) => d.path === 'cp.txt')?.text.includes('“this is a good day”') ? [] : ['curly quotes were not decoded']),
      ]);
    },
  },
  ...(
    [
      ['crlf', 'CRLF line endings', (t: string) => t.replace(/\n/g, '\r\n')],
      ['lone-cr', 'lone CR line endings', (t: string) => t.replace(/\n/g, '\r')],
      ['mixed-eol', 'mixed line endings', (t: string) => t.split('\n').map((l, i) => l + (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\r' : '\n')).join('')],
    ] as const
  ).map(
    ([id, title, convert]): HostileCase => ({
      id,
      group: 'bytes',
      title: `${title} give the same output as LF`,
      expected: 'processed',
      run: () => singleFileCase({ 'a.txt': convert(ENGLISH_ARTICLE) }, 'a.txt', async () => sameOutput({ 'a.txt': convert(ENGLISH_ARTICLE) }, { 'a.txt': ENGLISH_ARTICLE }, title)),
    }),
  ),
  {
    id: 'nul-controls',
    group: 'bytes',
    title: 'NUL and control characters removed with a warning',
    expected: 'processed',
    run: () =>
      singleFileCase({ 'c.txt': ENGLISH_ARTICLE.replace('Senator Marcus', 'Senator\u0000 Marcus\u0007').replace('vote', 'vo\u001bte') }, 'c.txt', (o) => [
        ...positioned('control-characters', 3, 'Halden City, April 14, 2025 - Senator'.length + 1)(o, 'c.txt'),
        ...(/[\u0000-\u0008\u000B-\u001F]/.test(o.timeline?.documents.map((d) => d.text).join('') ?? '') ? ['a control character reached the output'] : []),
      ]),
  },
  {
    id: 'bidi-zero-width',
    group: 'bytes',
    title: 'bidi controls and zero-width characters in names',
    expected: 'processed',
    run: () => {
      const hidden = ENGLISH_ARTICLE.replace('Marcus Odell', 'Mar\u200Bcus O\u202Edell\u202C').replace('Odell told', 'O\u2066dell\u2069\u00AD told');
      return singleFileCase({ 'b.txt': hidden }, 'b.txt', async () => sameOutput({ 'b.txt': hidden }, { 'b.txt': ENGLISH_ARTICLE }, 'names with invisible characters'));
    },
  },
  {
    id: 'nfc-nfd',
    group: 'bytes',
    title: 'NFD text gives the same output as NFC',
    expected: 'processed',
    run: () =>
      singleFileCase({ 'n.txt': SPANISH_ARTICLE.normalize('NFD') }, 'n.txt', async () =>
        sameOutput({ 'n.txt': SPANISH_ARTICLE.normalize('NFD') }, { 'n.txt': SPANISH_ARTICLE.normalize('NFC') }, 'NFD vs NFC'),
      ),
  },
  {
    id: 'emoji-truncation',
    group: 'bytes',
    title: 'emoji and astral characters at truncation points',
    expected: 'processed',
    semantic: true,
    run: () => {
      const emoji = '😀🇲🇽👩‍👩‍👧𝒜𠜎';
      const title = `${'Senate talks '.repeat(6)}${emoji.repeat(20)}`;
      // Astral characters straddle every likely cut: titles, quotes, and the excerpts quoted in diagnostics.
      const body = `${title}\n\nHalden City, April 14, 2025 - Senator Marcus Odell said on Monday ${emoji.repeat(30)} that the deal ${'𝒜'.repeat(200)} would "hurt ${'😀'.repeat(150)} workers" and called a meeting on April 2, 2025.\n\nLeave a Reply ${'😀 '.repeat(60)}\n\nShare this article ${'𝒜'.repeat(100)}\n\n${'x😀'.repeat(80)}\n`;
      return singleFileCase({ 'e.txt': body }, 'e.txt');
    },
  },
  {
    id: 'lone-surrogate-utf16',
    group: 'bytes',
    title: 'UTF-16 with a lone surrogate never reaches the output',
    expected: 'skipped',
    run: () => {
      const bytes = utf16(`${CONTROL_ARTICLE.replace('control', 'other')}X`, 'le', true);
      bytes[bytes.length - 2] = 0x00;
      bytes[bytes.length - 1] = 0xd8;
      return singleFileCase({ 's.txt': bytes }, 's.txt');
    },
  },
  {
    id: 'lone-surrogate-utf8',
    group: 'bytes',
    title: 'UTF-8-encoded surrogate (CESU-8) never reaches the output',
    expected: 'skipped',
    run: () => singleFileCase({ 's.txt': new Uint8Array([...utf8('Title\n\nA quote '), 0xed, 0xa0, 0xbd, ...utf8(' here.\n')]) }, 's.txt', (o) => positioned('invalid-utf8', 3, 9)(o, 's.txt')),
  },
];
