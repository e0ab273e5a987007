import * as Y from 'yjs';
import { base64ToBytes } from '../base64';
import { metaOf, readItems, SYSTEM_ORIGIN } from '../board/doc';
import { trimLoadedValues } from '../board/trim-memory';
import { restoreSnapshot } from '../records/snapshot';
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
  | 'corrupt-state';

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
  /** Schema version the file was written with (before migration). */
  fileSchemaVersion: number;
  report: LoadReport;
}

/**
 * The load pipeline: parse → is it a Tablée file? → version too new? → migrate → validate →
 * repair. Never throws: every failure is a typed LoadError the caller shows to the user.
 */
export function loadProjectText(text: string): Result<LoadedProject, LoadError> {
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

  // Format 1 knew only v1; from format 2 the file says which.
  let doc = decodeState(file.yjsState, file.formatVersion >= 2 ? (file.yjsEncoding ?? 'v1') : 'v1');
  let fromVersion = file.schemaVersion;
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
  return ok({ doc, meta: file.meta, history: file.history, fileSchemaVersion: file.schemaVersion, report: { migrations, repairs, warnings } });
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

function snapshotDiffers(doc: Y.Doc, snapshot: unknown): boolean {
  const items = (snapshot as { items?: unknown } | undefined)?.items;
  if (!Array.isArray(items)) return false;
  return JSON.stringify(items) !== JSON.stringify(readItems(doc));
}
