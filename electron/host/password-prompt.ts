/**
 * Asks for the room password on the terminal without showing it: neither on screen nor, as
 * `--password` would, in the process list. Raw mode reads key by key, so nothing is echoed.
 * Resolves with what was typed ('' when just Enter); Ctrl-C or Ctrl-D gives null. The keys that
 * send an escape sequence (arrows, Home, F1…, Alt with a key) type nothing: "[A" in a password
 * nobody sees would lock its owner out.
 */
export function promptPassword(question: string, input: NodeJS.ReadStream = process.stdin, output: NodeJS.WritableStream = process.stderr): Promise<string | null> {
  output.write(question);
  input.setRawMode(true);
  input.resume();
  input.setEncoding('utf8');
  let typed = '';
  // Inside an escape sequence: 'esc' just after ESC, 'csi' in ESC [ … or ESC O …, until its final byte.
  let escape: 'none' | 'esc' | 'csi' = 'none';
  return new Promise((resolve) => {
    const done = (answer: string | null): void => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      output.write('\n');
      resolve(answer);
    };
    const onData = (chunk: string): void => {
      for (const ch of chunk) {
        if (escape === 'esc') {
          escape = ch === '[' || ch === 'O' ? 'csi' : 'none';
          continue;
        }
        if (escape === 'csi') {
          // Parameters are digits and ';' (and a few more from 0x20 to 0x3f); a byte from '@' to '~' ends it.
          if (ch >= '@' && ch <= '~') escape = 'none';
          continue;
        }
        if (ch === '\u001b') {
          escape = 'esc';
          continue;
        }
        if (ch === '\r' || ch === '\n') return done(typed);
        if (ch === '\u0003' || ch === '\u0004') return done(null);
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('');
        else if (ch >= ' ') typed += ch;
      }
    };
    input.on('data', onData);
  });
}
