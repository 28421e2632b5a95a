import { useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { getRuntimeConfig } from '@/aws/runtime-config';
import { Button } from '@/components/Button';
import { ErrorState } from '@/components/ErrorState';
import { LoadingState } from '@/components/LoadingState';
import { Section } from '@/components/Section';
import { toastStore } from '@/components/toast/toast-store';
import { useListHostedUiClients } from '@/api/domains/list-hosted-ui-clients';
import { useListIdentityProviders } from '@/api/identity-providers/list-identity-providers';
import { regionOfPool } from '@/api/pool-scope';
import { useDescribeUserPool } from '@/api/pools/describe-user-pool';
import {
  ALL_CLIENTS,
  hasOwnSettings,
  useClientsWithOwnSettings,
  useUICustomization,
} from '@/api/ui-customization/get-ui-customization';
import type { HostedPageSource } from '@/lib/hosted-ui/page-options';
import { hostedUiDomainOf } from '@/lib/hosted-ui/sign-in-url';
import { useCanCall } from '@/session/session-hooks';
import { BrandingStudio } from '../components/BrandingStudio';
import { OpenHostedUi } from '../components/OpenHostedUi';
import { RemoveClientSettingsDialog } from '../components/RemoveClientSettingsDialog';
import { ScopePicker, scopeLabel, type ScopeClient } from '../components/ScopePicker';
import { draftOf, isDirty, type BrandingDraft } from '../draft';
import { brandingPermissions } from '../routes';

const noClients: never[] = [];

export function BrandingPage() {
  const { poolId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const canEdit = useCanCall(brandingPermissions.edit);
  const canListClients = useCanCall(brandingPermissions.listClients);
  const canListProviders = useCanCall(brandingPermissions.listProviders);
  const scope = (canListClients && search.get('client')) || ALL_CLIENTS;

  const pool = useDescribeUserPool(poolId);
  const clients = useListHostedUiClients(poolId, { enabled: canListClients });
  const providers = useListIdentityProviders(poolId, { enabled: canListProviders });
  const clientList = clients.data ?? noClients;
  const ownSettings = useClientsWithOwnSettings(
    poolId,
    useMemo(() => clientList.map((c) => c.clientId), [clientList]),
  );
  const saved = useUICustomization(poolId, scope);
  // Unsaved drafts per scope: switching scope keeps what was typed.
  const [drafts, setDrafts] = useState<ReadonlyMap<string, BrandingDraft>>(new Map());
  const [removing, setRemoving] = useState(false);

  const scopeClients: ScopeClient[] = useMemo(
    () =>
      clientList.map((c) => ({
        clientId: c.clientId,
        clientName: c.clientName,
        ownSettings: ownSettings.get(c.clientId),
      })),
    [clientList, ownSettings],
  );
  const client = clientList.find((c) => c.clientId === scope);
  const source: Omit<HostedPageSource, 'customization'> | undefined = useMemo(() => {
    if (!pool.data) return undefined;
    const idps = providers.data ?? [];
    return {
      pool: pool.data,
      client: client
        ? { ClientName: client.clientName, SupportedIdentityProviders: client.identityProviders }
        : {
            SupportedIdentityProviders: [
              'COGNITO',
              ...idps.flatMap((p) => (p.ProviderName ? [p.ProviderName] : [])),
            ],
          },
      identityProviders: idps,
    };
  }, [pool.data, providers.data, client]);

  const failed = pool.isError ? pool : saved.isError ? saved : undefined;
  if (failed) {
    return (
      <ErrorState
        title={`Could not load the branding of ${poolId}`}
        error={failed.error}
        onRetry={() => void failed.refetch()}
        retrying={failed.isFetching}
      />
    );
  }
  if (!pool.isSuccess || !saved.isSuccess || !source || (canListClients && clients.isPending)) {
    return <LoadingState label="Loading branding…" rows={8} />;
  }

  const domain = hostedUiDomainOf(pool.data, regionOfPool(poolId));
  const scopeName = scopeLabel(scope, scopeClients);
  const draft = drafts.get(scope) ?? draftOf(saved.data);
  const setDraft = (next: BrandingDraft | undefined) =>
    setDrafts((all) => {
      const copy = new Map(all);
      if (next && isDirty(next, saved.data)) copy.set(scope, next);
      else copy.delete(scope);
      return copy;
    });
  const hasOwn = scope !== ALL_CLIENTS && hasOwnSettings(saved.data, scope);
  const emulatorUrl = getRuntimeConfig().endpoints?.cognitoIdp;

  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">Branding</h1>
        <p className="text-sm text-slate-600">
          The look of the classic hosted UI: the pool default, or one app client&apos;s own. Changes
          can take a minute to show on the real hosted page.
        </p>
        {!canEdit && (
          <p className="text-sm text-slate-600">
            You can view the branding; an administrator can change it.
          </p>
        )}
      </div>
      <Section title="Scope">
        {canListClients ? (
          clients.isError ? (
            <ErrorState
              title="Could not list app clients"
              error={clients.error}
              onRetry={() => void clients.refetch()}
              retrying={clients.isFetching}
            />
          ) : (
            <ScopePicker
              scope={scope}
              clients={scopeClients}
              dirtyScopes={new Set(drafts.keys())}
              onChange={(next) =>
                setSearch(next === ALL_CLIENTS ? {} : { client: next }, { replace: true })
              }
            />
          )
        ) : (
          <p className="text-sm text-slate-700">
            Pool default (all app clients). Per-client settings are not listed: your role may not
            list the pool&apos;s app clients.
          </p>
        )}
        {scope !== ALL_CLIENTS && (
          <div className="mt-3 flex flex-wrap items-center gap-3 text-sm text-slate-700">
            {hasOwn ? (
              <>
                <p>This app client has its own settings.</p>
                {canEdit && (
                  <Button variant="danger" onClick={() => setRemoving(true)}>
                    Remove this client&apos;s own settings
                  </Button>
                )}
              </>
            ) : (
              <p>
                This app client uses the pool default, shown below; saving gives it settings of its
                own.
              </p>
            )}
          </div>
        )}
        {canListClients && domain && (
          <div className="mt-4">
            <OpenHostedUi
              key={scope}
              domain={domain}
              clients={clientList}
              initialClientId={client?.clientId}
              emulatorUrl={emulatorUrl}
            />
          </div>
        )}
      </Section>
      <BrandingStudio
        key={scope}
        poolId={poolId}
        scope={scope}
        scopeName={scopeName}
        saved={saved.data}
        draft={draft}
        onDraftChange={setDraft}
        source={source}
        hasDomain={domain !== undefined}
        readOnly={!canEdit}
      />
      {client && hasOwn && (
        <RemoveClientSettingsDialog
          poolId={poolId}
          clientId={client.clientId}
          clientName={client.clientName}
          open={removing}
          onOpenChange={setRemoving}
          onRemoved={() => {
            setDraft(undefined);
            toastStore.show(`${client.clientName} uses the pool default again.`, 'success');
          }}
        />
      )}
    </div>
  );
}
