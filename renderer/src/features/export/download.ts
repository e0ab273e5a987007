/** Hands a file to the browser's downloads (a participant's browser, or a choice in the browser client). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL by now; a minute is ample before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A file name from a project title: the title's own words (accents kept), without characters file systems refuse. */
export function fileNameFor(title: string, suffix: string, extension: string): string {
  const base = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 80) || 'Tablée';
  return `${base}${suffix ? ` — ${suffix}` : ''}.${extension}`;
}
