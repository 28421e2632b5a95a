import { useQuery } from '@tanstack/react-query';
import { describeUserPoolQueryOptions, type UserPool } from '@/api/pools/describe-user-pool';

const nameOf = (pool: UserPool) => pool.Name;

/**
 * The pool's name, read from the DescribeUserPool entry every pool page shares: no request of its
 * own while that entry is cached, and undefined until it is known.
 */
export function usePoolName(poolId: string | undefined): string | undefined {
  const pool = useQuery({
    ...describeUserPoolQueryOptions(poolId ?? ''),
    select: nameOf,
    enabled: Boolean(poolId),
  });
  return pool.data;
}

/** Above a pool's section tabs: which pool every page below belongs to, by name and id. */
export function PoolHeading({ poolId, poolName }: { poolId: string; poolName?: string }) {
  return (
    <p className="mb-2 text-sm text-slate-600">
      User pool{' '}
      {poolName && (
        <>
          <span className="font-semibold break-all text-slate-900">{poolName}</span>{' '}
        </>
      )}
      <span className="font-mono text-xs break-all">{poolId}</span>
    </p>
  );
}
