/**
 * An answer written as a row of tick boxes ("☐ commissioning a new service ☒ a policy or
 * strategy ☐ other", "ü Policy    Procedure    Service change"): the options ticked. A box
 * glyph, a run of spaces or a line break separates the options; a ticked mark (☒, ✓, or what a Wingdings
 * tick becomes, "ü" or "P") opens the option it ticks. A row that starts with a word and ends
 * with a box puts each box after its option ("Positive □ Negative ■ Neutral □").
 */

export interface TickMarks {
  ticked: readonly string[];
  unticked: readonly string[];
}

/** Box glyphs, a mark wherever they stand (not only as a token of their own); the ticked ones. */
const BOXES = '☐□☒☑■';
const TICKED_BOXES = '☒☑■';

/** Whether a text holds a box glyph, ticked or not: a row of options. */
export function holdsBoxes(text: string): boolean {
  return [...text].some((ch) => BOXES.includes(ch));
}

/** A cell that opens with a box glyph: one option of a row of tick boxes laid out a cell each. */
export function opensWithBox(text: string): boolean {
  return text.length > 0 && BOXES.includes(text[0]!);
}

/** The ticked options' text joined by "; " (null when none is ticked), or null when the text is not a row of options. */
export function tickedOptions(text: string, marks: TickMarks): { ticked: string | null } | null {
  const glyphs = [...marks.ticked, ...marks.unticked].map(escape).join('|');
  // A mark is a token of its own: "ü Policy", "☐ other", never the "x" of a word.
  const mark = new RegExp(`(?:^|(?<=\\s))(${glyphs})(?=\\s|$)|[${BOXES}]`, 'gu');
  const found = [...text.matchAll(mark)];
  if (found.length === 0) return null;
  const isTicked = (m: string): boolean => marks.ticked.includes(m) || TICKED_BOXES.includes(m);
  const last = found[found.length - 1]!;
  if (found[0]!.index! > 0 && last.index! + last[0].length === text.trimEnd().length && opensWithBox(last[0])) return boxesAfter(text, found, isTicked);
  // Options: cut at every mark and at every run of two or more spaces or a line break.
  const options: Array<{ text: string; ticked: boolean }> = [];
  // Where the export collapsed the spaces between options, each option is in sentence case: it
  // starts at a capital ("Policy Procedure Service change Business case").
  const spaced = /[^\S\n]{2,}|\n/.test(text);
  // An option's own letter stays with it ("☒ B. Adjust the policy").
  const separator = spaced ? /\s{2,}|\n+/ : /(?<!(?:^|\s)\p{Lu}[.)])\s+(?=\p{Lu})/u;
  let from = 0;
  let ticked = false;
  const push = (to: number): void => {
    for (const [i, part] of text.slice(from, to).trim().split(separator).entries()) {
      const t = part.trim();
      if (t) options.push({ text: t, ticked: ticked && i === 0 });
    }
  };
  for (const m of found) {
    push(m.index!);
    from = m.index! + m[0].length;
    ticked = isTicked(m[0]);
  }
  push(text.length);
  if (options.length < 2) return null;
  const chosen = options.filter((o) => o.ticked).map((o) => o.text.replace(/[:\s]+$/, ''));
  return { ticked: chosen.length > 0 ? chosen.join('; ') : null };
}

/** Options each followed by its box: the text before a box is its option. */
function boxesAfter(text: string, found: RegExpMatchArray[], isTicked: (m: string) => boolean): { ticked: string | null } | null {
  const options: Array<{ text: string; ticked: boolean }> = [];
  let from = 0;
  for (const m of found) {
    const option = text.slice(from, m.index!).trim();
    if (option) options.push({ text: option, ticked: isTicked(m[0]) });
    from = m.index! + m[0].length;
  }
  if (options.length < 2) return null;
  const chosen = options.filter((o) => o.ticked).map((o) => o.text.replace(/[:\s]+$/, ''));
  return { ticked: chosen.length > 0 ? chosen.join('; ') : null };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
