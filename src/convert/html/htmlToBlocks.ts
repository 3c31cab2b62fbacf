/**
 * HTML → layout blocks. Used for Word documents (mammoth's HTML), for web pages and saved
 * HTML (LibreOffice, Word "Save as Web Page", committee sites; see htmlToLayout.ts), and for
 * the HTML fragments that earlier conversions left inside legacy text exports (`<p>`, `<ul>`,
 * `<li>`, `<u>`).
 *
 * Paragraph-level elements become paragraphs; lists become list items whose text starts with
 * their marker ("• ", or "1. " for ordered lists, as Word numbers them); tables keep their
 * rows, cells, colspan and rowspan. Struck-through text (<s>, <del>, <strike>) is dropped:
 * words struck through on a form are not part of its answer.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { Block, Cell, Paragraph, Row, Table } from '../../model/layout.js';
import { draftSpan } from '../finaliseLayout.js';
import { ParagraphBuilder } from '../paragraphBuilder.js';
import { boldByStyle } from './cssBold.js';
import { wordListMarker } from './wordListMarker.js';

const HEADING = /^h([1-6])$/;
/** Elements that start and end a paragraph: mammoth's few, and those of web pages. */
const BLOCK_ELEMENTS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'blockquote', 'pre',
  'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'figure', 'figcaption', 'address',
  'center', 'dl', 'dt', 'dd', 'hr', 'fieldset', 'details', 'summary', 'caption', 'body', 'html',
]);
const DROPPED = new Set(['s', 'del', 'strike', 'script', 'style', 'img', 'head', 'title', 'noscript', 'template', 'svg']);
const BOLD = new Set(['strong', 'b']);
const BULLET = '•';

interface Context {
  bold: boolean;
  listDepth: number;
  /** CSS classes whose rules set bold (from the page's <style>; Google Docs and Word use them). */
  boldClasses: ReadonlySet<string>;
}

/** Converts an HTML document or fragment to blocks (spans have no page; offsets come later). */
export function htmlToBlocks(html: string): Block[] {
  const doc = parseDocument(html, { decodeEntities: true });
  return nodesToBlocks(doc.children);
}

/** Converts parsed nodes (a document's, or the content kept of a web page) to blocks. */
export function nodesToBlocks(nodes: ChildNode[], boldClasses: ReadonlySet<string> = new Set()): Block[] {
  const out: Block[] = [];
  collectBlocks(nodes, out, { bold: false, listDepth: 0, boldClasses });
  return out;
}

/** Converts an HTML fragment to the paragraphs it holds (tables flattened, cell by cell). */
export function htmlToParagraphs(html: string): Paragraph[] {
  return flattenToParagraphs(htmlToBlocks(html));
}

export function flattenToParagraphs(blocks: Block[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph') out.push(b);
    else for (const r of b.rows) for (const c of r.cells) out.push(...c.paragraphs);
  }
  return out;
}

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Walks a run of sibling nodes, turning inline runs into paragraphs and blocks into blocks. */
function collectBlocks(nodes: ChildNode[], out: Block[], ctx: Context): void {
  let inline = new ParagraphBuilder();
  const flush = (): void => {
    if (!inline.isEmpty) out.push(inline.build());
    inline = new ParagraphBuilder();
  };
  for (const node of nodes) {
    if (isElement(node) && BLOCK_ELEMENTS.has(node.name)) {
      flush();
      blockElement(node, out, ctx);
    } else if (isElement(node) && node.name === 'br') {
      flush();
    } else {
      addInline(node, inline, ctx);
    }
  }
  flush();
}

function blockElement(el: Element, out: Block[], ctx: Context): void {
  const heading = HEADING.exec(el.name);
  if (heading) {
    const b = new ParagraphBuilder();
    addInlineChildren(el, b, ctx);
    if (!b.isEmpty) out.push(b.build({ role: 'heading', level: Number(heading[1]) }));
    return;
  }
  switch (el.name) {
    case 'ul':
    case 'ol':
      listItems(el, out, ctx);
      return;
    case 'table':
      out.push(table(el, ctx));
      return;
    case 'li':
      // An <li> outside a list (seen in text exports): a bulleted item at the current depth.
      listItem(el, BULLET, out, ctx);
      return;
    case 'p': {
      // Word's "Save as Web Page" writes list items as paragraphs with their marker in a span.
      const list = wordListMarker(el);
      if (list) {
        const b = new ParagraphBuilder();
        addInlineChildren(el, b, styled(el, ctx));
        if (!b.isEmpty) out.push(b.build({ role: 'list-item', level: list.level, marker: list.marker }));
        return;
      }
      collectBlocks(el.children, out, styled(el, ctx));
      return;
    }
    default:
      collectBlocks(el.children, out, styled(el, ctx));
  }
}

