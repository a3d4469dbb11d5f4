import { GraphQLError } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import { jobProgress } from '../../jobs/job-progress.js';
import { parseGlobalId, toGlobalId } from '../../core/global-id.js';
import type { ItemStatus, JobRecord } from '../../jobs/bulk-job.js';
import type { JobService } from '../../jobs/job-service.js';
import { BulkJobItemStatusEnum } from '../enums.js';
import type { GatewayContext } from '../gateway-context.js';
import { BulkJob, BulkJobConnection, BulkJobEdge, BulkJobItem, BulkJobItemConnection, BulkJobItemEdge } from '../types/bulk-job-type.js';
import { PageInfo } from '../types/connection-types.js';
import { MAX_PAGE_SIZE } from './list-resolver.js';

/** The jobs the caller may see (the backend's access rules for the job's operation), and their items. */
@Resolver(() => BulkJob)
export class JobResolver {
  @Query(() => BulkJob, { nullable: true, description: 'A bulk job by its id (`BulkJob.id`, or the `jobId` part); null when there is none this caller may see.' })
  async job(@Arg('id', () => ID, { description: 'The job\'s global id, or its jobId.' }) id: string, @Ctx() ctx: GatewayContext): Promise<BulkJob | null> {
    const job = await jobsOf(ctx).get(jobIdOf(id), ctx.call.caller);
    return job ? toBulkJob(job) : null;
  }

  @Query(() => BulkJobConnection, { description: 'The bulk jobs this caller may see, newest first.' })
  async jobs(
    @Arg('first', () => Int, { defaultValue: 20, description: `How many (1 to ${MAX_PAGE_SIZE}; default 20).` }) first: number,
    @Arg('after', () => String, { nullable: true, description: "An edge's `cursor`: the jobs older than it." }) after: string | null | undefined,
    @Ctx() ctx: GatewayContext,
  ): Promise<BulkJobConnection> {
    checkFirst(first);
    const page = await jobsOf(ctx).list(first, after ?? null, ctx.call.caller);
    const edges = page.jobs.map((job) => Object.assign(new BulkJobEdge(), { cursor: job.id, node: toBulkJob(job) }));
    return Object.assign(new BulkJobConnection(), { edges, pageInfo: pageInfo(page.hasNextPage, edges.at(-1)?.cursor ?? null) });
  }

  @Mutation(() => BulkJob, { nullable: true, description: 'Stops a job before its next chunk (the chunk being sent finishes); items not sent become CANCELED. Null when there is no job this caller may see.' })
  async cancelJob(@Arg('id', () => ID, { description: 'The job\'s global id, or its jobId.' }) id: string, @Ctx() ctx: GatewayContext): Promise<BulkJob | null> {
    const job = await jobsOf(ctx).cancel(jobIdOf(id), ctx.call.caller);
    return job ? toBulkJob(job) : null;
  }

  @Subscription(() => BulkJob, {
    description: 'A job as it runs (graphql-ws on /graphql): now, on every change and at least once a second, then its final state. Ends at once when there is no job this caller may see.',
    subscribe: ({ args, context }) => {
      const ctx = context as GatewayContext;
      return (async function* () {
        for await (const job of jobProgress(jobsOf(ctx), jobIdOf(String(args['id'])), ctx.call.caller)) yield toBulkJob(job);
      })();
    },
  })
  jobProgress(@Arg('id', () => ID, { description: 'The job\'s global id, or its jobId.' }) _id: string, @Root() job: BulkJob): BulkJob {
    return job;
  }

  @FieldResolver(() => BulkJobItemConnection, { description: 'The items, in input order, optionally of one status.' })
  async items(
    @Root() job: BulkJob,
    @Arg('first', () => Int, { defaultValue: 100, description: `How many (1 to ${MAX_PAGE_SIZE}; default 100).` }) first: number,
    @Arg('after', () => String, { nullable: true, description: "An edge's `cursor`: the items after it." }) after: string | null | undefined,
    @Arg('status', () => BulkJobItemStatusEnum, { nullable: true, description: 'Only items of this status.' }) status: ItemStatus | null | undefined,
    @Ctx() ctx: GatewayContext,
  ): Promise<BulkJobItemConnection> {
    checkFirst(first);
    const position = after == null ? -1 : Number(after);
    if (!Number.isInteger(position) || position < -1) throw new GraphQLError(`after: '${after}' is not a cursor of this connection`, { extensions: { code: 'VALIDATION', field: 'after' } });
    const page = await jobsOf(ctx).items(job.record, first, position, status ?? null);
    const edges = page.items.map((item) => Object.assign(new BulkJobItemEdge(), {
      cursor: String(item.index),
      node: Object.assign(new BulkJobItem(), {
        key: item.key, status: item.status, outcome: item.result?.outcome ?? null, message: item.result?.message ?? null,
        vendorStatus: item.result?.vendorStatus ?? null, vendorCode: item.result?.vendorCode ?? null,
      }),
    }));
    return Object.assign(new BulkJobItemConnection(), { edges, pageInfo: pageInfo(page.hasNextPage, edges.at(-1)?.cursor ?? null) });
  }
}

/** The GraphQL object of a job; it keeps its record for `items`. */
export function toBulkJob(job: JobRecord): BulkJob {
  return Object.assign(new BulkJob(), {
    id: toGlobalId('BulkJob', job.backend, job.id), jobId: job.id, kind: job.kind, status: job.status, backend: job.backend,
    total: job.total, processed: job.processed, succeeded: job.succeeded, failed: job.failed, unknown: job.unknown,
    createdBy: job.createdBy?.id ?? null, createdAt: new Date(job.createdAt), finishedAt: job.finishedAt === null ? null : new Date(job.finishedAt),
    record: job,
  });
}

/** A job id as callers hold it: the global id, or the bare job id. */
export function jobIdOf(id: string): string {
  const parts = parseGlobalId(id);
  return typeof parts !== 'string' && parts.type === 'BulkJob' ? parts.vendorId : id;
}

export function jobsOf(ctx: GatewayContext): JobService {
  if (!ctx.jobs) throw new GraphQLError('bulk jobs are not available on this gateway', { extensions: { code: 'UNSUPPORTED_OPERATION' } });
  return ctx.jobs;
}

function checkFirst(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new GraphQLError(`first: must be 1 to ${MAX_PAGE_SIZE}, got ${first}`, { extensions: { code: 'VALIDATION', field: 'first' } });
  }
}

const pageInfo = (hasNextPage: boolean, endCursor: string | null) => Object.assign(new PageInfo(), { hasNextPage, endCursor });
