import * as Y from 'yjs';
import { base64ToBytes } from '@shared/base64';
import type { HostApi, VersionInfo } from '@shared/host-api/contract';

/** The host methods the versions panel uses (the facilitator's; a participant's page has none). */
export type VersionApi = Pick<HostApi, 'listVersions' | 'saveVersion' | 'readVersion'>;

/** A version opened to look at: its entry and its board, in a doc of its own that nothing saves. */
export interface OpenedVersion {
  info: VersionInfo;
  doc: Y.Doc;
}

export async function openVersion(api: VersionApi, info: VersionInfo): Promise<OpenedVersion> {
  const content = await api.readVersion(info.id);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, base64ToBytes(content.update), 'host');
  return { info, doc };
}
