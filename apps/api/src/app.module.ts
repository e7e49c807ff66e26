import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { ZodSerializerInterceptor, ZodValidationPipe } from 'nestjs-zod';
import { ActionFieldsModule } from './modules/action-fields/action-fields.module';
import { MunicipalitiesModule } from './modules/municipalities/municipalities.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { UsersModule } from './modules/users/users.module';
import { EventsModule } from './modules/events/events.module';
import { RegistrationsModule } from './modules/registrations/registrations.module';
import { ExportsModule } from './modules/exports/exports.module';
import { GrantsModule } from './modules/grants/grants.module';
import { GrantReportsModule } from './modules/grant-reports/grant-reports.module';
import { MeasuresModule } from './modules/measures/measures.module';
import { OutcomesModule } from './modules/outcomes/outcomes.module';
import { DashboardModule } from './modules/dashboard/dashboard.module';
import { NarrativeReportsModule } from './modules/narrative-reports/narrative-reports.module';
import { ContactsModule } from './modules/contacts/contacts.module';
import { OffersModule } from './modules/offers/offers.module';
import { SurveysModule } from './modules/surveys/surveys.module';
import { SurveyResultsModule } from './modules/survey-results/survey-results.module';
import { EventFeedbackModule } from './modules/event-feedback/event-feedback.module';
import { JobsModule } from './jobs/jobs.module';
import { BackupModule } from './platform/backup/backup.module';
import { IdempotencyModule } from './platform/idempotency/idempotency.module';
import { AuditModule } from './platform/audit/audit.module';
import { AccessGuard } from './platform/auth/access.guard';
import { AuthModule } from './platform/auth/auth.module';
import { SessionsModule } from './platform/auth/sessions.module';
import type { AppConfig } from './platform/config/app-config';
import { ConfigModule } from './platform/config/config.module';
import { DatabaseModule } from './platform/database/database.module';
import { dataSourceOptions } from './platform/database/data-source-options';
import { entities } from './entities';
import { ProblemFilter } from './platform/errors/problem.filter';
import { RateLimitModule } from './platform/http/rate-limit.module';
import { HealthController } from './platform/health/health.controller';
import { loggerOptions } from './platform/logging/logger.options';
import { MailModule } from './platform/mail/mail.module';
import { OperationsModule } from './platform/operations/operations.module';
import { SecurityModule } from './platform/security/security.module';
import { DemoDataService } from './seed/demo-data.service';

@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config, entities), retryAttempts: 3, retryDelay: 1000 }),
        DatabaseModule,
        SecurityModule,
        RateLimitModule,
        SessionsModule,
        AuditModule,
        MailModule,
        OperationsModule,
        UsersModule,
        AuthModule.withStaffDirectory(UsersModule),
        MunicipalitiesModule,
        OrganisationsModule,
        ActionFieldsModule,
        IdempotencyModule,
        EventsModule,
        RegistrationsModule,
        ExportsModule,
        GrantsModule,
        GrantReportsModule,
        MeasuresModule,
        OutcomesModule,
        DashboardModule,
        NarrativeReportsModule,
        ContactsModule,
        OffersModule,
        SurveysModule,
        SurveyResultsModule,
        EventFeedbackModule,
        JobsModule,
        BackupModule,
      ],
      controllers: [HealthController],
      providers: [
        DemoDataService,
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_INTERCEPTOR, useClass: ZodSerializerInterceptor },
      ],
    };
  }
}
