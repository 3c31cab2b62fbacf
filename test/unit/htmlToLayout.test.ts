import { describe, expect, it } from 'vitest';
import { htmlToLayout } from '../../src/convert/html/htmlToLayout.js';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import type { Paragraph, Table } from '../../src/model/layout.js';

const layoutOf = (html: string | Buffer) => htmlToLayout(new Uint8Array(typeof html === 'string' ? Buffer.from(html) : html), DEFAULT_CONVERT_LIMITS);
const FORM = '<h1>Equality Impact Assessment</h1><table><tr><td><b>Title of policy</b></td><td>Library opening hours</td></tr></table><p>The proposal changes opening hours.</p>';

describe('htmlToLayout: web pages and saved documents', () => {
  it('keeps only the document from a committee-site page (skip link, cookie banner, header, nav, breadcrumbs, sidebar, footer, scripts)', async () => {
    const page = `<!DOCTYPE html><html><head><title>EIA</title><style>.x{color:red}</style><script>var a = 1;</script></head><body>
      <a class="skip-link" href="#content">Skip to main content</a>
      <div id="cookie-banner"><p>We use cookies on this site.</p><button>Accept</button></div>
      <header class="site-header"><a href="/">Borsetshire County Council</a></header>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/meetings">Meetings</a></li></ul></nav>
      <div class="breadcrumb"><a href="/">Home</a> &gt; Committees</div>
      <div id="mgContent">${FORM}</div>
      <aside class="sidebar"><h2>Related documents</h2></aside>
      <footer><p>Accessibility statement</p></footer></body></html>`;
    const layout = await layoutOf(page);
    expect(layout.format).toBe('html');
    expect(layout.text).toContain('Library opening hours');
    for (const furniture of ['Skip to', 'cookies', 'Borsetshire', 'Meetings', 'Committees', 'Related documents', 'Accessibility', 'var a']) {
      expect(layout.text).not.toContain(furniture);
    }
    expect(layout.blocks.map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph']);
  });

  it('keeps only <main> when the page marks it, with sections as paragraphs of their own', async () => {
    const layout = await layoutOf(`<html><body><div class="menu">Menu</div><main><section><p>One.</p><p>Two.</p></section></main><div>Site words</div></body></html>`);
    expect(layout.blocks.map((b) => (b as Paragraph).text)).toEqual(['One.', 'Two.']);
  });

  it('drops a saved document\'s running page header and footer (LibreOffice, Word)', async () => {
    const layout = await layoutOf(`<html><body><div title="header"><p>Kent County Council  kent.gov.uk</p></div>${FORM}<div style="mso-element:footer"><p>Page 1</p></div></body></html>`);
    expect(layout.text).not.toMatch(/kent\.gov\.uk|Page 1/);
  });

  it('never drops content because of a class name: a wrapper named like furniture that holds the form stays', async () => {
    const layout = await layoutOf(`<html><body><div class="page-header-wrapper">${FORM}</div></body></html>`);
    expect(layout.text).toContain('Library opening hours');
  });

  it('reads bold from CSS (inline weight, class rules, tag-qualified rules only on their tag) and Word list paragraphs', async () => {
    const layout = await layoutOf(`<html><head><style>.c3{font-weight:700} h1.western{font-weight:bold}</style></head><body>
      <p class="western"><span class="c3">Lead officer:</span> Jo Bloggs</p>
      <p><span style="font-weight: bold">Date:</span> 1 May 2024</p>
      <p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span></span>First point</p></body></html>`);
    const [lead, date, item] = layout.blocks as Paragraph[];
    expect(lead!.bold).toEqual([[0, 13]]);
    expect(date!.bold).toEqual([[0, 5]]);
    expect(item).toMatchObject({ role: 'list-item', marker: '•', text: '• First point', level: 0 });
  });

  it('decodes the declared charset (Word writes windows-1252 pages)', async () => {
    const page = Buffer.concat([Buffer.from('<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head><body><p>Cost '), Buffer.from([0xa3]), Buffer.from('295 '), Buffer.from([0x96]), Buffer.from(' yearly</p></body></html>')]);
    expect((await layoutOf(page)).text).toBe('Cost £295 – yearly');
  });

  it('keeps table structure from saved HTML', async () => {
    const layout = await layoutOf(`<html><body><table><tr><td colspan="2" bgcolor="#1f3864"><p><font color="#ffffff"><b>Section A</b></font></p></td></tr><tr><td><p><b>EQIA Title</b></p></td><td><p>Regional procurement</p></td></tr></table></body></html>`);
    const t = layout.blocks[0] as Table;
    expect(t.rows.map((r) => r.cells.map((c) => c.paragraphs.map((p) => p.text).join('|')))).toEqual([['Section A'], ['EQIA Title', 'Regional procurement']]);
    expect(t.rows[0]!.cells[0]!.colSpan).toBe(2);
  });

  it('fails a page with no text as no-content', async () => {
    await expect(layoutOf('<html><body><nav>Home</nav><script>x()</script></body></html>')).rejects.toMatchObject({ reason: 'no-content' });
  });
});
