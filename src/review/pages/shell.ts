/**
 * The frame every review page shares: no inline script or style (the Content-Security-Policy
 * forbids both), the CSRF token where the client script reads it, the keys panel.
 */
import { html, type SafeHtml } from '../html.js';
import { KEY_BINDINGS } from '../keys.js';

export function shell(title: string, csrf: string, body: SafeHtml): SafeHtml {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="${csrf}">
<title>${title} — eia review</title>
<link rel="icon" href="/assets/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/review.css">
<script type="module" src="/assets/review.js"></script>
</head>
<body>
<header class="top"><a href="/">Review queue</a><span class="hint">press <kbd>?</kbd> for keys</span></header>
${body}
<section id="keys" class="keys" hidden>
<h2>Keys</h2>
<dl>${KEY_BINDINGS.map((k) => html`<dt><kbd>${k.key}</kbd></dt><dd>${k.does}</dd>`)}</dl>
</section>
</body>
</html>
`;
}
