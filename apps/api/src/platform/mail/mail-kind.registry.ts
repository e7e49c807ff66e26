import { Injectable } from '@nestjs/common';
import type { AnyMailKindDefinition, MailKindDefinition } from './mail-kind';

const KIND_NAME = /^[a-z][a-z0-9_]{0,39}$/;

/**
 * The mail kinds modules have registered. A module registers its kinds once at start (see
 * `registerMailKinds`); the outbox refuses a kind nobody registered, the worker renders each row
 * with its kind's definition.
 */
@Injectable()
export class MailKindRegistry {
  private readonly kinds = new Map<string, MailKindDefinition>();

  register(...definitions: AnyMailKindDefinition[]): void {
    for (const definition of definitions) {
      if (!KIND_NAME.test(definition.kind))
        throw new Error(`mail kind "${definition.kind}" is not a lower-case name of at most 40 characters`);
      if (this.kinds.has(definition.kind)) throw new Error(`mail kind "${definition.kind}" is registered twice`);
      this.kinds.set(definition.kind, definition);
    }
  }

  /** The definition of a kind, or undefined when no module registered it. */
  find(kind: string): MailKindDefinition | undefined {
    return this.kinds.get(kind);
  }

  names(): string[] {
    return [...this.kinds.keys()];
  }
}

/**
 * A provider that registers mail kinds when its module starts: put it into the module's
 * `providers`, e.g. `providers: [registerMailKinds(...surveyMailKinds), SurveysService]`.
 */
export function registerMailKinds(...definitions: AnyMailKindDefinition[]) {
  return {
    provide: Symbol(`mail kinds ${definitions.map((d) => d.kind).join(', ')}`),
    inject: [MailKindRegistry],
    useFactory: (registry: MailKindRegistry) => registry.register(...definitions),
  };
}
