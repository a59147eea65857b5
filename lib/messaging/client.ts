import { browser } from 'wxt/browser';
import {
  protocol,
  Reply,
  type MessageInput,
  type MessageName,
  type MessageOutput,
} from './protocol';

/** A failure the other side reported; `code` is a locale key suffix when the user must act. */
export class MessageError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/** Sends a message of the protocol to the background and returns its validated answer. */
export async function sendMessage<K extends MessageName>(
  name: K,
  input: MessageInput<K>,
): Promise<MessageOutput<K>> {
  const def = protocol[name];
  const payload = def.input.parse(input);
  const raw: unknown = await browser.runtime.sendMessage({ dealbrief: 1, name, input: payload });
  const parsed = Reply.safeParse(raw);
  if (!parsed.success) throw new MessageError('The background did not answer', 'no_answer');
  const reply = parsed.data;
  if (!reply.ok) throw new MessageError(reply.error, reply.code);
  return def.output.parse(reply.output) as MessageOutput<K>;
}
