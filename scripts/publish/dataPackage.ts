/**
 * A Frictionless Data Package (https://specs.frictionlessdata.io/data-package/)
 * describing every published CSV: fields, types, units, sources, licence.
 */
import { productPath, type Product } from "../../contract/product.ts";
import type { Source } from "../../contract/model.ts";
import { rowCount } from "../../contract/rows.ts";

export const DATA_LICENCE = {
  name: "CC-BY-4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
  title: "Creative Commons Attribution 4.0",
};

export interface PackageRelease {
  /** The data version (hash of facts.csv), as cited on /data/. */
  version: string;
  /** The data's date: the latest source date (contract/api.ts dataDate), never the clock. */
  date: string;
}

export function dataPackage(
  products: readonly Product[],
  sources: readonly Source[],
  release: PackageRelease,
) {
  return {
    profile: "tabular-data-package",
    name: "seoul-social-economy-atlas",
    title: "Seoul Social Economy Atlas data",
    version: release.version,
    // Frictionless calls the package's date "created"; here it is the data's date, not the build's.
    created: release.date,
    description:
      "Figures on the social economy of Seoul's 25 districts, transcribed exactly as printed from public documents, with source and page for every number, normalised units (money in won), and a reconciliation of every printed total and rate.",
    licenses: [DATA_LICENCE],
    sources: sources.map((s) => ({
      title: `${s.title_ko} (${s.title_en})`,
      ...(s.url ? { path: s.url } : {}),
      id: s.id,
      publisher: s.publisher_en,
      date: s.date,
      kind: s.kind,
    })),
    resources: products.map((p) => ({
      profile: "tabular-data-resource",
      name: p.name,
      path: productPath(p),
      title: p.title_en,
      title_ko: p.title_ko,
      description: p.description_en,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: {
        delimiter: ",",
        lineTerminator: "\r\n",
        quoteChar: '"',
        doubleQuote: true,
        header: true,
      },
      count_of_rows: rowCount(p),
      schema: {
        fields: p.fields.map((f) => ({
          name: f.name,
          type: f.type,
          description: f.description,
          ...(f.description_ko ? { description_ko: f.description_ko } : {}),
          ...(f.unit ? { unit: f.unit } : {}),
        })),
        missingValues: [""],
      },
    })),
  };
}
