// Registers this module's routes (JWKS, OpenID configuration) on import.
import './routes.ts';
