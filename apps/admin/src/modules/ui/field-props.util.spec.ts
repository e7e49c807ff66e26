import { splitFieldProps } from './field-props.util';

describe('splitFieldProps', () => {
  it('gives the frame its props and the control the rest, the name to the frame only', () => {
    const frameProps = {
      name: 'capacity',
      label: 'Plätze',
      hint: 'ganze Zahl',
      error: 'fehlt',
      markRequired: true,
      optional: false,
      hideLabel: true,
      id: 'fixed',
    };
    const [frame, control] = splitFieldProps({ ...frameProps, maxLength: 4, required: true });
    expect(frame).toEqual(frameProps);
    expect(control).toEqual({ maxLength: 4, required: true });
  });

  it('leaves the props it was given alone', () => {
    const props = { name: 'q', label: 'Suche', maxLength: 100 };
    splitFieldProps(props);
    expect(props).toEqual({ name: 'q', label: 'Suche', maxLength: 100 });
  });
});
