import type { Request } from 'express';
import type { Actor } from './actor';

export type AuthenticatedRequest = Request & { auth?: { actor: Actor; sessionId: number; tokenHash: string } };
