/**
 * Seeds (small scale) whose mutated file once made the loader throw instead of refusing the file,
 * replayed by every run. Two causes, both fixed in the loader: a snapshot nested thousands of
 * levels deep overflowed the stack (18, 79, 241, 250, 290, 299); a record inside the board that is
 * not a map (a string, a number, null) reached code that called .get/.has on it (11, 87, 148, 179, 212).
 */
export const PINNED_LOADER_SEEDS = [11, 18, 79, 87, 148, 179, 212, 241, 250, 290, 299];
