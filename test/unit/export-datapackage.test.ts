/**
 * The data dictionary cannot drift from the model: every field of the zod model is a column
 * of some table (or named here as deliberately not one), every column that carries a model
 * field has the model's type, enum and nullability, and the generated Table Schemas are
 * well formed (keys name real columns, foreign keys real tables).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Action, Eia, Impact, Person, Section } from '../../src/model/record.js';
import { CHARACTERISTICS, RATINGS } from '../../src/model/vocabulary.js';
import { dataPackage, fieldOf, modelFacts } from '../../src/export/datapackage.js';
import { TABLES } from '../../src/export/tables.js';

/** Model fields that are tables of their own, not columns. */
const TABLE_FIELDS: Record<string, string> = { people: 'people', impacts: 'impacts', actions: 'actions', sections: 'sections' };
const MODELS: Array<[string, z.ZodObject]> = [['Eia', Eia], ['Person', Person], ['Impact', Impact], ['Action', Action], ['Section', Section]];

describe('datapackage.json and the model', () => {
  it('has a column for every model field', () => {
    const carried = new Set(TABLES.flatMap((t) => t.columns.flatMap((c) => (c.model ? [`${MODELS.find(([, s]) => s === c.model!.schema)![0]}.${c.model.field}`] : []))));
    const missing: string[] = [];
    for (const [name, schema] of MODELS) {
      for (const field of Object.keys(schema.shape)) {
        if (name === 'Eia' && TABLE_FIELDS[field]) {
          expect(TABLES.map((t) => t.name)).toContain(TABLE_FIELDS[field]);
          continue;
        }
        if (!carried.has(`${name}.${field}`)) missing.push(`${name}.${field}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives each model column the model\'s type, enum and nullability', () => {
    for (const table of TABLES) {
      for (const column of table.columns.filter((c) => c.model)) {
        const facts = modelFacts(column.model!.schema, column.model!.field);
        const field = fieldOf(column);
        expect(column.type, `${table.name}.${column.name}`).toBe(facts.type);
        // Nullability asked of zod itself, not of the JSON Schema the dictionary is made from.
        const nullable = (column.model!.schema.shape[column.model!.field] as z.ZodType).safeParse(null).success;
        expect(field.constraints?.required === true, `${table.name}.${column.name} required`).toBe(!nullable);
        expect(facts.required).toBe(!nullable);
        expect(field.constraints?.enum).toEqual(facts.enum);
      }
    }
    const impacts = TABLES.find((t) => t.name === 'impacts')!;
    expect(fieldOf(impacts.columns.find((c) => c.name === 'characteristic')!).constraints?.enum).toEqual([...CHARACTERISTICS]);
    expect(fieldOf(impacts.columns.find((c) => c.name === 'rating')!).constraints?.enum).toEqual([...RATINGS]);
    expect(fieldOf(impacts.columns.find((c) => c.name === 'proposal')!).type).toBe('integer');
  });

  it('would notice a model field the dictionary does not know', () => {
    const grown = Impact.extend({ severity: z.enum(['low', 'high']) });
    expect(Object.keys(grown.shape).filter((f) => !TABLES.find((t) => t.name === 'impacts')!.columns.some((c) => c.model?.field === f))).toEqual(['severity']);
  });

  it('generates well-formed Table Schemas, keys and foreign keys included', () => {
    for (const allCopies of [false, true]) {
      const pkg = dataPackage({ createdAt: '2026-01-01T00:00:00Z', filters: {}, allCopies, audit: null }, (t) => ({ path: `${t.name}.csv`, format: 'csv', mediatype: 'text/csv' }));
      const resources = pkg.resources as Array<{ name: string; schema: { fields: Array<{ name: string; type: string }>; primaryKey: string[]; foreignKeys: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }> } }>;
      const names = (r: string): string[] => resources.find((x) => x.name === r)!.schema.fields.map((f) => f.name);
      for (const r of resources) {
        expect(new Set(names(r.name)).size).toBe(names(r.name).length);
        for (const f of r.schema.fields) expect(['string', 'integer', 'number', 'boolean', 'datetime']).toContain(f.type);
        for (const k of r.schema.primaryKey) expect(names(r.name)).toContain(k);
        for (const fk of r.schema.foreignKeys) {
          for (const k of fk.fields) expect(names(r.name)).toContain(k);
          for (const k of fk.reference.fields) expect(names(fk.reference.resource)).toContain(k);
        }
      }
      // One row per EIA: eia_id is the key files point at; with every copy, the record is.
      expect(resources.find((r) => r.name === 'eias')!.schema.primaryKey).toEqual(allCopies ? ['record_id'] : ['eia_id']);
    }
  });
});
