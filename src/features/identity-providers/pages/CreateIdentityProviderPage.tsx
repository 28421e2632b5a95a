import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { Choice, Fieldset } from '@/components/Choice';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Section } from '@/components/Section';
import { toastStore } from '@/components/toast/toast-store';
import {
  mappableAttributes,
  providerTypeLabels,
  providerTypes,
  type ProviderType,
} from '@/features/identity-providers/forms/provider-types';
import { useCreateIdentityProvider } from '@/api/identity-providers/create-identity-provider';
import { useDescribeUserPool } from '@/api/pools/describe-user-pool';
import { IdentityProviderForm } from '../components/IdentityProviderForm';
import { toCreateIdentityProviderInput } from '../forms/provider-input';
import { newProviderDefaults, toNewIdentityProvider } from '../forms/provider-schema';
import { toIdentityProvider, toIdentityProviders } from '../routes';

export function CreateIdentityProviderPage() {
  const { poolId = '' } = useParams();
  const navigate = useNavigate();
  const [type, setType] = useState<ProviderType>('OIDC');
  const pool = useDescribeUserPool(poolId);
  const create = useCreateIdentityProvider(poolId, {
    onSuccess: (providerName) => {
      toastStore.show(`Sign-in provider ${providerName} added.`, 'success');
      void navigate(toIdentityProvider({ poolId, providerName }));
    },
  });
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-semibold text-slate-900">Add sign-in provider</h1>
      <Section title="Provider type">
        <Fieldset legend="Type" hint="The type cannot be changed after the provider is created.">
          <div className="grid gap-2 sm:grid-cols-3">
            {providerTypes.map((t) => (
              <Choice
                key={t}
                type="radio"
                name="provider-type"
                value={t}
                label={providerTypeLabels[t]}
                checked={type === t}
                onChange={() => {
                  create.reset();
                  setType(t);
                }}
              />
            ))}
          </div>
        </Fieldset>
      </Section>
      {pool.isPending ? (
        <LoadingState label="Loading the pool’s attributes…" />
      ) : pool.isError ? (
        <ErrorState
          title="Could not load the pool’s attributes"
          error={pool.error}
          onRetry={() => void pool.refetch()}
          retrying={pool.isFetching}
        />
      ) : (
        <IdentityProviderForm
          // A new form per type: each type has its own detail keys.
          key={type}
          defaultValues={newProviderDefaults(type)}
          mappableAttributes={mappableAttributes(pool.data.SchemaAttributes)}
          canReveal
          submitLabel="Add provider"
          pending={create.isPending}
          error={create.isError ? create.error : undefined}
          onSubmit={(values) =>
            create.mutateAsync(toCreateIdentityProviderInput(poolId, toNewIdentityProvider(values)))
          }
          onCancel={() => void navigate(toIdentityProviders({ poolId }))}
        />
      )}
    </div>
  );
}
