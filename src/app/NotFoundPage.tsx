import { Link } from 'react-router';
import { toPools } from '@/features/pools/routes';

export function NotFoundPage() {
  return (
    <div className="space-y-2">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="text-slate-700">There is no console page at this address.</p>
      <Link to={toPools({})} className="text-blue-800 underline">
        Go to user pools
      </Link>
    </div>
  );
}
