/**
 * Recognises list markers at the start of a line: bullets ("•", "▪", "-", "–", "o") and
 * numbering ("1.", "2)", "a)", "(i)"). A marker only counts when a space follows it, so that
 * "e.g." or "-5%" at the start of a wrapped line does not open a list item.
 */

export interface ListMarker {
  /** The marker as written, normalised for private-use bullet glyphs ("", "" → "•", "▪"). */
  marker: string;
  /** The text after the marker and its space. */
  rest: string;
  /**
   * Bullet glyphs are unambiguous. Dashes, "o", "*", numbers and letters can also begin an
   * ordinary wrapped line ("… Maria Castellano" / "- GT ENV"), so callers accept these only
   * where a new paragraph is plausible.
   */
  strong: boolean;
}

/** Symbol and Wingdings bullets that PDFs map to the Unicode private use area. */
const PRIVATE_USE_BULLETS: Record<string, string> = { '\uf0b7': '•', '\uf0a7': '▪', '\uf076': '❖', '\uf0d8': '➢', '\uf0fc': '✓' };

const BULLET = /^([•▪◦●■□►▸➢❖✓·∙])\s+(?=\S)/u;
const WEAK_BULLET = /^([*o\-–—−])\s+(?=\S)/u;
const NUMBERED = /^(\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)])\s+(?=\S)/u;
const PARENTHESISED = /^(\((?:\d{1,3}|[a-z]|[ivx]{1,5})\))\s+(?=\S)/u;

export function matchListMarker(text: string): ListMarker | undefined {
  const first = text[0];
  const normalised = first !== undefined && PRIVATE_USE_BULLETS[first] ? (PRIVATE_USE_BULLETS[first] ?? first) + text.slice(1) : text;
  for (const pattern of [BULLET, WEAK_BULLET, PARENTHESISED, NUMBERED]) {
    const m = pattern.exec(normalised);
    const marker = m?.[1];
    if (!m || marker === undefined) continue;
    // "(1." or "a." alone are not markers; an opening bracket needs its closing one.
    if (marker.startsWith('(') && !marker.endsWith(')')) continue;
    return { marker, rest: normalised.slice(m[0].length), strong: pattern === BULLET };
  }
  return undefined;
}

/**
 * The family a marker belongs to ("1." and "2)" are both numbers, "a)" and "(b)" letters):
 * a weak marker continues a list only when it is of the same family as the item before.
 */
export function markerKind(marker: string): string {
  const core = marker.replace(/[().]/g, '');
  if (/^\d+$/.test(core)) return 'number';
  if (/^[ivx]+$/.test(core) && core.length > 1) return 'roman';
  if (/^[a-z]$/.test(core)) return 'letter';
  if (/^[-–—−]$/.test(core)) return 'dash';
  return core;
}
