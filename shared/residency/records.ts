// Interviews, quotes and tags are declared with every other record kind in shared/records.
export * from '../records/residency';
