/** Every part, in run order. Adding a part: write bench/parts/<name>.ts exporting a `Part`, list it here, add `bench:<name>` to package.json. */
import type { Part } from '../lib/context';
import { buildPart } from './build';
import { clientJsPart } from './clientJs';
import { contentIndexPart } from './contentIndex';
import { lighthousePart } from './lighthouse';
import { renderPart } from './render';
import { searchPart } from './search';
import { servePart } from './serve';

export const parts: Part[] = [
  buildPart,
  contentIndexPart,
  servePart,
  clientJsPart,
  lighthousePart,
  renderPart,
  searchPart,
];
