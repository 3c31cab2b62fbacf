/**
 * Label texts made comparable across documents and renderings: the same form printed as a
 * Word table, a PDF and a committee-site text export numbers, punctuates and footnotes its
 * labels differently ("A1. Briefly describe the aims …[1]", "1) briefly describe the aims
 * …"), so everything but the words themselves is dropped.
 */

/** Longer than this, a piece of text is an answer or guidance, not a label. */
export const MAX_LABEL_WORDS = 15;

/** Page furniture a text export keeps ("Page 2 of 5"). */
const PAGE_NUMBER = /^page \d+(?: of \d+)?$/u;

/** Section and question numbering a form prints before a label. */
const NUMBERING = [
  /^(?:section|step|part|stage|question|appendix)\s+[a-z0-9]{1,3}\b[\s.:)–—-]*/u,
  /^\(?[a-z]?\d{1,2}(?:[.:]\d{1,2})*[a-z]?[.:)]?(?=\s)/u,
  /^\(?[a-z][.)](?=\s)/u,
  /^q\d{1,2}\b[.:)]?/u,
];

/**
 * The label's words, lower case, single-spaced, without numbering, endnote markers or
 * punctuation; null when nothing label-like is left (a tick glyph, a date, a number).
 */
export function normaliseLabel(text: string): string | null {
  let t = text.normalize('NFKC').toLowerCase().replace(/\[\d{1,2}\]/g, ' ').trim();
  for (let again = true; again; ) {
    again = false;
    for (const n of NUMBERING) {
      const m = n.exec(t);
      if (m && m[0].length > 0) {
        t = t.slice(m[0].length).trim();
        again = true;
      }
    }
  }
  t = t.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const letters = t.replace(/[^\p{L}]/gu, '').length;
  if (letters < 2 || PAGE_NUMBER.test(t)) return null;
  const words = t.split(' ');
  if (words.length > MAX_LABEL_WORDS) return null;
  return t;
}
