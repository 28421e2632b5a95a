import type { Handler, OperationTable, ServiceName } from './context.ts';

/** Every implemented operation, by service. Modules add theirs with `registerOperations`. */
const tables: Record<ServiceName, Map<string, Handler>> = {
  'cognito-idp': new Map(),
  'cognito-identity': new Map(),
};

export function registerOperations(service: ServiceName, table: OperationTable): void {
  for (const [operation, handler] of Object.entries(table)) tables[service].set(operation, handler);
}

export function findHandler(service: ServiceName, operation: string): Handler | undefined {
  return tables[service].get(operation);
}

/** The names of the operations a service implements, sorted. */
export function implementedOperations(service: ServiceName): string[] {
  return [...tables[service].keys()].sort();
}
