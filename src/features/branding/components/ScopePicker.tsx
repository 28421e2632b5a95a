import { SelectField } from '@/components/form-fields';
import { ALL_CLIENTS } from '@/api/ui-customization/get-ui-customization';

export interface ScopeClient {
  clientId: string;
  clientName: string;
  /** True: settings of its own; false: uses the pool default; undefined: not known yet. */
  ownSettings: boolean | undefined;
}

export const scopeSelectId = 'branding-scope';

export function scopeLabel(scope: string, clients: readonly ScopeClient[]): string {
  if (scope === ALL_CLIENTS) return 'Pool default (all app clients)';
  const client = clients.find((c) => c.clientId === scope);
  return client ? `App client ${client.clientName}` : `App client ${scope}`;
}

/**
 * Which settings are edited: the pool default, or one app client's. Lists the clients that have
 * settings of their own, and so no longer fall back to the pool default.
 */
export function ScopePicker({
  scope,
  clients,
  dirtyScopes,
  onChange,
}: {
  scope: string;
  clients: readonly ScopeClient[];
  dirtyScopes: ReadonlySet<string>;
  onChange: (scope: string) => void;
}) {
  const own = clients.filter((c) => c.ownSettings);
  const unsaved = (id: string) => (dirtyScopes.has(id) ? ' (unsaved changes)' : '');
  return (
    <div className="space-y-2">
      <div className="max-w-md">
        <SelectField
          id={scopeSelectId}
          label="Settings of"
          value={scope}
          onChange={(e) => onChange(e.target.value)}
        >
          <option value={ALL_CLIENTS}>Pool default (all app clients){unsaved(ALL_CLIENTS)}</option>
          {clients.map((c) => (
            <option key={c.clientId} value={c.clientId}>
              {c.clientName}
              {c.ownSettings === true
                ? ': its own settings'
                : c.ownSettings === false
                  ? ': uses the pool default'
                  : ''}
              {unsaved(c.clientId)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="text-sm text-slate-700">
        {own.length === 0 ? (
          <p>Every app client uses the pool default.</p>
        ) : (
          <>
            <p>These app clients have their own settings and no longer use the pool default:</p>
            <ul aria-label="App clients with their own settings" className="list-disc pl-5">
              {own.map((c) => (
                <li key={c.clientId}>
                  {c.clientName} <span className="font-mono text-xs">{c.clientId}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
