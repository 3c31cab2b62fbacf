/**
 * How well a document fits one known template: the share of the template's keyword phrases
 * found in the text and the share of its labels found as labels, half each; an exclusion
 * phrase (words only some other council's form prints) rules the template out.
 */
import type { Anchor } from '../document/findAnchors.js';
import type { CompiledTemplate } from '../template/compileTemplate.js';
import { phraseShare } from '../document/phrases.js';

export interface TemplateScore {
  /** Share of keyword phrases present, in [0, 1]. */
  keywords: number;
  /** Share of the template's labels found as labels, in [0, 1]. */
  labels: number;
  excluded: boolean;
  score: number;
}

/** `text` is the document's normalisedText; `anchors` the template's labels found in it. */
export function scoreTemplate(text: string, anchors: readonly Anchor[], t: CompiledTemplate): TemplateScore {
  const def = t.definition;
  const keywords = phraseShare(text, def.detect.keywords);
  const excluded = (def.detect.exclusions ?? []).some((e) => phraseShare(text, [e]) > 0);
  const labels = new Set(anchors.map((a) => a.key)).size / def.labels.length;
  return { keywords, labels, excluded, score: excluded ? 0 : 0.5 * keywords + 0.5 * labels };
}
