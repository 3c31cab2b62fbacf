/**
 * Keeps only a web page's document content: a committee site wraps the assessment in site
 * furniture (navigation, banner and footer, breadcrumbs, skip links, cookie banners,
 * menus, search boxes), and saved Word/LibreOffice pages carry the document's running page
 * header and footer. None of it is content. Removed, in order of how sure the signal is:
 *   - elements that are furniture by what they are: script, style, nav, form controls,
 *     iframes; <header>/<footer> and banner/contentinfo roles outside the main content;
 *     navigation/search/menu roles; hidden elements;
 *   - running page headers and footers of saved documents (LibreOffice's
 *     `<div title="header">`, Word's `mso-element:header`);
 *   - elements whose class or id names furniture (breadcrumb, cookie, skip, menu, nav,
 *     sidebar, masthead …) and that hold no table and little of the page's text, so a
 *     content wrapper with an unlucky name is never lost;
 *   - skip links ("Skip to main content").
 * When the page marks its main content (<main>, role="main"), only that is kept.
 */
import type { ChildNode, Element } from 'domhandler';

const ALWAYS = new Set(['script', 'style', 'noscript', 'template', 'nav', 'form', 'button', 'select', 'input', 'textarea', 'iframe', 'svg', 'object', 'embed', 'dialog', 'menu', 'link', 'meta', 'head']);
const ROLES_ALWAYS = new Set(['navigation', 'search', 'menu', 'menubar', 'dialog', 'alertdialog', 'toolbar', 'tablist']);
const ROLES_OUTSIDE_MAIN = new Set(['banner', 'contentinfo', 'complementary']);
const FURNITURE_NAME = /(^|[-_\s])(breadcrumbs?|cookies?|cookie-?banner|consent|gdpr|skip(-?link|-?to)?|menu|nav|navbar|navigation|sidebar|side-?nav|masthead|site-?header|site-?footer|global-?header|global-?footer|page-?header|page-?footer|header|footer|social|share|sharing|search|search-?box|toolbar|print-?link|back-?to-?top|feedback|related|banner)([-_\s]|$)/i;
/** A name-matched element holding more than this share of the page's text is content. */
const MAX_FURNITURE_SHARE = 0.3;

export function stripSiteFurniture(nodes: ChildNode[]): ChildNode[] {
  const main = findMain(nodes);
  const root = main ? [main] : nodes;
  const total = textLength(root);
  return prune(root, { insideMain: main !== null, total });
}

interface PruneContext {
  insideMain: boolean;
  total: number;
}

function prune(nodes: ChildNode[], ctx: PruneContext): ChildNode[] {
  const kept: ChildNode[] = [];
  for (const node of nodes) {
    if (node.type === 'comment' || node.type === 'directive') continue;
    if (!isElement(node)) {
      kept.push(node);
      continue;
    }
    if (isFurniture(node, ctx)) continue;
    const inside = ctx.insideMain || node.name === 'main' || node.name === 'article' || node.attribs.role === 'main';
    node.children = prune(node.children, { ...ctx, insideMain: inside });
    kept.push(node);
  }
  return kept;
}

function isFurniture(el: Element, ctx: PruneContext): boolean {
  if (ALWAYS.has(el.name)) return true;
  const a = el.attribs;
  const role = (a.role ?? '').toLowerCase();
  if (ROLES_ALWAYS.has(role)) return true;
  if (!ctx.insideMain && (el.name === 'header' || el.name === 'footer' || el.name === 'aside' || ROLES_OUTSIDE_MAIN.has(role))) return true;
  if ('hidden' in a || a['aria-hidden'] === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden|mso-hide\s*:\s*all/i.test(a.style ?? '')) return true;
  if (/^(header|footer)$/i.test(a.title ?? '') || /mso-element\s*:\s*(header|footer)/i.test(a.style ?? '')) return true;
  if (el.name === 'a' && /^#/.test(a.href ?? '') && /^\s*skip\b/i.test(textOf(el))) return true;
  if (el.name === 'table' || el.name === 'tr' || el.name === 'td' || el.name === 'th' || el.name === 'tbody') return false;
  const names = `${a.id ?? ''} ${a.class ?? ''}`;
  if (!FURNITURE_NAME.test(names)) return false;
  return !containsTable(el) && textLength([el]) <= MAX_FURNITURE_SHARE * ctx.total;
}

function findMain(nodes: ChildNode[]): Element | null {
  for (const n of nodes) {
    if (!isElement(n)) continue;
    if ((n.name === 'main' || n.attribs.role === 'main') && textOf(n).trim()) return n;
    const inner = findMain(n.children);
    if (inner) return inner;
  }
  return null;
}

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function containsTable(el: Element): boolean {
  return el.children.some((c) => isElement(c) && (c.name === 'table' || containsTable(c)));
}

function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if (isElement(node)) return node.name === 'script' || node.name === 'style' ? '' : node.children.map(textOf).join('');
  if ('children' in node && Array.isArray(node.children)) return (node.children as ChildNode[]).map(textOf).join('');
  return '';
}

function textLength(nodes: ChildNode[]): number {
  return nodes.reduce((n, c) => n + textOf(c).replace(/\s+/g, '').length, 0);
}
