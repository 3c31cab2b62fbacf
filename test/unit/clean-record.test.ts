/**
 * The extractor → model boundary: blank text, nameless people and empty action rows never
 * reach the record schema, so a blank form is `empty-form` (not a ZodError stored as
 * `internal`), and the evidence of what is kept follows it to its new place.
 */
import { describe, expect, it } from 'vitest';
import { extractOptions } from '../../extractors/registry.js';
import { extractDocument } from '../../src/extract/extractDocument.js';
import type { Extractor } from '../../src/extract/extractor.js';
import { cleanRecord } from '../../src/extract/record/cleanRecord.js';
import { RecordBuilder } from '../../src/extract/record/recordBuilder.js';
import type { Layout } from '../../src/model/layout.js';
import { Eia } from '../../src/model/record.js';

const evidence = (field: string) => ({ pieces: [], signals: { field } });

function blankForm(): RecordBuilder {
  const b = new RecordBuilder();
  // What a form's empty "Name / Role / Date" rows read as: rows with nothing in them.
  b.addPerson({ name: '', role: null, capacity: 'author', date: null }, { '': evidence('person'), name: evidence('person.name') });
  b.addPerson({ name: '  ', role: ' ', capacity: 'approver', date: '' }, { '': evidence('person'), name: evidence('person.name'), role: evidence('person.role') });
  b.addAction({ issue: '', action: ' ', milestone: null, owner: '', due: null }, { '': evidence('action') });
  return b;
}

describe('cleanRecord', () => {
  it('drops nameless people and empty action rows, so the blank form has no answers and the model accepts it', () => {
    const raw = blankForm();
    expect(Eia.safeParse(raw.eia).success).toBe(false); // what used to reach the model
    const clean = cleanRecord(raw);
    expect(clean.eia.people).toEqual([]);
    expect(clean.eia.actions).toEqual([]);
    expect(clean.evidence.size).toBe(0);
    expect(Eia.safeParse(clean.eia).success).toBe(true);
  });

  it('keeps what was written exactly, moves evidence with the rows kept, and nulls blank or impossible values', () => {
    const b = blankForm();
    b.addPerson({ name: 'Jo Bloggs ', role: '', capacity: 'team', date: '31/02/2024' }, { '': evidence('person'), name: evidence('jo'), role: evidence('role'), date: evidence('date') });
    b.addAction({ issue: 'Access', action: '', milestone: null, owner: 'J Bloggs', due: null }, { '': evidence('action'), issue: evidence('issue'), action: evidence('blank action') });
    b.setField('title', 'Winter gritting', evidence('title'));
    const clean = cleanRecord(b);
    expect(clean.eia.people).toEqual([{ name: 'Jo Bloggs ', role: null, capacity: 'team', date: null }]);
    expect(clean.eia.actions).toEqual([{ issue: 'Access', action: null, milestone: null, owner: 'J Bloggs', due: null }]);
    expect([...clean.evidence.keys()]).toEqual(['/people/0', '/people/0/name', '/actions/0', '/actions/0/issue', '/title']);
    expect(clean.evidence.get('/people/0/name')!.signals.field).toBe('jo');
    expect(Eia.safeParse(clean.eia).success).toBe(true);
  });
});

describe('a blank form through extraction', () => {
  it('is empty-form, with no record', () => {
    const blank: Extractor = {
      id: 'blank-test',
      version: '1',
      kind: 'template',
      detectionKey: '1',
      score: () => ({ score: 0.99, detail: 'the test form' }),
      extract: () => ({ eias: [blankForm()] }),
      starts: () => [0],
    };
    const layout: Layout = { layoutVersion: 1, format: 'txt', converter: { name: 'text', version: '1' }, pages: null, text: 'Equality Impact Assessment', blocks: [], warnings: [] };
    const outcome = extractDocument(layout, { ...extractOptions(), extractors: [blank] });
    expect(outcome.status).toBe('empty-form');
    expect(outcome.records).toEqual([]);
  });
});
