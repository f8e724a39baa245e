import type { FrameLocator, Locator } from 'playwright-core';

/** The text box of a form's field (an input or a textarea) by the field's name, e.g. `formField(form, 'email')`. */
export function formField(form: FrameLocator, name: string): Locator {
  return form.locator(`#field-${name} input, #field-${name} textarea`).first();
}
