/**
 * REFI-QDA identifies everything by a GUID (8-4-4-4-12 hex digits). Tablée derives them from
 * the export's own neutral ids, so the same board gives the same file and nothing stored (ids
 * may hold a name) shows through. This is a name-to-label hash, not a secret: FNV-1a, four
 * times with different seeds, is enough to keep a project's few thousand ids apart.
 */
export function guidFor(key: string): string {
  const parts = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((seed) => {
    let h = seed >>> 0;
    for (let i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  });
  const hex = parts.join('');
  // Version 4 / variant 1 digits, so tools that check the shape of a UUID accept it.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16] as string, 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The shape the standard's schema accepts for a GUID (with or without braces). */
const HEX_GUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
export const GUID_PATTERN = new RegExp(`^(${HEX_GUID}|\\{${HEX_GUID}\\})$`);
