// Redirect and upload-location rules of the registry client against a small fake registry (HTTP-03/04,
// REG-08/09): credentials never follow a redirect to another origin; an upload Location on another
// private host is refused before anything is sent to it.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { RegistryClient } from '../../../src/platform/registry/client.js';
import { uploadStreamed } from '../../../src/platform/registry/upload.js';
import { sha256 } from '../../../src/core/image/digest.js';

const blob = Buffer.from('layer bytes');
const digest = sha256(blob);
let registry: http.Server;
let cdn: http.Server;
let registryHost: string;
const cdnSeen: { authorization?: string }[] = [];
const registrySeen: { method: string; url: string; authorization?: string }[] = [];

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  cdn = http.createServer((req, res) => {
    cdnSeen.push({ authorization: req.headers.authorization });
    res.end(blob);
  });
  const cdnHost = await listen(cdn);
  registry = http.createServer((req, res) => {
    registrySeen.push({ method: req.method!, url: req.url!, authorization: req.headers.authorization });
    if (!req.headers.authorization) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="test"' });
      return res.end();
    }
    if (req.url === '/v2/') return res.end('{}');
    if (req.url === `/v2/ml/model/blobs/${digest}`) {
      res.writeHead(307, { location: `http://${cdnHost}/storage/${digest}?sig=secret` });
      return res.end();
    }
    if (req.url === `/v2/ml/model/manifests/${digest}`) {
      // a registry (or a cache in front of it) serving other bytes than the digest asked for
      res.writeHead(200, { 'content-type': 'application/vnd.oci.image.manifest.v1+json' });
      return res.end(
        '{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","layers":[]}',
      );
    }
    if (req.method === 'POST') {
      // a hostile or misconfigured registry: upload to the cloud metadata address
      res.writeHead(202, { location: 'http://169.254.169.254/latest/meta-data/' });
      return res.end();
    }
    res.writeHead(404);
    res.end();
  });
  registryHost = await listen(registry);
});
afterAll(async () => {
  await new Promise((r) => registry.close(r));
  await new Promise((r) => cdn.close(r));
});

describe('registry client redirects', () => {
  const client = () =>
    new RegistryClient(registryHost, { credentials: { kind: 'basic', username: 'u', password: 'p' } });

  test('a blob GET redirected to a storage host carries no Authorization there', async () => {
    const parts: Buffer[] = [];
    for await (const chunk of await client().openBlob('ml/model', digest)) parts.push(chunk as Buffer);
    expect(Buffer.concat(parts)).toEqual(blob);
    expect(registrySeen.find((r) => r.url.includes('/blobs/'))?.authorization).toBe(
      `Basic ${Buffer.from('u:p').toString('base64')}`,
    );
    expect(cdnSeen).toEqual([{ authorization: undefined }]);
  });

  test('REG-10: a manifest asked for by digest must hash to it', async () => {
    await expect(client().getManifest('ml/model', digest)).rejects.toThrow(
      `${registryHost}/ml/model@${digest}: the registry returned content with digest sha256:`,
    );
  });

  test('an upload Location on another private host is refused', async () => {
    const c = client();
    const location = await c.startUpload('ml/model');
    const open = async () => {
      throw new Error('the body must not be opened for a refused location');
    };
    await expect(uploadStreamed(c, location, open, digest)).rejects.toThrow(
      `registry ${registryHost} sent an upload location on another host (http://169.254.169.254/latest/meta-data/); refusing it`,
    );
  });
});
