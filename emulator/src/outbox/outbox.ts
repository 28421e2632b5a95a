export interface OutboxMessage {
  /** Email address or phone number the message would have gone to. */
  to: string;
  medium: 'EMAIL' | 'SMS';
  subject: string;
  body: string;
  /** invitation, reset-code, verification-code… */
  kind: string;
  poolId: string;
  username: string;
  /** The code or temporary password the message carries, so tests need not parse the body. */
  code?: string;
  /** Epoch seconds. */
  sentAt: number;
}

const MAX_MESSAGES = 1000;
const messages: OutboxMessage[] = [];

/** Records a message the emulator would have sent; the oldest is dropped past MAX_MESSAGES. */
export function sendMessage(message: OutboxMessage, quiet = false): void {
  messages.push(message);
  if (messages.length > MAX_MESSAGES) messages.splice(0, messages.length - MAX_MESSAGES);
  if (!quiet) console.log(`[emulator] outbox: to=${message.to} subject=${message.subject}`);
}

/** Newest last; `to` keeps only the messages to that address or number. */
export function readOutbox(to?: string): OutboxMessage[] {
  return to === undefined ? [...messages] : messages.filter((m) => m.to === to);
}
