import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { AmendmentRecord } from '@shared/records/amendments';
import { amendmentsOf, readAmendments } from '@shared/residency/amendments';

/** A proposal's amendments, oldest first, read again whenever anyone suggests or decides one. */
export function useAmendments(doc: Y.Doc, proposalId: string): AmendmentRecord[] {
  const [list, setList] = useState(() => readAmendments(doc, proposalId));
  useEffect(() => {
    const map = amendmentsOf(doc);
    const read = (): void => setList(readAmendments(doc, proposalId));
    map.observeDeep(read);
    read();
    return () => map.unobserveDeep(read);
  }, [doc, proposalId]);
  return list;
}
