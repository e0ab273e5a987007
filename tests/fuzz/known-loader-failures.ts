/**
 * Seeds (small scale) whose mutated file makes the loader throw instead of refusing the file. They
 * stay in the corpus; the loader's fix is its own change. Two causes:
 * - a snapshot nested thousands of levels deep overflows the stack (18, 79, 241, 250, 290, 299);
 * - a record inside the board that is not a map (a string, a number, null) reaches code that calls
 *   .get/.has on it (11, 87, 148, 179, 212).
 */
export const KNOWN_LOADER_FAILURES = [11, 18, 79, 87, 148, 179, 212, 241, 250, 290, 299];
