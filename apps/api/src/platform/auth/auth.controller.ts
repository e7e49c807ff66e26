import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { changePasswordSchema, CSRF_COOKIE, loginSchema, SESSION_COOKIE, sessionResponseSchema } from '@wir/shared';
import { AllowedBeforePasswordChange, Authenticated, Public } from './access.decorator';
import type { Actor } from './actor';
import type { AuthenticatedRequest } from './authenticated-request';
import { AuthService } from './auth.service';
import { APP_CONFIG } from '#api/platform/config/app-config.token';
import type { AppConfig } from '#api/platform/config/app-config';
import { CurrentUser } from './current-user.decorator';

class LoginDto extends createZodDto(loginSchema) {}
class ChangePasswordDto extends createZodDto(changePasswordSchema) {}
class SessionResponseDto extends createZodDto(sessionResponseSchema) {}

function clearCookies(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
  res.clearCookie(CSRF_COOKIE, { sameSite: 'lax', secure, path: '/' });
}

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** COOKIE_SECURE (default: PUBLIC_BASE_URL is https), or the request came over HTTPS (X-Forwarded-Proto only from a trusted proxy). */
  private secureCookies(req: Request): boolean {
    return this.config.cookieSecure || req.secure;
  }

  @Post('login')
  @ApiOperation({ summary: 'Log in with e-mail and password' })
  @Public()
  @HttpCode(200)
  @ZodResponse({ status: 200, type: SessionResponseDto })
  async login(@Body() body: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const { user, session } = await this.auth.login(body.email, body.password, req.ip);
    const secure = this.secureCookies(req);
    res.cookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: '/',
      expires: session.expiresAt,
    });
    res.cookie(CSRF_COOKIE, session.csrfToken, {
      httpOnly: false,
      sameSite: 'lax',
      secure,
      path: '/',
      expires: session.expiresAt,
    });
    res.setHeader('Cache-Control', 'no-store');
    return { user };
  }

  @Get('me')
  @ApiOperation({ summary: "Read the current session's user" })
  @Authenticated()
  @AllowedBeforePasswordChange()
  @ZodResponse({ type: SessionResponseDto })
  async me(@CurrentUser() actor: Actor) {
    return { user: await this.auth.me(actor) };
  }

  @Post('logout')
  @ApiOperation({ summary: 'Log out' })
  @Authenticated()
  @AllowedBeforePasswordChange()
  @HttpCode(204)
  async logout(@Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(req.auth!.tokenHash);
    clearCookies(res, this.secureCookies(req));
  }

  @Post('password')
  @ApiOperation({ summary: 'Change the own password' })
  @Authenticated()
  @AllowedBeforePasswordChange()
  @HttpCode(204)
  async changePassword(
    @CurrentUser() actor: Actor,
    @Body() body: ChangePasswordDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<void> {
    await this.auth.changePassword(actor, body.currentPassword, body.newPassword, req.ip);
    clearCookies(res, this.secureCookies(req));
  }
}
