import { Link } from 'react-router';
import type { ResourceServer } from '../api/list-resource-servers';
import { toResourceServer } from '../routes';

export function ResourceServersTable({
  poolId,
  servers,
}: {
  poolId: string;
  servers: ResourceServer[];
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Resource servers</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2 font-semibold">
              Name
            </th>
            <th scope="col" className="px-4 py-2 font-semibold">
              Identifier
            </th>
            <th scope="col" className="px-4 py-2 font-semibold">
              Scopes
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {servers.map((server) => (
            <tr key={server.Identifier} className="hover:bg-slate-50">
              <td className="px-4 py-2">
                <Link
                  to={toResourceServer({ poolId, identifier: server.Identifier ?? '' })}
                  className="font-medium text-blue-800 hover:underline"
                >
                  {server.Name}
                </Link>
              </td>
              <td className="px-4 py-2 font-mono text-xs break-all text-slate-700">
                {server.Identifier}
              </td>
              <td className="px-4 py-2 text-slate-700">
                {(server.Scopes ?? []).map((s) => s.ScopeName).join(', ') || '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
