import type * as Y from 'yjs';
import { SYSTEM_ORIGIN } from '../board/doc';
import { ALL_KINDS } from '../records/kinds';
import { repairRecords, type RepairIssue } from '../records/repair';

export type { RepairIssue };

/**
 * Validates every record of every kind and repairs the doc in place, as the kinds' declarations
 * say (shared/records): unreadable records are dropped, links to missing records cleared or
 * removed, a quote card of a missing quote dropped, a picture no card shows dropped, an image
 * card whose picture is missing kept as a placeholder. Returns what was done so the user can be told.
 */
export function validateAndRepair(doc: Y.Doc): RepairIssue[] {
  let issues: RepairIssue[] = [];
  doc.transact(() => {
    issues = repairRecords(doc, ALL_KINDS);
  }, SYSTEM_ORIGIN);
  return issues;
}
