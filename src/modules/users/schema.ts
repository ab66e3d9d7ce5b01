export { User } from './entities/user.entity';