function listItems(list: Element, out: Block[], ctx: Context): void {
  let n = Number(list.attribs.start ?? '1');
  if (!Number.isFinite(n)) n = 1;
  for (const child of list.children) {
    if (isElement(child) && child.name === 'li') {
      listItem(child, list.name === 'ol' ? `${n++}.` : BULLET, out, ctx);
    } else if (isElement(child) && (child.name === 'ul' || child.name === 'ol')) {
      listItems(child, out, { ...ctx, listDepth: ctx.listDepth + 1 });
    } else if (isElement(child) || (child.type === 'text' && child.data.trim())) {
      // Stray content inside a list: legacy exports put "• item • item" straight in <ul>.
      collectBlocks([child], out, ctx);
    }
  }
}

/** One list item: its own text is one paragraph with the marker; nested lists follow it. */
function listItem(li: Element, marker: string, out: Block[], ctx: Context): void {
  const own = new ParagraphBuilder();
  const nested: Block[] = [];
  const inner = { ...ctx, listDepth: ctx.listDepth + 1 };
  let first = true;
  for (const child of li.children) {
    if (isElement(child) && BLOCK_ELEMENTS.has(child.name)) {
      if (first && child.name === 'p') {
        addInlineChildren(child, own, ctx);
        continue;
      }
      blockElement(child, nested, inner);
    } else {
      addInline(child, own, ctx);
    }
    first = false;
  }
  if (!own.isEmpty) out.push(own.build({ role: 'list-item', level: ctx.listDepth, marker }));
  out.push(...nested);
}

function table(el: Element, ctx: Context): Table {
  const rows: Row[] = [];
  const visit = (nodes: ChildNode[], header: boolean): void => {
    for (const n of nodes) {
      if (!isElement(n)) continue;
      if (n.name === 'thead') visit(n.children, true);
      else if (n.name === 'tbody' || n.name === 'tfoot') visit(n.children, header);
      else if (n.name === 'tr') rows.push(row(n, header, ctx));
    }
  };
  visit(el.children, false);
  return { type: 'table', rows, span: draftSpan(null) };
}

function row(tr: Element, header: boolean, ctx: Context): Row {
  const cells: Cell[] = [];
  let allTh = true;
  for (const td of tr.children) {
    if (!isElement(td) || (td.name !== 'td' && td.name !== 'th')) continue;
    if (td.name !== 'th') allTh = false;
    const blocks: Block[] = [];
    collectBlocks(td.children, blocks, styled(td, { ...ctx, listDepth: 0 }));
    cells.push({
      paragraphs: flattenToParagraphs(blocks),
      colSpan: positiveInt(td.attribs.colspan),
      rowSpan: positiveInt(td.attribs.rowspan),
      span: draftSpan(null),
    });
  }
  return { cells, header: header || (allTh && cells.length > 0), span: draftSpan(null) };
}

function positiveInt(value: string | undefined): number {
  const n = Number(value ?? '1');
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

function addInlineChildren(el: Element, b: ParagraphBuilder, ctx: Context): void {
  for (const child of el.children) addInline(child, b, ctx);
}

function addInline(node: ChildNode, b: ParagraphBuilder, ctx: Context): void {
  if (node.type === 'text') {
    b.add(node.data, ctx.bold);
    return;
  }
  if (!isElement(node) || DROPPED.has(node.name)) return;
  if (node.name === 'br') {
    b.space();
    return;
  }
  const inner = BOLD.has(node.name) ? { ...ctx, bold: true } : styled(node, ctx);
  addInlineChildren(node, b, inner);
}

/** The context inside an element whose style or class sets (or unsets) bold. */
function styled(el: Element, ctx: Context): Context {
  const bold = boldByStyle(el, ctx.boldClasses);
  return bold === null || bold === ctx.bold ? ctx : { ...ctx, bold };
}
