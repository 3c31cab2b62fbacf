/**
 * Every council template the pipeline knows, validated once at load. Adding a template is
 * adding its file here (and its labelled sample under samples/).
 */
import { parseTemplate, type TemplateDefinition } from '../src/extract/templateDefinition.js';
import { bathnes } from './bathnes.js';

export const TEMPLATES: readonly TemplateDefinition[] = [bathnes].map(parseTemplate);
