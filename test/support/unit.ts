import { Provider, Type } from '@nestjs/common';
import { ClsPluginTransactional, NoOpTransactionalAdapter } from '@nestjs-cls/transactional';
import { Test } from '@nestjs/testing';
import { ClsModule } from 'nestjs-cls';

/** Names a framework or a promise check may look up on any object; a fake answers them with undefined. */
const PROBES = new Set([
  'then',
  'constructor',
  'onModuleInit',
  'onApplicationBootstrap',
  'onModuleDestroy',
  'beforeApplicationShutdown',
  'onApplicationShutdown',
  'asymmetricMatch',
  'toJSON',
  'nodeType',
]);

/**
 * Wraps a hand-written in-memory fake so that any member it does not define throws when touched:
 * a unit under test that calls something the test did not expect fails loudly instead of getting
 * `undefined`.
 */
export function strictFake<T>(name: string, fake: object): T {
  return new Proxy(fake, {
    get(target, property, receiver) {
      if (typeof property === 'symbol' || PROBES.has(property) || property in target) {
        return Reflect.get(target, property, receiver) as unknown;
      }
      throw new Error(`unexpected call: ${name}.${property}`);
    },
  }) as T;
}

/**
 * Builds the unit under test with Nest's injector and the given fakes, without a database:
 * `@Transactional()` methods run through a no-op transaction adapter.
 */
export async function unitUnderTest<T>(unit: Type<T>, fakes: { provide: unknown; useValue: unknown }[]): Promise<T> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      ClsModule.forRoot({
        plugins: [new ClsPluginTransactional({ adapter: new NoOpTransactionalAdapter({ tx: {}, disableWarning: true }) })],
      }),
    ],
    providers: [unit, ...(fakes as Provider[])],
  }).compile();
  return moduleRef.get(unit);
}
