import { Global, Module } from '@nestjs/common';
import { SessionRepository } from './session.repository';
import { SessionService } from './session.service';
import { LoginThrottleService } from './login-throttle.service';

@Global()
@Module({
  providers: [SessionRepository, SessionService, LoginThrottleService],
  exports: [SessionService, LoginThrottleService],
})
export class SessionsModule {}
