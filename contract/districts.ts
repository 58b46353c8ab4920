/** Seoul as a whole (행정표준코드 11000), beside its 25 districts. */
export const CITY_CODE = "11000";
