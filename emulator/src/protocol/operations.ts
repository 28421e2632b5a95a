import type { OperationTable, ServiceName } from './context.ts';

/** Every implemented operation, by service. Modules add theirs with `registerOperations`. */
const tables: Record<ServiceName, OperationTable> = {
  'cognito-idp': {},
  'cognito-identity': {},
};

export function registerOperations(service: ServiceName, table: OperationTable): void {
  Object.assign(tables[service], table);
}

export function findHandler(service: ServiceName, operation: string) {
  return tables[service][operation];
}

export function implementedOperations(service: ServiceName): string[] {
  return Object.keys(tables[service]).sort();
}
