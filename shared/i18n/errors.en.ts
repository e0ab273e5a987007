/** English words of refusals of the host and of the link to it, worded for people. */
export const errorsEn = {
  /** The HOST's refusals the project forms word themselves (its code, before the colon of its message). */
  hostErrors: {
    exists: 'a file already exists there; choose another name.',
    unsaved: 'the open project could not be saved, so it stays open ({{detail}}).',
    'write-failed': 'the file could not be written ({{detail}}).',
    'not-a-backup': 'this is not a backup of the open project.',
    'not-found': 'there is nothing at this place ({{detail}}).',
    'is-directory': 'this is a folder, not a file.',
    'no-project': 'no project is open.',
    'not-absolute': 'give the full path, starting with / (or C:\\ on Windows).',
  },
  bridgeErrors: {
    disconnected: 'the Tablée host cannot be reached right now; Tablée keeps trying to reconnect.',
    timeout: 'the Tablée host did not answer in time.',
    'bad-reply': 'the Tablée host sent an answer that could not be read.',
    'missing-host': 'this window is not connected to a Tablée host.',
  },
};
