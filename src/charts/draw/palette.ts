/** Okabe–Ito: distinguishable with the common colour-vision deficiencies. */
export const OKABE_ITO = {
  blue: "#0072B2",
  orange: "#E69F00",
  green: "#009E73",
  pink: "#CC79A7",
  sky: "#56B4E9",
  vermillion: "#D55E00",
  yellow: "#F0E442",
  black: "#000000",
} as const;
