import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { itemsOf, readItems } from '@shared/board/doc';
import { loadProjectText } from '@shared/project-file/load';
import { readInterviews, readQuotes, readTags } from '@shared/residency/doc';
import { applyRefiImport } from '@shared/export/refi-qda/refi-apply';
import { publishedQuotes } from '@shared/room/published-quotes';
import { qdpx, refiProject } from '@shared/export/refi-qda/refi-export';
import { MAX_UNZIPPED_BYTES, readQdpx, type RefiImportResult } from '@shared/export/refi-qda/refi-import';
import { SAMPLE_PATH } from '../../../../scripts/make-sample';
import { accentedBoard } from './boards';

const G = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A small project written by hand after the standard's documentation examples. */
const HAND_WRITTEN = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Hand" origin="by hand">
  <Users><User guid="${G(1)}" name="R"/></Users>
  <CodeBook>
    <Codes>
      <Code guid="${G(2)}" name="Place" isCodable="true" color="#A0C0E0">
        <Code guid="${G(3)}" name="Library" isCodable="true"/>
      </Code>
    </Codes>
  </CodeBook>
  <Variables><Variable guid="${G(9)}" name="role" typeOfVariable="Text"/></Variables>
  <Cases><Case guid="${G(10)}" name="P1"><VariableValue><VariableRef targetGUID="${G(9)}"/><TextValue>volunteer</TextValue></VariableValue><SourceRef targetGUID="${G(4)}"/></Case></Cases>
  <Sources>
    <TextSource guid="${G(4)}" name="Interview 1" plainTextPath="internal://${G(4)}.txt">
      <PlainTextSelection guid="${G(5)}" name="s1" startPosition="6" endPosition="13">
        <Coding guid="${G(6)}"><CodeRef targetGUID="${G(3)}"/></Coding>
      </PlainTextSelection>
      <NoteRef targetGUID="${G(8)}"/>
    </TextSource>
    <PictureSource guid="${G(11)}" name="photo" path="internal://p.jpg"/>
  </Sources>
  <Notes><Note guid="${G(8)}" name="memo"><PlainTextContent>A memo.</PlainTextContent></Note></Notes>
