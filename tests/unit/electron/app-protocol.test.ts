import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  createAppProtocolHandler,
  installAppProtocol,
  registerAppScheme,
  resolveAppFile,
} from '../../../electron/main/app-protocol';
import { contentSecurityPolicy } from '../../../electron/main/security';

const base = mkdtempSync(join(tmpdir(), 'tablee-protocol-'));
const root = join(base, 'out', 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Tablée</title>');
writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(base, 'secret.txt'), 'SECRET');
symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

const handler = createAppProtocolHandler(root);
const get = (url: string, method = 'GET') => handler({ url, method } as Request);

describe('app:// path resolution', () => {
  it('maps our URLs into the renderer folder', () => {
    expect(resolveAppFile(root, 'app://tablee/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://tablee/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://tablee')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://tablee/assets/app.js?v=2#x')).toBe(join(root, 'assets', 'app.js'));
    expect(resolveAppFile(root, 'app://tablee/assets/caf%C3%A9.png')).toBe(join(root, 'assets', 'café.png'));
  });

  it('refuses traversal in every spelling, other hosts and other schemes', () => {
    for (const url of [
      'app://tablee/../../etc/passwd',
      'app://tablee/assets/../../secret.txt',
      'app://tablee/%2e%2e/%2e%2e/etc/passwd',
      'app://tablee/..%2f..%2fetc%2fpasswd',
      'app://tablee/..%5c..%5csecret.txt',
      'app://tablee/./index.html',
      'app://tablee/%00index.html',
      'app://tablee/C:%5CWindows%5Cwin.ini',
      'app://tablee/%E0%A4%A',
      'app://other/index.html',
      'app://tablee.evil/index.html',
      'file:///etc/passwd',
    ]) {
      expect(resolveAppFile(root, url), url).toBeNull();
    }
  });
});

describe('app:// handler', () => {
  it('serves files with their type and the CSP', async () => {
    const page = await get('app://tablee/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Tablée</title>');
    const script = await get('app://tablee/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('refuses app://tablee/../../etc/passwd and never returns a file from outside', async () => {
    const res = await get('app://tablee/../../etc/passwd');
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('root:');
    const encoded = await get('app://tablee/..%2f..%2fsecret.txt');
    expect(encoded.status).toBe(403);
  });

  it('refuses a symlink that leads outside the folder', async () => {
    const res = await get('app://tablee/assets/link.txt');
    expect(res.status).toBe(403);
    expect(await res.text()).not.toContain('SECRET');
  });

  it('answers 404 for missing files and directories, 405 for writes', async () => {
    expect((await get('app://tablee/missing.js')).status).toBe(404);
    expect((await get('app://tablee/assets')).status).toBe(404);
    expect((await get('app://tablee/index.html', 'POST')).status).toBe(405);
  });
});

describe('scheme registration', () => {
  it('registers app as a standard, secure scheme and handles it', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    const privileges = protocol.registerSchemesAsPrivileged.mock.calls[0]?.[0][0].privileges;
    expect(privileges.bypassCSP).toBeFalsy();
    installAppProtocol(protocol, root);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
