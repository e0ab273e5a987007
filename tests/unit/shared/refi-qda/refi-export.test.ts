import { readFileSync } from 'node:fs';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadProjectText } from '@shared/project-file/load';
import { readInterviews } from '@shared/residency/doc';
import { GUID_PATTERN } from '@shared/export/refi-qda/guid';
import { byCodePoints, codePointOffset } from '@shared/export/refi-qda/positions';
import { CODEBOOK_NS, PROJECT_NS, qdc, qdpx, refiProject } from '@shared/export/refi-qda/refi-export';
import { SAMPLE_PATH } from '../../../../scripts/make-sample';
import { accentedBoard } from './boards';

const NOW = new Date('2025-03-20T10:00:00Z');

function sample(): Y.Doc {
  const loaded = loadProjectText(readFileSync(SAMPLE_PATH, 'utf8'));
  if (!loaded.ok) throw new Error('sample does not load');
  return loaded.value.doc;
}

const parse = (xml: string): Element => {
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
  if (!root) throw new Error('no root');
  return root;
};
const all = (root: Element, name: string): Element[] => Array.from(root.getElementsByTagNameNS(PROJECT_NS, name));

/**
 * The children each element may hold, in the order the standard's schema (Project.xsd, QDA-XML
 * 1.0) declares them, and its required attributes, for the elements Tablée writes.
 */
const SCHEMA: Record<string, { children: string[]; required: string[] }> = {
  Project: { children: ['Users', 'CodeBook', 'Variables', 'Cases', 'Sources', 'Notes', 'Links', 'Sets', 'Graphs', 'Description', 'NoteRef'], required: ['name'] },
  Users: { children: ['User'], required: [] },
  User: { children: [], required: ['guid'] },
  CodeBook: { children: ['Codes'], required: [] },
  Codes: { children: ['Code'], required: [] },
  Code: { children: ['Description', 'NoteRef', 'Code'], required: ['guid', 'name', 'isCodable'] },
  Variables: { children: ['Variable'], required: [] },
  Variable: { children: ['Description'], required: ['guid', 'name', 'typeOfVariable'] },
  Cases: { children: ['Case'], required: [] },
  Case: { children: ['Description', 'CodeRef', 'VariableValue', 'SourceRef', 'SelectionRef'], required: ['guid'] },
  VariableValue: { children: ['VariableRef', 'TextValue'], required: [] },
  VariableRef: { children: [], required: ['targetGUID'] },
  TextValue: { children: [], required: [] },
  SourceRef: { children: [], required: ['targetGUID'] },
  Sources: { children: ['TextSource'], required: [] },
  TextSource: { children: ['Description', 'PlainTextContent', 'PlainTextSelection', 'Coding', 'NoteRef', 'VariableValue'], required: ['guid'] },
  PlainTextSelection: { children: ['Description', 'Coding', 'NoteRef'], required: ['guid', 'startPosition', 'endPosition'] },
  Coding: { children: ['CodeRef', 'NoteRef'], required: ['guid'] },
  CodeRef: { children: [], required: ['targetGUID'] },
  NoteRef: { children: [], required: ['targetGUID'] },
  Notes: { children: ['Note'], required: [] },
  Note: { children: ['Description', 'PlainTextContent'], required: ['guid'] },
  PlainTextContent: { children: [], required: [] },
};

/** Problems of `e` and what it holds against SCHEMA: unknown elements, children out of order, missing attributes. */
function schemaProblems(e: Element): string[] {
  const rule = SCHEMA[e.localName ?? ''];
  if (!rule || e.namespaceURI !== PROJECT_NS) return [`unexpected <${e.tagName}>`];
  const out = rule.required.filter((a) => !e.hasAttribute(a)).map((a) => `<${e.localName}> without ${a}`);
  let at = 0;
  for (const c of Array.from(e.childNodes).filter((n): n is Element => n.nodeType === 1)) {
    const i = rule.children.indexOf(c.localName ?? '');
    if (i < at) out.push(`<${c.localName}> not allowed here in <${e.localName}>`);
    at = Math.max(at, i);
    out.push(...schemaProblems(c));
  }
  return out;
}

