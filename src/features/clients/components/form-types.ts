import type { UseFormReturn } from 'react-hook-form';
import type { ClientFormValues } from '@/features/clients/forms/client-form';
import type { PoolAttribute } from '@/api/pools/pool-attributes';
import type { CustomScope } from '@/api/resource-servers/list-resource-servers';

/** What the pool offers the form: its attributes, identity providers and custom scopes. */
export interface ClientFormOptions {
  attributes: PoolAttribute[];
  providers: string[];
  customScopes: CustomScope[];
}

export interface ClientSectionProps {
  form: UseFormReturn<ClientFormValues>;
  options: ClientFormOptions;
}

/** The options plus any value already set that the lists no longer offer, so nothing is hidden. */
export function withCurrent(options: string[], current: readonly string[]): string[] {
  return [...options, ...current.filter((v) => !options.includes(v))];
}
