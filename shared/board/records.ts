// The board's records are declared with every other record kind in shared/records.
export * from '../records/items';
