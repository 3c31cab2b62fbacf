import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const shared = new URL('../../../shared/', import.meta.url);
const copies: Array<[string, string]> = [
  ['spec/eia.schema.json', '../../src/model/eia.schema.json'],
  ['tools/eia-score.mjs', '../fixtures/spec/eia-score.mjs'],
];

describe('vendored spec files', () => {
  const hasShared = existsSync(new URL('spec/eia.schema.json', shared));
  it.skipIf(!hasShared)(`match shared/ byte for byte${hasShared ? '' : ' (skipped: no ../shared beside this clone to compare with)'}`, () => {
    for (const [original, copy] of copies) {
      expect(readFileSync(new URL(copy, import.meta.url), 'utf8'), copy).toBe(readFileSync(new URL(original, shared), 'utf8'));
    }
  });
});
