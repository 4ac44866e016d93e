import { describe, expect, it } from 'vitest';
import { hostileCases } from './cases';

describe('the compiler facing hostile and faulty input', () => {
  for (const testCase of hostileCases) {
    it(`${testCase.title}: ends ${testCase.expected}`, async () => {
      const result = await testCase.run();
      expect({ outcome: result.outcome, problems: result.problems }).toEqual({ outcome: testCase.expected, problems: [] });
    }, 180_000);
  }
});
