import type { ExportModel } from './export-model';
import { colon, reportBlocks, type Block, type Run } from './report-blocks';

/** The restitution report in Markdown (CommonMark): every piece of user text escaped, so a card reads as it was typed. */
export function reportMarkdown(model: ExportModel): string {
  return reportBlocks(model).map((b) => blockMarkdown(b, model.lang)).join('\n\n') + '\n';
}

/** Backslash-escapes what Markdown would read as markup, inline and at the start of a line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/[\\`*_{}[\]<>|~!]/g, (c) => `\\${c}`)
        .replace(/^(\s*)([#>+=-])/, '$1\\$2')
        .replace(/^(\s*\d+)([.)])/, '$1\\$2'),
    )
    .join('\n');
}

const run = (r: Run): string =>
  typeof r === 'string' ? escapeMarkdown(r) : 'strong' in r ? wrap('**', r.strong) : wrap('_', r.em);

/** Emphasis markers must hug non-space text, so surrounding spaces stay outside them. */
function wrap(marker: string, text: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text);
  const [lead, body, tail] = m ? [m[1], m[2], m[3]] : ['', text, ''];
  return body ? `${lead}${marker}${escapeMarkdown(body ?? '')}${marker}${tail}` : text;
}

/** Hard line breaks inside one paragraph (two trailing spaces before the newline). */
const lines = (text: string): string => text.replace(/\n/g, '  \n');

function blockMarkdown(b: Block, lang: 'fr' | 'en'): string {
  switch (b.t) {
    case 'h':
      return `${'#'.repeat(b.level)} ${escapeMarkdown(b.text.replace(/\s+/g, ' '))}`;
    case 'p':
      return lines(b.runs.map(run).join(''));
    case 'quote': {
      const body = lines(escapeMarkdown(b.text));
      const attribution = b.attribution ? `  \n${escapeMarkdown(b.attribution)}` : '';
      return `${body}${attribution}`
        .split('\n')
        .map((l) => `> ${l}`.trimEnd() + (l.endsWith('  ') ? '  ' : ''))
        .join('\n');
    }
    case 'list':
      return b.items.map((item) => `- ${item.map(run).join('').replace(/\n/g, '  \n  ')}`).join('\n');
    case 'meta':
      return b.rows.map(([label, value]) => `**${escapeMarkdown(label)}**${colon(lang)}${escapeMarkdown(value)}`).join('  \n');
  }
}
