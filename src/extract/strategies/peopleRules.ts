/**
 * People named on the form, by capacity (shared/spec/eia-model.md "Person"). Each person is
 * listed once per capacity; `team` and `accountable` only hold people not already named as
 * author or approver (corpus/LABELLING.md "People").
 */
import type { Capacity } from '../../model/vocabulary.js';
import type { Person } from '../../model/record.js';
import type { DocumentView } from '../document/documentView.js';
import type { Answer, Answers } from '../template/answers.js';
import { addPeople, type FoundPerson } from '../record/addPeople.js';
import type { RecordBuilder } from '../record/recordBuilder.js';
import { findDate, parseDate } from '../parse/parseDate.js';
import { cleanRole, looksLikeName, parseNameRole, splitHonorific, stripOrgCode } from '../parse/personName.js';
import type { PeopleRule, TemplateDefinition } from '../template/templateDefinition.js';
import { findLinearHeader, findTable, headerColumn } from './tables.js';

type Found = FoundPerson;

export function peopleFromRules(template: TemplateDefinition, answers: Answers, out: RecordBuilder): void {
  const found: Found[] = [];
  // Closing signatures date people the other rules found, so they run last.
  for (const rule of template.people) if (rule.kind !== 'closing-signature') found.push(...peopleBy(rule, answers));
  takeRolesFromTable(template.people, found);
  for (const rule of template.people) if (rule.kind === 'closing-signature') closingSignature(answers.view, found, rule.capacity);
  addPeople(found, out);
}

function peopleBy(rule: Exclude<PeopleRule, { kind: 'closing-signature' }>, answers: Answers): Found[] {
  switch (rule.kind) {
    case 'list':
      return listed(answers.answer(rule.from, rule.occurrence), rule.capacity);
    case 'fields':
      return fielded(rule, answers);
    case 'signature':
      return signed(answers.answer(rule.from), rule.capacity, rule.roleText, rule.date ? answers.answer(rule.date) : null);
    case 'table':
      return tabled(answers.view, rule.nameHeader, rule.roleHeader, rule.capacity);
  }
}

/**
 * For rules that ask for it, a person whose answer begins with a name the people table lists
 * takes that name and the table's job title.
 */
function takeRolesFromTable(rules: PeopleRule[], found: Found[]): void {
  const fromTable = (f: Found): boolean => f.method === 'table' || f.method === 'linear-table';
  const tabled = found.filter(fromTable);
  rules.forEach((rule) => {
    if (rule.kind !== 'fields' || !rule.roleFromTable) return;
    for (const f of found) {
      if (fromTable(f) || f.person.capacity !== rule.capacity) continue;
      const raw = `${f.person.name} ${f.person.role ?? ''}`.toLowerCase();
      const match = tabled.find((t) => raw.startsWith(t.person.name.toLowerCase()));
      if (match) {
        f.person.name = match.person.name;
        f.person.role = match.person.role;
      }
    }
  });
}

function person(name: string, role: string | null, capacity: Capacity, date: string | null): Person {
  return { name, role, capacity, date };
}

/** One person per line: "Name, Role". */
function listed(answer: Answer | null, capacity: Capacity): Found[] {
  if (!answer) return [];
  return answer.text
    // One person per paragraph or bullet; where an export ran lines together, a new
    // "Firstname Lastname," starts a new person.
    .split(/\n+|\s•\s|\s(?=\p{Lu}[\p{Ll}'’-]+ \p{Lu}[\p{Ll}'’-]+,)/u)
    .map((line) => parseNameRole(line))
    .filter((p): p is NonNullable<typeof p> => p !== null && looksLikeName(p.name))
    .map((p) => ({ person: person(p.name, p.role, capacity, null), pieces: answer.pieces, labelScore: answer.anchor.score, method: answer.method, quality: 1 }));
}

