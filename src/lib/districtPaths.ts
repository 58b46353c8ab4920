import { districts } from "../data/products.ts";

/** One page per district of Seoul (not for Seoul as a whole, which has the compare pages). */
export function districtPaths() {
  return districts()
    .filter((d) => !d.is_city)
    .map((d) => ({ params: { slug: d.slug } }));
}
