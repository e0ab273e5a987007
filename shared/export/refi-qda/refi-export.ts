import type * as Y from 'yjs';
import { strToU8, zipSync } from 'fflate';
import { readInterviews } from '../../residency/doc';
import { NOTE_FILL } from '../../board/palette';
import { nameScrubber, neutralIds } from '../anonymise';
import { readExportModel, type ExportModel } from '../export-model';
import type { ExportLang } from '../messages';
import { guidFor } from './guid';
import { codePointOffset } from './positions';
import { el, textEl, xmlSafe } from './xml';

/**
 * The REFI-QDA exchange (the open standard QDA tools read): a `.qdpx` is a zip holding
 * `project.qde` (XML, namespace urn:QDA-XML:project:1.0) and `sources/`, one plain-text file
 * per interview; a `.qdc` is the codebook alone (urn:QDA-XML:codebook:1.0). Built from the
 * export model, so it is anonymised like every export: pseudonyms replaced by profiles in the
 * transcripts, interview notes left out, the words of people who did not agree to be quoted
 * absent (their interview is not a source at all). Element order follows the standard's schema.
 */

export const PROJECT_NS = 'urn:QDA-XML:project:1.0';
export const CODEBOOK_NS = 'urn:QDA-XML:codebook:1.0';
/** Case variables: the profile Tablée records for each interview (read back on import). */
export const CASE_VARIABLES = ['role', 'ageBand', 'place', 'date', 'kind'] as const;
export type CaseVariable = (typeof CASE_VARIABLES)[number];

export interface RefiOptions {
  anonymised: boolean;
  lang: ExportLang;
  /** When the file says it was made; now by default. */
  now?: Date;
}

export interface RefiCode {
  guid: string;
  name: string;
  /** #RRGGBB, or undefined (tags have no colour). */
  color: string | undefined;
  children: RefiCode[];
}

export interface RefiSelection {
  guid: string;
  name: string;
  /** Code-point positions in the source's plain text (positions.ts), end excluded. */
  start: number;
  end: number;
  codeGuids: string[];
}

export interface RefiSource {
  guid: string;
  name: string;
  /** The plain text, as written to sources/<guid>.txt. */
  text: string;
  selections: RefiSelection[];
  noteGuid: string | undefined;
}

export interface RefiProject {
  name: string;
  userGuid: string;
  codes: RefiCode[];
  sources: RefiSource[];
  cases: { guid: string; name: string; sourceGuid: string; values: Record<CaseVariable, string> }[];
  notes: { guid: string; name: string; text: string }[];
}

/** A transcript as a source file: line ends as \n, and nothing XML tools could choke on. */
const plain = (text: string): string => xmlSafe(text.replace(/\r\n?/g, '\n'));

