/** English words of refusals of the host and of the link to it, worded for people. */
export const errorsEn = {
  /** Every way a host call can fail, by its code (HOST_ERROR_CODES); {{detail}} is the host's technical detail. */
  hostErrors: {
    'unknown-method': 'this Tablée host does not know this request ({{detail}}); are both the same version of Tablée?',
    'bad-argument': 'the request was refused as malformed ({{detail}}).',
    'not-absolute': 'give the full path, starting with / (or C:\\ on Windows).',
    'host-machine-only': 'this can only be done on the computer where the Tablée host runs.',
    'room-locked': 'this board is shared through a password-protected room: join the room to work on it.',
    'bad-frame': 'the Tablée host could not read the request ({{detail}}).',
    exists: 'a file already exists there; choose another name.',
    'not-found': 'there is nothing at this place ({{detail}}).',
    'is-directory': 'this is a folder, not a file.',
    'is-project': 'this is the open project’s file; choose another name.',
    'read-only': 'this place cannot be written to (read-only).',
    'disk-full': 'the disk is full: nothing was written.',
    'write-failed': 'the file could not be written ({{detail}}).',
    unsaved: 'the open project could not be saved, so it stays open ({{detail}}).',
    'no-project': 'no project is open.',
    'wrong-project': 'these changes belong to a project that is no longer open; they were not written into this one.',
    'bad-update': 'the Tablée host could not read a change sent to it ({{detail}}).',
    'not-a-backup': 'this is not a backup of the open project.',
    unavailable: 'this is not available on this host.',
    'no-server': 'there is no server to serve the room on.',
    bind: 'the room cannot be served on this network ({{detail}}).',
    internal: 'the Tablée host met an unexpected error ({{detail}}).',
  },
  bridgeErrors: {
    disconnected: 'the Tablée host cannot be reached right now; Tablée keeps trying to reconnect.',
    timeout: 'the Tablée host did not answer in time.',
    'bad-reply': 'the Tablée host sent an answer that could not be read.',
    'missing-host': 'this window is not connected to a Tablée host.',
  },
};
