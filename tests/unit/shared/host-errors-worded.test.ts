import { describe, expect, it } from 'vitest';
import { HOST_ERROR_CODES, hostCallErrorOf, HostCallError } from '@shared/host-api/errors';
import { en } from '@shared/i18n/en';
import { fr } from '@shared/i18n/fr';

describe('host errors', () => {
  it('every code a host call can fail with is worded in French and in English, and nothing else is', () => {
    for (const dict of [en.hostErrors, fr.hostErrors]) expect(Object.keys(dict).sort()).toEqual([...HOST_ERROR_CODES].sort());
    for (const code of HOST_ERROR_CODES) {
      expect(en.hostErrors[code].length, code).toBeGreaterThan(10);
      expect(fr.hostErrors[code], code).not.toBe(en.hostErrors[code]);
    }
  });

  it('an error from the wire becomes a typed error; one the page cannot read is said to be so', () => {
    const e = hostCallErrorOf('writeExport', { code: 'exists', detail: 'a file already exists at /a.png' });
    expect(e).toBeInstanceOf(HostCallError);
    expect(e).toMatchObject({ method: 'writeExport', code: 'exists', detail: 'a file already exists at /a.png' });
    for (const odd of ['exists: a file already exists', { code: 'made-up', detail: '' }, { code: 'exists' }, null]) {
      expect(hostCallErrorOf('flush', odd), JSON.stringify(odd)).toMatchObject({ code: 'internal', detail: expect.stringContaining('could not be read') });
    }
  });
});
