import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage, MessageError } from './client';
import { protocol } from './protocol';
import { dispatch, HandlerError, registerHandlers, type Handlers } from './server';

const sender = { id: fakeBrowser.runtime.id };

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    captureSelection: async () => ({ clipId: 'c', prospectId: 'p' }),
    addPersonFromSelection: async () => ({ personId: 'x', prospectId: 'p' }),
    captureToBrief: async () => ({ prospectId: 'p', target: 'pain', id: 'n' }),
    refreshBadge: async () => ({ updated: 2 }),
    openDashboard: async () => ({ tabId: 7 }),
    ...overrides,
  };
}

describe('message protocol', () => {
  it('every message of the protocol has a handler in the background', async () => {
    // The background registers exactly the keys of `Handlers`; this keeps the two in step.
    const names = Object.keys(protocol).sort();
    expect(Object.keys(handlers()).sort()).toEqual(names);
    const src = (await import('node:fs')).readFileSync(
      new URL('../../entrypoints/background.ts', import.meta.url),
      'utf8',
    );
    for (const name of names) expect(src, name).toMatch(new RegExp(`\\b${name}: async`));
  });

  it('validates input and output', async () => {
    expect(
      await dispatch(handlers(), { dealbrief: 1, name: 'refreshBadge', input: {} }, sender),
    ).toEqual({
      ok: true,
      output: { updated: 2 },
    });
    expect(
      await dispatch(
        handlers(),
        { dealbrief: 1, name: 'captureSelection', input: { text: '' } },
        sender,
      ),
    ).toMatchObject({
      ok: false,
      code: 'bad_input',
    });
    expect(await dispatch(handlers(), { name: 'refreshBadge' }, sender)).toMatchObject({
      ok: false,
      code: 'bad_message',
    });
    expect(
      await dispatch(handlers(), { dealbrief: 1, name: 'eval', input: 'x' }, sender),
    ).toMatchObject({ ok: false });
    const bad = handlers({ refreshBadge: async () => ({ updated: 'x' }) as never });
    expect(
      await dispatch(bad, { dealbrief: 1, name: 'refreshBadge', input: {} }, sender),
    ).toMatchObject({ ok: false });
  });

  it('carries handler error codes to the caller', async () => {
    registerHandlers(
      handlers({
        captureSelection: async () => {
          throw new HandlerError('capture_unsupported');
        },
      }),
    );
    await expect(sendMessage('refreshBadge', {})).resolves.toEqual({ updated: 2 });
    const error = await sendMessage('captureSelection', { text: 'x', url: 'chrome://x' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MessageError);
    expect((error as MessageError).code).toBe('capture_unsupported');
  });
});
