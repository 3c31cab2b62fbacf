/**
 * Every council template the pipeline knows, validated once at load. Adding a template is
 * adding its file here (and its labelled sample under samples/).
 */
import { parseTemplate, type TemplateDefinition } from '../src/extract/template/templateDefinition.js';
import { bathnes } from './bathnes.js';
import { coventry } from './coventry.js';
import { derby2011 } from './derby2011.js';
import { kentEqia } from './kentEqia.js';

export const TEMPLATES: readonly TemplateDefinition[] = [bathnes, kentEqia, derby2011, coventry].map(parseTemplate);
