import { randomUUID } from 'node:crypto';
import {
  detectLogoType,
  logoProblem,
  requestSizeProblem,
} from '../../../src/lib/ui-customization/logo.ts';
import { setUICustomizationCssError } from '../../../src/lib/ui-customization/validate-css.ts';
import { getClient } from '../clients/describe-user-pool-client.ts';
import type { RequestContext } from '../protocol/context.ts';
import { AwsError } from '../protocol/errors.ts';
import { getPool } from '../userpools/pool-store.ts';
import { ALL, uiCustomizationOf } from './customization-store.ts';

interface SetUICustomizationInput {
  UserPoolId: string;
  ClientId?: string;
  CSS?: string;
  /** Base64, as AWS JSON 1.1 sends a blob. */
  ImageFile?: string;
}

const invalid = (message: string) => new AwsError('InvalidParameterException', message);

/**
 * SetUICustomization: replaces the CSS and the logo of one scope (a client, or ALL) together. A
 * client given neither loses its own settings and falls back to ALL again. The pool needs a domain.
 */
export function setUICustomization(input: SetUICustomizationInput, ctx: RequestContext) {
  const pool = getPool(ctx, input.UserPoolId);
  const poolId = pool.pool.Id;
  const clientId = input.ClientId ?? ALL;
  if (clientId !== ALL) getClient(pool, clientId);
  if (pool.domains.size === 0) throw invalid('A domain must be associated with this user pool.');

  const image = input.ImageFile ? Buffer.from(input.ImageFile, 'base64') : undefined;
  const tooLarge = requestSizeProblem({
    UserPoolId: input.UserPoolId,
    ClientId: input.ClientId,
    CSS: input.CSS,
    imageBytes: image?.length,
  });
  if (tooLarge) throw invalid(tooLarge);
  if (input.CSS !== undefined) {
    const cssError = setUICustomizationCssError(input.CSS);
    if (cssError) throw invalid(cssError);
  }
  if (image) {
    const problem = logoProblem(image);
    if (problem) throw invalid(problem);
  }

  const previous = pool.uiCustomizations.get(clientId);
  if (input.CSS === undefined && !image && clientId !== ALL) {
    if (previous) {
      pool.uiCustomizations.delete(clientId);
      ctx.store.touch('uiCustomizations', poolId, clientId);
    }
    return { UICustomization: { UserPoolId: poolId, ClientId: clientId } };
  }
  const now = Math.floor(ctx.now / 1000);
  const record = {
    ClientId: clientId,
    ...(input.CSS !== undefined ? { CSS: input.CSS } : {}),
    ...(image
      ? { image: { base64: image.toString('base64'), contentType: detectLogoType(image)! } }
      : {}),
    CSSVersion: randomUUID().replaceAll('-', '').slice(0, 13),
    CreationDate: previous?.CreationDate ?? now,
    LastModifiedDate: now,
  };
  pool.uiCustomizations.set(clientId, record);
  ctx.store.touch('uiCustomizations', poolId, clientId);
  return { UICustomization: uiCustomizationOf(ctx.baseUrl, poolId, record) };
}
