/** Every hostile-input case, in the order of issue 5's list. */
import { byteCases } from './cases-bytes';
import { contentCases } from './cases-content';
import { fileCases } from './cases-files';
import { propertyCases } from './cases-properties';
import { sizeCases } from './cases-size';
import type { HostileCase } from './harness';

export const hostileCases: HostileCase[] = [...byteCases, ...sizeCases, ...fileCases, ...contentCases, ...propertyCases];
