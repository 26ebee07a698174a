import { useId, useRef, useState } from 'react';
import { readUpload, sizeProblem, type Upload } from './fileUpload';

/**
 * A labelled file field that reads the chosen file and hands it on. The native input keeps the
 * keyboard behaviour and the screen reader's "no file chosen"; a wrong size is said at once.
 */
export function FilePicker({ label, hint, accept, disabled = false, onFile }: {
  label: string;
  hint: string;
  accept: string;
  disabled?: boolean;
  onFile: (file: Upload) => void;
}) {
  const id = useId();
  const ref = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);

  const choose = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    const tooBig = sizeProblem(file);
    setProblem(tooBig);
    setChosen(file.name);
    if (ref.current) ref.current.value = '';
    if (tooBig === null) onFile(await readUpload(file));
  };

  return (
    <div className={problem ? 'field field-invalid transfer-file' : 'field transfer-file'}>
      <label htmlFor={id}>{label}</label>
      <span id={`${id}-hint`} className="field-hint">{hint}</span>
      {/* The native control says "Choose File" in the browser's language; ours says it in Swedish. */}
      <span className="transfer-file-control">
        <input ref={ref} id={id} type="file" accept={accept} disabled={disabled} className="transfer-file-input"
          aria-describedby={problem ? `${id}-hint ${id}-error` : `${id}-hint`} aria-invalid={problem ? true : undefined}
          onChange={(e) => void choose(e.target.files?.[0])} />
        <span className="button transfer-file-button" aria-hidden="true">Välj fil …</span>
        <span className="transfer-file-name" aria-hidden="true">{chosen ?? 'Ingen fil vald'}</span>
      </span>
      {problem && <span id={`${id}-error`} className="field-error" role="alert">{problem}</span>}
    </div>
  );
}
