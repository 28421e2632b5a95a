import { useState } from 'react';
import { Button } from '@/components/Button';
import { Field, inputClass } from '@/components/Field';
import { TokenViewer, type TokenSet } from '@/components/token-viewer/TokenViewer';
import { useHasPassed } from '@/components/token-viewer/use-has-passed';
import { useTokenCheck } from '@/components/token-viewer/use-token-check';
import { decodeJwt, numberClaim, tokenUseOf } from '@/lib/jwt/decode';
import { tokenProblems } from '../components/token-problems';

const fieldId = 'decode-token-input';

/**
 * Paste any Cognito ID or access token: decoded here, its signature checked against the pool's
 * public keys. The token lives in this component's state only: never stored, never in the URL.
 */
export function DecodeTokenPage() {
  const [text, setText] = useState('');
  const decoded = text.trim() === '' ? undefined : decodeJwt(text);
  const jwt = decoded?.ok ? decoded.jwt : undefined;
  const { check, issuer } = useTokenCheck(jwt?.compact ?? '', jwt?.claims.get('iss'));
  const exp = jwt && numberClaim(jwt.claims, 'exp');
  const nbf = jwt && numberClaim(jwt.claims, 'nbf');
  const expired = useHasPassed(exp);
  const valid = useHasPassed(nbf);
  const problems = tokenProblems(decoded, check, issuer, {
    expired,
    notYetValid: nbf !== undefined && !valid,
  });
  const tokens: TokenSet | undefined = jwt
    ? tokenUseOf(jwt.claims) === 'access'
      ? { accessToken: jwt.compact }
      : { idToken: jwt.compact }
    : undefined;

  return (
    <div className="max-w-5xl space-y-4">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Decode a token</h1>
        <p className="text-sm text-slate-600">
          Paste an ID or access token of any Cognito user pool to read its claims and check its
          signature against the pool&apos;s published keys. It is decoded in this browser and kept
          in this page&apos;s memory only.
        </p>
      </div>
      <Field
        id={fieldId}
        label="Token"
        hint="A JWT: three base64url parts separated by dots (eyJ…). A “Bearer ” prefix is fine."
        error={
          problems.length === 0 ? undefined : problems.length === 1 ? (
            problems[0]
          ) : (
            <ul className="list-disc space-y-1 pl-5">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )
        }
      >
        {(control) => (
          <textarea
            {...control}
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={6}
            spellCheck={false}
            autoComplete="off"
            autoCapitalize="off"
            className={`${inputClass} font-mono text-xs break-all`}
          />
        )}
      </Field>
      {text !== '' && (
        <Button variant="secondary" onClick={() => setText('')}>
          Clear
        </Button>
      )}
      {tokens && <TokenViewer tokens={tokens} />}
    </div>
  );
}
