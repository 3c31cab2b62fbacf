/**
 * A council template as an Extractor: scored by its keywords and labels (scoreTemplate),
 * split into one EIA per occurrence of its start labels (segmentDocument), each read by the
 * template engine (extractWithTemplate). The template's labels are found once per document
 * and shared by the three steps.
 */
import { createHash } from 'node:crypto';
import type { DocumentView } from '../document/documentView.js';
import { findAnchors, type Anchor } from '../document/findAnchors.js';
import type { Extractor, ExtractorResult, ExtractorScore } from '../extractor.js';
import { compileTemplate, type CompiledTemplate } from '../template/compileTemplate.js';
import type { TemplateDefinition } from '../template/templateDefinition.js';
import { normalisedText } from '../document/phrases.js';
import { extractWithTemplate } from './extractWithTemplate.js';
import { scoreTemplate } from './scoreTemplate.js';
import { segmentDocument, startUnits } from './segmentDocument.js';

export class TemplateExtractor implements Extractor {
  readonly kind = 'template';
  readonly template: CompiledTemplate;
  /** scoreTemplate reads `detect` and `labels`, startUnits `start` and `labels`: nothing else of the definition. */
  readonly detectionKey: string;
  /** The template's labels in each document it has seen (documents are read once, then dropped). */
  private readonly anchors = new WeakMap<DocumentView, Anchor[]>();
  /** Each document's normalised text, shared by every template scoring it. */
  private static readonly texts = new WeakMap<DocumentView, string>();

  constructor(definition: TemplateDefinition) {
    this.template = compileTemplate(definition);
    const { detect, start, labels } = definition;
    this.detectionKey = createHash('sha256').update(JSON.stringify({ detect, start, labels })).digest('hex').slice(0, 16);
  }

  get id(): string {
    return this.template.definition.id;
  }

  get version(): string {
    return this.template.definition.version;
  }


  score(view: DocumentView): ExtractorScore {
    let text = TemplateExtractor.texts.get(view);
    if (text === undefined) TemplateExtractor.texts.set(view, (text = normalisedText(view)));
    const s = scoreTemplate(text, this.anchorsIn(view), this.template);
    const detail = s.excluded ? `${this.id} excluded` : `${this.id} ${s.score.toFixed(2)} (keywords ${s.keywords.toFixed(2)}, labels ${s.labels.toFixed(2)})`;
    return { score: s.score, detail };
  }

  extract(view: DocumentView): ExtractorResult {
    const eias = segmentDocument(view, this.template, this.anchorsIn(view)).map((segment) =>
      // A segment is a view of its own: its labels are found again in its own units.
      extractWithTemplate(segment, this.template, segment === view ? this.anchorsIn(view) : undefined),
    );
    return { eias };
  }

  starts(view: DocumentView): number[] {
    return startUnits(view, this.template, this.anchorsIn(view));
  }

  private anchorsIn(view: DocumentView): Anchor[] {
    let a = this.anchors.get(view);
    if (!a) this.anchors.set(view, (a = findAnchors(view, this.template.anchors)));
    return a;
  }
}
