import type { ExportModel } from './export-model';
import { messagesFor } from './messages';
import { colon, reportBlocks, type Block, type Run } from './report-blocks';

/**
 * The restitution report as one self-contained, printable HTML page: inline CSS with print
 * rules for A4, no script, no font, no image or link to fetch. Every user string is escaped.
 */
export function reportHtml(model: ExportModel): string {
  const blocks = reportBlocks(model);
  const title = blocks[0]?.t === 'h' ? blocks[0].text : messagesFor(model.lang).export.report.untitled;
  const body = blocks.map((b) => blockHtml(b, model.lang)).join('\n');
  return `<!doctype html>
<html lang="${model.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const text = (s: string): string => escapeHtml(s).replace(/\r?\n/g, '<br>');
const run = (r: Run): string => (typeof r === 'string' ? text(r) : 'strong' in r ? `<strong>${text(r.strong)}</strong>` : `<em>${text(r.em)}</em>`);

function blockHtml(b: Block, lang: 'fr' | 'en'): string {
  switch (b.t) {
    case 'h':
      return `<h${b.level}>${text(b.text)}</h${b.level}>`;
    case 'p':
      return `<p>${b.runs.map(run).join('')}</p>`;
    case 'quote':
      return `<figure class="quote"><blockquote>${text(b.text)}</blockquote>${b.attribution ? `<figcaption>${text(b.attribution)}</figcaption>` : ''}</figure>`;
    case 'list':
      return `<ul>${b.items.map((item) => `<li>${item.map(run).join('')}</li>`).join('')}</ul>`;
    case 'meta':
      return `<p class="meta">${b.rows.map(([label, value]) => `<span><strong>${text(label)}</strong>${escapeHtml(colon(lang))}${text(value)}</span>`).join('<br>')}</p>`;
  }
}

const CSS = `
:root { color: #1d1d1b; background: #fff; }
body { margin: 0; font: 11pt/1.5 Georgia, "Times New Roman", serif; }
main { max-width: 46em; margin: 0 auto; padding: 2em 1.5em 4em; }
h1, h2, h3, h4 { font-family: "Helvetica Neue", Arial, sans-serif; line-height: 1.2; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 22pt; margin: 0 0 .6em; }
h2 { font-size: 16pt; margin: 2em 0 .6em; border-bottom: 2px solid #1d1d1b; padding-bottom: .2em; }
h3 { font-size: 13pt; margin: 1.6em 0 .4em; }
h4 { font-size: 11.5pt; margin: 1.2em 0 .3em; }
p.meta { color: #444; }
ul { padding-left: 1.2em; }
li { margin: .3em 0; break-inside: avoid; page-break-inside: avoid; }
figure.quote { margin: .8em 0 .8em 0; padding: .4em 0 .4em 1em; border-left: 3px solid #c9a227; break-inside: avoid; page-break-inside: avoid; }
figure.quote blockquote { margin: 0; font-style: italic; }
figure.quote figcaption { margin-top: .25em; font-size: 9.5pt; color: #555; font-family: "Helvetica Neue", Arial, sans-serif; }
em { color: #444; }
@page { size: A4; margin: 18mm 16mm 20mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2 { break-before: auto; }
}
`;
