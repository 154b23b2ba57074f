// The few parts of jsonstat-toolkit 2.2 (which ships no types) that the export tests use.
declare module 'jsonstat-toolkit' {
  interface JsonStatCategory {
    readonly id: readonly string[] | null;
    readonly label: string;
    readonly index: number;
    readonly unit: { readonly label?: string; readonly decimals?: number } | null;
  }
  interface JsonStatDimension {
    readonly label: string;
    readonly id: readonly string[];
    readonly length: number;
    readonly role: string | null;
    Category(id: string | number): JsonStatCategory | null;
  }
  interface JsonStatCell {
    readonly value: unknown;
    readonly status: string | null;
  }
  interface JsonStatDataset {
    readonly class: string;
    readonly label: string | null;
    readonly id: readonly string[];
    readonly size: readonly number[];
    readonly n: number;
    readonly source: string | null;
    readonly updated: string | null;
    readonly note: readonly string[] | null;
    readonly extension: Record<string, unknown> | null;
    readonly role: Record<string, readonly string[]> | null;
    readonly value: readonly unknown[];
    Dimension(id: string | number): JsonStatDimension | null;
    Data(query: Readonly<Record<string, string>> | readonly number[] | number): JsonStatCell | null;
  }
  interface JsonStatResponse {
    readonly class: string;
    readonly length: number;
    Dataset(id: number | string): JsonStatDataset;
  }
  export default function JSONstat(input: unknown): JsonStatResponse;
}
