/**
 * Text that is about the page, not the form: page numbers and the debris public mirror
 * sites wrap documents in ("Page 1 of 38", "Trang 2", "Size: px", "Download …",
 * "CONTINUE READING"). It is never part of an answer, and an answer does not run on into it.
 */

const WHOLE_CELL = [
  /^page \d+ of \d+$/i,
  /^(?:trang|page) \d+$/i,
  /^size: px$/i,
  /^start display at page:?$/i,
  /^download\b/i,
  /^transcription$/i,
  /^transcript$/i,
  /^upload: \w+$/i,
  /^post on \d{1,2}-\w{3}-\d{4}$/i,
  /^\d+ (?:views?|downloads?)$/i,
  /^category:?$/i,
  /^documents$/i,
  /^page created by\b/i,
  /^continue reading\b/i,
  /^advertisement\b/i,
  /^print this page$/i,
  /^similar documents$/i,
];

/** Page furniture inside a line of text: "Page 1 of 4", "Trang 2" glued to the next word. */
const INLINE = /\bPage \d+ of \d+\b|\bTrang \d+(?=\p{Lu}|\s|$)|^Page \d+: /gu;

export function isFurniture(text: string): boolean {
  const t = text.trim().replace(/\s+/g, ' ');
  return t !== '' && WHOLE_CELL.some((re) => re.test(t));
}

export function stripFurniture(text: string): string {
  return text.replace(INLINE, ' ').replace(/[ \t]{2,}/g, ' ').trim();
}
