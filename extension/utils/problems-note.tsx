/** A message about a template file, with each problem and where it is (loadTemplate's `problems`), on our pages. */
export interface Note {
  readonly text: string;
  readonly problems?: readonly string[];
}

/** `kind` names the note for tests and users' tools (its data-role). */
export function ProblemsNote({ note, kind }: { note: Note | undefined; kind: string }) {
  if (!note) return null;
  return (
    <div data-role={kind}>
      <p>{note.text}</p>
      {note.problems && (
        <ul class="problems">
          {note.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
