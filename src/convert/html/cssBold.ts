/**
 * Bold set by CSS rather than <b>/<strong>: inline `font-weight` (LibreOffice, Word) and
 * class rules in the page's <style> (Google Docs writes `.c3{font-weight:700}` and puts
 * every run in a classed <span>). Only simple class selectors are read; that is all such
 * exports use for character formatting.
 */
import type { ChildNode, Element } from 'domhandler';

const WEIGHT = /font-weight\s*:\s*([a-z0-9]+)/i;

/** true / false when the style or a class says, null when it says nothing about weight. */
export function boldByStyle(style: string | undefined, classes: string | undefined, boldClasses: ReadonlySet<string>): boolean | null {
  const weight = style ? WEIGHT.exec(style)?.[1] : undefined;
  if (weight) return isBoldWeight(weight);
  if (classes && boldClasses.size > 0) {
    for (const c of classes.split(/\s+/)) if (boldClasses.has(c)) return true;
  }
  return null;
}

function isBoldWeight(weight: string): boolean {
  const w = weight.toLowerCase();
  if (w === 'bold' || w === 'bolder') return true;
  const n = Number(w);
  return Number.isFinite(n) && n >= 600;
}

/** Class names whose rules in the document's <style> elements set a bold weight. */
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
      const cls = /^\s*[a-z0-9]*\.([\w-]+)\s*$/i.exec(selector)?.[1];
      if (cls) out.add(cls);
    }
  }
}
