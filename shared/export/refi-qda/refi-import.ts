import { DOMParser, type Element } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { z } from 'zod';
import { MAX_QUOTE_LENGTH, MAX_TRANSCRIPT_LENGTH } from '../../residency/records';
import { CASE_VARIABLES, PROJECT_NS, type CaseVariable } from './refi-export';
import { GUID_PATTERN } from './guid';
import { byCodePoints } from './positions';

/**
 * Reads a `.qdpx` (REFI-QDA project exchange) into plain records, refusing the whole file when
 * any part cannot be read: the report lists every problem with its line in project.qde, and
 * nothing reaches the board. Positions are code points (positions.ts). What Tablée has no place
 * for (pictures, audio, PDF sources, sets, links, graphs) is not an error: it is left out and
 * counted in `skipped`.
 */

/** A .qdpx larger than this is refused before unzipping. */
export const MAX_QDPX_BYTES = 50 * 1024 * 1024;
/** What its entries may add up to once unzipped (a zip bomb declares far more). */
export const MAX_UNZIPPED_BYTES = 100 * 1024 * 1024;
const MAX_ENTRIES = 10_000;

export type RefiProblemCode =
  | 'too-large'
  | 'not-zip'
  | 'no-project'
  | 'entity'
  | 'not-xml'
  | 'not-refi'
  | 'bad-attribute'
  | 'duplicate-guid'
  | 'missing-text'
  | 'source-too-long'
  | 'outside-source'
  | 'quote-too-long'
  | 'unknown-code';

export interface RefiProblem {
  /** Line in project.qde; null when the problem is the file itself. */
  line: number | null;
  code: RefiProblemCode;
  /** What was found (an attribute, a path, a GUID), in the file's own words. */
  detail: string;
}

export interface ImportedCode {
  guid: string;
  name: string;
  parentGuid: string | null;
  /** #RRGGBB when the file gives one. */
  color: string | null;
}

export interface ImportedSource {
  guid: string;
  name: string;
  text: string;
  /** The case variables Tablée writes (refi-export.ts), when a case points at this source. */
  values: Partial<Record<CaseVariable, string>>;
  /** Notes (memos) attached to the source, joined. */
  notes: string;
  selections: { start: number; end: number; text: string; codeGuids: string[] }[];
}

export interface ImportedProject {
  name: string;
  codes: ImportedCode[];
  sources: ImportedSource[];
  /** Elements read but not brought in (other kinds of sources, sets, links…), by name. */
  skipped: Record<string, number>;
}

export type RefiImportResult = { ok: true; project: ImportedProject } | { ok: false; problems: RefiProblem[] };

const guid = z.string().regex(GUID_PATTERN);
const position = z.coerce.number().int().min(0);
const codeAttrs = z.object({ guid, name: z.string().trim().min(1).max(10_000), color: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional() });
const sourceAttrs = z.object({ guid, name: z.string().max(200), plainTextPath: z.string().optional() });
const selectionAttrs = z.object({ guid, startPosition: position, endPosition: position });
const refAttrs = z.object({ targetGUID: guid });

/** A code becomes a tag, whose label is at most this long: a longer name is cut, not refused. */
const MAX_CODE_NAME = 80;
function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  // Whole code points only, and the label's limit counts UTF-16 units: one walk, whatever the name's length.
  let out = '';
  for (const point of s) {
    if (out.length + point.length > max - 1) break;
    out += point;
  }
  return `${out}…`;
}

const children = (e: Element, name: string): Element[] => Array.from(e.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);
const child = (e: Element, name: string): Element | undefined => children(e, name)[0];
const attrsOf = (e: Element): Record<string, string> => Object.fromEntries(Array.from(e.attributes).map((a) => [a.localName ?? a.name, a.value]));
const lineOf = (e: Element): number | null => (e as unknown as { lineNumber?: number }).lineNumber ?? null;

