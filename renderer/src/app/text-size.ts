/**
 * The large-text setting, for a board projected on a wall: remembered on this computer and
 * shown on the root element, where styles.css scales the chrome up.
 */
export type TextSize = 'normal' | 'large';

const STORAGE_KEY = 'tablee.textSize';

export function storedTextSize(): TextSize {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'large' ? 'large' : 'normal';
  } catch {
    // Storage may be unavailable (privacy settings): normal text.
    return 'normal';
  }
}

export function setTextSize(size: TextSize): void {
  try {
    localStorage.setItem(STORAGE_KEY, size);
  } catch {
    // Not remembered, but still applied.
  }
  document.documentElement.dataset.textSize = size;
}

document.documentElement.dataset.textSize = storedTextSize();
