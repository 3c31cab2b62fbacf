/**
 * Where the rows of a layout-text table start inside a chunk of lines with no blank line
 * between them (`pdftotext -layout`): each line is judged by what the lines before it held —
 * a label and its answer, a mark, a finished sentence, a bare heading.
 *
 * Units: character columns (0-based) in the line as printed.
 */
import { columnAt, type Segment } from './layoutColumns.js';
import { LIST_MARKER } from './lineParagraphs.js';

export interface SegLine {
  page: number;
  segments: Segment[];
}

/**
 * A label of a few words that does not stop mid-phrase ("Service area", "Head of Service"),
 * nor ask or introduce ("What did they tell you?", "Name of Director:", whose answer may be
 * the next line's).
 */
const SHORT_LABEL = /^(?!.*(?:\b(?:the|of|and|or|for|in|to|a|an|with|by)|[:?])$)\S+(?:\s+\S+){0,4}$/i;

/**
 * Rows with no blank line between them come out as one chunk. Text in the first column
 * again after lines where it was empty, starting like a new label (a capital or a number,
 * not a bullet or a lower-case word), starts the next row ("Age 65+ … 7. NI" then
 * "Disability …"); a first-column label that wraps, or runs on with a bullet list, stays whole.
 */
export function splitAtNewKeys(chunk: SegLine[], edges: number[]): SegLine[][] {
  const out: SegLine[][] = [[]];
  // Where every line (but a title line over an empty first column) opens with a capitalised
  // first-column label, no label wraps: each line is a row ("Completed by   Kiran Pritchard   Policy
  // Officer" then "Approved by   Olu Hussain   Chief Officer   25 May 2025").
  const keyOf = (line: SegLine): Segment | undefined => line.segments.find((s) => columnAt(s.start, edges) === 0);
  const body = chunk.length > 1 && !keyOf(chunk[0]!) ? chunk.slice(1) : chunk;
  const opensWithLabel = (l: SegLine): boolean => {
    const k = keyOf(l);
    return k !== undefined && /^[\p{Lu}\p{N}]/u.test(k.text) && !LIST_MARKER.test(k.text) && l.segments.length > 1;
  };
  const lineRows = edges.length >= 2 && body.length >= 2 && body.every(opensWithLabel);
  let keySeen = false;
  let keyGap = false;
  let rowMarked = false;
  let lastPaired = false;
  let lastBoxes = false;
  let lastHadBoth = false;
  let lastWhole = false;
  let lastKeyOnly: string | null = null;
  let lastEndedSentence = false;
  let lastWasTitles = false;
  for (const line of chunk) {
    const key = line.segments.find((s) => columnAt(s.start, edges) === 0);
    const hasKey = key !== undefined;
    // The line's answers: its text beyond the first column.
    const others = line.segments.filter((s) => columnAt(s.start, edges) > 0);
    const marked = hasMark(line, edges);
    // In a two-column block of labels and answers ("Directorate   Education" then "Service
    // area   Learner Support"), a line holding a label and its answer after another such line
    // is a row of its own. Not in wider grids, whose long cells wrap label and text together
    // ("Armed Forces   No known adverse" / "Community   impact"), nor after a question's line
    // (its next line goes on asking: "… to refer to?" / "What were the results?").
    const paired = edges.length === 1 && key !== undefined && SHORT_LABEL.test(key.text.trim()) && others.length > 0;
    const newLabel = key !== undefined && /^[\p{Lu}\p{N}]/u.test(key.text) && !LIST_MARKER.test(key.text);
    // Headings over an empty first column end where the first row label comes in.
    const afterStubHeader = !keySeen && out[out.length - 1]!.length > 0;
    // A grid with no blank lines between rows: each row's first line carries its own mark
    // ("Age      ü     …" then "Disability   ü   …"); a wrapped label's second line does not.
    // Rows one line each with nothing between them: after a row heading left unanswered
    // ("Marital status" alone), or after a line whose answer ended its sentence, a line with a
    // new heading and an answer opening with a capital is the next row ("Religious belief   No
    // impact identified." then "Political opinion   No impact identified.").
    const answer = others[0]?.text ?? '';
    const afterBareKey = lastKeyOnly !== null && SHORT_LABEL.test(lastKeyOnly);
    // The answer opens like a new row's: a capital, or (in a grid) the row's mark.
    const opensAnswer = /^\p{Lu}/u.test(answer) || marked;
    const afterSentence = (lastEndedSentence || lastWasTitles) && opensAnswer;
    // Two columns of labels and answers: after a complete short row ("Date of screening   21.10.2022")
    // or an answer that ended its sentence, a new label beside a capitalised answer is the next row,
    // even when its own label is too long to look short ("Purpose of the proposal (Include its   To open …").
    // So is a short label with its answer after any line that held a label and an answer ("Name of
    // the policy, strategy or project   Flexible working procedure" then "Department   People and …").
    // So, too, a capitalised label after a line whose label and answer both end whole ("Name and job title
    // of lead officer   Olu Varma, Team Leader" then "Brief description of the policy (Include   To replace …").
    const nextPair = edges.length === 1 && (lastPaired || lastEndedSentence || (paired && lastHadBoth) || (lastWhole && newLabel)) && /^\p{Lu}/u.test(answer);
    // A sign-off block's rows, some left blank: after a complete short row ("Job title   Team Leader"),
    // a label of a few words alone ("Signature", "Approved by") is a row of its own, and after a
    // label alone a short label with its answer ("Date   26/08/2020") is the next row.
    const blankRow = edges.length === 1 && lastPaired && others.length === 0 && key !== undefined && key.text.trim().split(/\s+/).length <= 6;
    const afterBlankRow = edges.length === 1 && paired && lastKeyOnly !== null;
    // A label alone after a row of tick boxes ("Tick one:  ☒ Proceed   ☐ Do not proceed", then
    // "Reasons") is the next row: the boxes' options never wrap into the first column.
    const afterBoxes = lastBoxes && others.length === 0;
    if (newLabel && (afterStubHeader || (keySeen && (lineRows || keyGap || (marked && rowMarked) || (paired && lastPaired) || nextPair || blankRow || afterBlankRow || afterBoxes || (edges.length >= 2 && (afterBareKey || afterSentence)))))) {
      out.push([]);
      rowMarked = false;
    }
    rowMarked ||= marked;
    if (hasKey) keySeen = true;
    keyGap = keySeen && !hasKey;
    lastPaired = paired;
    lastBoxes = others.length >= 2 && others.every((o) => /^[☐□☒☑■]/u.test(o.text.trim()));
    // A label that asks or introduces ("Name of Director:") may have its answer on the next line.
    lastHadBoth = key !== undefined && !/[:?]$/.test(key.text.trim()) && others.length > 0;
    lastWhole = lastHadBoth && !OPEN_END.test(key!.text.trim()) && !OPEN_END.test(others.map((s) => s.text.trim()).join(' '));
    lastKeyOnly = key !== undefined && others.length === 0 ? key.text.trim() : null;
    // The line's last text ends its sentence: "Racial group   Neutral   No differential impact identified."
    lastEndedSentence = key !== undefined && others.length > 0 && /[.!?]$/.test(others[others.length - 1]!.text.trim());
    // The chunk's first line of column titles ("Category   Details of likely impact   Level of impact?"):
    // short, unnumbered, no commas (a numbered row's first line, "3.13 Armed Forces   War Pensions Scheme payments, Armed", is none).
    lastWasTitles = out.length === 1 && out[0]!.length === 0 && line.segments.length >= 3 && !/^\d/.test(line.segments[0]!.text.trim()) && line.segments.every((g) => g.text.trim().split(/\s+/).length <= 5 && !/[,;]|\.$/.test(g.text.trim()));
    out[out.length - 1]!.push(line);
  }
  return out;
}

/** Text that stops mid-phrase: on a joining word or a comma, slash, bracket or dash that the next line goes on from. */
const OPEN_END = /(?:\b(?:the|of|and|or|for|in|to|a|an|with|by|on|at|from|&)|[,/(–—-])$/i;

/** A capitalised word or two of at most 12 letters, nothing else: a column's answer, not a wrapped sentence's line. */
const SHORT_WORDS = /^(?=.{1,12}$)\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+)?$/u;

/** Whether a line has a mark of a grid in a column between the first and the last ("ü", "X", "Yes", "H"). */
function hasMark(line: SegLine, edges: number[]): boolean {
  return line.segments.some((s) => {
    const col = columnAt(s.start, edges);
    // The last column's mark may be a level's word ("None", "Minor", "Major").
    // A middle column's mark may be a rating's word or two ("Neutral", "Not known").
    return col > 0 && (col < edges.length ? s.text.length <= 3 || SHORT_WORDS.test(s.text.trim()) : edges.length >= 2 && /^\p{Lu}\p{Ll}{0,4}$/u.test(s.text.trim()));
  });
}
