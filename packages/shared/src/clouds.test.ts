import { describe, expect, it } from 'vitest';
import { caught } from '../test/caught.js';
import {
  assertSameCloud,
  CloudInstance,
  cloudLabel,
  effectiveIncludeDelegatedAdmin,
  mustIncludeDelegatedAdmin,
  sameCloud,
} from './clouds.js';

const { PUBLIC, US_GOVERNMENT } = CloudInstance;

describe('partners transact only within their own cloud (rule 5)', () => {
  it.each([
    { partner: PUBLIC, customer: PUBLIC, same: true },
    { partner: US_GOVERNMENT, customer: US_GOVERNMENT, same: true },
    { partner: PUBLIC, customer: US_GOVERNMENT, same: false },
    { partner: US_GOVERNMENT, customer: PUBLIC, same: false },
  ])('a $partner partner and a $customer customer share a cloud: $same', ({ partner, customer, same }) => {
    expect(sameCloud(partner, customer)).toBe(same);
  });

  it.each([PUBLIC, US_GOVERNMENT])('a %s partner may relate to a customer of its own cloud', (cloud) => {
    expect(() => assertSameCloud(cloud, cloud)).not.toThrow();
  });

  it.each([
    { partner: PUBLIC, customer: US_GOVERNMENT, partnerLabel: 'the public cloud', customerLabel: 'Microsoft Cloud for US Government' },
    { partner: US_GOVERNMENT, customer: PUBLIC, partnerLabel: 'Microsoft Cloud for US Government', customerLabel: 'the public cloud' },
  ])(
    'a $partner partner gets CLOUD_MISMATCH for a $customer customer, naming both clouds',
    ({ partner, customer, partnerLabel, customerLabel }) => {
      const error = caught(() => assertSameCloud(partner, customer));
      expect(error).toMatchObject({ code: 'CLOUD_MISMATCH', field: undefined });
      expect(error.message).toContain(`partner in ${partnerLabel} can`);
      expect(error.message).toContain(`customer is in ${customerLabel}.`);
    },
  );

  it.each([
    [PUBLIC, 'the public cloud'],
    [US_GOVERNMENT, 'Microsoft Cloud for US Government'],
  ])('the %s cloud is shown to people as "%s"', (cloud, label) => {
    expect(cloudLabel(cloud)).toBe(label);
  });
});

describe('admin permissions in the US Government cloud (rule 5)', () => {
  it.each([
    { cloud: US_GOVERNMENT, must: true },
    { cloud: PUBLIC, must: false },
  ])('a $cloud partner must include admin permissions: $must', ({ cloud, must }) => {
    expect(mustIncludeDelegatedAdmin(cloud)).toBe(must);
  });

  it.each([
    { cloud: US_GOVERNMENT, requested: false, effective: true },
    { cloud: US_GOVERNMENT, requested: true, effective: true },
    { cloud: PUBLIC, requested: false, effective: false },
    { cloud: PUBLIC, requested: true, effective: true },
  ])(
    'a $cloud partner asking for admin permissions=$requested sends a request with admin permissions=$effective',
    ({ cloud, requested, effective }) => {
      expect(effectiveIncludeDelegatedAdmin(cloud, requested)).toBe(effective);
    },
  );
});
