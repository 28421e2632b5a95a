// Registers GET /_emulator/outbox on import.
import { registerRoute, sendJson } from '../protocol/routes.ts';
import { readOutbox } from './outbox.ts';

registerRoute('GET', /^\/_emulator\/outbox$/, (_match, req, res) => {
  const to = new URL(req.url ?? '/', 'http://emulator').searchParams.get('to') ?? undefined;
  sendJson(res, 200, { messages: readOutbox(to) });
});
