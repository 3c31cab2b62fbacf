/**
 * People named in an answer, as unseen forms write them: one a line or numbered ("1.Barbara
 * Disney Commissioning Manager …"), "Name (Role) / Name (Role)", "Name; Role", "Name, Role",
 * or a flattened table ("Name Job Title Email Lesley Boyd Health Inequalities Manager …").
 * A name is two or three capitalised words that are not job-title or heading words; what
 * follows a name, up to the next name, is that person's role.
 */
import { findDate } from '../parse/parseDate.js';
import { cleanRole, looksLikeName, parseNameRole, splitHonorific } from '../parse/personName.js';

export interface NamedPerson {
  name: string;
  role: string | null;
  /** An honorific removed from the name ("Councillor"). */
  honorific: string | null;
  date: string | null;
  /** Read from an explicit separator ("Name, Role") rather than picked out of running words. */
  separated: boolean;
}

const EMAIL = /\S+@\S+/g;
const NAME_TOKEN = /^\p{Lu}[\p{Ll}'’-]*(?:['’-]\p{Lu}[\p{Ll}'’-]*)?$/u;

/** Whether a text holds nothing but table headings and job-title words ("Name Job Title Email"). */
export function onlyHeadingWords(text: string, notNameWords: ReadonlySet<string>): boolean {
  return text.split(/[^\p{L}-]+/u).filter(Boolean).every((w) => isNotName(w, notNameWords) || /^\p{Ll}/u.test(w) || w === w.toUpperCase());
}

export function peopleIn(text: string, notNameWords: ReadonlySet<string>): NamedPerson[] {
  const out: NamedPerson[] = [];
  for (const chunk of chunks(text)) {
    const found = findDate(chunk);
    const body = (found ? `${chunk.slice(0, found.start)} ${chunk.slice(found.end)}` : chunk).replace(/\s+/g, ' ').trim();
    const date = found?.value ?? null;
    const separated = bySeparator(body, notNameWords);
    const people = separated ? [separated] : byNameRuns(body, notNameWords);
    for (const p of people) out.push({ ...p, date });
  }
  return out;
}

/** Lines, numbered items, '/' lists, bullets, and "Name (Role) Name (Role)" runs. */
function chunks(text: string): string[] {
  return text
    .replace(EMAIL, '\n')
    // "…, Building Safety Coordinator; Amrit Sandhu, Fire Safety Surveyor": a ';' before a
    // name of two or three words and its own separator starts the next person.
    .split(/\n+|\s+\/\s+|\s*•\s*|(?:^|\s)\d{1,2}[.)]\s*(?=\p{Lu})|(?<=\))\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})|;\s*(?=\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}\s*[,(])/u)
    // A numbered line ("2.Razia Bari …") keeps its number when the split was at the line break.
    .map((c) => c.replace(/^\s*\d{1,2}[.)]\s*(?=\p{Lu})/u, '').replace(/^[\s/|:;,–—-]+|[\s/|:;,–—-]+$/g, ''))
    .filter((c) => /\p{L}/u.test(c));
}

/** "Name, Role", "Name (Role)", "Name - Role", "Name; Role": a name before an explicit separator. */
function bySeparator(text: string, notNameWords: ReadonlySet<string>): Omit<NamedPerson, 'date'> | null {
  const m = /^([^,;(–—]+?)\s*(?:[,;(]|\s[–—-]\s)\s*(.*?)\)?\s*$/.exec(text);
  if (!m) return null;
  const { name, honorific } = splitHonorific(m[1]!);
  if (!looksLikeName(name) || name.split(/\s+/).some((w) => isNotName(w, notNameWords))) return null;
  return { name, role: cleanRole(m[2]!), honorific, separated: true };
}

/** Names picked out of running words: each run of two or three name words, its role the words up to the next run. */
function byNameRuns(text: string, notNameWords: ReadonlySet<string>): Array<Omit<NamedPerson, 'date'>> {
  const words = text.split(' ');
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < words.length; ) {
    let j = i;
    while (j < words.length && j - i < 6 && NAME_TOKEN.test(words[j]!.replace(/[,:;.]$/, '')) && !isNotName(words[j]!, notNameWords)) j++;
    // A web rendering that prints every value twice ("Shaw Dawn Shaw Dawn") names one person.
    const half = (j - i) / 2;
    if ((j - i === 4 || j - i === 6) && words.slice(i, i + half).join(' ') === words.slice(i + half, j).join(' ')) {
      runs.push([i, i + half]);
      i = j;
    } else if (j - i >= 2 && j - i <= 3) {
      runs.push([i, j]);
      i = j;
    } else {
      i = Math.max(i + 1, j);
    }
  }
  return runs.flatMap(([a, b], k) => {
    const { name, honorific } = splitHonorific(words.slice(a, b).join(' ').replace(/[,:;.]$/, ''));
    const parsed = parseNameRole(name);
    if (!parsed || !looksLikeName(name)) return [];
    const from = words.slice(b, b + (b - a)).join(' ') === words.slice(a, b).join(' ') ? b + (b - a) : b;
    const role = cleanRole(words.slice(from, runs[k + 1]?.[0] ?? words.length).join(' '));
    return [{ name, role, honorific, separated: false }];
  });
}

/** Words a name never holds: job titles, units and table headings ("Manager", "Health", "Email"). */
function isNotName(word: string, notNameWords: ReadonlySet<string>): boolean {
  const w = word.toLowerCase().replace(/[^\p{L}-]/gu, '');
  return notNameWords.has(w) || notNameWords.has(w.replace(/s$/, ''));
}
