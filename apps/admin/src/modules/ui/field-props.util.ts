import type { LabelledFieldProps } from './labelled-field';

const FRAME_KEYS = ['name', 'label', 'id', 'markRequired', 'hint', 'error', 'hideLabel', 'optional'] as const;

/** A field's props split into its frame's (label, hint, error; see LabelledField) and its control's own attributes. */
export function splitFieldProps<P extends LabelledFieldProps>(
  props: P,
): [LabelledFieldProps, Omit<P, keyof LabelledFieldProps>] {
  const frame: Record<string, unknown> = {};
  const control: Record<string, unknown> = { ...(props as object) };
  for (const key of FRAME_KEYS) {
    frame[key] = control[key];
    delete control[key];
  }
  return [frame as unknown as LabelledFieldProps, control as Omit<P, keyof LabelledFieldProps>];
}
