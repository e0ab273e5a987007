import * as encoding from 'lib0/encoding';
import type * as Y from 'yjs';

/**
 * An update that only deletes the item with this id: one range in its delete set and no structs
 * (Yjs's first update format). An honest page's deletion of a record also lists the record's
 * fields; a modified page need not, and Yjs deletes them anyway when it applies this.
 */
export function deletionOf(id: Y.ID): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0); // no structs
  encoding.writeVarUint(e, 1); // one client in the delete set
  encoding.writeVarUint(e, id.client);
  encoding.writeVarUint(e, 1); // one range
  encoding.writeVarUint(e, id.clock);
  encoding.writeVarUint(e, 1);
  return encoding.toUint8Array(e);
}
