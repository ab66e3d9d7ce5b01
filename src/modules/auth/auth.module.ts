import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationsModule } from '../organizations';
import { OutboxModule } from '../outbox';
import { ProjectsModule } from '../projects';
import { TasksModule } from '../tasks';
import { UsersModule } from '../users';
import { AccountController } from './account.controller';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { DemoSeeder } from './demo-seeder';
import { RefreshToken } from './entities/refresh-token.entity';
import { LoginThrottle } from './login-throttle';
import { RefreshTokensService } from './refresh-tokens.service';

@Module({
  imports: [TypeOrmModule.forFeature([RefreshToken]), UsersModule, OrganizationsModule, ProjectsModule, TasksModule, OutboxModule],
  controllers: [AuthController, AccountController],
  providers: [AuthService, RefreshTokensService, LoginThrottle, DemoSeeder],
})
export class AuthModule {}
