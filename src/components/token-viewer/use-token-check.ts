import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { poolScope } from '@/api/pool-scope';
import { getErrorMessage } from '@/aws/errors';
import { configuredIdpEndpoint, fetchPoolKeySet, PoolKeysNotFoundError } from '@/aws/jwks';
import { decodeJwt } from '@/lib/jwt/decode';
import { issuerOfPool, issuerProblem, jwksUrlOf, parseCognitoIssuer } from '@/lib/jwt/issuer';
import { checkSignature, type SignatureCheck } from '@/lib/jwt/verify';

/** A pool's published signing keys, fetched by the console itself and kept with the pool's data. */
export const poolKeySetQueryOptions = (poolId: string) =>
  queryOptions({
    queryKey: [...poolScope(poolId), 'jwks'],
    queryFn: () => {
      const issuer = issuerOfPool(poolId);
      return fetchPoolKeySet(poolId, issuer.region, jwksUrlOf(issuer, configuredIdpEndpoint()));
    },
    // Cognito does not rotate a pool's keys on its own; an hour is plenty.
    staleTime: 60 * 60_000,
  });

async function checkTokenSignature(queryClient: QueryClient, compact: string) {
  const decoded = decodeJwt(compact);
  if (!decoded.ok) throw new Error(decoded.problem);
  const issuer = parseCognitoIssuer(decoded.jwt.claims.get('iss'));
  if (!issuer) throw new Error(issuerProblem(decoded.jwt.claims.get('iss')));
  const keySet = await queryClient.fetchQuery(poolKeySetQueryOptions(issuer.poolId));
  return checkSignature(decoded.jwt.compact, decoded.jwt.header, keySet);
}

export type TokenCheck =
  | { kind: 'not-cognito'; problem: string }
  | { kind: 'checking' }
  | { kind: 'pool-not-found'; poolId: string }
  | { kind: 'keys-unavailable'; message: string }
  | SignatureCheck;

/** Whether a decoded token's signature holds against its pool's keys, as far as known yet. */
export function useTokenCheck(compact: string, iss: unknown) {
  const issuer = parseCognitoIssuer(iss);
  const query = useQuery({
    queryKey: ['token-signature', compact],
    queryFn: ({ client }) => checkTokenSignature(client, compact),
    enabled: issuer !== undefined,
    // The token is the key: forget it as soon as no viewer shows it.
    gcTime: 0,
    staleTime: Infinity,
    retry: false,
  });
  let check: TokenCheck;
  if (!issuer) check = { kind: 'not-cognito', problem: issuerProblem(iss) ?? '' };
  else if (query.isPending) check = { kind: 'checking' };
  else if (query.isError) {
    check =
      query.error instanceof PoolKeysNotFoundError
        ? { kind: 'pool-not-found', poolId: query.error.poolId }
        : { kind: 'keys-unavailable', message: getErrorMessage(query.error) };
  } else check = query.data;
  return {
    check,
    issuer,
    retry: () => void query.refetch(),
    retrying: query.isFetching,
  };
}
