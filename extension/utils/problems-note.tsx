/** A message about a template file, with each problem and where it is (loadTemplate's `problems`), on our pages. */
export interface Note {
  readonly text: string;
  readonly problems?: readonly string[];
}

export function ProblemsNote({ note, role }: { note: Note | undefined; role: string }) {
  if (!note) return null;
  return (
    <div data-role={role}>
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
