import type * as Y from 'yjs';

/** The board's title, creation date and schema version: `doc.getMap('meta')`, beside the records. */
export interface BoardMeta {
  title: string;
  createdAt: string;
  schemaVersion: number;
}

export const metaOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>('meta');

export function readMeta(doc: Y.Doc): BoardMeta {
  const meta = metaOf(doc);
  const title = meta.get('title');
  const createdAt = meta.get('createdAt');
  const schemaVersion = meta.get('schemaVersion');
  return {
    title: typeof title === 'string' ? title : '',
    createdAt: typeof createdAt === 'string' ? createdAt : '',
    schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 0,
  };
}
