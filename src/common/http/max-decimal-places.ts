import { ValidateBy, ValidationOptions } from 'class-validator';

/** Decimal places of a number however JavaScript prints it (`0.25` is 2, `5e-324` is 324, `1e21` is 0). */
export function decimalPlaces(value: number): number {
  const [mantissa, exponent = '0'] = String(value).toLowerCase().split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/**
 * At most `places` decimal places. class-validator's own `IsNumber({ maxDecimalPlaces })` throws a
 * TypeError (a 500) on numbers printed in exponent form such as 1e-7.
 */
export function MaxDecimalPlaces(places: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxDecimalPlaces',
      validator: {
        validate: (value: unknown) => typeof value !== 'number' || decimalPlaces(value) <= places,
        defaultMessage: (args) => `${args?.property ?? 'value'} must have at most ${places} decimal places`,
      },
    },
    options,
  );
}
