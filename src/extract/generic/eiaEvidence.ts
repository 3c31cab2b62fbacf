/**
 * Is this an Equality Impact Assessment at all? Minutes, budget exports and letters land in
 * backfill folders too. A score in [0, 1] from what EIA forms always have: the name of the
 * assessment, the protected characteristics, the equality duty.
 */
import type { DocumentView } from '../document/documentView.js';
import { characteristicOf } from '../parse/characteristic.js';
import { normalisedText, phraseShare } from '../engine/detectTemplate.js';

const NAMES = ['equality impact assessment', 'equality analysis', 'equalities impact assessment', 'eqia', 'equality impact', 'integrated impact assessment', 'section 75 screening', 'equality screening', 'equality and health inequalities', 'equality assessment'];
const DUTY = ['protected characteristics', 'protected characteristic', 'equality act', 'public sector equality duty', 'general equality duty', 'equality duty', 'section 75'];

export function eiaEvidence(view: DocumentView): number {
  const text = normalisedText(view);
  const named = phraseShare(text, NAMES) > 0 ? 0.4 : 0;
  const duty = phraseShare(text, DUTY) > 0 ? 0.2 : 0;
  const characteristics = new Set<string>();
  for (const u of view.units) {
    if (u.text.length > 160) continue; // row headings and labels, not prose that mentions age in passing
    const c = characteristicOf(u.text);
    if (c && c !== 'all' && c !== 'other') characteristics.add(c);
  }
  return Math.min(1, named + duty + 0.4 * Math.min(1, characteristics.size / 6));
}
