// use-intl's message formatter inside the island scripts. The texts arrive as Next imported the catalogs: ICU strings,
// or compiled ones (arrays) when next.config.ts precompiles messages; each goes to the formatter that reads it.
import formatIcu from 'use-intl/format-message';
import formatCompiled from 'use-intl/format-message/format-only';

type Args = Parameters<typeof formatIcu>;

export default function formatMessage(...args: Args): ReturnType<typeof formatIcu> {
  const message: unknown = args[1];
  return Array.isArray(message)
    ? (formatCompiled as unknown as (...a: Args) => ReturnType<typeof formatIcu>)(...args)
    : formatIcu(...args);
}
formatMessage.raw = true;
