/**
 * A committee-site page around a saved document's HTML: what a council's democracy site
 * serves when an assessment is published as a web page. Skip link, cookie banner, site
 * header and navigation, breadcrumbs, the document in <main> (or, drawn by seed, in a plain
 * content <div>, as older sites have), a sidebar of related links and a site footer. The
 * document's own <head> styles are kept, as sites that embed Word/LibreOffice output do.
 */
import type { Random } from './seededRandom.js';

const COUNCILS = ['Borsetshire County Council', 'Middleton District Council', 'Eastvale Borough Council', 'Westshire Council'];
const NAV = ['Home', 'Councillors', 'Committees', 'Meetings', 'Decisions', 'Forward plan', 'Search documents', 'Petitions'];

export interface SitePageParams {
  council: string;
  /** The document inside <main> (modern sites) or a plain content <div> (older ones). */
  useMain: boolean;
  nav: string[];
}

export function drawSitePage(random: Random): SitePageParams {
  return { council: random.pick(COUNCILS), useMain: random.next() < 0.5, nav: random.shuffle(NAV).slice(0, 6) };
}

export function sitePage(documentHtml: string, title: string, { council, useMain, nav: items }: SitePageParams): string {
  const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(documentHtml)?.[1] ?? '';
  const body = /<body[^>]*>([\s\S]*?)<\/body>/i.exec(documentHtml)?.[1] ?? documentHtml;
  const styles = [...head.matchAll(/<style[\s\S]*?<\/style>/gi)].map((m) => m[0]).join('\n');
  const nav = items.map((n) => `<li><a href="/${n.toLowerCase().replace(/\s+/g, '-')}">${n}</a></li>`).join('');
  const content = useMain ? `<main id="content">\n${body}\n</main>` : `<div id="mgContent" class="mgContent">\n${body}\n</div>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(title)} - ${council}</title>
<link rel="stylesheet" href="/site.css">
${styles}
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
</head>
<body>
<a class="skip-link" href="#content">Skip to main content</a>
<div id="cookie-banner" class="cookie-banner"><p>We use cookies to make this site work and to understand how you use it.</p><button>Accept all cookies</button><button>Reject cookies</button></div>
<header class="site-header"><div class="logo"><a href="/">${council}</a></div>
<form class="search" action="/search"><label for="q">Search this site</label><input id="q" name="q"><button>Search</button></form></header>
<nav class="main-nav" aria-label="Main"><ul>${nav}</ul></nav>
<div class="breadcrumb"><a href="/">Home</a> &gt; <a href="/committees">Committees</a> &gt; <a href="/meetings">Cabinet</a> &gt; ${escape(title)}</div>
${content}
<aside class="sidebar"><h2>Related documents</h2><ul><li><a href="/report.pdf">Cabinet report (PDF, 412 KB)</a></li><li><a href="/minutes">Minutes</a></li></ul></aside>
<footer class="site-footer"><ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/contact">Contact us</a></li></ul><p>&copy; ${council}</p></footer>
</body>
</html>
`;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
