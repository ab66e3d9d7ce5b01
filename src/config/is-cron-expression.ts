import { registerDecorator } from 'class-validator';
import { validateCronExpression } from 'cron';

export function IsCronExpression(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCronExpression',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate: (value: unknown) => typeof value === 'string' && validateCronExpression(value).valid,
        defaultMessage: () => `${String(propertyName)} must be a valid cron expression (e.g. "*/15 * * * *")`,
      },
    });
}
