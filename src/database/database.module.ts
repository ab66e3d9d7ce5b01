import { DynamicModule, Module, Provider } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { ClsPluginTransactional } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ClsModule } from 'nestjs-cls';
import { AppConfig } from '../config';
import { dataSourceOptions } from './data-source.options';

const ENHANCER_TOKENS: unknown[] = [APP_GUARD, APP_INTERCEPTOR];

function isGlobalEnhancer(provider: Provider): boolean {
  return typeof provider === 'object' && ENHANCER_TOKENS.includes(provider.provide);
}

/**
 * ClsModule always registers a global guard and a global interceptor, which are no-ops while only the
 * middleware is mounted. A single global interceptor makes Nest run every handler through rxjs `defer`
 * and two `AsyncResource.bind` calls (each creating Node deprecation wrappers); without them the
 * middleware alone sets up the context, exactly as before.
 */
function withoutNoOpEnhancers(module: DynamicModule): DynamicModule {
  return {
    ...module,
    imports: module.imports?.map((imported) =>
      'module' in imported && imported.providers
        ? { ...imported, providers: imported.providers.filter((provider) => !isGlobalEnhancer(provider)) }
        : imported,
    ),
  };
}

/**
 * The DataSource plus the unit of work: a `@Transactional()` use case runs in one transaction
 * carried in async context, and `TransactionHost.tx` is the EntityManager bound to it.
 */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.databaseUrl, config.databasePoolSize, config.databaseTimeouts),
        entities: undefined,
        autoLoadEntities: true,
      }),
    }),
    withoutNoOpEnhancers(
      ClsModule.forRoot({
        global: true,
        // configureApp starts each request's context itself (runInRequestContext).
        middleware: { mount: false },
        guard: { mount: false },
        interceptor: { mount: false },
        plugins: [
          new ClsPluginTransactional({
            imports: [TypeOrmModule],
            adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }),
          }),
        ],
      }),
    ),
  ],
})
export class DatabaseModule {}
