/**
 * The read cache: answers that many requests ask again (who to call, barriers, regions, the forms
 * and sectors) kept in the server's memory, as a layer of its own above the repositories.
 *
 * Exact invalidation: every write transaction that changes the network replaces the network's
 * version token before it commits (db/network-version.ts), and every entry is stored under the
 * token that was current when its request began. A request reads the token once (one small read,
 * shared by everything it caches), so a change made through any server instance is seen by the
 * next request of every instance. Changes made around the app (a Cypher console) are seen when
 * the entries expire (`ttlMs`) or at the next change made through the app.
 *
 * Personal data is never shared across users: the caller puts the user in the key of anything
 * that holds contact persons (see routing.schema.ts).
 */

import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import type { Database } from '../db/database';
import { bumpNetworkVersion, networkVersion } from '../db/network-version';

export interface ReadCacheOptions {
  /** Off: every read goes to the database (READ_CACHE=off). */
  enabled: boolean;
  /** Entries kept at most; the least recently used go first. */
  maxEntries?: number;
  /** An entry is read again after this long even when nothing changed through the app. */
  ttlMs?: number;
}

/** What the cache has done since start, for tests and benchmarks. */
export interface ReadCacheStats {
  hits: number;
  misses: number;
  /** Times a new network version emptied the cache. */
  invalidations: number;
}

type Entry = { value: Promise<unknown> };

/** The server's one store, shared by all requests. */
export class ReadCache {
  readonly stats: ReadCacheStats = { hits: 0, misses: 0, invalidations: 0 };
  private readonly entries: LRUCache<string, Entry>;
  private token: string | null = null;

  constructor(readonly options: ReadCacheOptions) {
    this.entries = new LRUCache<string, Entry>({
      max: options.maxEntries ?? 2_000,
      ttl: options.ttlMs ?? 10 * 60_000,
    });
  }

  /** The cache as one request sees it: the network version is read once, when first needed. */
  forRequest(db: Database): RequestCache {
    return new RequestCache(this.options.enabled ? this : null, db);
  }

  /** The value under `key` at version `token`, or what `load` gives (then kept). */
  lookup<T>(token: string, key: string, load: () => Promise<T>): Promise<T> {
    if (token !== this.token) {
      // Entries of the old version can no longer be asked for (the token is part of their key).
      if (this.token !== null) this.stats.invalidations++;
      this.entries.clear();
      this.token = token;
    }
    const full = `${token}\u0000${key}`;
    const found = this.entries.get(full);
    if (found) {
      this.stats.hits++;
      return found.value as Promise<T>;
    }
    this.stats.misses++;
    // The promise is kept, so that requests asking the same at the same time share one read.
    const value = load();
    this.entries.set(full, { value });
    value.catch(() => this.entries.delete(full));
    return value;
  }
}

/** One request's view of the read cache (a pass-through when the cache is off). */
export class RequestCache {
  private version: Promise<string | null> | undefined;

  constructor(
    private store: ReadCache | null,
    private readonly db: Database,
  ) {}

  /**
   * Every read of this request goes to the database: a mutation's answer must show what it has
   * just written, whatever other requests keep (useReadCacheForQueries).
   */
  bypass(): void {
    this.store = null;
  }

  /** The network's version as this request sees it: read once, on first use. */
  private token(): Promise<string | null> {
    this.version ??= this.db.read(networkVersion).then(([row]) => row?.token ?? null);
    return this.version;
  }

  /**
   * The store and the version this request uses, or null when it reads around the cache: off,
   * bypassed, or no version yet (nothing changed through the app, so nothing says when to forget).
   */
  private async active(): Promise<{ store: ReadCache; token: string } | null> {
    const store = this.store;
    if (!store) return null;
    const token = await this.token();
    return token === null ? null : { store, token };
  }

  /** The cached value of `key`, or `load()`'s. */
  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    const cache = await this.active();
    return cache ? cache.store.lookup(cache.token, key, load) : load();
  }

  /**
   * Rows by id for a DataLoader: the ids found in the cache come from it, the others from one
   * `load` of just those (in the order given, null where missing — the DataLoader contract).
   */
  async many<T>(
    kind: string,
    ids: readonly string[],
    load: (ids: readonly string[]) => Promise<(T | null)[]>,
  ): Promise<(T | null)[]> {
    const cache = await this.active();
    if (!cache) return load(ids);
    const { store, token } = cache;
    let batch: Promise<(T | null)[]> | undefined;
    const missing: string[] = [];
    const answers = ids.map((id) =>
      store.lookup(token, `${kind}:${id}`, () => {
        const index = missing.push(id) - 1;
        // Every id not cached is read by one query, made once the map below is done.
        return Promise.resolve().then(async () => {
          batch ??= load(missing);
          return (await batch)[index] ?? null;
        });
      }),
    );
    return Promise.all(answers);
  }
}

/**
 * Gives a database whose data was loaded around the app (no change made through it yet) a first
 * version, so that a server's read cache can start keeping answers. Called at start.
 */
export async function ensureNetworkVersion(db: Database): Promise<void> {
  const [row] = await db.read(networkVersion);
  if (!row?.token) await db.write(bumpNetworkVersion);
}

/** Mutations read around the cache (RequestCache.bypass); queries use it. */
export function useReadCacheForQueries(): Plugin<{ cache: RequestCache }> {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      if (operation?.operation !== 'query') args.contextValue.cache.bypass();
    },
  };
}
