import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readJsonLd } from './jsonld';
import { readMicrodata } from './microdata';
import { allNodes, isOrgNode, strings } from './sd';

const doc = (head: string, body = '') =>
  new JSDOM(`<head>${head}</head><body>${body}</body>`).window.document;
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;

describe('structured data', () => {
  it('skips broken and null blocks, reads arrays and @graph', () => {
    const nodes = allNodes(
      readJsonLd(
        doc(
          ld('null') +
            ld('{oops') +
            ld('[{"@type":"Bakery","name":"Хлеб"}]') +
            ld('{"@graph":[{"@type":"Organization","name":"Орг"}]}'),
        ),
      ),
    );
    expect(
      nodes
        .filter(isOrgNode)
        .flatMap((n) => strings(n, 'name'))
        .sort(),
    ).toEqual(['Орг', 'Хлеб']);
  });
  it('is safe on reference cycles and huge arrays', () => {
    const big = JSON.stringify({
      '@type': 'Organization',
      '@id': '#o',
      name: 'X',
      sameAs: Array.from({ length: 30000 }, (_, i) => `https://vk.com/a${i}`),
      parentOrganization: { '@id': '#o' },
    });
    const nodes = allNodes(readJsonLd(doc(ld(big))));
    expect(strings(nodes[0]!, 'sameAs').length).toBeLessThanOrEqual(200);
  });
  it('does not choke on wrong value types', () => {
    const nodes = allNodes(
      readJsonLd(doc(ld('{"@type":"Organization","name":{"x":1},"telephone":42,"sameAs":null}'))),
    );
    expect(strings(nodes[0]!, 'telephone')).toEqual(['42']);
  });
  it('reads microdata with nested items', () => {
    const d = doc(
      '',
      '<div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Acme</span><div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="postalCode">123456</span></div></div>',
    );
    const [org] = readMicrodata(d);
    expect(org && strings(org, 'name')).toEqual(['Acme']);
    expect(org?.props.get('address')?.[0]).toMatchObject({ types: ['PostalAddress'] });
  });
});
