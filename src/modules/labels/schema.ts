export { Label } from './entities/label.entity';