describe('REFI-QDA export (.qdpx, .qdc)', () => {
  it('counts positions in code points: an emoji outside the BMP is one character, an accent one', () => {
    expect(codePointOffset('a😀b', 3)).toBe(2);
    expect(codePointOffset('été', 3)).toBe(3);
    const withEmoji = byCodePoints('a😀b é');
    expect([withEmoji.length, withEmoji.slice(1, 3), withEmoji.slice(2, 5), withEmoji.slice(3, 6)]).toEqual([5, '😀b', 'b é', undefined]);
    const plainText = byCodePoints('élan');
    expect([plainText.length, plainText.slice(0, 2), plainText.slice(2, 2)]).toEqual([4, 'él', undefined]);
  });

  it('writes a zip with project.qde in the standard namespace and one text file per interview, in the schema’s element order', () => {
    const files = unzipSync(qdpx(sample(), { anonymised: true, lang: 'fr', now: NOW }));
    const root = parse(strFromU8(files['project.qde'] as Uint8Array));
    expect(root.localName).toBe('Project');
    expect(root.namespaceURI).toBe(PROJECT_NS);
    const order = Array.from(root.childNodes).filter((n) => n.nodeType === 1).map((n) => (n as Element).localName);
    expect(order).toEqual(['Users', 'CodeBook', 'Variables', 'Cases', 'Sources']);
    const sources = all(root, 'TextSource');
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) {
      const path = (s.getAttribute('plainTextPath') ?? '').replace('internal://', 'sources/');
      expect(files[path], path).toBeDefined();
    }
    // Every GUID has the standard's shape, and every reference points at something in the file.
    const guids = new Set(Array.from(root.getElementsByTagName('*')).flatMap((e) => (e.getAttribute('guid') ? [e.getAttribute('guid') as string] : [])));
    for (const g of guids) expect(g).toMatch(GUID_PATTERN);
    for (const e of Array.from(root.getElementsByTagName('*'))) if (e.getAttribute('targetGUID')) expect(guids.has(e.getAttribute('targetGUID') as string)).toBe(true);
    for (const c of all(root, 'Code')) if (c.getAttribute('color')) expect(c.getAttribute('color')).toMatch(/^#[0-9A-F]{6}$/);
    expect(all(root, 'Coding').length).toBeGreaterThan(0);
    expect(schemaProblems(root)).toEqual([]);
    const named = parse(strFromU8(unzipSync(qdpx(accentedBoard(), { anonymised: false, lang: 'fr', now: NOW }))['project.qde'] as Uint8Array));
    expect(all(named, 'Note')).toHaveLength(1);
    expect(schemaProblems(named)).toEqual([]);
  });

  it('every selection picks exactly the quote’s words in its source, accents, apostrophes and emoji included', () => {
    const files = unzipSync(qdpx(accentedBoard(), { anonymised: false, lang: 'fr', now: NOW }));
    const root = parse(strFromU8(files['project.qde'] as Uint8Array));
    const picked: string[] = [];
    for (const s of all(root, 'TextSource')) {
      const text = Array.from(strFromU8(files[(s.getAttribute('plainTextPath') ?? '').replace('internal://', 'sources/')] as Uint8Array));
      for (const sel of Array.from(s.getElementsByTagNameNS(PROJECT_NS, 'PlainTextSelection'))) picked.push(text.slice(Number(sel.getAttribute('startPosition')), Number(sel.getAttribute('endPosition'))).join(''));
    }
    expect(picked.sort()).toEqual(['C’était génial 😀, vraiment.', 'Une phrase lue au mur.', 'on s’est retrouvés 🎉🎉 autour du café'].sort());
    // After "👋" (one code point, two UTF-16 units) positions differ from JavaScript's indices.
    const p = refiProject(accentedBoard(), { anonymised: false, lang: 'fr' });
    const first = p.sources[0]?.selections.find((s) => s.name.startsWith('Q'));
    expect(first?.start).toBe(Array.from('Nadia : 👋 Bonjour ! L’été dernier, à la médiathèque, ').length);
  });

  it('codes are the themes (nested as their frames, with colours) and the tags; quotes are coded by both', () => {
    const p = refiProject(accentedBoard(), { anonymised: true, lang: 'fr' });
    expect(p.codes.map((c) => [c.name, c.color, c.children.map((k) => k.name)])).toEqual([
      ['Se retrouver', expect.stringMatching(/^#[0-9A-F]{6}$/), ['Autour d’un café']],
      ['lieu', undefined, []],
    ]);
    const sub = p.codes[0]?.children[0]?.guid;
    const coded = p.sources.flatMap((s) => s.selections).find((s) => s.codeGuids.includes(sub as string));
    expect(coded?.codeGuids).toHaveLength(2);
  });

  it('is anonymised by default: no pseudonym anywhere, interview notes left out; not anonymised, notes travel as notes', () => {
    const anonymous = unzipSync(qdpx(accentedBoard(), { anonymised: true, lang: 'fr', now: NOW }));
    const everything = Object.values(anonymous).map((b) => strFromU8(b)).join('\n');
    expect(everything).not.toContain('Nadia');
    expect(everything).not.toContain('parle vite');
    expect(everything).toContain('usager·ère');

    const named = strFromU8(unzipSync(qdpx(accentedBoard(), { anonymised: false, lang: 'fr', now: NOW }))['project.qde'] as Uint8Array);
    expect(all(parse(named), 'Note').map((n) => n.textContent)).toEqual(['Nadia parle vite.']);
  });

  it('never exports the words of a person who did not agree to be quoted, nor a pseudonym of someone who agreed only anonymously', () => {
    const none = Object.values(unzipSync(qdpx(accentedBoard('none'), { anonymised: false, lang: 'fr', now: NOW }))).map((b) => strFromU8(b)).join('\n');
    expect(none).not.toContain('retrouvés');
    expect(none).not.toContain('Nadia');
    const anonymousOnly = Object.values(unzipSync(qdpx(accentedBoard('anonymous'), { anonymised: false, lang: 'fr', now: NOW }))).map((b) => strFromU8(b)).join('\n');
    expect(anonymousOnly).toContain('retrouvés');
    expect(anonymousOnly).not.toContain('Nadia');
  });

  it('the sample’s anonymised export holds no pseudonym', () => {
    const doc = sample();
    const text = Object.values(unzipSync(qdpx(doc, { anonymised: true, lang: 'fr', now: NOW }))).map((b) => strFromU8(b)).join('\n');
    for (const i of readInterviews(doc)) if (i.pseudonym.trim().length >= 2) expect(text).not.toMatch(new RegExp(`\\b${i.pseudonym.trim()}\\b`));
  });

  it('the .qdc is the codebook alone, in the codebook namespace', () => {
    const root = parse(qdc(accentedBoard(), { anonymised: true, lang: 'fr' }));
    expect(root.localName).toBe('CodeBook');
    expect(root.namespaceURI).toBe(CODEBOOK_NS);
    expect(Array.from(root.getElementsByTagNameNS(CODEBOOK_NS, 'Code')).map((c) => c.getAttribute('name'))).toEqual(['Se retrouver', 'Autour d’un café', 'lieu']);
  });
});
