/** The review pages' stylesheet, served as /assets/review.css (no inline style: the CSP forbids it). */
export const STYLES = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.4 system-ui,sans-serif;color:#1b1b1b;background:#f6f6f4}
header.top{display:flex;gap:1em;align-items:center;padding:.4em 1em;background:#24323f;color:#fff}
header.top a{color:#fff;font-weight:600}
.hint{opacity:.7;margin-left:auto}
kbd{border:1px solid #aaa;border-radius:3px;padding:0 .3em;background:#fff;color:#000;font-size:90%}
main.queue{padding:1em 2em}
.queue-table{border-collapse:collapse;width:100%;background:#fff}
.queue-table th,.queue-table td{border-bottom:1px solid #ddd;padding:.35em .6em;text-align:left;vertical-align:top}
.queue-table tr.queue-row:hover{background:#eef4fb;cursor:pointer}
td.n{text-align:right;font-variant-numeric:tabular-nums}
main.record{display:grid;grid-template-columns:minmax(380px,40%) 1fr;height:calc(100vh - 2.2em)}
.fields-panel{overflow:auto;padding:.8em 1em;border-right:1px solid #ccc;background:#fff}
.fields-panel h1{font-size:1.2em;margin:.2em 0}
.meta{color:#555;margin:.2em 0 .8em}
ol.fields{list-style:none;margin:0;padding:0}
li.field{border:1px solid #e2e2e2;border-left:4px solid #e2e2e2;border-radius:3px;margin:.3em 0;padding:.35em .5em}
li.field.pending{border-left-color:#d9822b}
li.field.selected{outline:2px solid #1f6feb;background:#f3f8ff}
.field-head{display:flex;flex-wrap:wrap;gap:.4em;align-items:baseline}
.name{font-weight:600}
.reason{font-size:80%;padding:0 .4em;border-radius:8px;background:#fbe3c9}
.reason-audit-sample{background:#d8ecd8}
.reason-disagrees-with-newer-extraction{background:#f6c6c6}
.confidence,.decided{font-size:80%;color:#555}
.value{white-space:pre-wrap;margin:.2em 0;max-height:8em;overflow:auto}
form.decide,form.edit{display:none;gap:.3em;margin-top:.3em}
li.field.selected form.decide{display:flex}
li.field form.edit:not([hidden]){display:flex}
form.edit input{flex:1}
.error{color:#b00020;font-weight:600;margin:.3em 0}
form.add-row:not([hidden]){display:flex;flex-direction:column;gap:.3em;margin:.8em 0;padding:.5em;border:1px dashed #999}
.source-panel{overflow:auto;padding:1em;background:#888}
figure.page{position:relative;margin:0 auto 1em;max-width:1000px;background:#fff;box-shadow:0 1px 4px #0006}
figure.page img{display:block;width:100%;height:auto}
figure.page svg.overlay{position:absolute;left:0;top:0;width:100%;height:100%;pointer-events:none}
figure.page rect.hl{fill:rgba(255,200,0,.28);stroke:#e65100;stroke-width:1.5}
figure.page figcaption{position:absolute;right:.5em;bottom:.2em;font-size:80%;color:#777}
pre.source-text{white-space:pre-wrap;background:#fff;padding:1em;margin:0;font:13px/1.45 ui-monospace,monospace}
mark#hl{background:#ffd54f;outline:2px solid #e65100}
.keys{position:fixed;right:1em;top:3em;background:#fff;border:1px solid #999;padding:.5em 1em;box-shadow:0 2px 10px #0005}
.keys dl{display:grid;grid-template-columns:auto 1fr;gap:.2em .8em}
.keys dd{margin:0}
.note{background:#fff3cd;padding:.5em}
`;
