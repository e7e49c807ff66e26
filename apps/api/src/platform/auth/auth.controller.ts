import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { changePasswordSchema, CSRF_COOKIE, loginSchema, SESSION_COOKIE, sessionResponseSchema } from '@wir/shared';
import { Authenticated, Public } from './access.decorator';
import type { Actor } from './actor';
import type { AuthenticatedRequest } from './authenticated-request';
import { AuthService } from './auth.service';
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
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ZodResponse({ status: 200, type: SessionResponseDto })
  async login(@Body() body: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const { user, session } = await this.auth.login(body.email, body.password, req.ip ?? 'unknown');
    // Secure when served over HTTPS (req.secure honours X-Forwarded-Proto only behind a trusted proxy).
    const secure = req.secure;
    res.cookie(SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: session.expiresAt });
    res.cookie(CSRF_COOKIE, session.csrfToken, { httpOnly: false, sameSite: 'lax', secure, path: '/', expires: session.expiresAt });
    res.setHeader('Cache-Control', 'no-store');
    return { user };
  }

  @Get('me')
  @Authenticated()
  @ZodResponse({ type: SessionResponseDto })
  async me(@CurrentUser() actor: Actor) {
    return { user: await this.auth.me(actor) };
  }

  @Post('logout')
  @Authenticated()
  @HttpCode(204)
  async logout(@Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(req.auth!.tokenHash);
    clearCookies(res, req.secure);
  }

  @Post('password')
  @Authenticated()
  @HttpCode(204)
  async changePassword(@CurrentUser() actor: Actor, @Body() body: ChangePasswordDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.changePassword(actor, body.currentPassword, body.newPassword);
    clearCookies(res, req.secure);
  }
}
