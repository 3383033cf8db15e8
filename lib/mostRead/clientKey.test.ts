import { describe, expect, it } from 'vitest';
import { clientKey } from './clientKey';

const salt = new Uint8Array(32).fill(7);
const key = (xff?: string) => clientKey(new Headers(xff === undefined ? {} : { 'x-forwarded-for': xff }), salt);

describe('clientKey', () => {
  it('is the same for the same nearest hop, whatever the client put before it', () => {
    expect(key('203.0.113.9')).toBe(key('10.1.1.1, 203.0.113.9'));
    expect(key('203.0.113.9')).not.toBe(key('203.0.113.10'));
  });

  it('never contains the address', () => {
    expect(key('203.0.113.9')).not.toContain('203');
    expect(key('203.0.113.9')).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('differs from one process salt to the next', () => {
    expect(clientKey(new Headers({ 'x-forwarded-for': '203.0.113.9' }), new Uint8Array(32))).not.toBe(
      key('203.0.113.9'),
    );
  });

  it('puts requests without an address under one key', () => {
    expect(key()).toBe(key(''));
  });
});
