type Props<T extends string> = {
  legend: string;
  /** The radio group's name: one per group on the page. */
  name: string;
  className: string;
  choices: readonly (readonly [T, string])[];
  value: T;
  onChoose: (value: T) => void;
};

/** One choice out of a few, as radio buttons under a legend (the exercise editor's options). */
export function ChoiceGroup<T extends string>(props: Props<T>) {
  const { legend, name, className, choices, value, onChoose } = props;
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      {choices.map(([choice, text]) => (
        <label key={choice}>
          <input
            type="radio"
            name={name}
            checked={value === choice}
            onChange={() => onChoose(choice)}
          />{' '}
          {text}
        </label>
      ))}
    </fieldset>
  );
}
