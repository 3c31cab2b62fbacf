/**
 * Bold set by CSS rather than <b>/<strong>: inline `font-weight` (LibreOffice, Word) and
 * class rules in the page's <style> (Google Docs writes `.c3{font-weight:700}` and puts
 * every run in a classed <span>). Only simple class selectors are read; that is all such
 * exports use for character formatting.
 */
import type { ChildNode, Element } from 'domhandler';

const WEIGHT = /font-weight\s*:\s*([a-z0-9]+)/i;

/**
 * true / false when the element's style or a class rule says, null when they say nothing
 * about weight. `boldClasses` holds ".class" and "tag.class" selectors (see boldClassesOf).
 */
export function boldByStyle(el: Element, boldClasses: ReadonlySet<string>): boolean | null {
  const style = el.attribs.style;
  const weight = style ? WEIGHT.exec(style)?.[1] : undefined;
  if (weight) return isBoldWeight(weight);
  const classes = el.attribs.class;
  if (classes && boldClasses.size > 0) {
    for (const c of classes.split(/\s+/)) if (c && (boldClasses.has(`.${c}`) || boldClasses.has(`${el.name}.${c}`))) return true;
  }
  return null;
}

function isBoldWeight(weight: string): boolean {
  const w = weight.toLowerCase();
  if (w === 'bold' || w === 'bolder') return true;
  const n = Number(w);
  return Number.isFinite(n) && n >= 600;
}

/**
 * Selectors ".class" and "tag.class" whose rules in the document's <style> elements set a
 * bold weight (LibreOffice's `h1.western { font-weight: bold }` applies to h1 only).
 */
export function boldClassesOf(nodes: ChildNode[]): Set<string> {
  const out = new Set<string>();
  const visit = (list: ChildNode[]): void => {
    for (const n of list) {
      if (n.type === 'style') readRules(styleText(n), out);
      else if ('children' in n && Array.isArray(n.children)) visit(n.children as ChildNode[]);
    }
  };
  visit(nodes);
  return out;
}

function styleText(el: Element): string {
  return el.children.map((c) => (c.type === 'text' ? c.data : '')).join('');
}

function readRules(css: string, out: Set<string>): void {
  const rule = /([^{}]+)\{([^{}]*)\}/g;
  for (const m of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(rule)) {
    const weight = WEIGHT.exec(m[2] ?? '')?.[1];
    if (!weight || !isBoldWeight(weight)) continue;
    for (const selector of (m[1] ?? '').split(',')) {
      const m2 = /^\s*([a-z0-9]*)\.([\w-]+)\s*$/i.exec(selector);
      if (m2) out.add(`${(m2[1] ?? '').toLowerCase()}.${m2[2]}`);
    }
  }
}
