/**
 * datapackage.json (Frictionless Data Package v2, Table Schema per table) generated from
 * the table definition and the zod model: a column that carries a model field takes its
 * enum, its nullability and its type from the zod schema, so the dictionary cannot say
 * something the model does not (test/unit/export-datapackage.test.ts fails when they drift).
 */
import { z } from 'zod';
import type { Column, ColumnType, Table } from './tables.js';
import { TABLES, foreignKeysOf } from './tables.js';
import type { ExportMeta } from './exportData.js';

export interface TableSchemaField {
  name: string;
  type: ColumnType;
  description: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}

/** What the zod model says about a field: its JSON type, enum and whether it may be null. */
export function modelFacts(schema: z.ZodObject, field: string): { type: ColumnType; enum?: string[]; required: boolean } {
  type Json = { type?: string | string[]; enum?: Array<string | null>; anyOf?: Json[] };
  const json = z.toJSONSchema(schema.shape[field] as z.ZodType) as Json;
  // A nullable field comes as anyOf [T, null] or as type [T, "null"]: flatten both.
  const options = (json.anyOf ?? [json]).flatMap((o) => (Array.isArray(o.type) ? o.type.map((t) => ({ ...o, type: t })) : [o]));
  const value = options.find((o) => o.type !== 'null') ?? {};
  const type: ColumnType = value.type === 'integer' ? 'integer' : value.type === 'number' ? 'number' : value.type === 'boolean' ? 'boolean' : 'string';
  const facts: { type: ColumnType; enum?: string[]; required: boolean } = { type, required: !options.some((o) => o.type === 'null') };
  if (value.enum) facts.enum = value.enum.filter((e): e is string => e !== null);
  return facts;
}

export function fieldOf(column: Column): TableSchemaField {
  const facts = column.model ? modelFacts(column.model.schema, column.model.field) : null;
  const constraints: NonNullable<TableSchemaField['constraints']> = {};
  if (column.required || facts?.required) constraints.required = true;
  const values = column.enum ?? facts?.enum;
  if (values) constraints.enum = [...values];
  if (column.pattern) constraints.pattern = column.pattern;
  const field: TableSchemaField = { name: column.name, type: facts?.type ?? column.type, description: column.description };
  if (Object.keys(constraints).length) field.constraints = constraints;
  return field;
}

export function tableSchema(table: Table, allCopies: boolean): Record<string, unknown> {
  return {
    fields: table.columns.map(fieldOf),
    missingValues: [''],
    primaryKey: allCopies || table.name !== 'eias' ? table.primaryKey : ['eia_id'],
    foreignKeys: foreignKeysOf(table, allCopies),
  };
}

/** How each table is stored in this export: its own file, or a sheet / table of one file. */
export type ResourceLocation = (table: Table) => { path: string; format: string; mediatype: string; dialect?: Record<string, unknown> };

export function dataPackage(meta: ExportMeta, locate: ResourceLocation): Record<string, unknown> {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'eia-ingest-export',
    title: 'Equality Impact Assessments',
    description: 'EIAs read by eia-ingest: one row per EIA (copies of one assessment linked under eia_id), with the people, impacts, actions and form sections of each, and per-row provenance and confidence.',
    created: meta.createdAt,
    profile: 'tabular-data-package',
    eia_export: { filters: meta.filters, all_copies: meta.allCopies, audited_accuracy: meta.audit },
    resources: TABLES.map((table) => ({
      name: table.name,
      type: 'table',
      description: table.description,
      ...locate(table),
      encoding: 'utf-8',
      schema: tableSchema(table, meta.allCopies),
    })),
  };
}
