import { ListUserPoolsCommand } from '@aws-sdk/client-cognito-identity-provider';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { getIdpClient } from '@/aws/clients';
import { poolKeys } from './pool-keys';

export const POOLS_PAGE_SIZE = 60;

export interface PoolSummary {
  id: string;
  name: string;
  createdAt?: Date;
  modifiedAt?: Date;
}

export interface PoolsPage {
  pools: PoolSummary[];
  nextToken?: string;
}

export async function listUserPools(region: string, nextToken?: string): Promise<PoolsPage> {
  const output = await getIdpClient(region).send(
    new ListUserPoolsCommand({ MaxResults: POOLS_PAGE_SIZE, NextToken: nextToken }),
  );
  return {
    pools: (output.UserPools ?? []).map((pool) => ({
      id: pool.Id ?? '',
      name: pool.Name ?? '',
      createdAt: pool.CreationDate,
      modifiedAt: pool.LastModifiedDate,
    })),
    nextToken: output.NextToken || undefined,
  };
}

export const listUserPoolsQueryOptions = (region: string, nextToken?: string) =>
  queryOptions({
    queryKey: poolKeys.list(region, { nextToken }),
    queryFn: () => listUserPools(region, nextToken),
  });

export function useListUserPools(region: string, nextToken?: string) {
  return useQuery({
    ...listUserPoolsQueryOptions(region, nextToken),
    placeholderData: keepPreviousData,
  });
}
