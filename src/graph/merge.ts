import { CitegraphError } from '../errors.js';
import type { Extraction } from '../extract/extract.js';
import { BUILD_DEFAULTS, GraphBuilder, type BuildOptions, type CitegraphGraph } from './build.js';
import type { SerializedCitegraph, ShardAttribute } from './schema.js';

/**
 * `citegraph merge`: the shards of one run (`extract --shard I/N`) back into
 * the graph a single run gives, byte for byte, whatever order they come in.
 * Each shard carries its documents' extractions; they go into one
 * `GraphBuilder`, and communities, centrality and layout are computed once,
 * on the whole graph. Shards are added one at a time, so only one shard's
 * file is ever parsed in memory beside the builder.
 */
export class ShardMerger {
  readonly #builder: GraphBuilder;
  readonly #generator: string;
  readonly #origins = new Map<number, string>();
  #count: { value: number; origin: string } | undefined;

  constructor(options: BuildOptions = {}) {
    this.#builder = new GraphBuilder(options);
    this.#generator = options.generator ?? BUILD_DEFAULTS.generator;
  }

  /** Adds one shard's graph; `origin` (its file) names it in errors. */
  add(graph: SerializedCitegraph, origin: string): void {
    const shard = checkShard(graph.attributes.shard, origin);
    if (graph.attributes.generator !== this.#generator) {
      throw new CitegraphError(`${origin}: written by ${graph.attributes.generator}, but this is ${this.#generator}; make every shard with the same version`);
    }
    this.#count ??= { value: shard.count, origin };
    if (shard.count !== this.#count.value) {
      throw new CitegraphError(`${origin}: shard ${shard.index}/${shard.count}, but ${this.#count.origin} is a shard of ${this.#count.value}; merge the shards of one run`);
    }
    const twin = this.#origins.get(shard.index);
    if (twin !== undefined) throw new CitegraphError(`${origin}: shard ${shard.index}/${shard.count} again (${twin} is that shard too)`);
    this.#origins.set(shard.index, origin);
    for (const extraction of shard.extractions) {
      const path = extraction.document.path;
      if (this.#builder.has(path)) throw new CitegraphError(`${origin}: document ${path} is also in an earlier shard; merge the shards of one run`);
      this.#builder.add(extraction);
    }
  }

  /** The merged graph; every shard 1…N must have been added. */
  build(): CitegraphGraph {
    if (this.#count === undefined) throw new CitegraphError('no shards to merge');
    const count = this.#count.value;
    const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !this.#origins.has(index));
    if (missing.length > 0) {
      const listed = missing.slice(0, 5).map((index) => `${index}/${count}`).join(', ') + (missing.length > 5 ? `, … (${missing.length} in all)` : '');
      throw new CitegraphError(`shard${missing.length === 1 ? '' : 's'} ${listed} missing: merge all ${count} shards of the run`);
    }
    return this.#builder.build();
  }
}

function checkShard(shard: unknown, origin: string): ShardAttribute {
  const fail = (problem: string): never => {
    throw new CitegraphError(`${origin}: ${problem}`);
  };
  if (shard === undefined) fail('not a shard (written without --shard), so it has nothing to merge from');
  const { index, count, extractions } = shard as Partial<ShardAttribute>;
  if (!Number.isInteger(count) || !Number.isInteger(index) || count! < 1 || index! < 1 || index! > count!) fail('damaged shard: attributes.shard needs index and count, 1 <= index <= count');
  if (!Array.isArray(extractions) || !extractions.every(isExtraction)) fail('damaged shard: attributes.shard.extractions must be a list of document extractions');
  return shard as ShardAttribute;
}

function isExtraction(value: unknown): value is Extraction {
  const extraction = value as Partial<Extraction> | null;
  return (
    typeof extraction === 'object' && extraction !== null && typeof extraction.document?.path === 'string' &&
    Array.isArray(extraction.entities) && Array.isArray(extraction.sentences) && Array.isArray(extraction.links)
  );
}
