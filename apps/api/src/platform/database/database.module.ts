import { Global, Module } from '@nestjs/common';
import { JobLock } from './job-lock.service';
import { TransactionRunner } from './transaction.runner';

@Global()
@Module({ providers: [TransactionRunner, JobLock], exports: [TransactionRunner, JobLock] })
export class DatabaseModule {}
