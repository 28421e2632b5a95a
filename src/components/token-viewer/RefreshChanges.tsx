import { useId } from 'react';
import { decodeJwt } from '@/lib/jwt/decode';
import { diffClaims, isEmptyDiff, type ClaimsDiff } from '@/lib/jwt/diff';
import { ClaimValue } from './ClaimValue';
import type { TokenSet } from './TokenViewer';

const slots = [
  ['idToken', 'ID token'],
  ['accessToken', 'Access token'],
] as const;

function claimsOf(token: string | undefined) {
  if (!token) return undefined;
  const decoded = decodeJwt(token);
  return decoded.ok ? decoded.jwt.claims : undefined;
}

interface ChangeRow {
  name: string;
  change: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

function rowsOf(diff: ClaimsDiff): ChangeRow[] {
  return [
    ...diff.changed.map((c) => ({ ...c, change: 'changed' as const })),
    ...diff.added.map((a) => ({ name: a.name, change: 'added' as const, after: a.value })),
    ...diff.removed.map((r) => ({ name: r.name, change: 'removed' as const, before: r.value })),
  ];
}

function ChangesTable({ caption, rows }: { caption: string; rows: ChangeRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2 font-semibold">
              Claim
            </th>
            <th scope="col" className="px-4 py-2 font-semibold">
              Change
            </th>
            <th scope="col" className="px-4 py-2 font-semibold">
              Before
            </th>
            <th scope="col" className="px-4 py-2 font-semibold">
              After
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.name} className="align-top">
              <th scope="row" className="px-4 py-2 font-mono text-xs font-normal break-all">
                {row.name}
              </th>
              <td className="px-4 py-2">{row.change}</td>
              <td className="px-4 py-2">
                {row.change !== 'added' && <ClaimValue name={row.name} value={row.before} />}
              </td>
              <td className="px-4 py-2">
                {row.change !== 'removed' && <ClaimValue name={row.name} value={row.after} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What the last refresh changed in each token's claims, and whether the refresh token changed. */
export function RefreshChanges({ previous, current }: { previous: TokenSet; current: TokenSet }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h3 id={headingId} className="text-base font-semibold text-slate-900">
        What changed on refresh
      </h3>
      {slots.map(([slot, title]) => {
        const before = claimsOf(previous[slot]);
        const after = claimsOf(current[slot]);
        if (!before || !after) return null;
        const diff = diffClaims(before, after);
        return (
          <div key={slot} className="space-y-2">
            <h4 className="text-sm font-semibold text-slate-800">{title}</h4>
            {isEmptyDiff(diff) ? (
              <p className="text-sm text-slate-600">No claim changed.</p>
            ) : (
              <>
                <ChangesTable caption={`${title}: changes on refresh`} rows={rowsOf(diff)} />
                {diff.unchanged.length > 0 && (
                  <p className="text-sm text-slate-600">
                    Unchanged:{' '}
                    <span className="font-mono text-xs">{diff.unchanged.join(', ')}</span>
                  </p>
                )}
              </>
            )}
          </div>
        );
      })}
      {previous.refreshToken && current.refreshToken && (
        <p className="text-sm text-slate-600">
          {previous.refreshToken === current.refreshToken
            ? 'The refresh token stays the same (Cognito does not rotate it unless the app client turns rotation on).'
            : 'A new refresh token was issued with them (refresh token rotation).'}
        </p>
      )}
    </section>
  );
}
