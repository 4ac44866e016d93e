/**
 * Compiles a documents folder with the project's data files, exactly as the
 * CLI reads them, for the eval script, its test and the golden cases.
 */
import nodePath from 'node:path';
import { compileCorpus, type CompileResult } from '../compile';
import { readDataFiles } from '../io/data-files';
import { readCorpus } from '../io/read-corpus';

export async function compileFolder(docsDir: string, dataDir: string, cwd = process.cwd()): Promise<CompileResult> {
  const data = await readDataFiles(cwd, nodePath.resolve(cwd, dataDir));
  const corpus = await readCorpus({ root: nodePath.resolve(cwd, docsDir), sources: data.sources });
  const result = compileCorpus(corpus.documents, data.config);
  const diagnostics = [...data.diagnostics, ...corpus.diagnostics, ...result.diagnostics];
  return { timeline: { ...result.timeline, diagnostics }, diagnostics };
}
