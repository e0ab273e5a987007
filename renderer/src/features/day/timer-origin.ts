/** The origin of the day's writes (timer and agenda): not undoable edits, Ctrl+Z undoes the board, never the clock. */
export const TIMER_ORIGIN = 'tablee:timer';
