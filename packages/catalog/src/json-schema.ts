import { toJsonSchema } from '@valibot/to-json-schema';
import { AuthoritySchema } from './schema/authority.js';
import { ControllerSchema } from './schema/controller.js';
import { PlatformSchema } from './schema/platform.js';
import { RemedySchema } from './schema/remedy.js';

/**
 * JSON Schemas for contributors' editors, generated from the Valibot schemas. Checks that
 * JSON Schema cannot express (calendar dates, https-only) are left to `catalog check`.
 */
export function catalogJsonSchemas(): Record<
  'platform' | 'controller' | 'authority' | 'remedy',
  object
> {
  const options = { errorMode: 'ignore' } as const;
  return {
    platform: { title: 'Widerspruch platform record', ...toJsonSchema(PlatformSchema, options) },
    controller: {
      title: 'Widerspruch controller record',
      ...toJsonSchema(ControllerSchema, options),
    },
    authority: {
      title: 'Widerspruch supervisory authority record',
      ...toJsonSchema(AuthoritySchema, options),
    },
    remedy: {
      title: 'Widerspruch remedy record (court case or collective action)',
      ...toJsonSchema(RemedySchema, options),
    },
  };
}
