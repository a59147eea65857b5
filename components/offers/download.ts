/** Saves text as a file through the browser's download (no `downloads` permission needed). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the click; the URL is no longer needed after this tick.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
