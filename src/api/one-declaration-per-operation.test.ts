import * as cognito from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';

/** Every non-test source file of the console, as text. */
const sources = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * The session's own calls (sign-in with its MFA steps, refresh, and revoking its refresh token at
 * sign-out) are unsigned and go over fetch, without the SDK: each is declared once, in
 * src/aws/unsigned-calls.ts. A test user's sign-in (Try sign-in) goes through the SDK, declared
 * apart under src/api, so the two never share tokens.
 */
const unsignedOperations = new Map<string, string[]>([
  ['InitiateAuthCommand', ['/src/api/user-self/initiate-auth.ts']],
  ['RespondToAuthChallengeCommand', ['/src/api/user-self/respond-to-auth-challenge.ts']],
  ['RevokeTokenCommand', []],
  ['AssociateSoftwareTokenCommand', ['/src/api/user-self/associate-software-token.ts']],
  ['VerifySoftwareTokenCommand', ['/src/api/user-self/verify-software-token.ts']],
]);

const operations = Object.keys(cognito).filter(
  (name) => /^[A-Z]\w+Command$/.test(name) && name !== 'Command',
);

function filesMatching(pattern: RegExp): string[] {
  return Object.entries(sources)
    .filter(([, text]) => pattern.test(text))
    .map(([path]) => path);
}

const filesReferencing = (command: string) => filesMatching(new RegExp(`\\b${command}\\b`));

describe('each Cognito operation is declared once', () => {
  it('finds the operations and the sources it checks', () => {
    expect(operations).toContain('AdminAddUserToGroupCommand');
    expect(Object.keys(sources)).toContain('/src/api/groups/add-user-to-group.ts');
  });

  it.each(operations)('%s is referenced by at most one file, under src/api', (command) => {
    const files = filesReferencing(command);
    const sdkFiles = unsignedOperations.get(command);
    if (sdkFiles) {
      expect(files.sort(), `${command} in ${files.join(', ')}`).toEqual(sdkFiles);
      const operation = command.replace(/Command$/, '');
      expect(filesMatching(new RegExp(`\\('${operation}'`))).toEqual([
        '/src/aws/unsigned-calls.ts',
      ]);
      return;
    }
    expect(files.length, `${command} in ${files.join(', ')}`).toBeLessThanOrEqual(1);
    for (const file of files) expect(file).toMatch(/^\/src\/api\//);
  });
});
