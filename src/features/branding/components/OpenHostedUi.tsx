import { useId, useState } from 'react';
import { SelectField } from '@/components/form-fields';
import type { HostedUiClient } from '@/api/domains/list-hosted-ui-clients';
import { hostedUiSignInUrl, type HostedUiDomain } from '@/lib/hosted-ui/sign-in-url';

/** The real hosted sign-in page of a chosen client and one of its callback URLs. */
export function OpenHostedUi({
  domain,
  clients,
  initialClientId,
  emulatorUrl,
}: {
  domain: HostedUiDomain;
  clients: readonly HostedUiClient[];
  initialClientId: string | undefined;
  emulatorUrl: string | undefined;
}) {
  const id = useId();
  const usable = clients.filter((c) => c.callbackUrls.length > 0);
  const [clientId, setClientId] = useState(
    usable.find((c) => c.clientId === initialClientId)?.clientId ?? usable[0]?.clientId ?? '',
  );
  const client = usable.find((c) => c.clientId === clientId);
  const [callback, setCallback] = useState<string>('');
  if (usable.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        No app client has a callback URL, so the hosted UI has nowhere to send users back: add one
        to an app client to open its sign-in page.
      </p>
    );
  }
  const redirectUri =
    client && client.callbackUrls.includes(callback)
      ? callback
      : (client?.defaultRedirectUri ?? client?.callbackUrls[0] ?? '');
  const url = client ? hostedUiSignInUrl(domain, client.clientId, redirectUri, emulatorUrl) : '';
  return (
    <div className="flex flex-wrap items-end gap-3">
      <SelectField
        id={`${id}-client`}
        label="App client"
        value={clientId}
        onChange={(e) => setClientId(e.target.value)}
      >
        {usable.map((c) => (
          <option key={c.clientId} value={c.clientId}>
            {c.clientName}
          </option>
        ))}
      </SelectField>
      <div className="min-w-0">
        <SelectField
          id={`${id}-callback`}
          label="Callback URL"
          value={redirectUri}
          onChange={(e) => setCallback(e.target.value)}
        >
          {client?.callbackUrls.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </SelectField>
      </div>
      {client && (
        <a
          href={url}
          target="_blank"
          rel="noreferrer"
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-blue-800 hover:bg-slate-100"
        >
          Open hosted UI
        </a>
      )}
      {client && !client.oauthEnabled && (
        <p className="w-full text-xs text-amber-800">
          OAuth flows are not enabled for this client, so the hosted UI will refuse it.
        </p>
      )}
    </div>
  );
}
