/** How a missing value ("-" printed, or nothing printed) is shown: never as 0. */
export const NONE = "–";
