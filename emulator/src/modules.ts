import './auth/index.ts';
import './identity/index.ts';
import './tokens/index.ts';
import './userpools/index.ts';

/** Importing this file registers every resource module's operations and routes (see imports). */
export function loadModules(): void {}
