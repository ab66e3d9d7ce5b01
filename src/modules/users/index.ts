export { User } from './entities/user.entity';
export { UsersModule } from './users.module';
export { PasswordHasher } from './password-hasher';
export { UsersService, lockExistingUsersSql, type NewUser } from './users.service';
export { UserSummaryDto } from './user.json';
export { EmailField, PasswordField, UsernameField } from './account-fields';
export { ChangePasswordDto } from './dto/profile.dto';
