import type { z } from 'zod';

/** A channel's declaration: the schema its input must pass and the shape of what it returns. */
export interface ChannelDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

/** Declares a channel; kept as a function so the literal types of both schemas survive. */
export function channel<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
): ChannelDef<I, O> {
  return { input, output };
}
