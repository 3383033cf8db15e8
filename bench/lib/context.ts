/**
 * What every part gets: the run's options, a shared demo-site build, one `next start` and one `npm start`
 * for parts 3-6.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { articlePath } from '@/lib/content/types';
import { viewsAt } from '@/lib/content/views';
import { defaultNow, generateCorpus, readCorpusMarker } from '../../scripts/generate-corpus';
import { assertPortFree } from './proc';
import {
  type BuildResult,
  buildProject,
  type NextServer,
  prepareProject,
  type Source,
  startNext,
  startNpmStart,
  TMP,
  tailOf,
} from './project';
import type { PartResult } from './report';

export interface BenchOptions {
  smoke: boolean;
  source: Source;
  /** Content for the served site (parts 3-6); default: the demo content copied with the project. */
  siteContent?: string;
  portBase: number;
  seed: string;
}

export interface Part {
  /** CLI name: `npm run bench:<name>`. */
  name: string;
  title: string;
  run(ctx: BenchContext): Promise<PartResult>;
}

export class BenchContext {
  readonly draftSecret = `bench-preview-${crypto.randomBytes(24).toString('hex')}`;
  /** Lines for the run's header (what was built, from where). */
  readonly header: string[] = [];
  private siteBuild?: Promise<BuildResult & { contentDir: string }>;
  private server?: Promise<NextServer>;
  private readersServer?: Promise<NextServer>;

  constructor(readonly options: BenchOptions) {}

  get ports() {
    const b = this.options.portBase;
    return { next: b, nginxStatic: b + 1, nginxProxy: b + 2, spare: b + 3, npmStart: b + 4 };
  }

  /** A generated corpus in bench/tmp/corpus-<count>, reused when count, seed and day match. */
  corpus(count: number): string {
    const dir = path.join(TMP, `corpus-${count}`);
    const marker = readCorpusMarker(dir);
    if (
      !marker ||
      marker.count !== count ||
      marker.seed !== this.options.seed ||
      marker.now !== defaultNow().toISOString() ||
      !fs.existsSync(path.join(dir, 'articles'))
    ) {
      const t0 = performance.now();
      generateCorpus({ outDir: dir, count, seed: this.options.seed });
      console.log(`  generated ${count} stories in ${dir} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    }
    return dir;
  }

  private corpusBuilds = new Map<number, Promise<BuildResult & { contentDir: string }>>();

  /**
   * The site built on the generated corpus of `count` stories, in bench/tmp/build-<count> (the build part's folder):
   * reused while source and content are unchanged, built otherwise. Smoke runs use the demo site instead.
   */
  corpusSite(count: number): Promise<BuildResult & { contentDir: string }> {
    if (this.options.smoke) return this.site();
    let build = this.corpusBuilds.get(count);
    if (!build) {
      build = (async () => {
        const contentDir = this.corpus(count);
        const dir = prepareProject(`build-${count}`, this.options.source);
        console.log(`  building (or reusing) the ${count}-story site in ${dir} …`);
        const result = await buildProject(dir, contentDir, { timeoutMs: 60 * 60_000 });
        if (!result.ok) throw new Error(`next build failed for ${count} stories; log ${result.logFile}`);
        this.header.push(
          `${count.toLocaleString('en-GB')}-story site: bench/tmp/build-${count}` +
            `${result.reused ? ' (build reused)' : `, built in ${(result.wallMs / 1000).toFixed(0)} s`}.`,
        );
        return { ...result, contentDir };
      })();
      this.corpusBuilds.set(count, build);
    }
    return build;
  }

  /** The demo site, built once per run in bench/tmp/site (reused across runs when nothing changed). */
  site(): Promise<BuildResult & { contentDir: string }> {
    this.siteBuild ??= (async () => {
      const dir = prepareProject('site', this.options.source);
      const contentDir = this.options.siteContent ? path.resolve(this.options.siteContent) : path.join(dir, 'content');
      console.log(`  building the site in ${dir} (content: ${contentDir}) …`);
      const build = await buildProject(dir, contentDir);
      if (!build.ok) throw new Error(`next build failed for the site; log ${build.logFile}:\n${tailOf(build.logFile)}`);
      this.header.push(
        `Site for parts 3-6: ${path.relative(process.cwd(), contentDir) || contentDir}, ${build.pages} prerendered ` +
          `routes${
            build.reused
              ? ' (build reused: source and content unchanged)'
              : `, built in ${(build.wallMs / 1000).toFixed(0)} s`
          }.`,
      );
      return { ...build, contentDir };
    })();
    return this.siteBuild;
  }

  /** `next start` on the site, with preview enabled (DRAFT_SECRET) for the render part. */
  next(): Promise<NextServer> {
    this.server ??= (async () => {
      const site = await this.site();
      await assertPortFree(this.ports.next);
      return startNext(site.dir, site.contentDir, this.ports.next, { DRAFT_SECRET: this.draftSecret });
    })();
    return this.server;
  }

  /** `npm start` (scripts/server.mjs) on the site: the pages readers get, for the weight and Lighthouse parts. */
  readers(): Promise<NextServer> {
    this.readersServer ??= (async () => {
      const site = await this.site();
      await assertPortFree(this.ports.npmStart);
      return startNpmStart(site.dir, site.contentDir, this.ports.npmStart, { DRAFT_SECRET: this.draftSecret });
    })();
    return this.readersServer;
  }

  async close() {
    for (const server of [this.server, this.readersServer])
      if (server) await (await server.catch(() => undefined))?.stop();
    this.server = undefined;
    this.readersServer = undefined;
  }
}

/** Public URLs of the built site, from its prerender manifest. */
export interface SiteUrls {
  front: string;
  section: string;
  article: string;
  articles: string[];
  author: string;
  topic: string;
  /** A standards page (/about/<slug>), or the front page when the content has none. */
  standards: string;
  notFound: string;
}

export function siteUrls(dir: string): SiteUrls {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, '.next', 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, { srcRoute?: string | null }>;
  };
  const bySrc = (src: string) =>
    Object.entries(manifest.routes)
      .filter(([, r]) => r.srcRoute === src)
      .map(([route]) => route)
      .sort();
  const articles = bySrc('/[section]/[slug]');
  const sections = bySrc('/[section]');
  const authors = bySrc('/authors/[slug]');
  const topics = bySrc('/topics/[topic]');
  const standards = bySrc('/about/[slug]');
  if (!articles.length || !sections.length) throw new Error('the build has no prerendered articles or sections');
  return {
    front: '/',
    section: sections.includes('/city') ? '/city' : sections[0]!,
    article: articles[0]!,
    articles,
    author: authors[0] ?? '/authors',
    topic: topics[0] ?? '/topics',
    standards: standards[0] ?? '/',
    notFound: '/no-such-page-bench',
  };
}

/** A public live story of the site's content, when it has one (the live format's page). */
export function liveStoryPath(site: { dir: string; contentDir: string }): string | undefined {
  const live = viewsAt({ contentDir: site.contentDir, publicDir: path.join(site.dir, 'public') })
    .readers()
    .articles.find((a) => a.format === 'live');
  return live && articlePath(live);
}