function fielded(rule: Extract<PeopleRule, { kind: 'fields' }>, answers: Answers): Found[] {
  const nameAnswer = answers.answer(rule.name, rule.nameOccurrence);
  if (!nameAnswer) return [];
  const firstLine = nameAnswer.text.split('\n')[0]!.trim();
  const parsed = parseNameRole(stripOrgCode(firstLine));
  if (!parsed) return [];
  let role = rule.roleText ?? parsed.role;
  if (rule.role) {
    const r = answers.answer(rule.role, rule.roleOccurrence);
    if (r?.text) role = cleanRole(r.text.replace(/\s*\n+\s*/g, ' '));
  }
  if (rule.honorificInRole && parsed.honorific) role = role ? `${parsed.honorific}, ${role}` : parsed.honorific;
  const dateAnswer = rule.date ? answers.answer(rule.date, rule.dateOccurrence) : null;
  const date = parseDate(dateAnswer?.text);
  const pieces = [...nameAnswer.pieces, ...(dateAnswer?.pieces ?? [])];
  const quality = looksLikeName(parsed.name) ? 1 : 0.5;
  return [{ person: person(parsed.name, role, rule.capacity, date), pieces, labelScore: nameAnswer.anchor.score, method: nameAnswer.method, quality }];
}

/** "Name (caption)", or "Name – Role" and a date, on one line or on lines of their own. */
function signed(answer: Answer | null, capacity: Capacity, roleText: string | undefined, dateAnswer: Answer | null): Found[] {
  if (!answer?.text) return [];
  let text = answer.text.replace(/\s*\n+\s*/g, '\n').trim();
  const found = findDate(text);
  if (found) text = `${text.slice(0, found.start)}\n${text.slice(found.end)}`;
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const caption = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(lines[0] ?? '');
  let name: string;
  let role: string | null;
  if (caption) {
    name = caption[1]!;
    role = caption[2]!;
  } else {
    const p = parseNameRole((lines[0] ?? '').replace(/[\s–—-]+$/, ''));
    if (!p) return [];
    name = p.name;
    role = p.role;
  }
  const rest = lines.slice(1);
  if (!role) {
    const line = rest.find((l) => l.replace(/[()]/g, '').trim());
    if (line) role = cleanRole(line.replace(/^\((.*)\)$/, '$1'));
  }
  const date = parseDate(dateAnswer?.text) ?? found?.value ?? null;
  const { name: plain } = splitHonorific(name);
  const pieces = [...answer.pieces, ...(dateAnswer?.pieces ?? [])];
  return [{ person: person(plain, roleText ?? role, capacity, date), pieces, labelScore: answer.anchor.score, method: answer.method, quality: looksLikeName(plain) ? 1 : 0.5 }];
}

/** Rows of a Name | Position table (or its cells in reading order, name then position). */
function tabled(view: DocumentView, nameHeader: string[], roleHeader: string[], capacity: Capacity): Found[] {
  const table = findTable(view, [nameHeader, roleHeader]);
  if (!table) {
    const linear = linearTable(view, nameHeader, roleHeader, capacity);
    return linear.length > 0 || !view.runTogether ? linear : runTogetherTable(view, nameHeader, roleHeader, capacity);
  }
  const nameCol = headerColumn(view, table.header, nameHeader);
  const roleCol = headerColumn(view, table.header, roleHeader);
  if (nameCol === null || roleCol === null) return [];
  const out: Found[] = [];
  for (const row of table.body) {
    const nameCell = row.grid[nameCol];
    const name = nameCell?.text.trim();
    if (!nameCell || !name || !looksLikeName(name)) continue;
    const roleCell = row.grid[roleCol];
    const { name: plain } = splitHonorific(name);
    out.push({
      person: person(plain, cleanRole(roleCell?.text ?? ''), capacity, null),
      pieces: [nameCell, ...(roleCell ? [roleCell] : [])].map((u) => ({ unit: u, from: 0, to: u.text.length })),
      labelScore: table.headerScore,
      method: 'table',
      quality: 1,
    });
  }
  return out;
}

