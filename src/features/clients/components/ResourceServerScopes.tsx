import { Link } from 'react-router';
import { Section } from '@/components/Section';
import type { CustomScope } from '@/api/resource-servers/list-resource-servers';
import { toResourceServer } from '@/features/resource-servers/routes';

/** The custom scopes the client may request, each linking to the resource server that defines it. */
export function ResourceServerScopes({
  poolId,
  allowedScopes,
  customScopes,
}: {
  poolId: string;
  allowedScopes: readonly string[];
  customScopes: CustomScope[];
}) {
  const allowed = new Set(allowedScopes);
  const granted = customScopes.filter((s) => allowed.has(s.scope));
  return (
    <Section title="Resource server scopes">
      {granted.length === 0 ? (
        <p className="text-sm text-slate-600">
          This app client may request no scope of the pool&apos;s resource servers.
        </p>
      ) : (
        <ul className="space-y-1 text-sm" aria-label="Resource server scopes of the app client">
          {granted.map((s) => (
            <li key={s.scope}>
              <Link
                to={toResourceServer({ poolId, identifier: s.identifier })}
                className="font-mono text-xs break-all text-blue-800 hover:underline"
              >
                {s.scope}
              </Link>
              {s.description && <span className="text-slate-600"> · {s.description}</span>}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
