import { useState } from 'react';
import { useCanCall } from '@/session/session-hooks';
import { Button } from '@/components/Button';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { EmptyState } from '@/components/EmptyState';
import { Alert } from '@/components/Alert';
import { Section } from '@/components/Section';
import { toastStore } from '@/components/toast/toast-store';
import { formatDateTime } from '@/lib/format';
import { parseIdentities, type LinkedIdentity } from '@/lib/user-attributes/identities';
import { useDisableProviderForUser } from '@/api/users/disable-provider';
import type { UserDetail } from '@/api/users/get-user';
import type { UserRef } from '@/api/users/user-keys';
import { userPermissions } from '../../routes';
import { LinkProviderDialog } from './LinkProviderDialog';

function DisableProviderDialog({
  user,
  identity,
  onClose,
}: {
  user: UserRef;
  identity: LinkedIdentity | null;
  onClose: () => void;
}) {
  const disable = useDisableProviderForUser(user, {
    onSuccess: () => {
      toastStore.show('External identity unlinked and disabled.', 'success');
      onClose();
    },
  });
  return (
    <ConfirmDialog
      open={identity !== null}
      onOpenChange={(next) => {
        if (!next) {
          disable.reset();
          onClose();
        }
      }}
      title={`Disable the ${identity?.providerName ?? ''} identity?`}
      confirmLabel="Disable identity"
      mutation={disable}
      onConfirm={() =>
        identity && disable.mutate({ providerName: identity.providerName, userId: identity.userId })
      }
    >
      <p>
        AdminDisableProviderForUser unlinks this {identity?.providerName} account (user id{' '}
        <span className="font-mono break-all">{identity?.userId}</span>) from every user it is
        linked to and disables its federated profile. The person can no longer sign in here with it
        until it is linked again.
      </p>
    </ConfirmDialog>
  );
}

export function IdentitiesSection({
  user,
  name,
  detail,
}: {
  user: UserRef;
  name: string;
  detail: UserDetail;
}) {
  const canManage = useCanCall(userPermissions.manageIdentities);
  const [linking, setLinking] = useState(false);
  const [disabling, setDisabling] = useState<LinkedIdentity | null>(null);
  const parsed = parseIdentities(detail.attributes.identities);
  const canLink = canManage && detail.status !== 'EXTERNAL_PROVIDER';
  return (
    <Section
      title="External identities"
      actions={
        canLink ? (
          <Button variant="secondary" onClick={() => setLinking(true)}>
            Link identity
          </Button>
        ) : undefined
      }
    >
      {!parsed.ok ? (
        <Alert tone="warning" title="The identities attribute could not be read">
          <p className="font-mono break-all whitespace-pre-wrap">{parsed.raw}</p>
        </Alert>
      ) : parsed.identities.length === 0 ? (
        <EmptyState title="No linked identities">
          {canLink
            ? 'Link a social, SAML or OIDC account so the person can sign in with it as this user.'
            : 'The user signs in only with this account.'}
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Linked identities">
          {parsed.identities.map((identity) => (
            <li
              key={`${identity.providerName}:${identity.userId}`}
              className="flex items-center justify-between gap-4 py-2"
            >
              <div className="text-sm">
                <p className="font-medium text-slate-900">
                  {identity.providerName}
                  {identity.providerType && identity.providerType !== identity.providerName
                    ? ` (${identity.providerType})`
                    : ''}
                  {identity.primary ? ' · primary' : ''}
                </p>
                <p className="font-mono break-all text-slate-700">{identity.userId}</p>
                {identity.dateCreated && (
                  <p className="text-slate-600">Linked {formatDateTime(identity.dateCreated)}</p>
                )}
              </div>
              {canManage && (
                <Button
                  variant="ghost"
                  aria-label={`Disable ${identity.providerName} identity ${identity.userId}`}
                  onClick={() => setDisabling(identity)}
                >
                  Disable
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canLink && linking && (
        <LinkProviderDialog user={user} name={name} open={linking} onOpenChange={setLinking} />
      )}
      {canManage && (
        <DisableProviderDialog
          user={user}
          identity={disabling}
          onClose={() => setDisabling(null)}
        />
      )}
    </Section>
  );
}
