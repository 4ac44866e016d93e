/**
 * Markdown front matter: an optional YAML block between `---` fences at the very
 * top of a `.md` file. Its fields become the document's metadata and the body
 * starts after the closing fence. Malformed front matter is an error naming its
 * line (the build fails, so the editor fixes it), but the document is still read
 * without it so that its own problems are reported in the same run.
 */
import type { Diagnostic } from '../../schema/timeline';
import { diagnostic, positionAt } from '../model';
import { readMetaFields, type DocumentMeta } from './meta-fields';
import { parseYamlMap, scalarValue } from './yaml-map';

export interface FrontMatter {
  meta: DocumentMeta;
  bodyStart: number;
  diagnostics: Diagnostic[];
}

const OPEN = /^---[ \t]*\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;

export function readFrontMatter(text: string, path: string): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { meta: {}, bodyStart: 0, diagnostics: [] };
  const start = open[0].length;
  const rest = text.slice(start);
  const close = CLOSE.exec(rest);
  if (!close) {
    return {
      meta: {},
      bodyStart: 0,
      diagnostics: [diagnostic('error', 'malformed-front-matter', 'Front matter opened with "---" is never closed; add a "---" line after the metadata.', path, { line: 1, column: 1 })],
    };
  }
  const yamlSource = rest.slice(0, close.index);
  let bodyStart = start + close.index + close[0].length;
  if (text[bodyStart] === '\n') bodyStart += 1;
  const parsed = parseYamlMap(yamlSource);
  if (!parsed.ok) {
    return {
      meta: {},
      bodyStart,
      diagnostics: [
        diagnostic('error', 'malformed-front-matter', `Front matter is not valid YAML (${parsed.message}); the document was read without it. Fix this line.`, path, positionAt(text, start + parsed.offset)),
      ],
    };
  }
  const entries = parsed.entries.map((e) => ({ key: e.key, value: scalarValue(e.node), position: positionAt(text, start + e.offset) }));
  const { meta, diagnostics } = readMetaFields(entries, path, 'front matter');
  return { meta, bodyStart, diagnostics };
}
