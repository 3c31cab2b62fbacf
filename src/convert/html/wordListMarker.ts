/**
 * Word's "Save as Web Page" (and "filtered" HTML) writes a list item as a <p> whose first
 * span, styled `mso-list:Ignore`, holds the marker ("·" in the Symbol font, "o", "§", or
 * "1."), and whose style says the level (`mso-list:l0 level2 lfo1`). This finds the marker,
 * removes its span so the text is the item's own, and says the level (0 = outermost).
 */
import type { ChildNode, Element } from 'domhandler';

/** Symbol-font and Wingdings bullets as they come out in text. */
const SYMBOL_BULLETS = /^[·•§oØüv\u00B7\uF0A7\uF0B7\uF0D8\uF0FC-]$/;

export function wordListMarker(p: Element): { marker: string; level: number } | null {
  const found = findIgnoreSpan(p.children);
  if (!found) return null;
  const raw = textOf(found).replace(/[\s\u00A0]+/g, '');
  const siblings = found.parent?.children;
  if (siblings) siblings.splice(siblings.indexOf(found), 1);
  const level = Number(/level(\d+)/i.exec(p.attribs.style ?? '')?.[1] ?? '1') - 1;
  const marker = !raw || SYMBOL_BULLETS.test(raw) ? '•' : raw;
  return { marker, level: Math.max(0, level) };
}

function findIgnoreSpan(nodes: ChildNode[]): Element | null {
  for (const n of nodes) {
    if (n.type === 'text' && n.data.trim()) return null; // text before any marker: not a list item
    if (n.type !== 'tag') continue;
    if (/mso-list\s*:\s*ignore/i.test(n.attribs.style ?? '')) return n;
    const inner = findIgnoreSpan(n.children);
    if (inner) return inner;
    if (textOf(n).trim()) return null;
  }
  return null;
}

function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if ('children' in node && Array.isArray(node.children)) return (node.children as ChildNode[]).map(textOf).join('');
  return '';
}
