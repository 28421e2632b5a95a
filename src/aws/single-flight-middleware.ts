import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';

/** Reads are already shared by the query cache, and some carry an abort signal of their own. */
const READ = /^(Admin)?(Get|List|Describe)/;

/**
 * One user action makes one request, however fast the clicking: a write identical to one still in
 * flight (same operation, same input) shares that request and its answer instead of sending a
 * second. This sits under every mutation, so a double click, a double Enter or a re-rendered
 * handler all end here, whichever form or dialog they came from.
 */
export function addSingleFlightWrites(client: CognitoIdentityProviderClient): void {
  const inFlight = new Map<string, Promise<unknown>>();
  client.middlewareStack.add(
    (next, context) => (args) => {
      const operation = context.commandName ?? '';
      if (READ.test(operation)) return next(args);
      const key = `${operation} ${JSON.stringify(args.input)}`;
      let pending = inFlight.get(key) as ReturnType<typeof next> | undefined;
      if (!pending) {
        pending = next(args).finally(() => inFlight.delete(key));
        inFlight.set(key, pending);
      }
      return pending;
    },
    { step: 'initialize', name: 'consoleSingleFlightWrites', priority: 'high' },
  );
}
