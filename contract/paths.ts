/**
 * Where the published files live, relative to the data folder (/data/) or the
 * site root: one function per kind of file, so the pipeline that writes a file
 * and every page that links to it agree on its name.
 */
import { productPath, type Product } from "./product.ts";

/** The folder of the workbooks under /data/. */
export const XLSX_FOLDER = "xlsx";

/** The one workbook holding every table (not the chart datasets). */
export const ALL_TABLES_XLSX = `${XLSX_FOLDER}/seoul-social-economy-atlas-tables.xlsx`;

/**
 * The workbook of one chart's data, or of one table, under /data/:
 * charts/purchasing → xlsx/charts/purchasing.xlsx, facts → xlsx/facts.xlsx.
 * Only chart datasets have a workbook of their own; tables are in ALL_TABLES_XLSX.
 */
export function xlsxPath(p: Pick<Product, "name" | "folder">): string {
  return `${XLSX_FOLDER}/${productPath(p).replace(/\.csv$/, ".xlsx")}`;
}

/** The workbook a product's rows can be found in: its own for a chart, the all-tables one otherwise. */
export function workbookOf(p: Pick<Product, "name" | "folder">): string {
  return p.folder === "charts" ? xlsxPath(p) : ALL_TABLES_XLSX;
}

/** The Excel-friendly CSV of a product, under /data/. */
export const excelCsvPath = (p: Pick<Product, "name" | "folder">): string =>
  `excel/${productPath(p)}`;

/** The static JSON API, relative to the site root. */
export const API_VERSION = "v1";
export const API_INDEX = `api/${API_VERSION}/index.json`;
export const API_SCHEMA = `api/${API_VERSION}/schema.json`;
export const apiDistrictPath = (slug: string): string =>
  `api/${API_VERSION}/districts/${slug}.json`;

/** The map from fact id to source id that sends old /sources/#fact-<id> links to the source's page. */
export const FACT_SOURCE_MAP = "sources/fact-sources.json";
