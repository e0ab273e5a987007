import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { promptPassword } from '../../../electron/host/password-prompt';

/** A terminal's input as the prompt sees it: key presses arrive as chunks of text. */
function terminal(): { input: NodeJS.ReadStream; output: PassThrough } {
  const input = Object.assign(new PassThrough(), { setRawMode: () => input }) as unknown as NodeJS.ReadStream;
  return { input, output: new PassThrough() };
}

async function typed(chunks: string[]): Promise<string | null> {
  const { input, output } = terminal();
  const answer = promptPassword('Room password: ', input, output);
  for (const chunk of chunks) (input as unknown as PassThrough).write(chunk);
  return answer;
}

describe('the room password prompt', () => {
  it('takes what was typed up to Enter, with Backspace', async () => {
    expect(await typed(['pomme', ' galett', '\u007f', '\r'])).toBe('pomme galet');
  });

  it('ignores arrow keys, Home, Delete and function keys: nothing of their escape sequences ends up in the password', async () => {
    // Up, Left, Home (two forms), Delete, F1, F5, an arrow with Shift, and Alt+x.
    const keys = ['\u001b[A', '\u001b[D', '\u001b[H', '\u001bOH', '\u001b[3~', '\u001bOP', '\u001b[15~', '\u001b[1;2C', '\u001bx'];
    expect(await typed(['cerise', ...keys, ' galet', '\r'])).toBe('cerise galet');
    // A sequence split across two reads (a slow terminal) is still ignored whole.
    expect(await typed(['moulin\u001b', '[', 'B 42\r'])).toBe('moulin 42');
  });

  it('gives null on Ctrl-C', async () => {
    expect(await typed(['abc\u0003'])).toBeNull();
  });
});
