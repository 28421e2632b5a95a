import type { EmulatorConfig } from '../config.ts';
import type { Store } from '../store/store.ts';

/** Creates the demo data: the console's admin pool and the acme-customers pool. */
export async function seedDemo(_store: Store, _config: EmulatorConfig): Promise<void> {}
