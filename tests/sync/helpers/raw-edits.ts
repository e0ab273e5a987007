import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { KIND_YJS } from '@shared/room/hub-channel';
import { MESSAGE_SYNC } from '@shared/room/protocol';
import type { RawMember } from './raw-member';
import { until } from './room-host';

/** A raw member's copy of its doc: asks the HOST for everything, and applies what comes until the answer is there. */
export async function syncedDoc(member: RawMember): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const step1 = encoding.createEncoder();
  encoding.writeVarUint(step1, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(step1, doc);
  member.send({ kind: KIND_YJS, bytes: encoding.toUint8Array(step1) });
  await until('the HOST answered', () => member.messages.some((m) => m.kind === KIND_YJS && m.bytes[0] === MESSAGE_SYNC && m.bytes[1] === syncProtocol.messageYjsSyncStep2));
  for (const m of member.messages) {
    if (m.kind !== KIND_YJS || m.bytes[0] !== MESSAGE_SYNC) continue;
    const decoder = decoding.createDecoder(m.bytes);
    decoding.readVarUint(decoder);
    syncProtocol.readSyncMessage(decoder, encoding.createEncoder(), doc, 'host');
  }
  return doc;
}

/** Sends what `change` does to `doc` as a Yjs update message, as a modified page would. */
export function sendEdit(member: RawMember, doc: Y.Doc, change: () => void): void {
  let update: Uint8Array | null = null;
  const grab = (u: Uint8Array): void => void (update = u);
  doc.on('update', grab);
  doc.transact(change);
  doc.off('update', grab);
  sendUpdate(member, update!);
}

/** Sends these update bytes as a Yjs update message: a hand-built update, as a modified page could make. */
export function sendUpdate(member: RawMember, update: Uint8Array): void {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  member.send({ kind: KIND_YJS, bytes: encoding.toUint8Array(encoder) });
}
