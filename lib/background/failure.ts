import { classifyStorageError } from '../db/errors';
import type { MessageKey } from '../i18n';
import { HandlerError } from '../messaging/server';

/**
 * What the toolbar button says after a menu capture failed: the reason when the rep can act on
 * it (nothing selected, a page that cannot be a prospect's, storage full or busy), else that the
 * selection was not saved and what to do. Never "this page can't be added" for an error that has
 * nothing to do with the page.
 */
export function captureFailureKey(error: unknown): MessageKey {
  if (error instanceof HandlerError) {
    if (error.code === 'capture_empty') return 'capture.empty';
    if (error.code === 'capture_unsupported') return 'capture.unsupported';
  }
  const problem = classifyStorageError(error);
  return problem === 'unknown' ? 'capture.failed' : `error.storage.${problem}`;
}
