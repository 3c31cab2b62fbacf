/**
 * Which known template a document is on, and how sure: every template is scored on the
 * share of its keyword phrases found in the text and the share of its labels found as
 * labels; an exclusion phrase rules a template out. The best template wins when its score
 * clears the bar; otherwise the document goes to the generic extractor.
 */
import type { DocumentView } from '../document/documentView.js';
import { findAnchors } from '../document/findAnchors.js';
import type { CompiledTemplate } from './extractWithTemplate.js';
import { words } from '../text/tokens.js';

export interface TemplateScore {
  id: string;
  /** Share of keyword phrases present, in [0, 1]. */
  keywords: number;
  /** Share of the template's labels found as labels, in [0, 1]. */
  labels: number;
  excluded: boolean;
  score: number;
}

export interface Detection {
  best: CompiledTemplate | null;
  /** Probability that `best` is the right template (or that none is, for generic). */
  confidence: number;
  scores: TemplateScore[];
}

/** Below this combined score no template is claimed. */
export const TEMPLATE_THRESHOLD = 0.35;

export function normalisedText(view: DocumentView): string {
  return ` ${view.tokens.map((t) => t.norm).join(' ')} `;
}

export function phraseShare(text: string, phrases: readonly string[]): number {
  if (phrases.length === 0) return 0;
  const hits = phrases.filter((p) => text.includes(` ${words(p).join(' ')} `)).length;
  return hits / phrases.length;
}

export function scoreTemplate(view: DocumentView, text: string, t: CompiledTemplate): TemplateScore {
  const def = t.definition;
  const keywords = phraseShare(text, def.detect.keywords);
  const excluded = (def.detect.exclusions ?? []).some((e) => phraseShare(text, [e]) > 0);
  const found = new Set(findAnchors(view, t.anchors).map((a) => a.key));
  const labels = found.size / def.labels.length;
  return { id: def.id, keywords, labels, excluded, score: excluded ? 0 : 0.5 * keywords + 0.5 * labels };
}

export function detectTemplate(view: DocumentView, templates: readonly CompiledTemplate[]): Detection {
  const text = normalisedText(view);
  const scores = templates.map((t) => scoreTemplate(view, text, t)).sort((a, b) => b.score - a.score);
  const top = scores[0];
  const second = scores[1]?.score ?? 0;
  if (!top || top.score < TEMPLATE_THRESHOLD) {
    return { best: null, confidence: clamp(1 - (top?.score ?? 0) / TEMPLATE_THRESHOLD * 0.5), scores };
  }
  const best = templates.find((t) => t.definition.id === top.id) ?? null;
  // Margin over the runner-up and absolute score both matter; mapped into (0.5, 1).
  const confidence = clamp(0.5 + 0.5 * Math.min(1, (top.score - second) / 0.3) * Math.min(1, top.score / 0.6));
  return { best, confidence, scores };
}

function clamp(x: number): number {
  return Math.max(0, Math.min(1, x));
}
