import clsx from 'clsx';
import { Link } from 'react-router';
import type { ClientsPage } from '../api/list-user-pool-clients';
import { toClient } from '../routes';

export function ClientsTable({
  poolId,
  clients,
  busy,
}: {
  poolId: string;
  clients: ClientsPage['clients'];
  busy?: boolean;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={clsx('w-full text-left text-sm', busy && 'opacity-60')} aria-busy={busy}>
        <caption className="sr-only">App clients</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2 font-semibold">
              Name
            </th>
            <th scope="col" className="px-4 py-2 font-semibold">
              Client ID
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {clients.map((client) => (
            <tr key={client.ClientId} className="hover:bg-slate-50">
              <td className="px-4 py-2">
                <Link
                  to={toClient({ poolId, clientId: client.ClientId ?? '' })}
                  className="font-medium break-all text-blue-800 hover:underline"
                >
                  {client.ClientName}
                </Link>
              </td>
              <td className="px-4 py-2 font-mono text-xs text-slate-700">{client.ClientId}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
