import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { errorName, getErrorMessage } from '@/aws/errors';
import { Button } from '@/components/Button';
import { TextField } from '@/components/form-fields';
import { useIdentityProviderByIdentifier } from '@/api/identity-providers/get-identity-provider-by-identifier';
import { toIdentityProvider } from '../routes';
import { typeLabel } from './IdentityProvidersTable';

/** GetIdentityProviderByIdentifier: which provider an identifier (e.g. an email domain) routes to. */
export function IdentifierLookup({ poolId }: { poolId: string }) {
  const [typed, setTyped] = useState('');
  const [submitted, setSubmitted] = useState<string>();
  const lookup = useIdentityProviderByIdentifier(poolId, submitted);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(typed.trim() || undefined);
  };
  return (
    <div role="search" className="space-y-2">
      <form onSubmit={submit} className="flex flex-wrap items-end gap-2">
        <TextField
          id="idp-lookup"
          label="Find provider by identifier"
          type="search"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          placeholder="example.com"
        />
        <Button type="submit" variant="secondary" pending={lookup.isFetching}>
          Look up
        </Button>
      </form>
      <div aria-live="polite" className="text-sm">
        {submitted && lookup.isSuccess && (
          <p>
            <span className="font-mono">{submitted}</span> signs in with{' '}
            <Link
              to={toIdentityProvider({ poolId, providerName: lookup.data.ProviderName ?? '' })}
              className="font-medium text-blue-800 hover:underline"
            >
              {lookup.data.ProviderName}
            </Link>{' '}
            ({typeLabel(lookup.data.ProviderType)}).
          </p>
        )}
        {submitted && lookup.isError && (
          <p
            className={
              errorName(lookup.error) === 'ResourceNotFoundException'
                ? 'text-slate-700'
                : 'text-red-700'
            }
          >
            {errorName(lookup.error) === 'ResourceNotFoundException'
              ? `No provider has the identifier ${submitted}.`
              : getErrorMessage(lookup.error)}
          </p>
        )}
      </div>
    </div>
  );
}
