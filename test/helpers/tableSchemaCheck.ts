/**
 * A structural check of a Frictionless Data Package (v2 Table Schema) written from the spec,
 * since no offline validator package installs here: the descriptor's shape, then the data
 * itself against it — columns exactly the schema's fields, types, required, enums, patterns,
 * primary keys unique and foreign keys resolving. Returns the problems found (none = valid).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTINUED } from '../../src/export/formats/xlsx.js';
import type { Cell } from '../../src/export/tables.js';
import { readCsvWithPython, readParquet, readSqlite, readXlsx, type Tables } from './exportReaders.js';

interface Field { name: string; type: string; description?: string; constraints?: { required?: boolean; enum?: string[]; pattern?: string } }
interface Resource { name: string; path: string; format: string; schema: { fields: Field[]; primaryKey: string[]; missingValues: string[]; foreignKeys: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }> } }

const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'date', 'time', 'datetime', 'year', 'yearmonth', 'duration', 'geopoint', 'geojson', 'any', 'list']);

function typeOk(type: string, v: Cell): boolean {
  if (type === 'integer') return typeof v === 'number' && Number.isInteger(v);
  if (type === 'number') return typeof v === 'number' && Number.isFinite(v);
  if (type === 'boolean') return typeof v === 'boolean';
  return typeof v === 'string';
}

async function readData(folder: string, resources: Resource[]): Promise<Tables> {
  const format = resources[0]!.format;
  if (format === 'csv') return readCsvWithPython(folder);
  if (format === 'parquet') return readParquet(folder);
  if (format === 'sqlite') return readSqlite(join(folder, resources[0]!.path));
  if (format === 'xlsx') return readXlsx(join(folder, resources[0]!.path), CONTINUED);
  throw new Error(`no reader for ${format}`);
}

export async function checkPackage(folder: string): Promise<string[]> {
  const problems: string[] = [];
  const pkg = JSON.parse(readFileSync(join(folder, 'datapackage.json'), 'utf8')) as { name?: string; resources?: Resource[] };
  if (!pkg.name || !/^[a-z0-9._-]+$/.test(pkg.name)) problems.push('package name missing or not lower-case');
  const resources = pkg.resources ?? [];
  if (resources.length === 0) return [...problems, 'no resources'];
  const byName = new Map(resources.map((r) => [r.name, r]));
  for (const r of resources) {
    if (!/^[a-z0-9._-]+$/.test(r.name)) problems.push(`${r.name}: bad resource name`);
    if (!existsSync(join(folder, r.path))) problems.push(`${r.name}: path ${r.path} does not exist`);
    const names = r.schema.fields.map((f) => f.name);
    if (new Set(names).size !== names.length) problems.push(`${r.name}: duplicate field names`);
    for (const f of r.schema.fields) {
      if (!TYPES.has(f.type)) problems.push(`${r.name}.${f.name}: unknown type ${f.type}`);
      if (f.constraints?.enum && !Array.isArray(f.constraints.enum)) problems.push(`${r.name}.${f.name}: enum is not a list`);
    }
    if (!Array.isArray(r.schema.missingValues)) problems.push(`${r.name}: missingValues is not a list`);
    for (const k of r.schema.primaryKey) if (!names.includes(k)) problems.push(`${r.name}: primary key ${k} is no field`);
    for (const fk of r.schema.foreignKeys) {
      const target = byName.get(fk.reference.resource);
      if (!target) problems.push(`${r.name}: foreign key to missing resource ${fk.reference.resource}`);
      for (const k of fk.fields) if (!names.includes(k)) problems.push(`${r.name}: foreign key field ${k} is no field`);
      for (const k of fk.reference.fields) if (target && !target.schema.fields.some((f) => f.name === k)) problems.push(`${r.name}: referenced ${k} is no field of ${target.name}`);
    }
  }
  if (problems.length) return problems;
  const data = await readData(folder, resources);
  for (const r of resources) {
    const rows = data[r.name] ?? [];
    const names = r.schema.fields.map((f) => f.name);
    if (rows.length && JSON.stringify(Object.keys(rows[0]!)) !== JSON.stringify(names)) problems.push(`${r.name}: columns ${Object.keys(rows[0]!).join(',')} are not the schema's fields`);
    rows.forEach((row, n) => {
      for (const f of r.schema.fields) {
        const v = row[f.name] ?? null;
        if (v === null) {
          if (f.constraints?.required) problems.push(`${r.name} row ${n}: ${f.name} is required`);
          continue;
        }
        if (!typeOk(f.type, v)) problems.push(`${r.name} row ${n}: ${f.name} is not ${f.type}: ${String(v).slice(0, 40)}`);
        if (f.constraints?.enum && !f.constraints.enum.includes(String(v))) problems.push(`${r.name} row ${n}: ${f.name} ${String(v)} is not one of the enum`);
        if (f.constraints?.pattern && !new RegExp(`^(?:${f.constraints.pattern})$`).test(String(v))) problems.push(`${r.name} row ${n}: ${f.name} does not match its pattern`);
      }
    });
    const keys = rows.map((row) => JSON.stringify(r.schema.primaryKey.map((k) => row[k])));
    if (new Set(keys).size !== keys.length) problems.push(`${r.name}: primary key not unique`);
    for (const fk of r.schema.foreignKeys) {
      const targets = new Set((data[fk.reference.resource] ?? []).map((t) => JSON.stringify(fk.reference.fields.map((k) => t[k]))));
      const dangling = rows.filter((row) => !targets.has(JSON.stringify(fk.fields.map((k) => row[k])))).length;
      if (dangling) problems.push(`${r.name}: ${dangling} rows point at no ${fk.reference.resource} row`);
    }
  }
  return problems;
}
