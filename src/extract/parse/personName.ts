/**
 * Names and roles as forms write them: "Helen Marsh, Financial Assessment and Benefits Team
 * Manager", "Christy Holden - ST SC" (an org-unit code after the name), "Councillor Pat
 * Seaman" (an honorific, kept in the role, never in the name), "Jackie Colley Commissioning
 * Manager CYPD" (no separator at all: the name ends where job-title words begin).
 */

const HONORIFIC = /^(councillor|cllr\.?|mr\.?|mrs\.?|ms\.?|miss|dr\.?|prof\.?|professor|sir|dame|rev\.?|the rt\.? hon\.?)\s+/i;
/** Words that begin a job title rather than continue a name. */
const ROLE_WORDS = new Set([
  'manager', 'director', 'head', 'officer', 'commissioning', 'service', 'services', 'lead', 'team', 'assistant', 'senior',
  'chief', 'executive', 'coordinator', 'co-ordinator', 'advisor', 'adviser', 'specialist', 'analyst', 'principal',
  'strategic', 'development', 'policy', 'programme', 'project', 'partnership', 'commissioner', 'member', 'cabinet',
  'deputy', 'interim', 'acting', 'corporate', 'business', 'finance', 'equality', 'equalities', 'customer', 'operations',
  'group', 'strategy', 'leader', 'consultant', 'practitioner', 'worker', 'planning', 'general', 'portfolio', 'on',
]);
/** An org-unit code: a run of capitalised abbreviations ("ST SC", "CY SCS", "CYPD"). */
const ORG_CODE = /^[A-Z]{2,6}(\s+[A-Z]{2,6})*$/;

export interface NameRole {
  name: string;
  role: string | null;
  /** An honorific removed from the name ("Councillor"). */
  honorific: string | null;
}

/** Separates an honorific from a name: "Councillor Pat Seaman" → Councillor / Pat Seaman. */
export function splitHonorific(text: string): { name: string; honorific: string | null } {
  const m = HONORIFIC.exec(text.trim());
  if (!m) return { name: text.trim(), honorific: null };
  const word = m[1]!.replace(/\.$/, '');
  const honorific = /^cllr$/i.test(word) ? 'Councillor' : word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  return { name: text.trim().slice(m[0].length).trim(), honorific };
}

/** Drops a trailing org-unit code: "Christy Holden - ST SC" → "Christy Holden". */
export function stripOrgCode(text: string): string {
  const m = /^(.*?)\s*[-–—]\s*([A-Z]{2,6}(?:\s+[A-Z]{2,6})*)\s*$/.exec(text.trim());
  return m ? m[1]!.trim() : text.trim();
}

/** Whether a word could be part of a person's name. */
function nameWord(w: string): boolean {
  return /^[A-Z][\p{L}'’-]*$/u.test(w) && !ROLE_WORDS.has(w.toLowerCase()) && !ORG_CODE.test(w);
}

/** Plausible as a person's name: two to four capitalised words. */
export function looksLikeName(text: string): boolean {
  const ws = splitHonorific(text).name.split(/\s+/).filter(Boolean);
  return ws.length >= 2 && ws.length <= 4 && ws.every(nameWord);
}

/**
 * Splits "Name, Role" / "Name - Role" / "Name (Role)" / "Name Role words" into name and role.
 * Returns null when no name can be found.
 */
export function parseNameRole(raw: string): NameRole | null {
  const text = raw.replace(/^[•\-*\s]+/, '').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const { name: rest, honorific } = splitHonorific(text);
  const sep = /^([^,(–—]+?)\s*(?:,|\(|\s[–—-]\s)\s*(.*?)\)?\s*$/.exec(rest);
  if (sep && looksLikeName(sep[1]!)) {
    const role = cleanRole(sep[2]!);
    return { name: sep[1]!.trim(), role, honorific };
  }
  const ws = rest.split(' ');
  let n = 0;
  while (n < ws.length && n < 4 && nameWord(ws[n]!)) n++;
  if (n < 2 && !(n === 1 && ws.length === 1)) return null;
  const role = cleanRole(ws.slice(n).join(' '));
  return { name: ws.slice(0, n).join(' '), role, honorific };
}

/** A role without stray punctuation; null when nothing is left or it is only an org-unit code. */
export function cleanRole(role: string): string | null {
  const r = role.trim().replace(/^[,\-–—:(\s]+|[,\-–—:)\s]+$/g, '').replace(/\s+/g, ' ');
  return r && !ORG_CODE.test(r) ? r : null;
}

/** Whether two names denote the same person ("Pat Seaman" / "Patricia Seaman" count). */
export function sameName(a: string, b: string): boolean {
  const wa = a.toLowerCase().split(/\s+/);
  const wb = b.toLowerCase().split(/\s+/);
  if (wa.join(' ') === wb.join(' ')) return true;
  const lastA = wa[wa.length - 1];
  const lastB = wb[wb.length - 1];
  if (lastA !== lastB || !wa[0] || !wb[0]) return false;
  return wa[0].startsWith(wb[0]) || wb[0].startsWith(wa[0]);
}
