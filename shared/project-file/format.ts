import { z } from 'zod';
import type { BoardSnapshot } from '../board/doc';

/** One `*.tablee` file per residency: JSON holding the Yjs state (the truth) and a readable snapshot. */
export const FILE_FORMAT = 'tablee';
/**
 * The envelope's version (this file's fields), independent of the board's schema version.
 *   1: `yjsState` is Yjs update encoding v1.
 *   2: `yjsEncoding` says which: 'v2' (what we write: a board moved around a lot keeps every
 *      overwritten value's identity, which v2 stores about ten times smaller) or 'v1'.
 */
export const FORMAT_VERSION = 2;
export const FILE_EXTENSION = '.tablee';
/** History entries kept in the file; older ones are dropped. */
export const MAX_HISTORY = 200;

export type YjsEncoding = 'v1' | 'v2';

export interface HistoryEntry {
  at: string;
  event: 'created' | 'opened' | 'migrated' | 'repaired' | 'restored' | 'saved-as';
  detail?: string;
}

export interface FileMeta {
  title: string;
  createdAt: string;
  savedAt: string;
  app: string;
}

export interface ProjectFile {
  format: typeof FILE_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  meta: FileMeta;
  /** Base64 of `Y.encodeStateAsUpdateV2(doc)` (format 1 and 'v1': `Y.encodeStateAsUpdate`). */
  yjsState: string;
  yjsEncoding: YjsEncoding;
  snapshot: BoardSnapshot;
  history: HistoryEntry[];
  /**
   * The HOST's ballot box of dot votes (electron/host/room/vote-box.ts): who put how many dots
   * where, kept out of the Yjs state so no page ever syncs it. Absent when no vote was cast.
   */
  ballots?: unknown;
  /**
   * The resume tickets the project's rooms handed out (electron/host/room/kept-tickets.ts): a
   * hash of each secret, its person id and role, so a reopened room knows who was who. Absent
   * when no room was opened.
   */
  tickets?: unknown;
}

/** The envelope, checked once we know the file claims to be ours and not too new. */
export const envelopeSchema = z.object({
  format: z.literal(FILE_FORMAT),
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(0),
  meta: z
    .object({
      title: z.string().max(300).catch(''),
      createdAt: z.string().max(64).catch(''),
      savedAt: z.string().max(64).catch(''),
      app: z.string().max(100).catch(''),
    })
    .catch({ title: '', createdAt: '', savedAt: '', app: '' }),
  yjsState: z.string().optional(),
  ballots: z.unknown().optional(),
  tickets: z.unknown().optional(),
  yjsEncoding: z.enum(['v1', 'v2']).optional(),
  snapshot: z.unknown().optional(),
  history: z
    .array(
      z.object({
        at: z.string().max(64),
        event: z.enum(['created', 'opened', 'migrated', 'repaired', 'restored', 'saved-as']),
        detail: z.string().max(2000).optional(),
      }),
    )
    .catch([]),
});