/** Reads a .qdpx's bytes. */
export function readQdpx(bytes: Uint8Array): RefiImportResult {
  const fail = (code: RefiProblemCode, detail: string, line: number | null = null): RefiImportResult => ({ ok: false, problems: [{ line, code, detail }] });
  if (bytes.byteLength > MAX_QDPX_BYTES) return fail('too-large', `${bytes.byteLength} bytes`);
  let files: Record<string, Uint8Array>;
  try {
    let declared = 0;
    let count = 0;
    files = unzipSync(bytes, {
      // Sizes are checked from the zip's directory before anything is inflated.
      filter: (f) => {
        declared += f.originalSize;
        count += 1;
        if (declared > MAX_UNZIPPED_BYTES || count > MAX_ENTRIES) throw new RangeError(`more than ${MAX_UNZIPPED_BYTES} bytes or ${MAX_ENTRIES} files once unzipped`);
        return f.name === 'project.qde' || f.name.startsWith('sources/');
      },
    });
  } catch (e) {
    return e instanceof RangeError ? fail('too-large', e.message) : fail('not-zip', e instanceof Error ? e.message : String(e));
  }
  const qde = files['project.qde'];
  if (!qde) return fail('no-project', 'project.qde');
  return readProjectXml(strFromU8(qde), (path) => {
    const file = files[`sources/${path}`];
    return file ? strFromU8(file) : undefined;
  });
}

/** Reads project.qde; `sourceFile` gives the text of an internal:// path. */
export function readProjectXml(xml: string, sourceFile: (path: string) => string | undefined): RefiImportResult {
  // A DOCTYPE may declare entities (external files, billion laughs): the standard needs none.
  const doctype = /<!(DOCTYPE|ENTITY)/.exec(xml);
  if (doctype) return { ok: false, problems: [{ line: xml.slice(0, doctype.index).split('\n').length, code: 'entity', detail: `<!${doctype[1]}` }] };
  let root: Element | null;
  try {
    root = new DOMParser({ onError: () => undefined }).parseFromString(xml, 'text/xml').documentElement;
  } catch (e) {
    const line = (e as { locator?: { lineNumber?: number } }).locator?.lineNumber ?? null;
    return { ok: false, problems: [{ line, code: 'not-xml', detail: e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e) }] };
  }
  if (!root || root.localName !== 'Project' || root.namespaceURI !== PROJECT_NS) {
    return { ok: false, problems: [{ line: root ? lineOf(root) : 1, code: 'not-refi', detail: root ? `<${root.tagName}> ${root.namespaceURI ?? ''}` : '' }] };
  }
  return new Reader(sourceFile).read(root);
}

class Reader {
  private problems: RefiProblem[] = [];
  private guids = new Set<string>();
  private skipped: Record<string, number> = {};

  constructor(private sourceFile: (path: string) => string | undefined) {}

