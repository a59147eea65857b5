import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n';
import { HandlerError } from '../messaging/server';
import { captureFailureKey } from './failure';

describe('the message after a failed capture', () => {
  it('names what the rep can fix: no selection, a page that is no prospect’s', () => {
    expect(captureFailureKey(new HandlerError('capture_empty'))).toBe('capture.empty');
    expect(captureFailureKey(new HandlerError('capture_unsupported'))).toBe('capture.unsupported');
  });

  it('says storage is full or busy when it is', () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    expect(captureFailureKey(quota)).toBe('error.storage.quota');
  });

  it('an unexpected error is "couldn’t save", never "this page can’t be added"', () => {
    // What a too-long value used to throw from a schema, or any other bug.
    for (const error of [new Error('Too big: expected string to have <=100000 characters'), 'x'])
      expect(captureFailureKey(error)).toBe('capture.failed');
    for (const lang of ['en', 'ru'] as const) {
      const t = createTranslator(lang);
      expect(t('capture.failed')).not.toBe(t('capture.unsupported'));
      expect(t('capture.failed')).not.toBe('capture.failed');
    }
  });
});
