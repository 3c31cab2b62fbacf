/**
 * Documents cluster by the form they were written on: the samples (four council templates,
 * each document as .docx, .pdf and .txt), shared/other-forms and the labelled train forms,
 * 65 documents of 29 families, shuffled. Measured at the default cut (0.8): purity 0.923,
 * 25 clusters, 106 of 110 same-family pairs together, 11 of 1,970 different-family pairs
 * together (the remaining mixes: document-site furniture shared by unrelated transcriptions,
 * and two pairs of singletons that share only generic wording).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { clusterForms } from '../../src/forms/clusterForms.js';
import { loadFormsCorpus, shuffled, type CorpusDocument } from '../helpers/forms-corpus.js';

interface Measured {
  purity: number;
  clusters: number;
  sameTogether: number;
  samePairs: number;
  differentTogether: number;
  differentPairs: number;
  clusterOf: Map<string, number>;
}

function measure(docs: CorpusDocument[]): Measured {
  const clusters = clusterForms(docs);
  const clusterOf = new Map<string, number>();
  let pure = 0;
  clusters.forEach((c, k) => {
    const counts = new Map<string, number>();
    for (const i of c.members) {
      clusterOf.set(docs[i]!.path, k);
      counts.set(docs[i]!.family, (counts.get(docs[i]!.family) ?? 0) + 1);
    }
    pure += Math.max(...counts.values());
  });
  let samePairs = 0, sameTogether = 0, differentPairs = 0, differentTogether = 0;
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const together = clusterOf.get(docs[i]!.path) === clusterOf.get(docs[j]!.path);
      if (docs[i]!.family === docs[j]!.family) {
        samePairs++;
        if (together) sameTogether++;
      } else {
        differentPairs++;
        if (together) differentTogether++;
      }
    }
  }
  return { purity: pure / docs.length, clusters: clusters.length, sameTogether, samePairs, differentTogether, differentPairs, clusterOf };
}

describe('form clusters (samples + other-forms + train forms, shuffled)', () => {
  let docs: CorpusDocument[] = [];
  let m: Measured;

  beforeAll(async () => {
    docs = shuffled(await loadFormsCorpus({ samples: true }), 20261202);
    m = measure(docs);
    const families = new Set(docs.map((d) => d.family)).size;
    console.log(
      `form clusters: ${docs.length} documents, ${families} families → ${m.clusters} clusters; purity ${m.purity.toFixed(3)}; ` +
        `same-family pairs together ${m.sameTogether}/${m.samePairs}; different-family pairs together ${m.differentTogether}/${m.differentPairs}`,
    );
  }, 180_000);

  it('puts documents of one family together and different families apart', () => {
    expect(m.purity).toBeGreaterThanOrEqual(0.88);
    expect(m.sameTogether / m.samePairs).toBeGreaterThanOrEqual(0.9);
    expect(m.differentTogether / m.differentPairs).toBeLessThanOrEqual(0.01);
    const families = new Set(docs.map((d) => d.family)).size;
    expect(m.clusters).toBeGreaterThanOrEqual(families - 6);
    expect(m.clusters).toBeLessThanOrEqual(families + 4);
  });

  it('gives each council template and each invented form family one cluster of its own, whatever the rendering', () => {
    for (const family of ['bathnes', 'coventry', 'derby-2011', 'kent-eqia', 'icb-eqia', 'housing-association-eia', 'welsh-council-iia', 'nhs-trust-equality-analysis-tool']) {
      const members = docs.filter((d) => d.family === family);
      expect(members.length, family).toBeGreaterThanOrEqual(3);
      const ids = new Set(members.map((d) => m.clusterOf.get(d.path)));
      expect(ids.size, `${family} is split`).toBe(1);
      const [id] = [...ids];
      const others = docs.filter((d) => m.clusterOf.get(d.path) === id && d.family !== family).map((d) => d.family);
      expect(others, `${family} shares its cluster`).toEqual([]);
    }
  });

  it('does not depend on the order of the documents', () => {
    const again = measure(shuffled(docs, 7));
    expect(again.purity).toBeCloseTo(m.purity, 6);
    expect(again.clusters).toBe(m.clusters);
    for (const d of docs) {
      const peers = docs.filter((e) => m.clusterOf.get(e.path) === m.clusterOf.get(d.path)).map((e) => e.path).sort();
      const peersAgain = docs.filter((e) => again.clusterOf.get(e.path) === again.clusterOf.get(d.path)).map((e) => e.path).sort();
      expect(peersAgain).toEqual(peers);
    }
  });
});
