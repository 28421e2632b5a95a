import './auth/index.ts';
import './clients/index.ts';
import './devices/index.ts';
import './domains/index.ts';
import './groups/index.ts';
import './identity-providers/index.ts';
import './identity/index.ts';
import './mfa/index.ts';
import './resource-servers/index.ts';
import './tokens/index.ts';
import './ui-customization/index.ts';
import './user-admin/index.ts';
import './user-import/index.ts';
import './user-self/index.ts';
import './userpools/index.ts';

/** Importing this file registers every resource module's operations and routes (see imports). */
export function loadModules(): void {}
