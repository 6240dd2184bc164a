import type { Channel, Output, ParsedInput } from '../../shared/api';

export type Handler<C extends Channel> = (input: ParsedInput<C>) => Output<C> | Promise<Output<C>>;

/** The handlers of one feature: exactly the channels whose names start with `prefix.`. */
export type FeatureHandlers<P extends string> = {
  [C in Channel as C extends `${P}.${string}` ? C : never]: Handler<C>;
};

export type HandlerTable = { [C in Channel]: Handler<C> };
