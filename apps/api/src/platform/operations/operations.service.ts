import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as fsp from 'node:fs/promises';
import * as path from 'node:path';
import type { Writable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  OPERATION_MAX_ACTIVE_PER_USER,
  OPERATION_RETENTION_DAYS,
  type Operation,
  type OperationKind,
} from '@wir/shared';
import type { Actor } from '#api/platform/auth/actor';
import type { AppConfig } from '#api/platform/config/app-config';
import { APP_CONFIG } from '#api/platform/config/app-config.token';
import { TransactionRunner } from '#api/platform/database/transaction.runner';
import { DomainError } from '#api/platform/errors/domain.error';
import type { Download } from '#api/platform/export/download';
import { loggableError } from '#api/platform/logging/loggable-error.util';
import { ensurePrivateDir, PRIVATE_FILE_MODE } from '#api/platform/security/private-files.util';
import { OperationEntity } from './operation.entity';
import { OPERATIONS_DIR } from './operations-dir';
import { OperationError } from './operations.errors';
import { OperationsRepository } from './operations.repository';

/** A running operation writes its progress and a sign of life this often. */
export const OPERATION_HEARTBEAT_MS = 30_000;
/** An active operation without a sign of life for this long is taken as interrupted. */
export const OPERATION_STALE_MS = 120_000;
/** Progress reaches the database at most this often (GET in the running process reads it from memory). */
const PROGRESS_FLUSH_MS = 1000;
const DAY_MS = 86_400_000;
const SUBJECT_MAX = 300;
/** How long a shutdown waits for running operations before it marks them interrupted. */
const SHUTDOWN_WAIT_MS = 10_000;
/**
 * Operations running at the same time in one process (the machine has two cores, and requests still need one);
 * further ones stay `queued` and start, in order, as soon as one ends.
 */
export const OPERATION_MAX_RUNNING = 2;
/** Retry-After of a start refused with `operation_limit_reached`. */
const LIMIT_RETRY_AFTER_S = 5;

export type OperationStart = { kind: OperationKind; subject?: string | null; subjectPath?: string | null };

/** What a running operation reports through. */
export type OperationContext = {
  readonly id: string;
  /** Rows (or items) done of `total`; total null while unknown, left as it is when omitted. */
  progress(done: number, total?: number | null): void;
  /** Counts merged into the summary (e.g. { created: 3 }). */
  summary(values: Record<string, number>): void;
  /** Streams the result file to DATA_DIR/operations/<id>/ (the writer ends `out`). */
  writeFile(name: string, contentType: string, writer: (out: Writable) => Promise<void>): Promise<void>;
};

/** Counts a module adds to the summary each time the operation is read (e.g. mails delivered so far). */
export type LiveSummarySource = (operation: { id: string; status: string }) => Promise<Record<string, number>>;

type Live = {
  row: OperationEntity;
  lastFlush: number;
  flushing?: Promise<void>;
  finished: boolean;
  done?: Promise<void>;
};

/**
 * Long operations: `start` stores the operation (queued), answers at once, and runs the work in the
 * background of this process. Progress is kept in memory (GET in this process reads it there) and
 * written outside the work's transaction, at most every second and with each heartbeat; on SQLite such
 * a write waits its turn behind a running transaction instead of joining it.
 */