/** What the exchange holds, from the board: pure, so tests can check it before any XML. */
export function refiProject(doc: Y.Doc, options: RefiOptions): RefiProject {
  const model = readExportModel(doc, { anonymised: options.anonymised, lang: options.lang, meta: {} });
  const stored = readInterviews(doc);
  // The same neutral ids and name scrubbing as the model (export-model.ts), to reach the transcripts.
  const neutral = neutralIds(stored, 'I', (a, b) => a.date.localeCompare(b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const scrub = nameScrubber(options.anonymised ? stored : stored.filter((i) => i.consent !== 'quote'), options.lang);
  const transcriptOf = new Map(stored.map((i) => [neutral.get(i.id) as string, i.transcript]));

  const codes = codebookOf(model);
  const themeGuid = (id: string): string => guidFor(`theme:${id}`);
  const tagGuid = new Map(model.tags.map((t) => [t.label, guidFor(`tag:${t.id}`)]));
  const userGuid = guidFor('user:tablee');

  const sources: RefiSource[] = [];
  const cases: RefiProject['cases'] = [];
  const notes: RefiProject['notes'] = [];
  const quotesOf = new Map<string | null, ExportModel['quotes']>();
  for (const q of model.quotes) quotesOf.set(q.interviewId, [...(quotesOf.get(q.interviewId) ?? []), q]);

  const addSource = (key: string, name: string, transcript: string, quotes: ExportModel['quotes']): RefiSource => {
    let text = plain(transcript);
    const selections: RefiSelection[] = [];
    for (const q of quotes) {
      const words = plain(q.text);
      let at = text.indexOf(words);
      // A quote typed without its words in the transcript is added at its end, so it still has a place.
      if (at < 0) {
        text = text === '' ? words : `${text}\n\n${words}`;
        at = text.length - words.length;
      }
      const start = codePointOffset(text, at);
      const codeGuids = [...q.themeIds.filter((t) => codesHold(codes, themeGuid(t))).map(themeGuid), ...q.tags.flatMap((l) => tagGuid.get(l) ?? [])];
      selections.push({ guid: guidFor(`quote:${q.id}`), name: q.id, start, end: start + Array.from(words).length, codeGuids });
    }
    const source: RefiSource = { guid: guidFor(`source:${key}`), name, text, selections, noteGuid: undefined };
    sources.push(source);
    return source;
  };

  const words = options.lang === 'fr' ? { noInterview: 'Citations sans entretien', notes: 'Notes' } : { noInterview: 'Quotes without interview', notes: 'Notes' };
  for (const i of model.interviews) {
    // Consent "none": the words stay in the interview, never in an export.
    if (i.consent === 'none') continue;
    const name = i.pseudonym ? `${i.id} ${i.pseudonym}` : `${i.id} (${i.profile})`;
    const source = addSource(i.id, name, scrub(transcriptOf.get(i.id) ?? ''), quotesOf.get(i.id) ?? []);
    cases.push({ guid: guidFor(`case:${i.id}`), name, sourceGuid: source.guid, values: { role: i.role, ageBand: i.ageBand, place: i.place, date: i.date, kind: i.kind } });
    if (i.notes) {
      source.noteGuid = guidFor(`note:${i.id}`);
      notes.push({ guid: source.noteGuid, name: `${words.notes} ${i.id}`, text: i.notes });
    }
  }
  const loose = quotesOf.get(null) ?? [];
  if (loose.length > 0) addSource('none', words.noInterview, '', loose);
  return { name: model.meta.title || 'Tablée', userGuid, codes, sources, cases, notes };
}

function codesHold(codes: readonly RefiCode[], guid: string): boolean {
  return codes.some((c) => c.guid === guid || codesHold(c.children, guid));
}

/** Themes (nested as their frames are) then tags: the project's codebook. */
function codebookOf(model: ExportModel): RefiCode[] {
  const themes = model.themes.filter((t) => !t.area);
  const parentOf = new Map(model.items.filter((i) => i.kind === 'frame').map((i) => [i.id, i.parentId]));
  const isTheme = new Set(themes.map((t) => t.id));
  const byId = new Map<string, RefiCode>(themes.map((t) => [t.id, { guid: guidFor(`theme:${t.id}`), name: t.title.trim() || '—', color: NOTE_FILL[t.color].toUpperCase(), children: [] }]));
  const roots: RefiCode[] = [];
  for (const t of themes) {
    const code = byId.get(t.id) as RefiCode;
    const parent = parentOf.get(t.id);
    if (parent && isTheme.has(parent)) byId.get(parent)?.children.push(code);
    else roots.push(code);
  }
  return [...roots, ...model.tags.map((t) => ({ guid: guidFor(`tag:${t.id}`), name: t.label, color: undefined, children: [] }))];
}

const codeXml = (c: RefiCode): string => el('Code', { guid: c.guid, name: c.name, isCodable: true, color: c.color }, c.children.map(codeXml));
const codesXml = (codes: readonly RefiCode[]): string => el('Codes', {}, codes.map(codeXml));

/** project.qde: the XML of the whole exchange. */
export function projectXml(p: RefiProject, now: Date): string {
  const when = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const by = { creatingUser: p.userGuid, creationDateTime: when };
  const variables = CASE_VARIABLES.map((v) => ({ v, guid: guidFor(`variable:${v}`) }));
  const body = [
    el('Users', {}, [el('User', { guid: p.userGuid, name: 'Tablée' })]),
    el('CodeBook', {}, [codesXml(p.codes)]),
    el('Variables', {}, variables.map(({ v, guid }) => el('Variable', { guid, name: v, typeOfVariable: 'Text' }))),
    p.cases.length === 0
      ? ''
      : el(
          'Cases',
          {},
          p.cases.map((c) =>
            el('Case', { guid: c.guid, name: c.name }, [
              ...variables.map(({ v, guid }) => el('VariableValue', {}, [el('VariableRef', { targetGUID: guid }), textEl('TextValue', c.values[v])])),
              el('SourceRef', { targetGUID: c.sourceGuid }),
            ]),
          ),
        ),
    p.sources.length === 0
      ? ''
      : el(
          'Sources',
          {},
          p.sources.map((s) =>
            el('TextSource', { guid: s.guid, name: s.name, plainTextPath: `internal://${s.guid}.txt`, ...by }, [
              ...s.selections.map((sel) =>
                el('PlainTextSelection', { guid: sel.guid, name: sel.name, startPosition: sel.start, endPosition: sel.end, ...by }, sel.codeGuids.map((code) => el('Coding', { guid: guidFor(`coding:${sel.guid}:${code}`), ...by }, [el('CodeRef', { targetGUID: code })]))),
              ),
              s.noteGuid ? el('NoteRef', { targetGUID: s.noteGuid }) : '',
            ]),
          ),
        ),
    p.notes.length === 0 ? '' : el('Notes', {}, p.notes.map((n) => el('Note', { guid: n.guid, name: n.name, ...by }, [textEl('PlainTextContent', n.text)]))),
  ];
  const root = el('Project', { xmlns: PROJECT_NS, name: p.name, origin: 'Tablée', creatingUserGUID: p.userGuid, creationDateTime: when }, body);
  return `<?xml version="1.0" encoding="utf-8"?>\n${root}\n`;
}

/** The .qdpx: project.qde and one UTF-8 text file per source. */
export function qdpx(doc: Y.Doc, options: RefiOptions): Uint8Array {
  const p = refiProject(doc, options);
  const files: Record<string, Uint8Array> = { 'project.qde': strToU8(projectXml(p, options.now ?? new Date())) };
  for (const s of p.sources) files[`sources/${s.guid}.txt`] = strToU8(s.text);
  // A fixed date in the zip entries: the same board gives the same bytes.
  return zipSync(files, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') });
}

/** The .qdc: the codebook alone. */
export function qdc(doc: Y.Doc, options: RefiOptions): string {
  const p = refiProject(doc, options);
  return `<?xml version="1.0" encoding="utf-8"?>\n${el('CodeBook', { xmlns: CODEBOOK_NS, origin: 'Tablée' }, [codesXml(p.codes)])}\n`;
}
