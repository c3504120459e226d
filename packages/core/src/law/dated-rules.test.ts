import { describe, expect, it } from 'vitest';
import { GDPR_PROCEDURAL_REGULATION, ruleApplies } from './dated-rules.js';

describe('ruleApplies', () => {
  it('applies the GDPR Procedural Regulation from 2 April 2027, not the day before', () => {
    expect(ruleApplies(GDPR_PROCEDURAL_REGULATION, '2027-04-01')).toBe(false);
    expect(ruleApplies(GDPR_PROCEDURAL_REGULATION, '2027-04-02')).toBe(true);
    expect(ruleApplies(GDPR_PROCEDURAL_REGULATION, '2028-01-01')).toBe(true);
    expect(ruleApplies(GDPR_PROCEDURAL_REGULATION, '2026-12-06')).toBe(false);
  });
});
