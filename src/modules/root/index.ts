export { RootModule } from './root.module';