/** The table's cells in reading order: its header cells, then name and position in turn, while the names last. */
function linearTable(view: DocumentView, nameHeader: string[], roleHeader: string[], capacity: Capacity): Found[] {
  const header = findLinearHeader(view, [nameHeader, roleHeader]);
  if (!header) return [];
  const out: Found[] = [];
  for (let i = header.bodyStart; i + 1 < view.units.length; i += 2) {
    const nameUnit = view.units[i]!;
    const roleUnit = view.units[i + 1]!;
    if (!looksLikeName(nameUnit.text) || looksLikeName(roleUnit.text)) break;
    out.push({
      person: person(splitHonorific(nameUnit.text.trim()).name, cleanRole(roleUnit.text), capacity, null),
      pieces: [nameUnit, roleUnit].map((u) => ({ unit: u, from: 0, to: u.text.length })),
      labelScore: header.score,
      method: 'linear-table',
      quality: 0.8,
    });
  }
  return out;
}

/**
 * A Name | Position table where lines run cells together (`pdftotext -raw`): a header line
 * "Name Position", then one "Jackie Colley Commissioning Manager" line per row, a wrapped
 * position's last words on a line of their own ("Finance"). Ends at the first line that is
 * neither a row nor a position's tail.
 */
function runTogetherTable(view: DocumentView, nameHeader: string[], roleHeader: string[], capacity: Capacity): Found[] {
  const norm = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const headers = new Set(nameHeader.flatMap((n) => roleHeader.map((r) => norm(`${n} ${r}`))));
  // The header may close a unit it was joined onto (after "… members as below -").
  const start = view.units.findIndex((u) => [0, ...u.lineStarts.map(([, c]) => c)].some((c) => headers.has(norm(u.text.slice(c)))));
  if (start < 0) return [];
  const out: Found[] = [];
  for (const unit of view.units.slice(start + 1)) {
    const text = unit.text.replace(/\s+/g, ' ').trim();
    const row = /:$/.test(text) ? null : parseNameRole(text);
    const piece = { unit, from: 0, to: unit.text.length };
    if (row && row.role && looksLikeName(row.name)) {
      out.push({ person: person(row.name, row.role, capacity, null), pieces: [piece], labelScore: 1, method: 'linear-table', quality: 0.7 });
      continue;
    }
    const last = out[out.length - 1];
    if (!last || looksLikeName(text) || text.split(' ').length > 4 || /[.:;]$/.test(text)) break;
    last.person.role = cleanRole(`${last.person.role ?? ''} ${text}`);
    last.pieces = [...last.pieces, piece];
  }
  return withUsualNameLength(out);
}

/**
 * A row's name is read as its leading capitalised words, which takes a role's first word
 * when it is not a known role word ("Olwyn Mills Virtual | Head CIC"). Names in one table
 * are mostly the same length: a longer one whose shorter reading is still a name is cut to it.
 */
function withUsualNameLength(rows: Found[]): Found[] {
  const lengths = rows.map((r) => r.person.name.split(' ').length);
  const counts = new Map<number, number>();
  for (const n of lengths) counts.set(n, (counts.get(n) ?? 0) + 1);
  const usual = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  if (usual === undefined || (counts.get(usual) ?? 0) * 2 <= rows.length) return rows;
  for (const r of rows) {
    const words = r.person.name.split(' ');
    if (words.length <= usual || !looksLikeName(words.slice(0, usual).join(' '))) continue;
    r.person.role = cleanRole(`${words.slice(usual).join(' ')} ${r.person.role ?? ''}`);
    r.person.name = words.slice(0, usual).join(' ');
  }
  return rows;
}

/** A known person's name near the end of the form, followed by a date: their signature date. */
function closingSignature(view: DocumentView, found: Found[], capacity: Capacity): void {
  const tail = view.units.slice(-12);
  for (const f of found) {
    if (f.person.capacity !== capacity || f.person.date) continue;
    const at = tail.findIndex((u) => u.text.trim().toLowerCase().startsWith(f.person.name.toLowerCase()));
    if (at < 0) continue;
    for (const u of tail.slice(at, at + 4)) {
      const date = findDate(u.text);
      if (date) {
        f.person.date = date.value;
        f.pieces = [...f.pieces, { unit: u, from: date.start, to: date.end }];
        break;
      }
    }
  }
}
