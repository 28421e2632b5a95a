import type { RequestContext } from '../protocol/context.ts';
import { ownDevice } from './own-device.ts';

export async function getDevice(
  input: { AccessToken?: string; DeviceKey: string },
  ctx: RequestContext,
) {
  const { device } = await ownDevice(ctx, input.AccessToken, input.DeviceKey);
  return { Device: structuredClone(device) };
}
