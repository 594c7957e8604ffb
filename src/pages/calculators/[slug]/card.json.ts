/**
 * `/calculators/<slug>/card.json`: the props of an article's card of a calculator, the same for every
 * card, fetched when a reader reaches for one (src/islands/hydration/live.ts). The article's HTML then
 * carries the card's questions and answer, not the data behind them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CALCULATORS, type Slug } from '../../../calculators/registry.ts';
import { islandProps } from '../../../islands/island-props.ts';

export const getStaticPaths: GetStaticPaths = () =>
  CALCULATORS.filter((c) => c.card).map((c) => ({ params: { slug: c.slug } }));

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(islandProps(params.slug as Slug, 'card')), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
