export type ExportScopeName =
  { kind: 'all' } | { kind: 'filtered' } | { kind: 'prospect'; name: string };

/** A name safe on every OS: no reserved characters, no trailing dots, not too long. */
export function safeFilePart(text: string): string {
  const clean = text
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u001f<>:"/\\|?*\u007f]+/g, ' ')
    .replace(/\s+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60);
  return clean || 'prospect';
}

/** `dealbrief-<scope>-<YYYY-MM-DD>.<ext>`: the date and what is inside, at a glance. */
export function exportFileName(
  scope: ExportScopeName,
  ext: string,
  at: number,
  suffix = '',
): string {
  const date = new Date(at).toISOString().slice(0, 10);
  const what = scope.kind === 'prospect' ? safeFilePart(scope.name) : scope.kind;
  return `dealbrief-${what}${suffix ? `-${safeFilePart(suffix)}` : ''}-${date}.${ext}`;
}
