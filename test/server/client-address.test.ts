/**
 * The client address behind proxies: `VERILOCK_TRUST_PROXY` parsing and the right-to-left reading of
 * `X-Forwarded-For`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clientAddressOf, parseTrustProxy } from '../../demo/server/client-address.js';

describe('client address', () => {
  it('is the socket when trust is off, whatever X-Forwarded-For says', () => {
    for (const off of [undefined, '', '0', 'off', 'false']) {
      assert.equal(clientAddressOf('203.0.113.9', '198.51.100.1', parseTrustProxy(off)), '203.0.113.9');
    }
  });

  it('reads X-Forwarded-For from the right, stopping at the first untrusted address', () => {
    const trust = parseTrustProxy('10.0.0.0/8, 192.0.2.7');
    assert.equal(clientAddressOf('10.1.2.3', '1.1.1.1, 198.51.100.4, 192.0.2.7', trust), '198.51.100.4');
    assert.equal(clientAddressOf('::ffff:10.1.2.3', '198.51.100.4', trust), '198.51.100.4');
    assert.equal(clientAddressOf('203.0.113.9', '198.51.100.4', trust), '203.0.113.9');
    assert.equal(clientAddressOf('10.1.2.3', undefined, trust), '10.1.2.3');
    assert.equal(clientAddressOf('10.1.2.3', 'garbage, 10.0.0.9', trust), '10.0.0.9');
  });

  it('with a hop count, takes the entry that many hops from the socket', () => {
    assert.equal(clientAddressOf('10.0.0.1', '6.6.6.6, 198.51.100.4', parseTrustProxy('1')), '198.51.100.4');
    assert.equal(clientAddressOf('10.0.0.1', '6.6.6.6, 198.51.100.4, 10.0.0.2', parseTrustProxy('2')), '198.51.100.4');
    assert.equal(clientAddressOf('10.0.0.1', '198.51.100.4', parseTrustProxy('3')), '198.51.100.4');
  });

  it('refuses a setting it cannot read rather than trusting everything', () => {
    for (const bad of ['true', 'yes', '10.0.0.0/99', '300.1.1.1', '33']) {
      assert.throws(() => parseTrustProxy(bad), /VERILOCK_TRUST_PROXY/);
    }
  });
});
