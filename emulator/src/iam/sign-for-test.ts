import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { SignatureV4 } from '@smithy/signature-v4';
import type { SignedRequest } from './authenticate.ts';

/** node:crypto behind the hash interface the SDK's signer expects (the SDK's own is not hoisted). */
class NodeSha256 {
  private readonly hash: Hash | Hmac;
  constructor(secret?: string | Uint8Array | ArrayBuffer | ArrayBufferView) {
    this.hash = secret
      ? createHmac('sha256', Buffer.from(secret as Uint8Array))
      : createHash('sha256');
  }
  update(data: string | Uint8Array): void {
    this.hash.update(data);
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
}

export interface TestSigning {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  service?: string;
  region?: string;
  signingDate?: Date;
  host?: string;
  /** The operation named in X-Amz-Target (ListUserPools when omitted). */
  operation?: string;
}

/** A request signed by the AWS SDK's own SigV4 signer, as the emulator's HTTP layer receives it. */
export async function signedRequest(body: string, signing: TestSigning): Promise<SignedRequest> {
  const service = signing.service ?? 'cognito-idp';
  const signer = new SignatureV4({
    credentials: {
      accessKeyId: signing.accessKeyId,
      secretAccessKey: signing.secretAccessKey,
      sessionToken: signing.sessionToken,
    },
    region: signing.region ?? 'us-east-1',
    service,
    sha256: NodeSha256,
  });
  const host = signing.host ?? '127.0.0.1:9555';
  const signed = await signer.sign(
    {
      method: 'POST',
      protocol: 'http:',
      hostname: host.split(':')[0]!,
      port: Number(host.split(':')[1]),
      path: '/',
      query: {},
      headers: {
        host,
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `AWSCognitoIdentityProviderService.${signing.operation ?? 'ListUserPools'}`,
        'content-length': String(Buffer.byteLength(body)),
      },
      body,
    },
    { signingDate: signing.signingDate },
  );
  const headers: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(signed.headers)) headers[name.toLowerCase()] = value;
  return { method: 'POST', path: '/', headers, body: Buffer.from(body) };
}
