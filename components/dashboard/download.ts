/** Saves bytes as a file through the browser's download flow (no permission needed on our page). */
export function saveFile(bytes: Uint8Array | string, fileName: string, type: string): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL; give it a moment before releasing the memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const MIME = {
  json: 'application/json',
  zip: 'application/zip',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown;charset=utf-8',
} as const;
