import { browser, type Browser } from 'wxt/browser';
import {
  Envelope,
  protocol,
  type MessageName,
  type MessageOutput,
  type ParsedInput,
  type Reply,
} from './protocol';

export type Handler<K extends MessageName> = (
  input: ParsedInput<K>,
  sender: Browser.runtime.MessageSender,
) => Promise<MessageOutput<K>>;
export type Handlers = { [K in MessageName]: Handler<K> };

/** An error whose code the UI turns into a message the user can act on. */
export class HandlerError extends Error {
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
    this.name = 'HandlerError';
  }
}

/** Validates and dispatches one raw message; exported for tests and for in-process callers. */
export async function dispatch(
  handlers: Handlers,
  raw: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<Reply> {
  const envelope = Envelope.safeParse(raw);
  if (!envelope.success) return { ok: false, error: 'Unknown message', code: 'bad_message' };
  const name = envelope.data.name;
  const input = protocol[name].input.safeParse(envelope.data.input);
  if (!input.success) return { ok: false, error: input.error.message, code: 'bad_input' };
  try {
    const handler = handlers[name] as Handler<typeof name>;
    const output = await handler(input.data as never, sender);
    return { ok: true, output: protocol[name].output.parse(output) };
  } catch (error) {
    const code = error instanceof HandlerError ? error.code : 'failed';
    return { ok: false, error: error instanceof Error ? error.message : String(error), code };
  }
}

/** Registers the handlers of every protocol message in the background. */
export function registerHandlers(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    // Only our own extension talks to us (web pages cannot reach runtime.onMessage at all).
    if (sender.id && sender.id !== browser.runtime.id) return undefined;
    if (!Envelope.safeParse(raw).success) return undefined;
    return dispatch(handlers, raw, sender);
  });
}
