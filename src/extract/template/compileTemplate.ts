/**
 * A template definition with its label matchers built once, for every document it reads.
 * The definition must already be valid (parseTemplate; extractors/index.ts parses every
 * template at load).
 */
import { compileAnchors } from '../document/findAnchors.js';
import type { TemplateDefinition } from './templateDefinition.js';

export interface CompiledTemplate {
  definition: TemplateDefinition;
  anchors: ReturnType<typeof compileAnchors>;
}

export function compileTemplate(definition: TemplateDefinition): CompiledTemplate {
  return { definition, anchors: compileAnchors(definition.labels) };
}
