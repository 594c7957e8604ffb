import { describe, expect, it } from 'vitest';
import { CURRENCY_KEY, LOCALE_KEY } from '../model/query.ts';
import { attributeName, ATTRIBUTES } from './attributes.ts';
import { ATTRIBUTE_KEYS } from './pasted-url.ts';
import { PROVIDER_KEYS } from './provider.ts';

describe('the attribute table', () => {
  it('names the query keys the frame reads', () => {
    expect(ATTRIBUTES).toMatchObject({
      currency: CURRENCY_KEY,
      locale: LOCALE_KEY,
      provider: PROVIDER_KEYS.name,
      ctaLabel: PROVIDER_KEYS.label,
      ctaUrl: PROVIDER_KEYS.url,
      ctaFigures: PROVIDER_KEYS.figures,
    });
  });

  it('writes dataset names as HTML attributes', () => {
    expect(attributeName('ctaFigures')).toBe('cta-figures');
    expect(attributeName('currency')).toBe('currency');
  });

  it('gives a pasted address the attribute names that differ from their keys', () => {
    expect(ATTRIBUTE_KEYS).toEqual({
      currency: 'cur',
      locale: 'loc',
      provider: 'by',
      'cta-label': 'cta',
      'cta-url': 'ctau',
      'cta-figures': 'ctaf',
    });
  });
});