@Injectable()
export class OperationsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Operations');
  private readonly live = new Map<string, Live>();
  private readonly summarySources = new Map<OperationKind, LiveSummarySource>();
  private running = 0;
  private readonly waitingForSlot: Array<() => void> = [];

  constructor(
    private readonly operations: OperationsRepository,
    private readonly tx: TransactionRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** SQLite has a single process: whatever is still active from before the start was interrupted. */
  async onApplicationBootstrap(): Promise<void> {
    if (this.tx.isSqlite) await this.markInterrupted(new Date(), { staleBefore: new Date(8.64e15) });
  }

  async onModuleDestroy(): Promise<void> {
    const running = [...this.live.values()].map((l) => l.done);
    if (running.length === 0) return;
    await Promise.race([Promise.allSettled(running), sleep(SHUTDOWN_WAIT_MS, undefined, { ref: false })]);
    // Still running: the process goes away under them.
    await this.markInterrupted(new Date(), { staleBefore: new Date(8.64e15), includeLive: true }).catch(() => 0);
  }

  /** A module adds live counts to its kind's summary (read each time the operation is read). */
  registerLiveSummary(kind: OperationKind, source: LiveSummarySource): void {
    this.summarySources.set(kind, source);
  }

  async start(actor: Actor, what: OperationStart, run: (ctx: OperationContext) => Promise<void>): Promise<Operation> {
    // Counted in this process, before any await: two starts at the same moment cannot both take the last place.
    // (An operation runs in the process that started it, so this counts all of a person's active ones here.)
    const active = [...this.live.values()].filter((l) => !l.finished && l.row.ownerUserId === actor.id).length;
    if (active >= OPERATION_MAX_ACTIVE_PER_USER)
      throw new OperationError(
        'operation_limit_reached',
        `At most ${OPERATION_MAX_ACTIVE_PER_USER} operations may be active at a time; wait until one has finished.`,
        { params: { max: OPERATION_MAX_ACTIVE_PER_USER }, retryAfterSeconds: LIMIT_RETRY_AFTER_S },
      );
    const row = Object.assign(new OperationEntity(), {
      id: randomUUID(),
      kind: what.kind,
      status: 'queued',
      ownerUserId: actor.id,
      subject: what.subject ? what.subject.slice(0, SUBJECT_MAX) : null,
      subjectPath: what.subjectPath ? what.subjectPath.slice(0, SUBJECT_MAX) : null,
      progressDone: 0,
      progressTotal: null,
      summary: {},
      errorCode: null,
      errorParams: null,
      fileName: null,
      fileType: null,
      fileSize: null,
      filePath: null,
      heartbeatAt: null,
      createdAt: new Date(),
      startedAt: null,
      finishedAt: null,
    } satisfies OperationEntity);
    const live: Live = { row, lastFlush: 0, finished: false };
    this.live.set(row.id, live);
    try {
      await this.tx.run((m) => this.operations.insert(m, row));
    } catch (error) {
      this.live.delete(row.id);
      throw error;
    }
    const asStarted = { ...row };
    // A sign of life while it waits for a place too, so no other process takes it for interrupted.
    const waiting = setInterval(() => void this.flush(live), OPERATION_HEARTBEAT_MS);
    waiting.unref();
    live.done = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.takeSlot())
      .then(async (release) => {
        clearInterval(waiting);
        try {
          // Marked interrupted while it waited (a shutdown): it never starts.
          if (live.finished) this.live.delete(row.id);
          else await this.execute(live, run);
        } finally {
          release();
        }
      });
    return this.toDto(asStarted);
  }

  async list(actor: Actor, activeOnly: boolean): Promise<Operation[]> {
    const rows = await this.operations.ofOwner(actor.id, activeOnly);
    return Promise.all(rows.map((r) => this.toDto(this.live.get(r.id)?.row ?? r)));
  }

  async get(actor: Actor, id: string): Promise<Operation> {
    return this.toDto(await this.own(actor, id));
  }

  /** The result file as a download; `operation_file_gone` when there is none (any more). */
  async file(actor: Actor, id: string): Promise<Download> {
    const row = await this.own(actor, id);
    const gone = () => new OperationError('operation_file_gone', `Operation ${id} has no file (any more).`);
    if (row.status !== 'succeeded' || !row.filePath || !row.fileName || !row.fileType) throw gone();
    const file = path.join(this.config.dataDir, row.filePath);
    try {
      await fsp.access(file, fs.constants.R_OK);
    } catch {
      throw gone();
    }
    return {
      fileName: row.fileName,
      contentType: row.fileType,
      write: (out) => pipeline(fs.createReadStream(file), out),
    };
  }

  /**
   * The job: active operations without a sign of life since `staleBefore` (default: OPERATION_STALE_MS
   * ago) fail with `operation_interrupted`; those running in this process are alive whatever their row says.
   */
  async markInterrupted(
    now = new Date(),
    options: { staleBefore?: Date; includeLive?: boolean } = {},
  ): Promise<number> {
    const staleBefore = options.staleBefore ?? new Date(now.getTime() - OPERATION_STALE_MS);
    const liveHere = options.includeLive ? [] : [...this.live.keys()];
    const stale = await this.tx.run(async (m) => {
      const rows = await this.operations.staleActive(m, staleBefore, liveHere);
      for (const row of rows)
        await this.operations.update(m, row.id, {
          status: 'failed',
          errorCode: 'operation_interrupted',
          errorParams: null,
          finishedAt: now,
        });
      return rows;
    });
    for (const row of stale) {
      const live = this.live.get(row.id);
      if (live) live.finished = true;
      await this.removeFiles(row.id);
    }
    if (stale.length) this.logger.warn({ operations: stale.map((r) => r.id) }, 'operations marked interrupted');
    return stale.length;
  }

  /** The retention job: operations finished more than OPERATION_RETENTION_DAYS ago go, files first. */
  async purgeExpired(now = new Date()): Promise<number> {
    const before = new Date(now.getTime() - OPERATION_RETENTION_DAYS * DAY_MS);
    return this.tx.run(async (m) => {
      const rows = await this.operations.finishedBefore(m, before);
      for (const row of rows) await this.removeFiles(row.id);
      await this.operations.deleteByIds(
        m,
        rows.map((r) => r.id),
      );
      return rows.length;
    });
  }

  private async own(actor: Actor, id: string): Promise<OperationEntity> {
    const live = this.live.get(id)?.row;
    const row = live ?? (await this.operations.find(id));
    // Someone else's operation is answered like a missing one (an admin sees only their own too).
    if (!row || row.ownerUserId !== actor.id)
      throw new OperationError('operation_not_found', `Operation ${id} does not exist.`);
    return row;
  }

  /** Waits for one of the OPERATION_MAX_RUNNING places; the returned function gives it back (to the next in line). */
  private async takeSlot(): Promise<() => void> {
    if (this.running < OPERATION_MAX_RUNNING) this.running++;
    else await new Promise<void>((resolve) => this.waitingForSlot.push(resolve)); // handed over with the place
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waitingForSlot.shift();
      if (next) next();
      else this.running--;
    };
  }

  private async execute(live: Live, run: (ctx: OperationContext) => Promise<void>): Promise<void> {
    const { row } = live;
    let heartbeat: NodeJS.Timeout | undefined;
    const patch: Partial<OperationEntity> = {};
    try {
      row.status = 'running';
      row.startedAt = row.heartbeatAt = new Date();
      await this.write(row.id, { status: 'running', startedAt: row.startedAt, heartbeatAt: row.heartbeatAt });
      heartbeat = setInterval(() => void this.flush(live), OPERATION_HEARTBEAT_MS);
      heartbeat.unref();
      await run(this.context(live));
      Object.assign(patch, {
        status: 'succeeded',
        fileName: row.fileName,
        fileType: row.fileType,
        fileSize: row.fileSize,
        filePath: row.filePath,
      });
    } catch (error) {
      Object.assign(patch, { status: 'failed', ...this.failure(row, error) });
      await this.removeFiles(row.id).catch(() => undefined);
      Object.assign(row, { fileName: null, fileType: null, fileSize: null, filePath: null });
    } finally {
      clearInterval(heartbeat);
    }
    if (live.finished) {
      this.live.delete(row.id); // marked interrupted meanwhile (shutdown)
      return;
    }
    live.finished = true;
    await live.flushing;
    const now = new Date();
    Object.assign(patch, {
      progressDone: row.progressDone,
      progressTotal: row.progressTotal,
      summary: row.summary,
      heartbeatAt: now,
      finishedAt: now,
    });
    try {
      await this.write(row.id, patch, 20);
      Object.assign(row, patch);
    } catch (error) {
      this.logger.error({ error: loggableError(error), operation: row.id }, 'operation end not stored');
    } finally {
      this.live.delete(row.id);
    }
  }

  private failure(row: OperationEntity, error: unknown): Pick<OperationEntity, 'errorCode' | 'errorParams'> {
    if (error instanceof DomainError) {
      const params: Record<string, string | number> = { ...error.extra.params };
      const fields = error.extra.errors?.map((e) => e.path);
      if (fields?.length) params.fields = fields.join(', ').slice(0, 1000);
      return { errorCode: error.code, errorParams: Object.keys(params).length ? params : null };
    }
    this.logger.error({ error: loggableError(error), operation: row.id, kind: row.kind }, 'operation failed');
    return { errorCode: 'operation_failed', errorParams: null };
  }

  private context(live: Live): OperationContext {
    const { row } = live;
    return {
      id: row.id,
      progress: (done, total) => {
        row.progressDone = Math.max(0, Math.trunc(done));
        if (total !== undefined) row.progressTotal = total === null ? null : Math.max(0, Math.trunc(total));
        if (Date.now() - live.lastFlush >= PROGRESS_FLUSH_MS) void this.flush(live);
      },
      summary: (values) => {
        row.summary = { ...row.summary, ...values };
        if (Date.now() - live.lastFlush >= PROGRESS_FLUSH_MS) void this.flush(live);
      },
      writeFile: (name, contentType, writer) => this.writeFile(live, name, contentType, writer),
    };
  }

  private async writeFile(
    live: Live,
    name: string,
    contentType: string,
    writer: (out: Writable) => Promise<void>,
  ): Promise<void> {
    const { row } = live;
    await ensurePrivateDir(path.join(this.config.dataDir, OPERATIONS_DIR));
    await ensurePrivateDir(path.join(this.config.dataDir, OPERATIONS_DIR, row.id));
    const relative = `${OPERATIONS_DIR}/${row.id}/result`;
    const file = path.join(this.config.dataDir, relative);
    const out = fs.createWriteStream(file, { mode: PRIVATE_FILE_MODE });
    const closed = finished(out);
    try {
      await writer(out);
      await closed;
    } catch (error) {
      out.destroy();
      await closed.catch(() => undefined);
      await fsp.rm(file, { force: true });
      throw error;
    }
    const { size } = await fsp.stat(file);
    Object.assign(row, { fileName: name, fileType: contentType, fileSize: size, filePath: relative });
  }

  /** Writes progress and a sign of life; never fails the work (the next flush or the end catches up). */
  private flush(live: Live): Promise<void> {
    if (live.finished) return Promise.resolve();
    if (live.flushing) return live.flushing;
    const { id, progressDone, progressTotal, summary } = live.row;
    live.lastFlush = Date.now();
    live.flushing = this.tx
      .run((m) => this.operations.update(m, id, { progressDone, progressTotal, summary, heartbeatAt: new Date() }))
      .then(
        () => undefined,
        (error: unknown) => this.logger.debug({ error: loggableError(error), operation: id }, 'progress not stored'),
      )
      .finally(() => (live.flushing = undefined));
    return live.flushing;
  }

  /** A write of the operation's row; `attempts` > 1 retries while the database is busy (SQLite's queue). */
  private async write(id: string, patch: Partial<OperationEntity>, attempts = 1): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.tx.run((m) => this.operations.update(m, id, patch));
        return;
      } catch (error) {
        const busy = error instanceof DomainError && error.code === 'unavailable';
        if (!busy || attempt >= attempts) throw error;
        await sleep(250);
      }
    }
  }

  private removeFiles(id: string): Promise<void> {
    return fsp.rm(path.join(this.config.dataDir, OPERATIONS_DIR, id), { recursive: true, force: true });
  }

  private async toDto(row: OperationEntity): Promise<Operation> {
    const source = this.summarySources.get(row.kind);
    const live = source ? await source({ id: row.id, status: row.status }) : {};
    const succeeded = row.status === 'succeeded';
    return {
      id: row.id,
      kind: row.kind,
      status: row.status,
      subject: row.subject,
      subjectPath: row.subjectPath,
      progress: { done: row.progressDone, total: row.progressTotal },
      summary: { ...row.summary, ...live },
      file:
        succeeded && row.fileName && row.fileType && row.fileSize !== null
          ? { name: row.fileName, contentType: row.fileType, sizeBytes: row.fileSize }
          : null,
      error: row.errorCode ? { code: row.errorCode, ...(row.errorParams ? { params: row.errorParams } : {}) } : null,
      createdAt: row.createdAt.toISOString(),
      startedAt: row.startedAt?.toISOString() ?? null,
      finishedAt: row.finishedAt?.toISOString() ?? null,
      expiresAt: row.finishedAt
        ? new Date(row.finishedAt.getTime() + OPERATION_RETENTION_DAYS * DAY_MS).toISOString()
        : null,
    };
  }
}
