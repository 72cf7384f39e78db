import { describe, it, expect } from 'vitest';
import { isoDate } from './dates.js';
describe('x', () => { it('y', () => { expect(isoDate('20 May 2024')).toBe('2024-05-20'); }); });