</Project>
`;

const zip = (qde: string, sources: Record<string, string> = { [`${G(4)}.txt`]: 'Ah, 😀 libraryé and more' }): Uint8Array =>
  zipSync({ 'project.qde': strToU8(qde), ...Object.fromEntries(Object.entries(sources).map(([k, v]) => [`sources/${k}`, strToU8(v)])) });

const problems = (r: RefiImportResult): { line: number | null; code: string }[] => (r.ok ? [] : r.problems.map((p) => ({ line: p.line, code: p.code })));

describe('REFI-QDA import (.qdpx)', () => {
  it('reads a hand-written project: nested codes, a selection in code points, its coding, case variables and a memo', () => {
    const r = readQdpx(zip(HAND_WRITTEN));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.project.codes.map((c) => [c.name, c.parentGuid])).toEqual([
      ['Place', null],
      ['Library', G(2)],
    ]);
    const source = r.project.sources[0];
    expect(source?.selections[0]?.text).toBe('library');
    expect(source?.selections[0]?.codeGuids).toEqual([G(3)]);
    expect(source?.values.role).toBe('volunteer');
    expect(source?.notes).toBe('A memo.');
    expect(r.project.skipped).toEqual({ PictureSource: 1 });
  });

  it('export of the sample then import into a new project gives the same codes, quotes (same words), codings and interviews', () => {
    const loaded = loadProjectText(readFileSync(SAMPLE_PATH, 'utf8'));
    if (!loaded.ok) throw new Error('sample does not load');
    const options = { anonymised: true, lang: 'fr' as const };
    const exported = refiProject(loaded.value.doc, options);
    const r = readQdpx(qdpx(loaded.value.doc, options));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const flat = (codes: typeof exported.codes): string[] => codes.flatMap((c) => [c.name, ...flat(c.children)]);
    expect(r.project.codes.map((c) => c.name)).toEqual(flat(exported.codes));

    const doc = new Y.Doc();
    const applied = applyRefiImport(doc, r.project, { origin: 'test', title: 'Importé' });
    const quotes = readQuotes(doc);
    const sourceOf = (s: (typeof exported.sources)[number]): string[] => s.selections.map((sel) => Array.from(s.text).slice(sel.start, sel.end).join(''));
    expect(quotes.map((q) => q.text).sort()).toEqual(exported.sources.flatMap(sourceOf).sort());
    expect(readInterviews(doc).map((i) => [i.role, i.ageBand, i.date, i.kind]).sort()).toEqual(exported.cases.map((c) => [c.values.role, c.values.ageBand, c.values.date, c.values.kind]).sort());
    expect(readTags(doc).map((t) => t.label).sort()).toEqual(flat(exported.codes).sort());
    // Every card sits in the one "Imported" frame and carries as many codes as its selection had.
    const cards = readItems(doc).filter((i) => i.kind === 'quote');
    expect(cards).toHaveLength(applied.quotes);
    expect(cards.every((c) => c.parentId === applied.frameId)).toBe(true);
    const codings = exported.sources.flatMap((s) => s.selections.map((sel) => sel.codeGuids.length)).sort();
    expect(cards.map((c) => c.tags?.length ?? 0).sort()).toEqual(codings);
    // Nobody said what these people agreed to for this residency: their words reach no room until a facilitator says.
    expect(readInterviews(doc).every((i) => i.consent === 'none')).toBe(true);
    expect(publishedQuotes(doc).size).toBe(0);
  });

  it('round-trips accents, apostrophes and emoji at the same positions', () => {
    const r = readQdpx(qdpx(accentedBoard(), { anonymised: false, lang: 'fr' }));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.project.sources.flatMap((s) => s.selections.map((sel) => sel.text)).sort()).toEqual(['C’était génial 😀, vraiment.', 'Une phrase lue au mur.', 'on s’est retrouvés 🎉🎉 autour du café'].sort());
  });

  it('cuts a code name too long for a tag instead of refusing the file', () => {
    const long = '😀'.repeat(30) + 'x'.repeat(100);
    const r = readQdpx(zip(HAND_WRITTEN.replace('name="Place"', `name="${long}"`)));
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const name = r.project.codes[0]?.name ?? '';
    expect(name.length).toBeLessThanOrEqual(80);
    expect(name.startsWith('😀'.repeat(30))).toBe(true);
    expect(name.endsWith('x…')).toBe(true);
    const doc = new Y.Doc();
    applyRefiImport(doc, r.project, { origin: 'test', title: 'Imported' });
    expect(readTags(doc).map((t) => t.label)).toContain(name);
  });

  it('is one undo step on the board', () => {
    const r = readQdpx(zip(HAND_WRITTEN));
    if (!r.ok) throw new Error('unreadable');
    const doc = new Y.Doc();
    const undo = new Y.UndoManager([itemsOf(doc)], { trackedOrigins: new Set(['local']) });
    applyRefiImport(doc, r.project, { origin: 'local', title: 'Imported' });
    expect(readItems(doc)).toHaveLength(2);
    undo.undo();
    expect(readItems(doc)).toHaveLength(0);
  });

  it('refuses what it cannot read with a line-level report, and nothing reaches the board', () => {
    const cases: [string, Uint8Array, { line: number | null; code: string }[]][] = [
      ['not a zip', strToU8('hello'), [{ line: null, code: 'not-zip' }]],
      ['no project.qde', zipSync({ 'other.txt': strToU8('x') }), [{ line: null, code: 'no-project' }]],
      ['not XML', zip('<?xml version="1.0"?>\n<Project xmlns="urn:QDA-XML:project:1.0">\n<Users>\n</Project>'), [{ line: 3, code: 'not-xml' }]],
      ['an external entity', zip('<?xml version="1.0"?>\n<!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<Project xmlns="urn:QDA-XML:project:1.0">&x;</Project>'), [{ line: 2, code: 'entity' }]],
      ['another XML', zip('<?xml version="1.0"?>\n<html/>'), [{ line: 2, code: 'not-refi' }]],
      ['a selection outside its source', zip(HAND_WRITTEN.replace('endPosition="13"', 'endPosition="999"')), [{ line: 15, code: 'outside-source' }]],
      ['a coding of a missing code', zip(HAND_WRITTEN.replace(`<CodeRef targetGUID="${G(3)}"/>`, `<CodeRef targetGUID="${G(77)}"/>`)), [{ line: 16, code: 'unknown-code' }]],
      ['a source whose text is missing', zip(HAND_WRITTEN, {}), [{ line: 14, code: 'missing-text' }]],
      ['a bad GUID and a bad position', zip(HAND_WRITTEN.replace(`guid="${G(2)}"`, 'guid="nope"').replace('startPosition="6"', 'startPosition="-1"')), [{ line: 6, code: 'bad-attribute' }, { line: 15, code: 'bad-attribute' }]],
    ];
    for (const [what, bytes, expected] of cases) {
      const r = readQdpx(bytes);
      expect(problems(r), what).toEqual(expected);
    }
  });

  it('refuses a zip bomb from its directory, before inflating it', () => {
    // A small zip whose directory declares more than the limit once unzipped, as a bomb does.
    const bomb = zipSync({ 'project.qde': strToU8('<Project/>') });
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    for (let i = 0; i + 4 <= bomb.byteLength; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, MAX_UNZIPPED_BYTES + 1, true);
    expect(problems(readQdpx(bomb))).toEqual([{ line: null, code: 'too-large' }]);
  });
});
