/** The vendors the gateway speaks to; the values are the GraphQL enum's. */
export const VENDORS = ['K2', 'CSA', 'IBM_BPM', 'ELMA365'] as const;
export type Vendor = (typeof VENDORS)[number];
