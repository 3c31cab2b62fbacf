/**
 * What the form itself shows it asks for, read from the document regardless of what any
 * extractor made of it: how many of the Equality Act's characteristics it names as row or
 * cell labels (an impact grid), whether it has a sign-off block, how much text it has. Set
 * against what a record holds, it tells when a reader is out of its depth (a grid of nine
 * characteristics and no impact row was not read, however sure each value looks), both as
 * features of the confidence model and as the reasons a record needs review.
 */
import { PROTECTED_CHARACTERISTICS, type Characteristic } from '../../model/vocabulary.js';
import type { DocumentView } from '../document/documentView.js';
import { characteristicOf } from '../parse/characteristic.js';

export interface FormEvidence {
  /** Distinct Equality Act characteristics named as a label: a line or cell of a few words that starts with one. */
  characteristicLabels: number;
  /** A sign-off block's label is printed (signed, approved by, completed by, lead officer…). */
  signOff: boolean;
  /** Characters of text in the part of the document the record was read from. */
  textChars: number;
}

/** The nine the Equality Act 2010 protects: every EIA form with a grid asks about these, whatever its local extras. */
const CORE: ReadonlySet<Characteristic> = new Set(PROTECTED_CHARACTERISTICS);

/** A label is short; a sentence that mentions "age" in passing is not a grid row. */
const MAX_LABEL_WORDS = 8;
const SIGN_OFF = /\b(?:signed|signature|sign[\s-]?off|approved by|authori[sz]ed by|completed by|assessed by|lead officer|responsible officer|name of (?:the )?(?:officer|assessor|lead)|assessment (?:carried out|completed) by)\b/i;

/** The text's lines that could be labels: short, and not a whole paragraph of prose. */
function labelLines(text: string): string[] {
  return text
    .split(/\n|\s*\|\s*|\t/)
    .map((l) => l.trim())
    .filter((l) => l.length > 1 && l.split(/\s+/).length <= MAX_LABEL_WORDS);
}

export function formEvidence(view: DocumentView): FormEvidence {
  const named = new Set<Characteristic>();
  let signOff = false;
  let textChars = 0;
  for (const unit of view.units) {
    textChars += unit.text.length;
    for (const line of labelLines(unit.text)) {
      const c = characteristicOf(line);
      // The label must lead with the characteristic's name ("Age", "Race (including…)"), not merely contain it.
      if (c && CORE.has(c) && characteristicOf(line.split(/\s+/).slice(0, 3).join(' ')) === c) named.add(c);
      if (!signOff && SIGN_OFF.test(line)) signOff = true;
    }
  }
  return { characteristicLabels: named.size, signOff, textChars };
}