  read(root: Element): RefiImportResult {
    const codes: ImportedCode[] = [];
    const codebook = child(root, 'CodeBook');
    const list = codebook && child(codebook, 'Codes');
    if (list) for (const c of children(list, 'Code')) this.code(c, null, codes);
    const codeGuids = new Set(codes.map((c) => c.guid));

    const notes = new Map<string, string>();
    const notesEl = child(root, 'Notes');
    for (const n of notesEl ? children(notesEl, 'Note') : []) {
      const a = this.attrs(n, z.object({ guid }));
      const text = child(n, 'PlainTextContent')?.textContent ?? '';
      if (a && text.trim() !== '') notes.set(a.guid.toUpperCase(), text);
    }
    const variableNames = new Map<string, string>();
    const variables = child(root, 'Variables');
    for (const v of variables ? children(variables, 'Variable') : []) {
      const a = attrsOf(v);
      if (a.guid && a.name) variableNames.set(a.guid.toUpperCase(), a.name);
    }

    const sources: ImportedSource[] = [];
    const sourcesEl = child(root, 'Sources');
    for (const s of sourcesEl ? Array.from(sourcesEl.childNodes).filter((n): n is Element => n.nodeType === 1) : []) {
      if (s.localName !== 'TextSource') {
        this.skip(s.localName ?? 'source');
        continue;
      }
      const source = this.source(s, codeGuids, notes);
      if (source) sources.push(source);
    }

    const casesEl = child(root, 'Cases');
    const byGuid = new Map(sources.map((s) => [s.guid.toUpperCase(), s]));
    for (const c of casesEl ? children(casesEl, 'Case') : []) {
      const values: Partial<Record<CaseVariable, string>> = {};
      for (const vv of children(c, 'VariableValue')) {
        const name = variableNames.get(child(vv, 'VariableRef')?.getAttribute('targetGUID')?.toUpperCase() ?? '');
        const value = child(vv, 'TextValue')?.textContent ?? '';
        if (name && (CASE_VARIABLES as readonly string[]).includes(name)) values[name as CaseVariable] = value;
      }
      for (const ref of children(c, 'SourceRef')) {
        const source = byGuid.get(ref.getAttribute('targetGUID')?.toUpperCase() ?? '');
        if (source) source.values = { ...source.values, ...values };
      }
    }
    for (const name of ['Sets', 'Links', 'Graphs']) if (child(root, name)) this.skip(name);
    if (this.problems.length > 0) return { ok: false, problems: this.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
    return { ok: true, project: { name: root.getAttribute('name') ?? '', codes, sources, skipped: this.skipped } };
  }

  private code(e: Element, parentGuid: string | null, out: ImportedCode[]): void {
    const a = this.attrs(e, codeAttrs);
    if (a && this.unique(e, a.guid)) out.push({ guid: a.guid.toUpperCase(), name: clip(a.name.trim(), MAX_CODE_NAME), parentGuid, color: a.color?.toUpperCase() ?? null });
    for (const c of children(e, 'Code')) this.code(c, a ? a.guid.toUpperCase() : parentGuid, out);
  }

  private source(e: Element, codeGuids: ReadonlySet<string>, notes: ReadonlyMap<string, string>): ImportedSource | undefined {
    const a = this.attrs(e, sourceAttrs);
    if (!a || !this.unique(e, a.guid)) return undefined;
    const inline = child(e, 'PlainTextContent')?.textContent;
    const path = a.plainTextPath?.startsWith('internal://') ? a.plainTextPath.slice('internal://'.length) : undefined;
    const text = inline ?? (path !== undefined ? this.sourceFile(path) : undefined);
    if (text === undefined) return this.problem(e, 'missing-text', a.plainTextPath ?? a.name);
    if (text.length > MAX_TRANSCRIPT_LENGTH) return this.problem(e, 'source-too-long', `${a.name}: ${text.length}`);
    const points = byCodePoints(text);
    const selections: ImportedSource['selections'] = [];
    for (const s of children(e, 'PlainTextSelection')) {
      const sa = this.attrs(s, selectionAttrs);
      if (!sa || !this.unique(s, sa.guid)) continue;
      const words = points.slice(sa.startPosition, sa.endPosition);
      if (words === undefined || words.trim() === '') {
        this.problem(s, 'outside-source', `${sa.startPosition}–${sa.endPosition} / ${points.length}`);
        continue;
      }
      if (words.length > MAX_QUOTE_LENGTH) {
        this.problem(s, 'quote-too-long', `${words.length}`);
        continue;
      }
      const codes: string[] = [];
      for (const coding of children(s, 'Coding')) {
        const ref = child(coding, 'CodeRef');
        const r = ref && this.attrs(ref, refAttrs);
        if (!r) continue;
        if (!codeGuids.has(r.targetGUID.toUpperCase())) this.problem(ref, 'unknown-code', r.targetGUID);
        else codes.push(r.targetGUID.toUpperCase());
      }
      selections.push({ start: sa.startPosition, end: sa.endPosition, text: words, codeGuids: [...new Set(codes)] });
    }
    const memo = children(e, 'NoteRef')
      .map((r) => notes.get(r.getAttribute('targetGUID')?.toUpperCase() ?? ''))
      .filter((n): n is string => n !== undefined)
      .join('\n\n');
    return { guid: a.guid.toUpperCase(), name: a.name, text, values: {}, notes: memo, selections };
  }

  private attrs<T>(e: Element, schema: z.ZodType<T>): T | undefined {
    const parsed = schema.safeParse(attrsOf(e));
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    this.problem(e, 'bad-attribute', `<${e.localName}> ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
    return undefined;
  }

  private unique(e: Element, id: string): boolean {
    const key = id.toUpperCase();
    if (this.guids.has(key)) return this.problem(e, 'duplicate-guid', id) ?? false;
    this.guids.add(key);
    return true;
  }

  private problem(e: Element, code: RefiProblemCode, detail: string): undefined {
    this.problems.push({ line: lineOf(e), code, detail });
    return undefined;
  }

  private skip(name: string): void {
    this.skipped[name] = (this.skipped[name] ?? 0) + 1;
  }
}
