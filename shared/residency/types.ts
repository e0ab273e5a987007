/** Reasons a quote may not be placed on the board or exported. */
export type ConsentRefusal = 'not-to-be-quoted' | 'interview-missing' | 'quote-missing';
