import { GetCSVHeaderCommand } from '@aws-sdk/client-cognito-identity-provider';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { idpClientFor, poolScope } from '../pool-scope';

export interface CsvHeader {
  poolId: string;
  /** The import file's columns, in Cognito's order: the template's header row. */
  header: string[];
}

export async function getCsvHeader(poolId: string, signal?: AbortSignal): Promise<CsvHeader> {
  const output = await idpClientFor(poolId).send(new GetCSVHeaderCommand({ UserPoolId: poolId }), {
    abortSignal: signal,
  });
  return { poolId, header: output.CSVHeader ?? [] };
}

/** The header follows the pool's schema, so adding a custom attribute changes it. */
export const csvHeaderKey = (poolId: string) =>
  [...poolScope(poolId), 'user-import', 'csv-header'] as const;

export const csvHeaderQueryOptions = (poolId: string) =>
  queryOptions({
    queryKey: csvHeaderKey(poolId),
    queryFn: ({ signal }) => getCsvHeader(poolId, signal),
  });

export function useCsvHeader(poolId: string) {
  return useQuery(csvHeaderQueryOptions(poolId));
}
