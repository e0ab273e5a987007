import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { interviewsCsv, quotesCsv } from '@shared/export/csv';
import { readExportModel } from '@shared/export/export-model';
import { jsonCanvas } from '@shared/export/json-canvas';
import type { ExportLang } from '@shared/export/messages';
import { reportHtml } from '@shared/export/report-html';
import { reportMarkdown } from '@shared/export/report-markdown';
import { loadProjectText } from '@shared/project-file/load';
import { readInterviews, readQuotes } from '@shared/residency/doc';
import { buildArchive } from '../../../electron/host/export/archive';
import { writeFixtureProject } from '../../fixtures/export/fixture-project';
import { useTempDir } from './helpers';

/**
 * THE privacy test: no anonymised export, in any format, holds a pseudonym, a quote of a person
 * who did not agree to be quoted, an interview note or transcript, or a stored id (which may
 * spell a name). Checked on the sample residency and on a fixture that has every consent case.
 */
const SAMPLE = resolve(import.meta.dirname, '../../../resources/sample/residence-exemple.tablee');
const tempDir = useTempDir();

interface Secrets {
  names: string[];
  texts: string[];
}

function secretsOf(doc: Y.Doc): Secrets {
  const interviews = readInterviews(doc);
  const refused = new Set(interviews.filter((i) => i.consent === 'none').map((i) => i.id));
  const names = [...new Set(interviews.map((i) => i.pseudonym.trim()).filter((p) => p !== ''))];
  const texts: string[] = [];
  for (const q of readQuotes(doc)) {
    texts.push(q.id);
    if (q.interviewId !== null && (refused.has(q.interviewId) || !interviews.some((i) => i.id === q.interviewId))) {
      const words = q.text.split(/\s+/);
      texts.push(q.text, words.slice(0, 6).join(' '), words.slice(-6).join(' '));
    }
  }
  for (const i of interviews) {
    texts.push(i.id);
    if (i.notes.trim()) texts.push(i.notes.trim());
    if (i.transcript.trim()) texts.push(i.transcript.trim());
  }
  return { names, texts };
}

function expectNoSecret(what: string, content: string, secrets: Secrets): void {
  for (const name of secrets.names) {
    for (const form of new Set([name, name.normalize('NFD').replace(/\p{M}/gu, '')])) {
      const word = new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
      expect(word.test(content), `${what} holds the pseudonym ${form}`).toBe(false);
    }
  }
  for (const text of secrets.texts) expect(content.includes(text), `${what} holds "${text.slice(0, 60)}"`).toBe(false);
}

async function everyExport(doc: Y.Doc, projectText: string, lang: ExportLang): Promise<[string, string][]> {
  const model = readExportModel(doc, { anonymised: true, lang, meta: { credits: 'Équipe', licence: 'CC BY-SA 4.0' } });
  const out: [string, string][] = [
    ['Markdown report', reportMarkdown(model)],
    ['HTML report', reportHtml(model)],
    ['quotes CSV', quotesCsv(model)],
    ['interviews CSV', interviewsCsv(model, { separator: ';' })],
    ['JSON Canvas', jsonCanvas(model)],
  ];
  const archive = await buildArchive({
    doc,
    projectBytes: new TextEncoder().encode(projectText),
    projectMeta: { title: '', createdAt: '', savedAt: '', app: '' },
    options: { anonymised: true, lang },
  });
  out.push(['archive bytes', Buffer.from(archive.bytes).toString('latin1')]);
  for (const [name, bytes] of Object.entries(unzipSync(archive.bytes))) {
    out.push([`archive/${name}`, strFromU8(bytes)]);
    if (name.endsWith('.tablee')) {
      // The Yjs state is base64 inside the file: decode it and look at every record it holds.
      const loaded = loadProjectText(strFromU8(bytes));
      if (!loaded.ok) throw new Error(`the archived project does not open: ${loaded.error.detail}`);
      out.push([`archive/${name} (decoded board)`, JSON.stringify(loaded.value.doc.toJSON())]);
    }
  }
  return out;
}

describe('anonymised exports hold no pseudonym and no quote that may not be quoted', () => {
  it('the sample residency, every format (FR and EN)', async () => {
    const text = readFileSync(SAMPLE, 'utf8');
    const loaded = loadProjectText(text);
    if (!loaded.ok) throw new Error(loaded.error.detail);
    const secrets = secretsOf(loaded.value.doc);
    // The sample must exercise the rules: names, and a quote that may not be quoted.
    expect(secrets.names.length).toBeGreaterThan(5);
    expect(readInterviews(loaded.value.doc).some((i) => i.consent === 'none')).toBe(true);
    expect(readInterviews(loaded.value.doc).some((i) => i.consent === 'anonymous')).toBe(true);
    for (const lang of ['fr', 'en'] as const) {
      for (const [what, content] of await everyExport(loaded.value.doc, text, lang)) expectNoSecret(`${lang} ${what}`, content, secrets);
    }
  });

  it('a residency with every consent case, including consent withdrawn after the quote was placed and linked', async () => {
    const { doc, text } = writeFixtureProject(tempDir());
    const secrets = secretsOf(doc);
    expect(secrets.names).toHaveLength(4);
    const exports = await everyExport(doc, text, 'en');
    expect(exports.length).toBeGreaterThan(12);
    for (const [what, content] of exports) expectNoSecret(what, content, secrets);
  });

  it('the scan itself finds a name and a refused quote where they are', async () => {
    const { doc, text } = writeFixtureProject(tempDir());
    const secrets = secretsOf(doc);
    expect(() => expectNoSecret('project file', text, secrets)).toThrow(/holds/);
    const notAnonymised = quotesCsv(readExportModel(doc, { anonymised: false, lang: 'en' }));
    expect(() => expectNoSecret('named CSV', notAnonymised, secrets)).toThrow(/pseudonym Nadia/);
  });
});
