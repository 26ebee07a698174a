import type { CallName, ParsedInput } from '@shared/api/contract';
import type { ServiceContext } from '../context';
import type { Handlers, HandlerResult, Session } from './session';

/** A service that takes the call's parsed input as it is. */
type InputService<K extends CallName> = (ctx: ServiceContext, input: ParsedInput<K>) => HandlerResult<K>;

/** The calls whose input is only `{ id }` (get and delete): their services take the id itself. */
type IdCall = { [K in CallName]: ParsedInput<K> extends { id: number } ? ({ id: number } extends ParsedInput<K> ? K : never) : never }[CallName];
type IdService<K extends CallName> = (ctx: ServiceContext, id: number) => HandlerResult<K>;

/**
 * Handlers that only hand the input to a service are not written by hand: name the service
 * under its call and this makes the handler. The types check each service against its call's
 * input and output, so a service that does not fit is a compile error.
 */
export function passThrough<K extends CallName>(services: { [P in K]: InputService<P> }): Pick<Handlers, K> {
  return mapServices(services, (service) => (session, input) => service(session.ctx, input));
}

/** As passThrough, for calls whose input is `{ id }` and whose service takes the id. */
export function passId<K extends IdCall>(services: { [P in K]: IdService<P> }): Pick<Handlers, K> {
  return mapServices(services, (service) => (session, input) => service(session.ctx, (input as { id: number }).id));
}

/** Inside the helpers only: the types above already matched each service to its call. */
type LooseService = (ctx: ServiceContext, arg: unknown) => unknown;
type LooseHandler = (session: Session, input: unknown) => unknown;

function mapServices<K extends CallName>(services: Record<K, unknown>, toHandler: (service: LooseService) => LooseHandler): Pick<Handlers, K> {
  const handlers: Partial<Record<K, LooseHandler>> = {};
  for (const name of Object.keys(services) as K[]) handlers[name] = toHandler(services[name] as LooseService);
  return handlers as unknown as Pick<Handlers, K>;
}
