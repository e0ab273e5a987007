import { describe, expect, it } from 'vitest';
import { bufferBase64 } from '../../../electron/host/fast-base64';

const portableEncode = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));
const portableDecode = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

describe("the HOST's Buffer base64 codec", () => {
  it('encodes and decodes exactly like btoa/atob', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n * 7 }, (_, i) => (i * 37 + n) & 255);
      const text = bufferBase64.encode(bytes);
      expect(text).toBe(portableEncode(bytes));
      expect([...bufferBase64.decode(text)]).toEqual([...portableDecode(text)]);
    }
    // A view into a bigger buffer encodes only its own bytes.
    const big = Uint8Array.from([1, 2, 3, 4, 5, 6]);
    expect(bufferBase64.encode(big.subarray(2, 4))).toBe(portableEncode(Uint8Array.from([3, 4])));
    expect([...bufferBase64.decode('AQI D\nBA==')]).toEqual([...portableDecode('AQI D\nBA==')]);
    expect([...bufferBase64.decode('AQID')]).toEqual([1, 2, 3]);
    expect([...bufferBase64.decode('AQI')]).toEqual([...portableDecode('AQI')]);
  });

  it('throws where atob throws', () => {
    for (const bad of ['A', 'AQ!D', 'AQID=A', '====', '@@@@', 'AQ=', 'A===']) {
      expect(() => portableDecode(bad)).toThrow();
      expect(() => bufferBase64.decode(bad)).toThrow();
    }
  });
});
