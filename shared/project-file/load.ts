import * as Y from 'yjs';
import { base64ToBytes } from '../base64';
import { metaOf, readItems, SYSTEM_ORIGIN } from '../board/doc';
import { trimLoadedValues } from '../board/trim-memory';
import { docCounts, overLimits, RECORD_LIMITS, restoreSnapshot, snapshotCounts, type RecordLimits } from '../records/snapshot';
import { migrate } from '../schema/migrate';
import { validateAndRepair, type RepairIssue } from '../schema/repair';
import { SCHEMA_VERSION } from '../schema/version';
import { err, ok, type Result } from '../result';
import { envelopeSchema, FILE_FORMAT, FORMAT_VERSION, type FileMeta, type HistoryEntry, type YjsEncoding } from './format';

export type LoadErrorCode =
  | 'empty'
  | 'not-json'
  | 'not-tablee'
  | 'format-too-new'
  | 'schema-too-new'
  | 'bad-header'
  | 'corrupt-state'
  /** More records, or data nested deeper, than any Tablée project holds. */
  | 'too-large';

export interface LoadError {
  code: LoadErrorCode;
  /** Technical detail for the report (parser message, versions); the UI words the code itself. */
  detail: string;
}

export type LoadWarning = 'snapshot-differs' | 'rebuilt-from-snapshot';

export interface LoadReport {
  /** Migrations that ran, by id. */
  migrations: string[];
  /** Records dropped or fixed while validating. */
  repairs: RepairIssue[];
  warnings: LoadWarning[];
}

export interface LoadedProject {
  doc: Y.Doc;
  meta: FileMeta;
  history: HistoryEntry[];
  /** The dot votes' ballot box as the file has it (unchecked: the HOST's vote box reads it). */
  ballots?: unknown;
  /** The room tickets the HOST kept, as the file has them (unchecked: the room reads them). */
  tickets?: unknown;
  /** Schema version the file was written with (before migration). */
  fileSchemaVersion: number;
  report: LoadReport;
}

export interface LoadLimits extends RecordLimits {
  /** Deepest nesting of the readable snapshot: a record is 3 levels down, its id sets 4. */
  depth: number;
}
export const LOAD_LIMITS: LoadLimits = { ...RECORD_LIMITS, depth: 16 };

/**
 * The load pipeline: parse → is it a Tablée file? → version too new? → within limits? →
 * migrate → validate → repair. Never throws: every failure is a typed LoadError the caller
 * shows to the user.
 */
export function loadProjectText(text: string, limits: LoadLimits = LOAD_LIMITS): Result<LoadedProject, LoadError> {
  try {
    return load(text, limits);
  } catch (e) {
    // Nothing below is known to throw; should something still, the user gets a reason, not a crash.
    return err({ code: 'corrupt-state', detail: `the file could not be read: ${(e as Error).message}` });
  }
}

function load(text: string, limits: LoadLimits): Result<LoadedProject, LoadError> {
  if (text.trim() === '') return err({ code: 'empty', detail: 'the file is empty' });

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return err({ code: 'not-json', detail: (e as Error).message });
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== FILE_FORMAT) {
    return err({ code: 'not-tablee', detail: 'no "format": "tablee" field' });
  }
  const claimed = raw as { formatVersion?: unknown; schemaVersion?: unknown };
  if (typeof claimed.formatVersion === 'number' && claimed.formatVersion > FORMAT_VERSION) {
    return err({ code: 'format-too-new', detail: `file format ${claimed.formatVersion}, this Tablée reads up to ${FORMAT_VERSION}` });
  }
  if (typeof claimed.schemaVersion === 'number' && claimed.schemaVersion > SCHEMA_VERSION) {
    return err({ code: 'schema-too-new', detail: `board schema ${claimed.schemaVersion}, this Tablée reads up to ${SCHEMA_VERSION}` });
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) {
    const first = envelope.error.issues[0];
    return err({ code: 'bad-header', detail: `${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}` });
  }
  const file = envelope.data;
  const warnings: LoadWarning[] = [];
  // Checked before anything is built: a snapshot of a million records once took the HOST to
  // running out of memory, and one nested 10,000 levels deep overflowed the stack.
  if (nestedDeeperThan(file.snapshot, limits.depth)) {
    return err({ code: 'too-large', detail: `the readable copy is nested more than ${limits.depth} levels deep` });
  }
  const tooMany = overLimits(snapshotCounts(file.snapshot), limits);
  if (tooMany) return err({ code: 'too-large', detail: `the readable copy lists ${tooMany}` });

  // Format 1 knew only v1; from format 2 the file says which.
  let doc = decodeState(file.yjsState, file.formatVersion >= 2 ? (file.yjsEncoding ?? 'v1') : 'v1');
  let fromVersion = file.schemaVersion;
  const stateTooMany = doc && overLimits(docCounts(doc), limits);
  if (stateTooMany) return err({ code: 'too-large', detail: `the board holds ${stateTooMany}` });
  if (!doc) {
    // The binary state is the truth; when it is gone, the readable snapshot is the next best thing.
    doc = rebuildFromSnapshot(file.snapshot);
    if (!doc) return err({ code: 'corrupt-state', detail: 'neither the board data nor its readable copy could be read' });
    warnings.push('rebuilt-from-snapshot');
    fromVersion = SCHEMA_VERSION;
  }

  const migrations = migrate(doc, fromVersion);
  const repairs = validateAndRepair(doc);
  if (!warnings.includes('rebuilt-from-snapshot') && snapshotDiffers(doc, file.snapshot)) warnings.push('snapshot-differs');
  if (typeof metaOf(doc).get('title') !== 'string' || metaOf(doc).get('title') === '') {
    if (file.meta.title) doc.transact(() => metaOf(doc).set('title', file.meta.title), SYSTEM_ORIGIN);
  }
  return ok({ doc, meta: file.meta, history: file.history, ...(file.ballots === undefined ? {} : { ballots: file.ballots }), ...(file.tickets === undefined ? {} : { tickets: file.tickets }), fileSchemaVersion: file.schemaVersion, report: { migrations, repairs, warnings } });
}

function decodeState(state: string | undefined, encoding: YjsEncoding): Y.Doc | undefined {
  if (!state) return undefined;
  try {
    const doc = new Y.Doc();
    if (encoding === 'v2') Y.applyUpdateV2(doc, base64ToBytes(state), SYSTEM_ORIGIN);
    else Y.applyUpdate(doc, base64ToBytes(state), SYSTEM_ORIGIN);
    // A truncated update can apply "successfully" and leave content pending; that is corruption.
    const pending = doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
    if (pending) return undefined;
    trimLoadedValues(doc);
    return doc;
  } catch {
    return undefined;
  }
}

function rebuildFromSnapshot(snapshot: unknown): Y.Doc | undefined {
  const doc = new Y.Doc();
  let restored = false;
  doc.transact(() => {
    restored = restoreSnapshot(doc, snapshot);
  }, SYSTEM_ORIGIN);
  return restored ? doc : undefined;
}

/** Whether a parsed JSON value nests deeper than `max` levels, walked without recursion. */
function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

/** The snapshot's depth was checked: stringifying it cannot overflow the stack. */
function snapshotDiffers(doc: Y.Doc, snapshot: unknown): boolean {
  const items = (snapshot as { items?: unknown } | undefined)?.items;
  if (!Array.isArray(items)) return false;
  return JSON.stringify(items) !== JSON.stringify(readItems(doc));
}
