/** Base64 for Uint8Array without Node's Buffer, so shared/ runs in the browser and in Node alike. */

const CHUNK = 0x8000;

/**
 * A faster codec a runtime may install (the HOST installs Node's Buffer: Node's `btoa` is a slow
 * legacy path, half a second for a 3 MB board). Must behave exactly like the portable one.
 */
export interface Base64Codec {
  encode(bytes: Uint8Array): string;
  decode(text: string): Uint8Array;
}

let codec: Base64Codec | null = null;

export function setBase64Codec(next: Base64Codec | null): void {
  codec = next;
}

export function bytesToBase64(bytes: Uint8Array): string {
  if (codec) return codec.encode(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** Throws on text that is not base64. */
export function base64ToBytes(text: string): Uint8Array {
  if (codec) return codec.decode(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
