/**
 * Text cells made safe for spreadsheets (OWASP ASVS 1.2.10 / CSV injection): a cell that
 * starts with = + - @, a tab or a carriage return is a formula to Excel and LibreOffice, so it
 * gets a leading apostrophe, which both show as text. A value that already starts with an
 * apostrophe before such a character gets one more, so `unescapeCell` restores every value exactly.
 */
const TRIGGER = /^'*[=+\-@\t\r]/;

export function escapeCell(text: string): string {
  return TRIGGER.test(text) ? `'${text}` : text;
}

/** The exported text back as it was (for readers and tests that round-trip a file). */
export function unescapeCell(text: string): string {
  return text.startsWith("'") && TRIGGER.test(text.slice(1)) ? text.slice(1) : text;
}
