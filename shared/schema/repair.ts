import type * as Y from 'yjs';
import { SYSTEM_ORIGIN } from '../board/doc';
import { ALL_KINDS } from '../records/kinds';
import { repairRecords, repairTouched, type RepairIssue } from '../records/repair';
import { touchedByKind } from '../records/touched';

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

/**
 * After an update from elsewhere: validates only the records that transaction touched (its
 * `changed` types), dropping a broken one, so one bad record never stops saving or drawing.
 * Links are not checked here: a link to a record a peer just deleted is normal in a room, and
 * the next load repairs it. The doc's record maps must be defined before the update is applied
 * (`defineRecordMaps`).
 */
export function repairTouchedRecords(doc: Y.Doc, changed: Y.Transaction['changed']): RepairIssue[] {
  const touched = touchedByKind(doc, changed, ALL_KINDS);
  if (touched.size === 0) return [];
  let issues: RepairIssue[] = [];
  doc.transact(() => {
    issues = repairTouched(doc, touched);
  }, SYSTEM_ORIGIN);
  return issues;
}
