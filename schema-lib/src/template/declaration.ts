import type { ChoiceFieldDef, TemplateInput } from './types.js';

/**
 * The shape of a declaration of template `T`, derived from the template's data: each field path becomes a
 * nested property (a choice group holds the ids of the marked options), each section holds its subsections (a
 * section without any holds its text).
 */
export type DeclarationOf<T extends TemplateInput> = DeepSimplify<
  UnionToIntersection<
    | FieldShape<T['fields'][number]>
    | SubsectionShape<T['sections'][number]['subsections'][number]>
    | PlainSectionShape<T['sections'][number]>
  >
>;

/** What a parser or a half-filled form produces: any part may be missing. */
export type PartialDeclarationOf<T extends TemplateInput> = DeepPartial<DeclarationOf<T>>;

/** A declaration of no particular template: nested objects of strings and string arrays. */
export interface DeclarationData {
  readonly [key: string]: string | readonly string[] | DeclarationData | undefined;
}

type FieldShape<F> = F extends { readonly path: infer P extends string }
  ? Nest<P, F extends ChoiceFieldDef ? OptionId<F>[] : string>
  : never;
/** The ids of a choice group's options, as the template spells them: a misspelt id does not compile. */
type OptionId<F extends ChoiceFieldDef> = F['options'][number]['id'];
type SubsectionShape<S> = S extends { readonly path: infer P extends string } ? Nest<P, string> : never;
/** A section without subsections holds its text itself. */
type PlainSectionShape<S> = S extends { readonly path: infer P extends string; readonly subsections: readonly [] }
  ? Nest<P, string>
  : never;

type Nest<P extends string, V> = P extends `${infer Head}.${infer Rest}`
  ? { [K in Head]: Nest<Rest, V> }
  : { [K in P]: V };

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

type DeepSimplify<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]: DeepSimplify<T[K]> } : T;

type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;
