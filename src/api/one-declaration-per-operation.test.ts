import * as cognito from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';

/** Every non-test source file of the console, as text. */
const sources = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * The session's own calls (sign-in, and revoking its refresh token at sign-out) live with the
 * session code; a test user's sign-in (Try sign-in) is declared apart, so the two never share
 * tokens.
 */
const signInOperations = new Map([
  ['InitiateAuthCommand', ['/src/api/user-self/initiate-auth.ts', '/src/aws/sign-in.ts']],
  [
    'RespondToAuthChallengeCommand',
    ['/src/api/user-self/respond-to-auth-challenge.ts', '/src/aws/sign-in.ts'],
  ],
  ['RevokeTokenCommand', ['/src/aws/sign-in.ts']],
]);

const operations = Object.keys(cognito).filter(
  (name) => /^[A-Z]\w+Command$/.test(name) && name !== 'Command',
);

function filesReferencing(command: string): string[] {
  const pattern = new RegExp(`\\b${command}\\b`);
  return Object.entries(sources)
    .filter(([, text]) => pattern.test(text))
    .map(([path]) => path);
}

describe('each Cognito operation is declared once', () => {
  it('finds the operations and the sources it checks', () => {
    expect(operations).toContain('AdminAddUserToGroupCommand');
    expect(Object.keys(sources)).toContain('/src/api/groups/add-user-to-group.ts');
  });

  it.each(operations)('%s is referenced by at most one file, under src/api', (command) => {
    const files = filesReferencing(command);
    const signIn = signInOperations.get(command);
    if (signIn) {
      expect(files.sort()).toEqual(signIn);
      return;
    }
    expect(files.length, `${command} in ${files.join(', ')}`).toBeLessThanOrEqual(1);
    for (const file of files) expect(file).toMatch(/^\/src\/api\//);
  });
});
