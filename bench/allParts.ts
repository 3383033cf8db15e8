/**
 * Every part, in run order. Adding a part: write bench/parts/<name>.ts exporting a `Part`, list it in this file, add
 * `bench:<name>` to package.json.
 */
import type { Part } from './lib/context';
import { buildPart } from './parts/build';
import { clientJsPart } from './parts/clientJs';
import { contentIndexPart } from './parts/contentIndex';
import { hostileUrlsPart } from './parts/hostileUrls';
import { lighthousePart } from './parts/lighthouse';
import { livePart } from './parts/live';
import { renderPart } from './parts/render';
import { searchPart } from './parts/search';
import { searchLoadPart } from './parts/searchLoad';
import { servePart } from './parts/serve';

export const parts: Part[] = [
  buildPart,
  contentIndexPart,
  servePart,
  clientJsPart,
  lighthousePart,
  renderPart,
  searchPart,
  livePart,
  searchLoadPart,
  hostileUrlsPart,
];
