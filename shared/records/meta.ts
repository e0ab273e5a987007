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

/** The languages a project (its exports) can speak. */
export const PROJECT_LANGS = ['fr', 'en'] as const;
export type ProjectLang = (typeof PROJECT_LANGS)[number];

/**
 * The project's language, `meta.lang`, as set when it was created or chosen since; null when the
 * project never said (older files). No schema step: a missing value is a valid state that readers
 * resolve themselves (shared/export/project-lang.ts), and a peer that does not know the key ignores it.
 */
export function readProjectLang(doc: Y.Doc): ProjectLang | null {
  const lang = metaOf(doc).get('lang');
  return lang === 'fr' || lang === 'en' ? lang : null;
}

/** Sets the project's language; call inside the caller's transaction (its origin decides whether it undoes). */
export function writeProjectLang(doc: Y.Doc, lang: ProjectLang): void {
  if (metaOf(doc).get('lang') !== lang) metaOf(doc).set('lang', lang);
}
