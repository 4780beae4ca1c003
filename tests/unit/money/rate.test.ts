import { describe, expect, it } from 'vitest';
import { parsePercentField } from '../../../shared/money/rate';

describe('the discount rate field (per cent)', () => {
  it('reads 3,5 and 3,5 % alike as the fraction 0.035', () => {
    expect(parsePercentField('3,5')?.toString()).toBe('0.035');
    expect(parsePercentField('3,5 %')?.toString()).toBe('0.035');
    expect(parsePercentField('3,5%')?.toString()).toBe('0.035');
    expect(parsePercentField('0')?.toString()).toBe('0');
  });

  it('refuses text and amounts with a money unit', () => {
    expect(parsePercentField('tre')).toBeNull();
    expect(parsePercentField('3,5 kr.')).toBeNull();
  });
});
