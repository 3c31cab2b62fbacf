/**
 * `eia forms`: the known templates with how many documents each read, and the documents no
 * template claimed clustered by form (size, organisations, a representative file, the labels
 * that set the cluster apart), ranked by how many documents a template would serve.
 * `eia forms scaffold CLUSTER --out extractors/NAME.ts` writes a draft template for one.
 * Stores made before fingerprints existed are fingerprinted from their cached layouts first.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { generic } from '../../extractors/generic.js';
import { TEMPLATES } from '../../extractors/index.js';
import { formsReport, unmatchedClusters, type FormsReport } from '../forms/formsReport.js';
import { scaffoldTemplate, templateSource } from '../forms/scaffoldTemplate.js';
import { backfillFingerprints } from '../forms/fingerprintStore.js';
import type { Db } from '../store/openStore.js';
import { openExistingStore } from './openExistingStore.js';
import { CliError } from './cliError.js';

interface FormsOptions {
  db: string;
  json?: boolean;
}

interface ScaffoldOptions {
  db: string;
  out: string;
  id?: string;
  name?: string;
}

/** Distinctive labels shown per cluster in the text listing. */
const SHOWN_LABELS = 5;
const DEFINITION = join('src', 'extract', 'template', 'templateDefinition.ts');

export function registerForms(program: Command): void {
  const forms = program
    .command('forms')
    .description('list the known templates and cluster the documents no template matched, by form')
    .option('--db <file>', 'SQLite store', 'eia.db')
    .option('--json', 'print the report as JSON')
    .action((opts: FormsOptions) => {
      const report = withStore(opts.db, (db) => formsReport(db, TEMPLATES.map((t) => t.id)));
      process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : formatReport(report));
    });
  forms
    .command('scaffold <cluster>')
    .description('write a draft template for one cluster of `eia forms` (its number)')
    .requiredOption('--out <file>', 'the template file to write, e.g. extractors/myCouncil.ts')
    .option('--id <id>', 'template id (lower case, digits and dashes); default from the file name')
    .option('--name <name>', 'template name; default from the cluster')
    // --db is the parent's option: commander reads it before or after `scaffold`.
    .action((cluster: string, _opts: unknown, command: Command) => scaffold(cluster, command.optsWithGlobals<ScaffoldOptions>()));
}

function scaffold(clusterArg: string, opts: ScaffoldOptions): void {
  const number = Number(clusterArg);
  if (!Number.isInteger(number) || number < 1) throw new CliError(`cluster must be a cluster number from \`eia forms\` (1, 2, …), not "${clusterArg}"`);
  const id = opts.id ?? basename(opts.out).replace(/\.ts$/, '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  if (!/^[a-z0-9-]+$/.test(id)) throw new CliError(`cannot make a template id from "${opts.out}": give one with --id (lower case letters, digits and dashes)`);
  const source = withStore(opts.db, (db) => {
    backfillFingerprints(db);
    const { documents, clusters } = unmatchedClusters(db, TEMPLATES.map((t) => t.id));
    const cluster = clusters[number - 1];
    if (!cluster) throw new CliError(`there is no cluster ${number}: \`eia forms --db ${opts.db}\` lists ${clusters.length}`);
    const members = cluster.members.map((m) => documents[m]!);
    const organisations = [...new Set(members.map((d) => d.organisation).filter((o): o is string => o !== null))].sort();
    if (cluster.shared.length === 0) throw new CliError(`cluster ${number} has no labels its documents share: nothing to scaffold from`);
    const template = scaffoldTemplate({
      id,
      name: opts.name ?? `${organisations[0] ?? 'Unknown organisation'} form (draft from ${members.length} document${members.length === 1 ? '' : 's'})`,
      cluster,
      members: members.map((d) => d.fingerprint),
      organisations,
      vocabulary: generic.vocabulary,
    });
    const representative = documents[cluster.representative]!.path;
    return templateSource(template, definitionImport(opts.out), `from cluster ${number} of ${opts.db} (${members.length} documents; representative ${representative})`);
  });
  mkdirSync(dirname(resolve(opts.out)), { recursive: true });
  writeFileSync(opts.out, source);
  process.stdout.write(`wrote ${opts.out}\n`);
}

/** The import path of the template definition from the file written: the nearest checkout above it, else the repository's layout. */
function definitionImport(out: string): string {
  for (let dir = dirname(resolve(out)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, DEFINITION))) {
      const path = relative(dirname(resolve(out)), join(dir, DEFINITION)).split(sep).join('/').replace(/\.ts$/, '.js');
      return path.startsWith('.') ? path : `./${path}`;
    }
    if (dirname(dir) === dir) return '../src/extract/template/templateDefinition.js';
  }
}

function withStore<T>(path: string, use: (db: Db) => T): T {
  // Writable: the report fingerprints documents stored before fingerprints existed.
  const db = openExistingStore(path);
  try {
    return use(db);
  } finally {
    db.close();
  }
}

function formatReport(r: FormsReport): string {
  const lines: string[] = [];
  if (r.backfilled) lines.push(`fingerprinted ${r.backfilled} documents stored before fingerprints existed`);
  lines.push('known templates:');
  for (const t of r.templates) lines.push(`  ${t.template.padEnd(14)} ${String(t.documents).padStart(5)} documents`);
  const groups = r.clusters.filter((c) => c.size > 1);
  lines.push(`no template matched: ${r.unmatched} documents, ${groups.length} clusters of 2 or more, ${r.clusters.length - groups.length} on their own`);
  for (const c of r.clusters) {
    const statuses = Object.entries(c.statuses).map(([s, n]) => `${n} ${s}`).join(', ');
    lines.push(`  #${c.id}  ${c.size} document${c.size === 1 ? '' : 's'} (${statuses})${c.organisations.length ? `; ${c.organisations.join(', ')}` : ''}`);
    lines.push(`      e.g. ${c.representative}`);
    if (c.distinctive.length) lines.push(`      labels: ${c.distinctive.slice(0, SHOWN_LABELS).map((d) => `"${d.term}"`).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
