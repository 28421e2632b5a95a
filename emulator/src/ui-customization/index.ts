// Registers this module's operations (Get/SetUICustomization) and routes (logo, hosted page) on import.
import { registerOperations } from '../protocol/operations.ts';
import { getUICustomization } from './get-ui-customization.ts';
import './routes.ts';
import { setUICustomization } from './set-ui-customization.ts';

registerOperations('cognito-idp', {
  GetUICustomization: getUICustomization,
  SetUICustomization: setUICustomization,
});
